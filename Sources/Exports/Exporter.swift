import Foundation
import FollowUpModel

/// Writes comparison tables as the files analysts use.
///
/// ```swift
/// let files = try Exporter.write(tables, year: 2021, comparisonYear: 2020,
///                                to: URL(fileURLWithPath: "exports/2021"),
///                                options: ExportOptions(formats: [.csv, .xlsx]))
/// ```
public enum Exporter {
    /// Writes the chosen formats into `directory` (created if missing), each file atomically.
    ///
    /// - Parameters:
    ///   - tables: the comparison tables, in the order they should appear.
    ///   - year: the reporting year `Y`; file names carry it.
    ///   - comparisonYear: the year compared with, normally `Y-1`.
    ///   - directory: where the files go, normally `exports/<Y>`.
    /// - Returns: the files written: CSVs in table order, then XLSX, HTML, Markdown, JSON.
    /// - Throws: `ExportError` for a table that cannot be written or a file that cannot be.
    @discardableResult
    public static func write(
        _ tables: [Table], year: Int, comparisonYear: Int, to directory: URL, options: ExportOptions
    ) throws -> [URL] {
        try check(tables)
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw ExportError.writeFailed(path: directory.path, reason: "\(error)")
        }
        var written: [URL] = []
        func put(_ data: Data, _ name: String) throws {
            let url = directory.appendingPathComponent(name)
            try AtomicFile.write(data, to: url)
            written.append(url)
        }
        for format in ExportFormat.exportOrder where options.formats.contains(format) {
            switch format {
            case .csv:
                for table in tables {
                    try put(Data(CSVWriter.text(of: table, dialect: options.csvDialect).utf8),
                            ExportFileNames.csv(table: table.name))
                }
            case .xlsx:
                try put(try XLSXWriter.data(of: tables, year: year, comparisonYear: comparisonYear),
                        ExportFileNames.xlsx(year: year))
            case .html:
                let report = HTMLReport(tables: tables, year: year, comparisonYear: comparisonYear,
                                        generatedAt: options.generatedAt)
                try put(Data(report.html.utf8), ExportFileNames.html(year: year))
            case .md:
                try put(Data(MarkdownWriter.text(of: tables, year: year, comparisonYear: comparisonYear).utf8),
                        ExportFileNames.markdown(year: year))
            case .json:
                try put(Data(JSONWriter.text(of: tables, year: year, comparisonYear: comparisonYear).utf8),
                        ExportFileNames.json(year: year))
            }
        }
        return written
    }

    /// Table names become file names, and every row must fit its columns.
    static func check(_ tables: [Table]) throws {
        var seen: Set<String> = []
        for table in tables {
            let allowed = !table.name.isEmpty && table.name.unicodeScalars.allSatisfy {
                ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" || $0 == "-"
            }
            guard allowed else { throw ExportError.invalidTableName(table.name) }
            guard seen.insert(table.name).inserted else { throw ExportError.duplicateTableName(table.name) }
            for (i, row) in table.rows.enumerated() where row.count != table.columns.count {
                throw ExportError.rowWidthMismatch(
                    table: table.name, row: i + 1, expected: table.columns.count, found: row.count)
            }
        }
    }
}

extension ExportFormat {
    /// The order files are written and listed in.
    static let exportOrder: [ExportFormat] = [.csv, .xlsx, .html, .md, .json]
}
