import Foundation
import Testing

/// `followup run` with `mail:` on, through the real binary: the portal's region accounts
/// and address come in through the executable, and a failing sendmail leaves exit 0.
@Suite(.serialized) struct MailCommandTests {
    static let strategi = "region_kod,ar,rus_namn,antagen_ar,giltig_till_ar,oversyn_pagar,antal_handlingsplaner,agenda2030_integrerad,antal_analyser,antal_utvarderingar\n"
        + "14,2024,Regional utvecklingsstrategi 2030,2019,2030,nej,3,ja,2,1\n"

    func setUp(_ ws: Workspace, exit status: Int) throws -> (config: URL, outbox: URL) {
        let outbox = ws.root.appendingPathComponent("outbox")
        try FileManager.default.createDirectory(at: outbox, withIntermediateDirectories: true)
        let script = ws.root.appendingPathComponent("sendmail-stand-in")
        try Data("""
            #!/bin/sh
            f=$(mktemp "\(outbox.path)/msg.XXXXXX")
            cat > "$f"
            exit \(status)

            """.utf8).write(to: script)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path)
        let config = ws.root.appendingPathComponent("nightly.yaml")
        try Data("""
            portal:
              public_base_url: https://uppfoljning.example.se/
            mail:
              enabled: true
              sendmail_command: \(script.path) -t
              from: followup@tillvaxtverket.se
              reminder_days: []

            """.utf8).write(to: config)
        return (config, outbox)
    }

    func messages(_ outbox: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: outbox.path).sorted()
            .map { try String(contentsOf: outbox.appendingPathComponent($0), encoding: .utf8) }
    }

    @Test func theEnabledRegionAccountsOfThePortalGetTheirReceipt() throws {
        let ws = try Workspace(); defer { ws.cleanUp() }
        let (config, outbox) = try setUp(ws, exit: 0)
        #expect(try ws.followup(["users", "add", "anna", "--role", "region", "--region", "14", "--email", "anna@vgregion.se"]).status == 0)
        #expect(try ws.followup(["users", "add", "bo", "--role", "region", "--region", "14", "--email", "bo@vgregion.se"]).status == 0)
        #expect(try ws.followup(["users", "add", "cia", "--role", "region", "--region", "01", "--email", "cia@regionstockholm.se"]).status == 0)
        #expect(try ws.followup(["users", "disable", "bo"]).status == 0)
        try ws.drop("14_2024_strategi.csv", Self.strategi, folder: "14")

        let run = try ws.followup(["run", "--config", config.path])
        #expect(run.status == 0, "\(run.stderr)")
        let sent = try messages(outbox)
        #expect(sent.count == 1, "only region 14 had a file; no agency recipients")
        let message = try #require(sent.first)
        #expect(message.contains("\nTo: anna@vgregion.se\n"), "a disabled account gets nothing")
        #expect(message.contains("https://uppfoljning.example.se/"))
    }

    @Test func aFailingSendmailIsAWarningAndTheRunStillExitsZero() throws {
        let ws = try Workspace(); defer { ws.cleanUp() }
        let (config, _) = try setUp(ws, exit: 1)
        #expect(try ws.followup(["users", "add", "anna", "--role", "region", "--region", "14", "--email", "anna@vgregion.se"]).status == 0)
        try ws.drop("14_2024_strategi.csv", Self.strategi, folder: "14")
        let run = try ws.followup(["run", "--config", config.path])
        #expect(run.status == 0)
        #expect(run.stdout.contains("Varning: 1 e-postmeddelande kunde inte skickas"))
        #expect(run.stderr.contains("mail-failed"))
        #expect(ws.files(under: "receipts").contains { $0.hasPrefix("14/") && $0.hasSuffix(".kvitto.txt") })
    }
}
