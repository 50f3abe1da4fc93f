/// One parser per field type, exactly the dialect of spec/submission-format.md. Each takes a
/// trimmed, non-empty cell and returns nil when the text is not of the type (`type-error`).
enum FieldParsers {
    /// Whole numbers; thousands may be grouped with a space, a no-break space or a narrow
    /// no-break space (`1 250 000`). A `,`, a `.` or any decimal part is not an integer.
    static func integer(_ s: String) -> Int64? {
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

    /// `ja`/`nej`, `true`/`false`, `1`/`0`, case-insensitive.
    static func boolean(_ s: String) -> Bool? {
        switch s.lowercased() {
        case "ja", "true", "1": return true
        case "nej", "false", "0": return false
        default: return nil
        }
    }

    /// ISO `YYYY-MM-DD`, a real calendar date; returns (year, month, day).
    static func date(_ s: String) -> (year: Int, month: Int, day: Int)? {
        let b = Array(s.utf8)
        guard b.count == 10, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-") else { return nil }
        func num(_ r: Range<Int>) -> Int? {
            var v = 0
            for i in r {
                guard b[i] >= 0x30 && b[i] <= 0x39 else { return nil }
                v = v * 10 + Int(b[i] - 0x30)
            }
            return v
        }
        guard let y = num(0..<4), let m = num(5..<7), let d = num(8..<10), (1...12).contains(m), d >= 1 else { return nil }
        let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
        return d <= days ? (y, m, d) : nil
    }

    /// Splits a list cell at `delimiter`, trimming each code. Empty codes stay (as "") so the
    /// caller can report them.
    static func list(_ s: String, delimiter: Character) -> [String] {
        s.split(separator: delimiter, omittingEmptySubsequences: false).map { CellText.trim(String($0)) }
    }

    private static func isGroupSpace(_ u: Unicode.Scalar) -> Bool {
        u == " " || u == "\u{00A0}" || u == "\u{202F}"
    }

    /// Checks the grammar `[+-]? group (sep group)* (dec digits)? (e[+-]?digits)?` and returns
    /// the text in Swift's number syntax, or nil. Groups after the first have exactly three digits.
    private static func ungroupedDigits(_ s: String, allowFraction: Bool, decimalComma: Bool) -> String? {
        var out = String.UnicodeScalarView()
        var it = Array(s.unicodeScalars)[...]
        if let c = it.first, c == "-" || c == "+" { out.append(c); it = it.dropFirst() }
        // Integer part with optional grouping.
        var groupLength = 0
        var groups = 0
        var sawDigit = false
        while let c = it.first {
            if ("0"..."9").contains(c) {
                out.append(c); groupLength += 1; sawDigit = true; it = it.dropFirst()
            } else if isGroupSpace(c) {
                if groupLength == 0 || (groups == 0 ? groupLength > 3 : groupLength != 3) { return nil }
                groups += 1; groupLength = 0; it = it.dropFirst()
            } else {
                break
            }
        }
        guard sawDigit, groupLength > 0 else { return nil }
        if groups > 0 && groupLength != 3 { return nil }
        if let c = it.first, c == "." || (c == "," && decimalComma) {
            guard allowFraction else { return nil }
            it = it.dropFirst()
            out.append(".")
            var fraction = 0
            while let d = it.first, d.isASCII, ("0"..."9").contains(d) { out.append(d); fraction += 1; it = it.dropFirst() }
            if fraction == 0 { return nil }
        }
        if let c = it.first, c == "e" || c == "E" {
            guard allowFraction else { return nil }
            out.append("e"); it = it.dropFirst()
            if let sign = it.first, sign == "-" || sign == "+" { out.append(sign); it = it.dropFirst() }
            var exp = 0
            while let d = it.first, d.isASCII, ("0"..."9").contains(d) { out.append(d); exp += 1; it = it.dropFirst() }
            if exp == 0 { return nil }
        }
        return it.isEmpty ? String(out) : nil
    }
}
