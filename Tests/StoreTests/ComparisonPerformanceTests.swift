import Foundation
import Testing
import FollowUpModel
@testable import Store

/// ~1M funding decisions and 200 000 activities over two years; run with
/// `FOLLOWUP_PERF=1 swift test --filter ComparisonPerformanceTests`. Prints the time per table set.
@Suite(.enabled(if: ProcessInfo.processInfo.environment["FOLLOWUP_PERF"] != nil))
struct ComparisonPerformanceTests {
    @Test func millionDecisions() throws {
        let f = try StoreFixture()
        let regions = StoreFixture.codeLists.regions.map(\.0)
        let priorities = StoreFixture.codeLists.priorities
        let instruments = ["PROJ", "INV", "FRAM", "SERV"]
        let roles = ["KUNSKAP", "NATVERK", "SAMORDNARE", "FINANSIAR"]
        for year in [2020, 2021] {
            for (n, region) in regions.enumerated() {
                let decisions = (0..<24_000).map { i -> StoreFixture.Decision in
                    let (prio, area, _) = priorities[(i + n) % priorities.count]
                    return StoreFixture.Decision(id: "B\(i)", stodform: instruments[i % 4 == 3 ? 0 : i % 4],
                                                 omrade: area, prioritering: i % 7 == 0 ? nil : prio,
                                                 belopp: Int64(1000 + (i * 7919 + n) % 100_000),
                                                 insats: i % 3 == 0 ? "A\(i % 5000)" : nil)
                }
                try f.funding(region, year, decisions)
                let activities = (0..<5000).map { i -> StoreFixture.Activity in
                    let (prio, area, _) = priorities[(i + n) % priorities.count]
                    return StoreFixture.Activity(id: "A\(i)", omrade: max(area, 1), prioritering: prio,
                                                 roller: Array(roles.prefix(1 + i % 4)),
                                                 hallbarhet: i % 2 == 0 ? ["EKO", "MIL"] : [],
                                                 status: ["PLANERAD", "PAGAENDE", "AVSLUTAD"][i % 3])
                }
                try f.activities(region, year, activities)
            }
        }
        if let keep = ProcessInfo.processInfo.environment["FOLLOWUP_PERF_KEEP"] {
            try? FileManager.default.removeItem(atPath: keep)
            try FileManager.default.copyItem(atPath: f.directory.appendingPathComponent("followup.sqlite").path,
                                             toPath: keep)
        }
        let clock = ContinuousClock()
        var tables: [FollowUpModel.Table] = []
        let elapsed = try clock.measure { tables = try f.store.comparisonTables(year: 2021) }
        print("comparison tables over 1 008 000 decisions, 210 000 activities: \(elapsed)")
        #expect(tables.count == 9)
        try f.store.dbQueue.read { db in
            let q = try ComparisonQuery(db: db, year: 2021)
            let parts: [(String, () throws -> FollowUpModel.Table)] = [
                ("omraden", q.omraden), ("prioriteringar", q.prioriteringar), ("regioner", q.regioner),
                ("stodformer", q.stodformer), ("insatser", q.insatser), ("indikatorer", q.indikatorer),
                ("inlamning", q.inlamning), ("insatslista", q.insatslista), ("tidsserie", q.tidsserie),
            ]
            for (name, make) in parts {
                print("  \(name): \(try clock.measure { _ = try make() })")
            }
        }
        #expect(elapsed < .seconds(30))
    }
}
