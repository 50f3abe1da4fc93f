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
