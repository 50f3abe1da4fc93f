/// One parser per field type, exactly the dialect of spec/submission-format.md. Each takes a
/// trimmed, non-empty cell and returns nil when the text is not of the type (`type-error`).
enum FieldParsers {
    /// Whole numbers; thousands may be grouped with a space, a no-break space or a narrow
    /// no-break space (`1 250 000`). A `,`, a `.` or any decimal part is not an integer.
    static func integer(_ s: String) -> Int64? {
        // Fast path: plain ASCII digits that cannot overflow.
        if s.utf8.count <= 18, let plain = s.utf8.withContiguousStorageIfAvailable({ b -> Int64? in
            var v: Int64 = 0
            for c in b {
                guard c >= 0x30 && c <= 0x39 else { return nil }
                v = v * 10 + Int64(c - 0x30)
            }
            return b.isEmpty ? nil : v
        }), let plain {
            return plain
        }
        guard let digits = ungroupedDigits(s, allowFraction: false, decimalComma: false) else { return nil }
        return Int64(digits)
    }

    /// Decimal numbers: `.` is always a decimal sign; `,` only when `decimalComma` (`;` and TAB
    /// files). Thousands grouping as for integers; an exponent is allowed. Must be finite.
    static func number(_ s: String, decimalComma: Bool) -> Double? {
        guard let text = ungroupedDigits(s, allowFraction: true, decimalComma: decimalComma),
              let d = Double(text), d.isFinite else { return nil }
        return d
    }

    /// True when `s` is a well-formed whole number (grouping allowed) that does not fit in
    /// 64 bits: a `type-error` that says the number is too large.
    static func isWholeNumberOutOfRange(_ s: String) -> Bool {
        ungroupedDigits(s, allowFraction: false, decimalComma: false).map { Int64($0) == nil } ?? false
    }

    /// `ja`/`nej`, `true`/`false`, `1`/`0` and Swedish Excel's `SANT`/`FALSKT`, case-insensitive.
    static func boolean(_ s: String) -> Bool? {
        switch s.lowercased() {
        case "ja", "true", "1", "sant": return true
        case "nej", "false", "0", "falskt": return false
        default: return nil
        }
    }

    /// ISO `YYYY-MM-DD`, a real calendar date; returns (year, month, day).
    static func date(_ s: String) -> (year: Int, month: Int, day: Int)? {
        var s = s
        return s.withUTF8 { date(bytes: $0) }
    }

    private static let daysInMonth: [Int] = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

    /// `date(_:)` over UTF-8 bytes.
    static func date(bytes b: UnsafeBufferPointer<UInt8>) -> (year: Int, month: Int, day: Int)? {
        guard b.count == 10, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-") else { return nil }
        @inline(__always) func num(_ from: Int, _ to: Int) -> Int? {
            var v = 0
            for i in from..<to {
                guard b[i] >= 0x30 && b[i] <= 0x39 else { return nil }
                v = v * 10 + Int(b[i] - 0x30)
            }
            return v
        }
        guard let y = num(0, 4), let m = num(5, 7), let d = num(8, 10), m >= 1 && m <= 12, d >= 1 else { return nil }
        let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
        let days = m == 2 && leap ? 29 : daysInMonth[m - 1]
        return d <= days ? (y, m, d) : nil
    }

    /// Splits a list cell at `delimiter`, trimming each code. Empty codes stay (as "") so the
    /// caller can report them.
    static func list(_ s: String, delimiter: UInt8) -> [String] {
        s.utf8.split(separator: delimiter, omittingEmptySubsequences: false).map { CellText.trim(String(Substring($0))) }
    }

    /// Checks the grammar `[+-]? group (space group)* (dec digits)? (e[+-]?digits)?` over the
    /// UTF-8 bytes and returns the text in Swift's number syntax, or nil. The first group has
    /// 1–3 digits when grouped; later groups exactly three. Group spaces: U+0020, U+00A0, U+202F.
    private static func ungroupedDigits(_ s: String, allowFraction: Bool, decimalComma: Bool) -> String? {
        var s = s
        return s.withUTF8 { b -> String? in
            var out = [UInt8]()
            out.reserveCapacity(b.count)
            var i = 0
            let n = b.count
            @inline(__always) func isDigit(_ i: Int) -> Bool { i < n && b[i] >= 0x30 && b[i] <= 0x39 }
            /// Length of a group space at `i` (0 when none).
            @inline(__always) func groupSpace(_ i: Int) -> Int {
                if i < n && b[i] == 0x20 { return 1 }
                if i + 1 < n && b[i] == 0xC2 && b[i + 1] == 0xA0 { return 2 }
                if i + 2 < n && b[i] == 0xE2 && b[i + 1] == 0x80 && b[i + 2] == 0xAF { return 3 }
                return 0
            }
            if i < n && (b[i] == UInt8(ascii: "-") || b[i] == UInt8(ascii: "+")) { out.append(b[i]); i += 1 }
            var groupLength = 0
            var groups = 0
            while true {
                if isDigit(i) {
                    out.append(b[i]); groupLength += 1; i += 1
                } else if case let w = groupSpace(i), w > 0 {
                    if groupLength == 0 || (groups == 0 ? groupLength > 3 : groupLength != 3) { return nil }
                    groups += 1; groupLength = 0; i += w
                } else {
                    break
                }
            }
            // `.5` and `5.` are numbers (Table Schema's lexical form, as XML Schema's
            // decimal): digits are needed before or after the decimal sign, not both.
            let integerDigits = groupLength > 0
            guard groups == 0 || groupLength == 3 else { return nil }
            var fractionDigits = false
            if i < n && (b[i] == UInt8(ascii: ".") || (b[i] == UInt8(ascii: ",") && decimalComma)) {
                guard allowFraction else { return nil }
                if !integerDigits { out.append(UInt8(ascii: "0")) }
                i += 1
                if isDigit(i) {
                    out.append(UInt8(ascii: "."))
                    while isDigit(i) { out.append(b[i]); i += 1 }
                    fractionDigits = true
                }
            }
            guard integerDigits || fractionDigits else { return nil }
            if i < n && (b[i] == UInt8(ascii: "e") || b[i] == UInt8(ascii: "E")) {
                guard allowFraction else { return nil }
                out.append(UInt8(ascii: "e")); i += 1
                if i < n && (b[i] == UInt8(ascii: "-") || b[i] == UInt8(ascii: "+")) { out.append(b[i]); i += 1 }
                guard isDigit(i) else { return nil }
                while isDigit(i) { out.append(b[i]); i += 1 }
            }
            return i == n ? String(decoding: out, as: UTF8.self) : nil
        }
    }
}
