import Foundation
import Testing

/// Issue 11 item 15: values and names in receipts and in `validate`'s text are shown with
/// visible escapes, so a line break in a cell or a file name cannot write a line of its own
/// (such as a forged "Resultat: GODKÄND …") and no control character reaches the text.
@Suite struct ReceiptInjectionTests {
    static let forged = "Resultat: GODKÄND – uppgifterna är inlästa och ersätter en eventuell tidigare godkänd version."

    /// An `insatser` file whose `status`, `titel` and `roll` cells carry a line break, a
    /// backspace and an escape into a rejected file's findings.
    static var hostile: String {
        "region_kod,ar,insats_id,titel,strategiskt_omrade,prioritering,roll,hallbarhet,territoriell_inriktning,samverkan,status,startdatum,slutdatum,beskrivning\n"
            + "01,2025,INS-1,Titel,3,3.1,KUNSKAP,EKO,HELA,NARINGSLIV,\"PAGAENDE\n\(forged)\",2025-01-15,2025-12-31,x\n"
            + "01,2025,INS-2,\"\u{8}\u{1B}[2J\",3,3.1,\"X\r\n\(forged)\u{7}\u{8}\",EKO,HELA,NARINGSLIV,PAGAENDE,2025-01-15,2025-13-31,x\n"
    }

    static func hasNoControlCharacters(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { $0 == "\n" || !($0.properties.generalCategory == .control) }
    }

    @Test func aCellValueCannotWriteAReceiptLine() throws {
        let ws = try Workspace(); defer { ws.cleanUp() }
        try ws.drop("01_2025_insatser.csv", Self.hostile, folder: "01", mtime: "2026-02-10T10:00:00+01:00")
        let r = try ws.followup(["run"], now: "2026-06-01T02:30:00+02:00")
        #expect(r.status == 0, "\(r.stderr)")
        let receipts = ws.files(under: "receipts").filter { $0.hasSuffix(".kvitto.txt") }
        #expect(receipts.count == 1)
        for name in receipts {
            let text = try String(contentsOf: ws.dataDir.appendingPathComponent("receipts/\(name)"), encoding: .utf8)
            let outcomes = text.split(separator: "\n").filter { $0.hasPrefix("Resultat:") }
            #expect(outcomes.count == 1 && outcomes[0].contains("AVVISAD"), "\(text)")
            #expect(Self.hasNoControlCharacters(text), "\(text.debugDescription)")
            #expect(text.contains(#"\n"#) && text.contains(#"\u{8}"#), "\(text)")
        }
    }

    @Test func aFileNameCannotWriteAReceiptLine() throws {
        let ws = try Workspace(); defer { ws.cleanUp() }
        try ws.drop("01_2025_insatser.csv\n\(Self.forged)\u{8}.csv", Self.hostile, folder: "01",
                    mtime: "2026-02-10T10:00:00+01:00")
        let r = try ws.followup(["run"], now: "2026-06-01T02:30:00+02:00")
        #expect(r.status == 0, "\(r.stderr)")
        let receipts = ws.files(under: "receipts").filter { $0.hasSuffix(".kvitto.txt") }
        #expect(receipts.count == 1, "\(ws.files(under: "receipts"))")
        for name in receipts {
            let text = try String(contentsOf: ws.dataDir.appendingPathComponent("receipts/\(name)"), encoding: .utf8)
            let outcomes = text.split(separator: "\n").filter { $0.hasPrefix("Resultat:") }
            #expect(outcomes.count == 1 && !outcomes[0].contains("GODKÄND"), "\(text)")
            #expect(Self.hasNoControlCharacters(text), "\(text.debugDescription)")
        }
    }

    @Test func validateShowsValuesAndNamesEscaped() throws {
        let ws = try Workspace(); defer { ws.cleanUp() }
        let file = ws.root.appendingPathComponent("01_2025_insatser.csv")
        try Self.hostile.write(to: file, atomically: true, encoding: .utf8)
        try ws.setMTime(file, "2026-02-10T10:00:00+01:00")
        let r = try Binary.run(["validate", "--now", "2026-06-01T00:00:00+02:00", file.path])
        #expect(r.status == 1)
        #expect(!r.stdout.split(separator: "\n").contains { $0.hasPrefix("Resultat:") }, "\(r.stdout)")
        #expect(Self.hasNoControlCharacters(r.stdout), "\(r.stdout.debugDescription)")
        #expect(r.stdout.contains(#"\u{8}"#), "\(r.stdout)")
    }
}
