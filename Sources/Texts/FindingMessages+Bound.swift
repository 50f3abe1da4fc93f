import FollowUpModel

extension Messages {
    /// A schema bound as Swedish text: decimal comma, and whole numbers of five digits or
    /// more grouped by thousands with spaces (1 000 000 000 000), four-digit ones (years) not.
    static func bound(_ d: Double) -> String {
        let plain = TableValue.format(d)
        guard d == d.rounded(), abs(d) >= 10_000, !plain.contains(".") else {
            return plain.replacingOccurrences(of: ".", with: ",")
        }
        let digits = Array(plain.drop { $0 == "-" })
        var out = plain.hasPrefix("-") ? "-" : ""
        for (i, digit) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out += " " }
            out.append(digit)
        }
        return out
    }
}
