import Foundation
import FollowUpModel
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

        var parts: [(path: String, xml: String)] = [
            ("[Content_Types].xml", XLSXPackageParts.contentTypes(sheetCount: sheets.count)),
            ("_rels/.rels", XLSXPackageParts.rootRelationships),
            ("docProps/core.xml", XLSXPackageParts.coreProperties(
                title: ReportTexts.documentTitle(year: year, comparisonYear: comparisonYear))),
            ("docProps/app.xml", XLSXPackageParts.appProperties),
            ("xl/workbook.xml", XLSXPackageParts.workbook(sheetNames: names, filterRanges: sheets.map(\.absoluteRange))),
            ("xl/_rels/workbook.xml.rels", XLSXPackageParts.workbookRelationships(sheetCount: sheets.count)),
            ("xl/styles.xml", XLSXStyles.xml),
        ]
        for (i, sheet) in sheets.enumerated() {
            parts.append((XLSXPackageParts.sheetPath(i), sheet.xml))
        }

        let archive = try Archive(accessMode: .create)
        for part in parts {
            let bytes = Data(part.xml.utf8)
            try archive.addEntry(
                with: part.path, type: .file, uncompressedSize: Int64(bytes.count),
                modificationDate: entryDate, compressionMethod: .deflate
            ) { position, size in
                bytes.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let data = archive.data else {
            throw ExportError.writeFailed(path: "xlsx", reason: "the in-memory archive has no data")
        }
        return data
    }
}
