import FollowUpModel

/// Locale-independent number texts. Nothing here reads the process locale, so the
/// output is the same on every machine.
enum NumberText {
    /// The canonical text with a decimal comma instead of a point (CSV `excel-sv`).
    static func decimalComma(_ value: TableValue) -> String {
        switch value {
        case .tenths, .number:
            return value.plainText.replacingOccurrences(of: ".", with: ",")
        default:
            return value.plainText
        }
    }

    /// `tenths` as a fraction of one: 589 → "0.589" (for a percent cell shown with `0.0%`).
    static func tenthsAsFraction(_ tenths: Int64) -> String {
        let sign = tenths < 0 ? "-" : ""
        let magnitude = tenths.magnitude
        var fraction = String(magnitude % 1000)
        fraction = String(repeating: "0", count: 3 - fraction.count) + fraction
        while fraction.hasSuffix("0") { fraction.removeLast() }
        let whole = "\(sign)\(magnitude / 1000)"
        return fraction.isEmpty ? whole : "\(whole).\(fraction)"
    }

    /// Swedish display text: digits grouped in threes with a no-break space from five
    /// digits on (Swedish practice leaves four-digit numbers like years ungrouped),
    /// decimal comma, and a real minus sign.
    static func swedish(integerPart digits: String, fraction: String?, negative: Bool) -> String {
        var grouped = digits
        if digits.count >= 5 {
            var parts: [Substring] = []
            var end = digits.endIndex
            while end > digits.startIndex {
                let start = digits.index(end, offsetBy: -3, limitedBy: digits.startIndex) ?? digits.startIndex
                parts.insert(digits[start..<end], at: 0)
                end = start
            }
            grouped = parts.joined(separator: "\u{00A0}")
        }
        let sign = negative ? "\u{2212}" : ""
        if let fraction { return "\(sign)\(grouped),\(fraction)" }
        return "\(sign)\(grouped)"
    }

    /// Swedish display text of a plain number text such as "-1234.5".
    static func swedish(plain text: String) -> String {
        guard !text.isEmpty else { return "" }
        var body = Substring(text)
        let negative = body.hasPrefix("-")
        if negative { body = body.dropFirst() }
        let pieces = body.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let fraction = pieces.count > 1 ? String(pieces[1]) : nil
        let isZero = pieces[0].allSatisfy { $0 == "0" } && (fraction ?? "").allSatisfy { $0 == "0" }
        return swedish(integerPart: String(pieces[0]), fraction: fraction, negative: negative && !isZero)
    }

    /// Whole kronor as MSEK with one decimal, rounded half away from zero: 28_550_000 → "28.6".
    static func msekPlain(_ kronor: Int64) -> String {
        let magnitude = kronor.magnitude
        var tenths = magnitude / 100_000
        if magnitude % 100_000 >= 50_000 { tenths += 1 }
        let sign = kronor < 0 && tenths > 0 ? "-" : ""
        return "\(sign)\(tenths / 10).\(tenths % 10)"
    }
}
