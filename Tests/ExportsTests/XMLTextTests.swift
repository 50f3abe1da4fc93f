import Testing
@testable import Exports

@Suite struct XMLTextTests {
    @Test func escapesMarkupCharacters() {
        #expect(XMLText.escape(#"<a href="x">Tom & Jerry's</a>"#)
            == "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;")
    }

    @Test func dropsCharactersIllegalInXML10() {
        #expect(XMLText.escape("a\u{0}b\u{1}c\u{8}d\u{B}e\u{C}f\u{1F}g\u{FFFE}h\u{FFFF}i") == "abcdefghi")
        #expect(XMLText.escape("flik\trad\nretur\r") == "flik\trad\nretur\r")
        #expect(XMLText.escape("Åre 😀") == "Åre 😀")
    }

    @Test func cellReferencesAndSheetNames() {
        #expect(XLSXCellReference.column(0) == "A")
        #expect(XLSXCellReference.column(25) == "Z")
        #expect(XLSXCellReference.column(26) == "AA")
        #expect(XLSXCellReference.column(16383) == "XFD")
        let names = XLSXSheetName.names(for: [
            ("Finansiering per strategiskt område", "x1"),
            ("Finansiering per strategiskt område 2", "x2"),
            ("Stöd: [alla]/*?\\", "stod"),
            ("'citerad'", "citerad"),
            ("", "tom"),
        ])
        #expect(names == ["Finansiering per strategiskt", "Finansiering per (2)", "Stöd alla", "citerad", "tom"])
        for name in names {
            #expect(name.count <= 31)
            #expect(!name.contains { "[]:*?/\\".contains($0) })
        }
    }
}
