import Foundation
import Testing
import FollowUpModel
import ZIPFoundation
@testable import Exports

@Suite struct XLSXWorkbookTests {
    static func parts(of data: Data) throws -> [String: Data] {
        let archive = try Archive(data: data, accessMode: .read)
        var parts: [String: Data] = [:]
        for entry in archive {
            var bytes = Data()
            _ = try archive.extract(entry) { bytes.append($0) }
            parts[entry.path] = bytes
        }
        return parts
    }

    @Test func packageIsConsistentAndEveryPartParses() throws {
        let tables = DemoTables.all
        let parts = try Self.parts(of: try XLSXWriter.data(of: tables, year: 2021, comparisonYear: 2020))
        var parsed: [String: XMLElements] = [:]
        for (path, bytes) in parts {
            parsed[path] = try XMLElements(bytes)
        }

        // Content types name every part but themselves, and only parts that exist.
        let types = try #require(parsed["[Content_Types].xml"])
        let overrides = Set(types.named("Override").compactMap { $0.attributes["PartName"] })
        let defaults = Set(types.named("Default").compactMap { $0.attributes["Extension"] })
        #expect(defaults == ["rels", "xml"])
        for path in parts.keys where path != "[Content_Types].xml" && !path.hasSuffix(".rels") {
            #expect(overrides.contains("/" + path), "no content type for \(path)")
        }
        for name in overrides { #expect(parts[String(name.dropFirst())] != nil, "content type for missing \(name)") }

        // Relationships point at parts that exist.
        let rootTargets = try #require(parsed["_rels/.rels"]).named("Relationship").compactMap { $0.attributes["Target"] }
        #expect(rootTargets.sorted() == ["docProps/app.xml", "docProps/core.xml", "xl/workbook.xml"])
        let workbookRelationships = try #require(parsed["xl/_rels/workbook.xml.rels"]).named("Relationship")
        var targetById: [String: String] = [:]
        for relationship in workbookRelationships {
            let target = "xl/" + (relationship.attributes["Target"] ?? "")
            #expect(parts[target] != nil, "relationship to missing \(target)")
            targetById[relationship.attributes["Id"] ?? ""] = target
        }

        // One sheet per table, each with a valid name and an existing part.
        let workbook = try #require(parsed["xl/workbook.xml"])
        let sheets = workbook.named("sheet")
        #expect(sheets.count == tables.count)
        #expect(sheets.map { $0.attributes["sheetId"] } == (1...tables.count).map { String($0) })
        for sheet in sheets {
            let name = try #require(sheet.attributes["name"])
            #expect(name.count <= 31 && !name.isEmpty)
            #expect(!name.contains { "[]:*?/\\".contains($0) })
            let target = try #require(targetById[sheet.attributes["r:id"] ?? ""])
            #expect(target.hasPrefix("xl/worksheets/sheet"))
        }
        #expect(Set(sheets.compactMap { $0.attributes["name"]?.lowercased() }).count == tables.count)
        // Per sheet: the autofilter range and the print titles (issue 15).
        #expect(workbook.named("definedName").count == 2 * tables.count)

        // Every sheet: frozen header row, autofilter over the used range, widths for every column.
        for (i, table) in tables.enumerated() {
            let sheet = try #require(parsed["xl/worksheets/sheet\(i + 1).xml"])
            let pane = try #require(sheet.named("pane").first)
            #expect(pane.attributes["ySplit"] == "1")
            #expect(pane.attributes["topLeftCell"] == "A2")
            #expect(pane.attributes["state"] == "frozen")
            let lastColumn = XLSXCellReference.column(table.columns.count - 1)
            let range = "A1:\(lastColumn)\(table.rows.count + 1)"
            #expect(sheet.named("autoFilter").first?.attributes["ref"] == range)
            #expect(sheet.named("dimension").first?.attributes["ref"] == range)
            #expect(sheet.named("col").count == table.columns.count)
            #expect(sheet.named("row").count == table.rows.count + 1)
        }
    }

    @Test func headersAreSwedishAmountsAreKronorAndSharesAreFractions() throws {
        let parts = try Self.parts(of: try XLSXWriter.data(of: [SmallTable.table], year: 2021, comparisonYear: 2020))
        let sheet = String(decoding: try #require(parts["xl/worksheets/sheet1.xml"]), as: UTF8.self)
        #expect(sheet.contains(#"<c r="A1" s="1" t="inlineStr"><is><t xml:space="preserve">År</t></is></c>"#))
        #expect(sheet.contains(#"<t xml:space="preserve">Belopp (MSEK)</t>"#))
        #expect(sheet.contains(#"<c r="A2" s="2"><v>2021</v></c>"#))
        #expect(sheet.contains(#"<c r="D2" s="3"><v>28600000</v></c>"#))
        #expect(sheet.contains(#"<c r="E2" s="4"><v>0.589</v></c>"#))
        #expect(sheet.contains(#"<c r="F2" s="4"><v>-0.362</v></c>"#))
        #expect(sheet.contains(#"<c r="G2"><v>1.25</v></c>"#))
        #expect(sheet.contains(#"<c r="C2" t="inlineStr"><is><t xml:space="preserve">Kompetens, &quot;bred&quot;</t></is></c>"#))
        // The empty cells of row 3 are left out.
        #expect(!sheet.contains(#"r="F3""#))
        let styles = String(decoding: try #require(parts["xl/styles.xml"]), as: UTF8.self)
        #expect(styles.contains(##"<numFmt numFmtId="164" formatCode="#,##0.0,,"/>"##))
        #expect(styles.contains(#"<numFmt numFmtId="165" formatCode="0.0%"/>"#))
    }

    @Test func illegalCharactersAndLongTextStillGiveValidXML() throws {
        let long = String(repeating: "å", count: 40_000)
        let table = Table(name: "t", title: "Tabell <med> & tecken", columns: [.init("titel", "Titel & <namn>", .text)],
                          rows: [[.text("nolla\u{0} och klocka\u{7}")], [.text(long)]])
        let parts = try Self.parts(of: try XLSXWriter.data(of: [table], year: 2021, comparisonYear: 2020))
        let bytes = try #require(parts["xl/worksheets/sheet1.xml"])
        _ = try XMLElements(bytes)
        let sheet = String(decoding: bytes, as: UTF8.self)
        #expect(sheet.contains("nolla och klocka"))
        let longest = sheet.split(separator: "<").map { String($0.drop { $0 != ">" }.dropFirst()) }.max { $0.utf16.count < $1.utf16.count }
        #expect(longest?.utf16.count == XLSXWorksheet.maxCellText)
        #expect(longest?.allSatisfy { $0 == "å" } == true)
        _ = try XMLElements(try #require(parts["xl/workbook.xml"]))
    }

    @Test func workbookWithoutTablesStillHasASheet() throws {
        let parts = try Self.parts(of: try XLSXWriter.data(of: [], year: 2021, comparisonYear: 2020))
        let workbook = try XMLElements(try #require(parts["xl/workbook.xml"]))
        #expect(workbook.named("sheet").count == 1)
        #expect(parts["xl/worksheets/sheet1.xml"] != nil)
    }

    @Test func sameTablesGiveTheSameWorkbookBytes() throws {
        let first = try XLSXWriter.data(of: DemoTables.all, year: 2021, comparisonYear: 2020)
        let second = try XLSXWriter.data(of: DemoTables.all, year: 2021, comparisonYear: 2020)
        #expect(first == second)
    }
}
