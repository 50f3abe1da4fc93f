import Testing
import FollowUpModel
@testable import Exports

@Suite struct FormulaGuardTests {
    static let triggers = ["=SUM(A1:A9)", "+46 8 123", "-lång titel", "@kalle", "\tflik", "\rretur"]

    @Test(arguments: triggers)
    func textBeginningWithAFormulaCharacterGetsAnApostrophe(_ text: String) {
        #expect(FormulaGuard.neutralise(text) == "'" + text)
        #expect(CSVWriter.field(.text(text), dialect: .standard) == "'" + text)
        #expect(CSVWriter.field(.text(text), dialect: .excelSv) == "'" + text)
    }

    @Test func ordinaryTextIsUnchanged() {
        for text in ["Region Skåne", "", " =mellanslag först", "a=b", "'redan citerad", "100 %"] {
            #expect(FormulaGuard.neutralise(text) == text)
        }
    }

    @Test func negativeNumbersAreNeverNeutralised() {
        let table = Table(name: "t", title: "T",
                          columns: [.init("forandring_kr", "Förändring", .amount), .init("p", "P", .percent),
                                    .init("d", "D", .decimal)],
                          rows: [[.integer(-1500), .tenths(-362), .number(-0.25)]])
        #expect(CSVWriter.text(of: table, dialect: .standard) == "forandring_kr,p,d\n-1500,-36.2,-0.25\n")
        #expect(CSVWriter.text(of: table, dialect: .excelSv) == "\u{FEFF}forandring_kr;p;d\r\n-1500;-36,2;-0,25\r\n")
        let sheet = XLSXWorksheet(table: table, isSelected: true).xml.string
        #expect(sheet.contains(#"<c r="A2" s="3"><v>-1500</v></c>"#))
        #expect(sheet.contains(#"<c r="B2" s="4"><v>-0.362</v></c>"#))
        #expect(sheet.contains(#"<c r="C2"><v>-0.25</v></c>"#))
    }

    @Test func xlsxTextCellsAreNeutralisedToo() {
        let table = Table(name: "t", title: "T", columns: [.init("titel", "Titel", .text)],
                          rows: Self.triggers.map { [.text($0)] })
        let sheet = XLSXWorksheet(table: table, isSelected: true).xml.string
        // Issue 15: marked with the quotePrefix style (5), as Excel stores such text; no
        // apostrophe in the cell's text.
        for text in Self.triggers {
            #expect(sheet.contains("s=\"5\" t=\"inlineStr\"><is><t xml:space=\"preserve\">\(XMLText.escape(text))</t>"), "\(text.debugDescription)")
        }
        #expect(sheet.contains(#"<c r="A2" s="5" t="inlineStr"><is><t xml:space="preserve">=SUM(A1:A9)</t>"#))
        #expect(!sheet.contains("&apos;"))
        #expect(!sheet.contains("<f>"))
    }

    /// Issue 11 item 14: the guard is decided on the text the sheet gets, after the control
    /// characters XML cannot carry are dropped, so `\u{8}=HYPERLINK(…)` cannot become a formula.
    @Test(arguments: ["\u{8}=HYPERLINK(\"http://x\")", "\u{0}\u{1F}+1", "\u{FFFE}@a", "\u{B}\u{C}-2"])
    func aLeadingControlCharacterDoesNotHideAFormula(_ text: String) {
        let table = Table(name: "t", title: "T", columns: [.init("titel", "Titel", .text)], rows: [[.text(text)]])
        let sheet = XLSXWorksheet(table: table, isSelected: true).xml.string
        let cleaned = String(String.UnicodeScalarView(text.unicodeScalars.filter(XMLText.isAllowed)))
        #expect(sheet.contains("s=\"5\" t=\"inlineStr\"><is><t xml:space=\"preserve\">\(XMLText.escape(cleaned))</t>"), "\(text.debugDescription)")
    }

    @Test func jsonAndMarkdownKeepTheTextAsItIs() {
        #expect(JSONWriter.value(.text("=SUM(A1)")) == "\"=SUM(A1)\"")
        #expect(MarkdownWriter.escape("=SUM(A1)") == "=SUM(A1)")
    }
}
