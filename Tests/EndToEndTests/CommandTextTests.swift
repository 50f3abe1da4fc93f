import Foundation
import Testing

/// The exact text a user sees from the real binary: the `validate` report, a usage error,
/// a broken configuration, `--version`. A change of wording must change these tests.
@Suite struct CommandTextTests {
    static let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Runs `followup ARGS` in `folder`, so that file names in the output are as typed.
    func run(_ args: [String], in folder: URL) throws -> CommandResult {
        try Binary.run(args, in: folder)
    }

    @Test func validateReportsABrokenSampleInWords() throws {
        let ws = try Workspace(); defer { ws.cleanUp() }
        let file = ws.root.appendingPathComponent("14_2024_finansiering.csv")
        try FileManager.default.copyItem(at: Self.repo.appendingPathComponent("Samples/broken/type-error/14_2024_finansiering.csv"), to: file)
        try ws.setMTime(file, "2025-02-10T10:00:00+01:00")
        let r = try run(["validate", "--now", "2025-02-10T12:00:00+01:00", "14_2024_finansiering.csv"], in: ws.root)
        #expect(r.status == 1)
        #expect(r.stderr == "")
        #expect(r.stdout == """
            14_2024_finansiering.csv: Underkänd
              region 14, år 2024, rapport finansiering, 2 datarader, 1 fel, 0 varningar
              FEL [type-error] rad 2, kolumn beviljat_kr: Kolumnen beviljat_kr på rad 2 ska vara ett heltal i kronor, t.ex. 1250000 eller 1 250 000; värdet var "1 250 000 kr".

            Sammanfattning: 1 fil, 0 godkända, 1 underkänd.

            """)
    }

    /// A pre-check is measured at `--now` (not the file's modification time) and says when
    /// the file would be late, never that it "came in".
    @Test func validateNowDecidesTheDeadlineAndSaysWhenItWouldBeLate() throws {
        let ws = try Workspace(); defer { ws.cleanUp() }
        let file = ws.root.appendingPathComponent("14_2025_strategi.csv")
        try FileManager.default.copyItem(at: Self.repo.appendingPathComponent("Samples/inbox/14/14_2025_strategi.csv"), to: file)
        try ws.setMTime(file, "2026-01-10T10:00:00+01:00")
        let late = try run(["validate", "--now", "2026-02-22T00:00:00+01:00", "14_2025_strategi.csv"], in: ws.root)
        #expect(late.status == 0)
        #expect(late.stdout == """
            14_2025_strategi.csv: Godkänd
              region 14, år 2025, rapport strategi, 1 datarad, 0 fel, 1 varning
              VARNING [late-submission] hela filen: Sista dag för 2025 är 21 februari 2026; lämnas filen in nu räknas den som sen. Den tas ändå emot men markeras som sen.

            Sammanfattning: 1 fil, 1 godkänd, 0 underkända.

            """)
        // A file last changed after the deadline is in time when checked before it.
        try ws.setMTime(file, "2026-03-10T10:00:00+01:00")
        let inTime = try run(["validate", "--now", "2026-02-21T23:59:00+01:00", "14_2025_strategi.csv"], in: ws.root)
        #expect(inTime.stdout == """
            14_2025_strategi.csv: Godkänd
              region 14, år 2025, rapport strategi, 1 datarad, 0 fel, 0 varningar

            Sammanfattning: 1 fil, 1 godkänd, 0 underkända.

            """)
    }

    @Test func aUsageErrorIsOneLineAndExitsTwo() throws {
        let ws = try Workspace(); defer { ws.cleanUp() }
        let unknown = try run(["run", "--no-such-flag"], in: ws.root)
        #expect(unknown.status == 2)
        #expect(unknown.stdout == "")
        #expect(unknown.stderr == "followup: Unknown option '--no-such-flag'\n")

        let missing = try run(["validate", "saknas.csv"], in: ws.root)
        #expect(missing.status == 2)
        #expect(missing.stderr == "followup: filen finns inte eller är ingen vanlig fil: saknas.csv\n")

        let swedishClock = try run(["validate", "--now", "igår", "saknas.csv"], in: ws.root)
        #expect(swedishClock.status == 2)
        #expect(swedishClock.stderr == "followup: --now igår är ingen tidpunkt i ISO 8601, t.ex. 2026-02-01T12:00:00+01:00.\n")

        let englishClock = try run(["status", "--now", "yesterday"], in: ws.root)
        #expect(englishClock.status == 2)
        #expect(englishClock.stderr == "followup: --now \"yesterday\" is not an ISO 8601 time; write e.g. 2026-03-01T02:00:00+01:00\n")

        let format = try run(["export", "--year", "2024", "--format", "pdf"], in: ws.root)
        #expect(format.status == 2)
        #expect(format.stderr == "followup: The value 'pdf' is invalid for '--format <format>'. Please provide one of 'xlsx', 'csv', 'html', 'md' or 'json'.\n")
    }

    /// The same broken configuration is the same failure, whichever command meets it.
    @Test func aBrokenConfigurationIsTheSameForEveryCommand() throws {
        let ws = try Workspace(); defer { ws.cleanUp() }
        let file = ws.root.appendingPathComponent("14_2024_strategi.csv")
        try "region_kod,ar\n14,2024\n".write(to: file, atomically: true, encoding: .utf8)
        let nowhere = ws.root.appendingPathComponent("nowhere").path
        let expected = "followup: Fel i konfigurationen: kan inte läsa scheman och kodlistor i \(nowhere): "
            + "Schemakatalogen \(nowhere) finns inte. (ange schemas_dir i konfigurationen, --schemas eller miljövariabeln FOLLOWUP_SCHEMAS)\n"
        let results = [
            try run(["run", "--schemas", nowhere, "--data-dir", ws.dataDir.path], in: ws.root),
            try run(["validate", "--schemas", nowhere, file.path], in: ws.root),
            try run(["template", "--report", "strategi", "--schemas", nowhere], in: ws.root),
        ]
        for r in results {
            #expect(r.status == 4)
            #expect(r.stdout == "")
            #expect(r.stderr == expected)
        }
    }

    @Test func versionIsPrinted() throws {
        let ws = try Workspace(); defer { ws.cleanUp() }
        let r = try run(["--version"], in: ws.root)
        #expect(r.status == 0)
        #expect(r.stdout == "0.10.0\n")
        #expect(r.stderr == "")
    }
}
