import Foundation
import Testing

/// Issue 15, analysts: no invented history.
@Suite(.serialized) struct Issue15ExportTests {
    @Test func aYearWithoutAcceptedDataIsRefusedUnlessEmptyTablesAreAskedFor() throws {
        let ws = try Workspace(); defer { ws.cleanUp() }
        try ws.drop("01_2024_insatser.csv", Fixture.insatser("01", 2024, ids: ["A"]), folder: "01",
                    mtime: "2025-02-10T10:00:00+01:00")
        try ws.drop("01_2024_finansiering.csv", Fixture.finansiering("01", 2024, insats: "A"), folder: "01",
                    mtime: "2025-02-10T10:00:00+01:00")
        #expect(try ws.followup(["run"]).status == 0)

        let none = ws.root.appendingPathComponent("none")
        let refused = try ws.followup(["export", "--year", "2022", "--out", none.path])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("2022 har inga godkända rapporter"), "\(refused.stderr)")
        #expect(!FileManager.default.fileExists(atPath: none.appendingPathComponent("omraden.csv").path))

        let allowed = try ws.followup(["export", "--year", "2022", "--out", none.path, "--allow-empty", "--format", "csv"])
        #expect(allowed.status == 0, "\(allowed.stderr)")

        // 2024 compared with 2023, which has nothing: the comparison columns are empty.
        let out = ws.root.appendingPathComponent("out")
        #expect(try ws.followup(["export", "--year", "2024", "--out", out.path, "--format", "csv"]).status == 0)
        let lines = try String(contentsOf: out.appendingPathComponent("omraden.csv"), encoding: .utf8)
            .split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        let header = lines[0]
        let all = try #require(lines.first { $0[2] == "ALLA" && $0[3] == "ALLA" })
        for column in ["belopp_jamforelsear_kr", "andel_jamforelsear_procent", "forandring_kr", "forandring_procent"] {
            #expect(all[header.firstIndex(of: column)!] == "", "\(column)")
        }
        #expect(all[header.firstIndex(of: "belopp_kr")!] != "")
    }
}
