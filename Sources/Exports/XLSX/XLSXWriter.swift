import Foundation
import FollowUpModel
import Texts
import ZIPFoundation

/// All tables as one workbook, SpreadsheetML written by hand into a ZIP package.
enum XLSXWriter {
    /// A fixed entry date keeps the package bytes the same for the same tables.
    static let entryDate = Date(timeIntervalSince1970: 946_684_800)

    static func data(of tables: [Table], year: Int, comparisonYear: Int) throws -> Data {
        let sheetTables = tables.isEmpty
            ? [Table(name: "tom", title: ReportTexts.emptyXLSX, columns: [], rows: [])]
            : tables
        let names = XLSXSheetName.names(for: sheetTables.map { ($0.title, $0.name) })
        let sheets = sheetTables.enumerated().map { XLSXWorksheet(table: $1, isSelected: $0 == 0) }

        // Parts are made one at a time and compressed straight from the text's bytes: peak
        // memory is the largest sheet, not the whole workbook twice.
        var parts: [(path: String, xml: () -> ChunkedText)] = [
            ("[Content_Types].xml", { ChunkedText(XLSXPackageParts.contentTypes(sheetCount: sheets.count)) }),
            ("_rels/.rels", { ChunkedText(XLSXPackageParts.rootRelationships) }),
            ("docProps/core.xml", { ChunkedText(XLSXPackageParts.coreProperties(
                title: ReportTexts.documentTitle(year: year, comparisonYear: comparisonYear))) }),
            ("docProps/app.xml", { ChunkedText(XLSXPackageParts.appProperties) }),
            ("xl/workbook.xml", { ChunkedText(XLSXPackageParts.workbook(sheetNames: names, filterRanges: sheets.map(\.absoluteRange))) }),
            ("xl/_rels/workbook.xml.rels", { ChunkedText(XLSXPackageParts.workbookRelationships(sheetCount: sheets.count)) }),
            ("xl/styles.xml", { ChunkedText(XLSXStyles.xml) }),
        ]
        for (i, sheet) in sheets.enumerated() {
            parts.append((XLSXPackageParts.sheetPath(i), { sheet.xml }))
        }

        let archive = try Archive(accessMode: .create)
        for part in parts {
            var text = part.xml()
            try archive.addEntry(
                with: part.path, type: .file, uncompressedSize: Int64(text.count),
                modificationDate: entryDate, compressionMethod: .deflate
            ) { position, size in
                text.bytes(at: Int(position), length: size)
            }
        }
        guard let data = archive.data else {
            throw ExportError.writeFailed(path: "xlsx", reason: "the in-memory archive has no data")
        }
        return data
    }
}
