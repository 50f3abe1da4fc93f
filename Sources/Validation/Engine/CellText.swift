/// Cell trimming as the spec wants it: leading and trailing whitespace, the no-break space
/// included. Header names also drop a BOM.
enum CellText {
    @inline(__always)
    static func isBlank(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace || scalar == "\u{FEFF}"
    }

    /// The cell without surrounding whitespace; fast when there is none (the common case).
    static func trim(_ s: String) -> String {
        let utf8 = s.utf8
        guard let first = utf8.first, let last = utf8.last else { return s }
        if first > 0x20 && first < 0x80 && last > 0x20 && last < 0x80 { return s }
        let scalars = s.unicodeScalars
        guard let start = scalars.firstIndex(where: { !isBlank($0) }) else { return "" }
        let end = scalars.lastIndex(where: { !isBlank($0) })!
        return String(scalars[start...end])
    }

    /// A header name as matched: trimmed (BOM included) and lowercased.
    static func label(_ s: String) -> String { trim(s).lowercased() }

    /// A value as shown in a finding: at most 100 characters.
    static func shortened(_ s: String, max: Int = 100) -> String {
        s.count <= max ? s : String(s.prefix(max - 1)) + "…"
    }

    /// The first control character that is not text (C0 but TAB, LF and CR; DEL; C1), if any.
    static func control(in s: String) -> Unicode.Scalar? {
        s.unicodeScalars.first { v in
            let x = v.value
            return (x < 0x20 && x != 0x09 && x != 0x0A && x != 0x0D) || (x >= 0x7F && x <= 0x9F)
        }
    }
}
