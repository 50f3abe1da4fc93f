import Foundation
import FollowUpModel
import Texts
import ZIPFoundation

/// All tables as one workbook, SpreadsheetML written by hand into a ZIP package.
enum XLSXWriter {
    /// A fixed entry date keeps the package bytes the same for the same tables.
    static let entryDate = Date(timeIntervalSince1970: 946_684_800)

    /// The workbook in memory (tests).
    static func data(of tables: [Table], year: Int, comparisonYear: Int) throws -> Data {
        let archive = try Archive(accessMode: .create)
        try fill(archive, tables: tables, year: year, comparisonYear: comparisonYear,
                 scratch: FileManager.default.temporaryDirectory.appendingPathComponent("xlsx"))
        guard let data = archive.data else {
            throw ExportError.writeFailed(path: "xlsx", reason: "the in-memory archive has no data")
        }
        return data
    }

    /// Writes the workbook straight into the file at `url` (which must not exist): the
    /// package is never held in memory, and a streamed sheet is written row by row.
    static func write(of tables: [Table], year: Int, comparisonYear: Int, to url: URL) throws {
        let archive = try Archive(url: url, accessMode: .create)
        try fill(archive, tables: tables, year: year, comparisonYear: comparisonYear, scratch: url)
    }

    /// Adds the package's parts to `archive`. A held sheet is made in memory and compressed
    /// from its chunks; a streamed one (`Table.source`) is first written to a temporary file
    /// beside `scratch` (ZIP needs an entry's size before its bytes) and compressed from there.
    private static func fill(_ archive: Archive, tables: [Table], year: Int, comparisonYear: Int, scratch: URL) throws {
        let sheetTables = tables.isEmpty
            ? [Table(name: "tom", title: ReportTexts.emptyXLSX, columns: [], rows: [])]
            : tables
        let names = XLSXSheetName.names(for: sheetTables.map { ($0.title, $0.name) })
        let sheets = sheetTables.enumerated().map { XLSXWorksheet(table: $1, isSelected: $0 == 0) }

        let parts: [(path: String, xml: String)] = [
            ("[Content_Types].xml", XLSXPackageParts.contentTypes(sheetCount: sheets.count)),
            ("_rels/.rels", XLSXPackageParts.rootRelationships),
            ("docProps/core.xml", XLSXPackageParts.coreProperties(
                title: ReportTexts.documentTitle(year: year, comparisonYear: comparisonYear))),
            ("docProps/app.xml", XLSXPackageParts.appProperties),
            ("xl/workbook.xml", XLSXPackageParts.workbook(sheetNames: names, filterRanges: sheets.map(\.absoluteRange))),
            ("xl/_rels/workbook.xml.rels", XLSXPackageParts.workbookRelationships(sheetCount: sheets.count)),
            ("xl/styles.xml", XLSXStyles.xml),
        ]
        for part in parts { try add(ChunkedText(part.xml), as: part.path, to: archive) }
        for (i, sheet) in sheets.enumerated() {
            let path = XLSXPackageParts.sheetPath(i)
            if sheet.table.source == nil {
                // Parts are made one at a time: peak memory is the largest held sheet.
                var text = ChunkedText()
                try sheet.write(to: &text)
                try add(text, as: path, to: archive)
            } else {
                try addStreamed(sheet, as: path, to: archive, scratch: scratch)
            }
        }
    }

    private static func add(_ text: ChunkedText, as path: String, to archive: Archive) throws {
        var text = text
        try archive.addEntry(
            with: path, type: .file, uncompressedSize: Int64(text.count),
            modificationDate: entryDate, compressionMethod: .deflate
        ) { position, size in
            text.bytes(at: Int(position), length: size)
        }
    }

    private static func addStreamed(_ sheet: XLSXWorksheet, as path: String, to archive: Archive, scratch: URL) throws {
        let file = AtomicFile.temporaryPath(for: scratch)
        defer { try? FileManager.default.removeItem(at: file) }
        guard FileManager.default.createFile(atPath: file.path, contents: nil) else {
            throw ExportError.writeFailed(path: file.path, reason: "cannot create temporary file")
        }
        let size: Int
        do {
            let handle = try FileHandle(forWritingTo: file)
            defer { try? handle.close() }
            var sink = FileTextSink(handle)
            try sheet.write(to: &sink)
            try sink.flush()
            size = sink.count
        }
        let reader = try FileHandle(forReadingFrom: file)
        defer { try? reader.close() }
        try archive.addEntry(
            with: path, type: .file, uncompressedSize: Int64(size),
            modificationDate: entryDate, compressionMethod: .deflate
        ) { position, length in
            try reader.seek(toOffset: UInt64(position))
            return try reader.read(upToCount: length) ?? Data()
        }
    }
}
