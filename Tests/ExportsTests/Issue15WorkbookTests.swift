import Foundation
import Testing
import FollowUpModel
@testable import Exports

/// Issue 15, analysts: a workbook to publish as it is.
@Suite struct Issue15WorkbookTests {
    static func sheetXML(_ table: Table) -> String { XLSXWorksheet(table: table, isSelected: true).xml.string }

    @Test func sheetNamesAreWholeSwedishWordsWithin31Characters() {
        let names = XLSXSheetName.names(for: [
            ("Finansiering per strategiskt område", "omraden"), ("Finansiering per prioritering", "prioriteringar"),
            ("Regionernas andelar inom varje område", "regioner"), ("Stödformer och medfinansiering", "stodformer"),
            ("Insatser per område, roll, hållbarhet och status", "insatser"),
            ("Indikatorvärden på länsnivå", "indikatorer"), ("Inlämnade rapporter", "inlamning"),
            ("Samtliga godkända insatser", "insatslista"), ("Finansiering per område och år", "tidsserie"),
        ])
        #expect(names == ["Finansiering per område", "Finansiering per prioritering", "Regionernas andelar",
                          "Stödformer och medfinansiering", "Insatser per område", "Indikatorvärden på länsnivå",
                          "Inlämnade rapporter", "Samtliga godkända insatser", "Finansiering per område och år"])
        #expect(names.allSatisfy { $0.utf16.count <= 31 })
    }

    @Test func singleActivitiesAreInKronor() {
        let sheet = Self.sheetXML(DemoTables.insatslista)
        #expect(sheet.contains("Beviljat (kr)"))
        #expect(!sheet.contains("MSEK"))
        #expect(sheet.contains(#"<c r="N2" s="6"><v>"#))
        // Other tables keep MSEK.
        #expect(Self.sheetXML(DemoTables.omraden).contains("(MSEK)"))
        #expect(XLSXStyles.xml.contains(#"<xf numFmtId="3" "#))
    }

    @Test func quotePrefixStyleExists() {
        #expect(XLSXStyles.xml.contains(#"quotePrefix="1""#))
        #expect(XLSXStyles.xml.contains(#"<cellXfs count="7">"#))
    }

    @Test func headerRowIsRepeatedOnEveryPrintedPage() throws {
        let workbook = XLSXPackageParts.workbook(sheetNames: ["Regionernas andelar", "B"],
                                                 filterRanges: ["$A$1:$K$31", "$A$1:$B$2"])
        #expect(workbook.contains(#"<definedName name="_xlnm.Print_Titles" localSheetId="0">&apos;Regionernas andelar&apos;!$1:$1</definedName>"#))
        #expect(workbook.contains(#"<definedName name="_xlnm.Print_Titles" localSheetId="1">&apos;B&apos;!$1:$1</definedName>"#))
    }

    @Test func headerRowIsAsHighAsItsWrappedText() {
        let table = Table(name: "t", title: "T",
                          columns: [.init("a", "Andel jämförelseåret (%) och en lång förklaring", .percent),
                                    .init("b", "B", .integer)],
                          rows: [[.tenths(10), .integer(1)]])
        let sheet = Self.sheetXML(table)
        #expect(sheet.contains(#"<row r="1" ht="30" customHeight="1">"#), "\(sheet)")
        #expect(XLSXWorksheet.headerLines("Belopp", width: 10) == 1)
        #expect(XLSXWorksheet.headerLines("Belopp jämförelseåret (MSEK)", width: 14) == 3)
    }

    @Test func statusCodesAreSwedishWordsInTheWorkbookButCodesInCSV() {
        let table = Table(name: "inlamning", title: "Inlämnade rapporter",
                          columns: [.init("status", "Status", .text)], rows: [[.text("GODKAND")], [.text("SAKNAS")]])
        let sheet = Self.sheetXML(table)
        #expect(sheet.contains(">Godkänd<") && sheet.contains(">Saknas<"))
        #expect(!sheet.contains("GODKAND"))
        #expect(CSVWriter.text(of: table, dialect: .standard) == "status\nGODKAND\nSAKNAS\n")
    }
}
