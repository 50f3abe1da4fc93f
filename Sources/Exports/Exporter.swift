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
        // Each document is made, written and released before the next: peak memory is the
        // largest one, not all of them.
        func put(_ name: String, _ write: (URL) throws -> Void) throws {
            let url = directory.appendingPathComponent(name)
            try write(url)
            written.append(url)
        }
        func put(chunks: ChunkedText, _ name: String) throws {
            try put(name) { try AtomicFile.write(chunks: chunks, to: $0) }
        }
        // Every file is written as it is made, a row at a time: a streamed table (one row
        // per activity, `Table.source`) is read from the store while it is written and never
        // held (issue 11 item 12).
        for format in ExportFormat.exportOrder where options.formats.contains(format) {
            switch format {
            case .csv:
                for table in tables {
                    try put(ExportFileNames.csv(table: table.name)) { url in
                        try AtomicFile.write(text: url) { sink in
                            var out = sink
                            try CSVWriter.write(table, dialect: options.csvDialect, to: &out)
                        }
                    }
                }
            case .xlsx:
                try put(ExportFileNames.xlsx(year: year)) { url in
                    try AtomicFile.write(to: url) { temporary in
                        try XLSXWriter.write(of: tables, year: year, comparisonYear: comparisonYear, to: temporary)
                    }
                }
            case .html:
                var report = HTMLReport(tables: tables, year: year, comparisonYear: comparisonYear,
                                        generatedAt: options.generatedAt)
                report.formats = options.formats
                try put(chunks: try report.make(), ExportFileNames.html(year: year))
            case .md:
                try put(ExportFileNames.markdown(year: year)) { url in
                    try AtomicFile.write(text: url) { sink in
                        var out = sink
                        try MarkdownWriter.write(tables, year: year, comparisonYear: comparisonYear, to: &out)
                    }
                }
            case .json:
                try put(ExportFileNames.json(year: year)) { url in
                    try AtomicFile.write(text: url) { sink in
                        var out = sink
                        try JSONWriter.write(tables, year: year, comparisonYear: comparisonYear, to: &out)
                    }
                }
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
