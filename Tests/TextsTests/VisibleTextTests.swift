import Testing
import FollowUpModel
import Texts

/// Issue 11 item 15: a finding is always one line, whatever its message or value carries.
struct VisibleTextTests {
    @Test func controlCharactersBecomeVisibleEscapes() {
        #expect(VisibleText.escaped("a\nb\rc\td\u{8}e\u{7F}f\u{85}g\u{2028}h\u{202E}i") == #"a\nb\rc\td\u{8}e\u{7F}f\u{85}g\u{2028}h\u{202E}i"#)
        #expect(VisibleText.escaped("Region Skåne – 100 %") == "Region Skåne – 100 %")
        #expect(VisibleText.quoted("a\"b\\c\n") == #""a\"b\\c\n""#)
        #expect(VisibleText.name("14_2025_insatser.csv") == "14_2025_insatser.csv")
        #expect(VisibleText.name("x\nResultat: GODKÄND.csv") == #""x\nResultat: GODKÄND.csv""#)
    }

    @Test func aFindingWithALineBreakStaysOneLine() {
        let finding = Finding(code: .constraintError, file: "f.csv", line: 2, column: "status\nResultat: x",
                              value: "v", message: "Värdet var \"a\nResultat: GODKÄND – uppgifterna är inlästa.\u{8}\"")
        let text = FindingText.list([finding], total: 1, truncated: false)
        #expect(text.split(separator: "\n").count == 1)
        #expect(!text.split(separator: "\n").contains { $0.hasPrefix("Resultat:") })
        #expect(text.unicodeScalars.allSatisfy { $0 == "\n" || $0.properties.generalCategory != .control })
    }
}
