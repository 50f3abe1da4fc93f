import Foundation

/// A file format the exporter can write.
public enum ExportFormat: String, CaseIterable, Sendable {
    case xlsx, csv, html, md, json
}

/// How CSV files are written.
public enum CSVDialect: String, CaseIterable, Sendable {
    /// RFC 4180: UTF-8 without BOM, `,` between fields, `.` as decimal point, LF line ends.
    case standard
    /// What Swedish Excel opens correctly: UTF-8 with BOM, `;`, decimal comma, CRLF.
    case excelSv = "excel-sv"
}

/// What `Exporter.write` produces.
public struct ExportOptions: Sendable, Hashable {
    public var formats: Set<ExportFormat>
    public var csvDialect: CSVDialect
    /// Shown in the HTML report only; CSV, Markdown and JSON never carry a time,
    /// so the same tables always give the same bytes.
    public var generatedAt: String?

    public init(
        formats: Set<ExportFormat> = Set(ExportFormat.allCases),
        csvDialect: CSVDialect = .standard,
        generatedAt: String? = nil
    ) {
        self.formats = formats
        self.csvDialect = csvDialect
        self.generatedAt = generatedAt
    }
}

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
