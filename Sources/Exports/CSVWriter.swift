import FollowUpModel

/// One table as CSV text in the chosen dialect.
///
/// Header: the machine column names. Numbers: `TableValue.plainText` (with a decimal comma
/// in `excel-sv`). Text cells are neutralised by `FormulaGuard`. A field is quoted when it
/// holds the separator, a quote, CR or LF; quotes inside are doubled (RFC 4180).
enum CSVWriter {
    /// The whole text of a table held in memory (tests, small tables).
    static func text(of table: Table, dialect: CSVDialect) -> String {
        var out = ""
        try? write(table, dialect: dialect, to: &out)
        return out
    }

    /// Writes the table row by row into `out` (a streamed table is read as it is written).
    static func write<S: TextSink>(_ table: Table, dialect: CSVDialect, to out: inout S) throws {
        let separator: Character = dialect == .standard ? "," : ";"
        let lineEnd = dialect == .standard ? "\n" : "\r\n"
        if dialect == .excelSv { try out.write("\u{FEFF}") }
        func line(_ fields: [String]) -> String {
            fields.map { quoted($0, separator: separator) }.joined(separator: String(separator)) + lineEnd
        }
        try out.write(line(table.columns.map(\.name)))
        try table.forEachRow { row in
            try out.write(line(row.map { field($0, dialect: dialect) }))
        }
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
