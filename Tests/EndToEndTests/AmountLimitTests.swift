import Foundation
import Testing
import FollowUpModel
import Store

/// Issue 11 item 8: amounts have a maximum in the schema (a `constraint-error` naming it),
/// and a store holding amounts near Int64's limit still exports.
@Suite struct AmountLimitTests {
    static let header = "region_kod,ar,beslut_id,insats_id,stodform,strategiskt_omrade,prioritering,beviljat_kr,eruf_kr,jtf_kr,region_kr,kommun_kr,annan_offentlig_kr,privat_kr,horisontella_kriterier,beslutsdatum\n"

    @Test func anAmountAboveTheMaximumIsAConstraintErrorNamingIt() throws {
        let ws = try Workspace(); defer { ws.cleanUp() }
        let file = ws.root.appendingPathComponent("14_2024_finansiering.csv")
        try (Self.header
            + "14,2024,B-1,,INV,3,,9223372036854775807,,,,,,,,2024-04-01\n"
            + "14,2024,B-2,,INV,3,,9223372036854775807,,,,,,,,2024-04-01\n"
            + "14,2024,B-3,,INV,3,,1000000000000,,,1000000000001,,,,,2024-04-01\n"
            + "14,2024,B-4,,INV,3,,1000000000000,,,,,,,,2024-04-01\n").write(to: file, atomically: true, encoding: .utf8)
        try ws.setMTime(file, "2025-02-10T10:00:00+01:00")
        let r = try Binary.run(["validate", "--now", "2025-06-01T00:00:00+02:00", file.path])
        #expect(r.status == 1)
        let errors = r.stdout.split(separator: "\n").filter { $0.contains("FEL [constraint-error]") }
        #expect(errors.count == 3, "\(r.stdout)")
        #expect(errors.allSatisfy { $0.contains("ska vara mellan 0 och 1 000 000 000 000") }, "\(r.stdout)")
        #expect(errors.contains { $0.contains("rad 2, kolumn beviljat_kr") })
        #expect(errors.contains { $0.contains("rad 4, kolumn region_kr") })
        #expect(!r.stdout.contains("rad 5"), "\(r.stdout)")
    }

    @Test func aStoreWithTwoLargestAmountsExports() throws {
        let ws = try Workspace(); defer { ws.cleanUp() }
        try ws.drop("01_2024_insatser.csv", Fixture.insatser("01", 2024), folder: "01")
        try ws.drop("01_2024_finansiering.csv", Fixture.finansiering("01", 2024), folder: "01")
        #expect(try ws.followup(["run"]).status == 0)
        // What validation no longer lets through, written straight into the store.
        let store = try FollowUpStore(path: ws.dataDir.appendingPathComponent("followup.sqlite").path)
        let meta = SubmissionMeta(region: "03", year: 2024, report: .finansiering, fileName: "03_2024_finansiering.csv",
                                  sha256: String(repeating: "a", count: 64), sizeBytes: 100,
                                  receivedAt: "2025-02-10T10:00:00+01:00", receivedUnix: 1_739_178_000, runID: 1,
                                  archivePath: "archive/03/2024/03_2024_finansiering.csv", late: false)
        let columns = ["region_kod", "ar", "beslut_id", "stodform", "strategiskt_omrade", "beviljat_kr", "region_kr", "beslutsdatum"]
        let recorded = try store.writeSubmission(meta, columns: columns) { writer in
            try writer.append((1...2).map { i in
                TypedRow(line: i + 1, values: [.text("03"), .integer(2024), .text("B-\(i)"), .text("PROJ"), .integer(3),
                                               .integer(Int64.max), .integer(Int64.max), .date("2024-04-01")])
            })
            return LoadVerdict(rows: 2, errors: 0, warnings: 0, findings: [])
        }
        #expect(recorded.status == .accepted)
        let out = ws.root.appendingPathComponent("out")
        let r = try ws.followup(["export", "--year", "2024", "--out", out.path])
        #expect(r.status == 0, "\(r.stderr)")
        let omraden = try String(contentsOf: out.appendingPathComponent("omraden.csv"), encoding: .utf8)
        #expect(omraden.contains("2024,2023,INV,3,"), "\(omraden)")
    }
}
