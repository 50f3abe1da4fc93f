import FollowUpModel

/// One table as CSV text in the chosen dialect.
///
/// Header: the machine column names. Numbers: `TableValue.plainText` (with a decimal comma
/// in `excel-sv`). Text cells are neutralised by `FormulaGuard`. A field is quoted when it
/// holds the separator, a quote, CR or LF; quotes inside are doubled (RFC 4180).
enum CSVWriter {
    static func text(of table: Table, dialect: CSVDialect) -> String {
        let separator: Character = dialect == .standard ? "," : ";"
        let lineEnd = dialect == .standard ? "\n" : "\r\n"
        var out = dialect == .excelSv ? "\u{FEFF}" : ""
        func appendLine(_ fields: [String]) {
            out += fields.map { quoted($0, separator: separator) }.joined(separator: String(separator))
            out += lineEnd
        }
        appendLine(table.columns.map(\.name))
        for row in table.rows {
            appendLine(row.map { field($0, dialect: dialect) })
        }
        return out
    }

    static func field(_ value: TableValue, dialect: CSVDialect) -> String {
        switch value {
        case .text(let s): return FormulaGuard.neutralise(s)
        case .empty, .integer: return value.plainText
        case .tenths, .number: return dialect == .excelSv ? NumberText.decimalComma(value) : value.plainText
        }
    }

    static func quoted(_ field: String, separator: Character) -> String {
        let needsQuotes = field.contains { $0 == separator || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
        guard needsQuotes else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
