/// A1-style cell references.
enum XLSXCellReference {
    /// Column letters for a zero-based index: 0 → A, 25 → Z, 26 → AA.
    static func column(_ index: Int) -> String {
        var n = index + 1
        var letters: [Character] = []
        while n > 0 {
            let remainder = (n - 1) % 26
            letters.insert(Character(Unicode.Scalar(UInt8(65 + remainder))), at: 0)
            n = (n - 1) / 26
        }
        return String(letters)
    }

    /// Zero-based column, one-based row: (0, 1) → A1.
    static func cell(column: Int, row: Int) -> String { "\(self.column(column))\(row)" }
}
