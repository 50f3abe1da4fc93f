/// Why an export could not be written. Bad tables are bugs upstream; I/O can fail.
public enum ExportError: Error, Equatable, CustomStringConvertible {
    /// A table name that cannot be a file name (allowed: `a-z`, `0-9`, `_`, `-`).
    case invalidTableName(String)
    case duplicateTableName(String)
    /// A row whose cell count differs from the table's column count.
    case rowWidthMismatch(table: String, row: Int, expected: Int, found: Int)
    case writeFailed(path: String, reason: String)

    public var description: String {
        switch self {
        case .invalidTableName(let name):
            return "table name \"\(name)\" cannot be used as a file name; use a-z, 0-9, _ and -"
        case .duplicateTableName(let name):
            return "table \"\(name)\" is given twice"
        case .rowWidthMismatch(let table, let row, let expected, let found):
            return "table \"\(table)\" row \(row) has \(found) cells, expected \(expected)"
        case .writeFailed(let path, let reason):
            return "could not write \(path): \(reason)"
        }
    }
}
