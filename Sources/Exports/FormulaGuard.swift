/// Keeps text from running as a formula when a spreadsheet opens the file.
///
/// A text cell beginning with `=`, `+`, `-`, `@`, TAB or CR gets a leading apostrophe
/// (`'=SUM(A1)`), the OWASP recommendation for CSV injection. The same prefix is used in
/// CSV and XLSX so both files show the same text. Numbers are never touched: only
/// `TableValue.text` goes through here, so a negative amount stays a number.
enum FormulaGuard {
    static let prefix = "'"
    private static let triggers: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    static func needsNeutralising(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first else { return false }
        return triggers.contains(first)
    }

    static func neutralise(_ text: String) -> String {
        needsNeutralising(text) ? prefix + text : text
    }
}
