import Testing
import FollowUpModel
@testable import Store

/// Issue 11 item 8: whatever amounts are stored, every sum, share and change of the
/// comparison tables is computed without overflow; what cannot be held is shown empty.
struct ComparisonOverflowTests {
    @Test func sharesAndChangesNeverTrap() {
        // 100 × 10¹⁶ / 1 is beyond Int64: no share, no crash.
        #expect(ComparisonArithmetic.percentTenths(10_000_000_000_000_000, of: 1) == nil)
        #expect(ComparisonArithmetic.percentTenths(Int64.max, of: 1) == nil)
        #expect(ComparisonArithmetic.percentTenths(Int64.min, of: 1) == nil)
        #expect(ComparisonArithmetic.percentTenths(Int64.min, of: -1) == nil)
        #expect(ComparisonArithmetic.percentTenths(Int64.max, of: Int64.min) == -1000)
        #expect(ComparisonArithmetic.percentTenths(Int64.min, of: Int64.min) == 1000)
        #expect(ComparisonArithmetic.changePercent(10_000_000_000_000_000, from: 1) == .empty)
        #expect(ComparisonArithmetic.changePercent(Int64.max, from: -1) == .empty)
        #expect(ComparisonArithmetic.changePercent(Int64.min, from: 1) == .empty)
        #expect(ComparisonArithmetic.share(Int64.max, of: 3) == .empty)
        // The largest share that fits is still exact.
        #expect(ComparisonArithmetic.percentTenths(Int64.max / 1000, of: 1) == Int64.max / 1000 * 1000)
        #expect(ComparisonArithmetic.difference(Int64.max, Int64.min) == .empty)
        #expect(ComparisonArithmetic.difference(5, 7) == .integer(-2))
    }

    @Test func twoLargestAmountsGiveTablesNotAnError() throws {
        let f = try StoreFixture()
        typealias D = StoreFixture.Decision
        try f.funding("01", 2021, [
            D(id: "B1", stodform: "PROJ", omrade: 1, prioritering: "1.1", belopp: Int64.max, region: Int64.max),
            D(id: "B2", stodform: "PROJ", omrade: 1, prioritering: "1.1", belopp: Int64.max, region: Int64.max),
            D(id: "B3", stodform: "INV", omrade: 3, prioritering: "3.1", belopp: 1000),
        ])
        try f.funding("03", 2021, [D(id: "B1", stodform: "FRAM", omrade: 3, prioritering: "3.1", belopp: 500)])
        let tables = try f.tables(2021)
        #expect(tables.count == 9)
        let omraden = try #require(tables["omraden"])
        // PROJ in area 1: the sum is beyond what is exact, shown empty with its share.
        let proj = try #require(omraden.rows.first { $0[2] == .text("PROJ") && $0[3] == .text("1") })
        #expect(proj[5] == .empty && proj[6] == .empty && proj[9] == .empty && proj[10] == .empty)
        // INV is unaffected.
        let inv = try #require(omraden.rows.first { $0[2] == .text("INV") && $0[3] == .text("3") })
        #expect(inv[5] == .integer(1000) && inv[6] == .tenths(1000))
        // Region 03's FRAM is still ranked and shared within its own instrument.
        let regioner = try #require(tables["regioner"])
        let fram = try #require(regioner.rows.first { $0[2] == .text("FRAM") && $0[3] == .text("3") && $0[4] == .text("03") })
        #expect(fram[6] == .integer(500) && fram[7] == .tenths(1000))
    }

    @Test func aHugeDecisionAgainstOneKronaTheYearBefore() throws {
        let f = try StoreFixture()
        typealias D = StoreFixture.Decision
        try f.funding("01", 2020, [D(id: "B1", stodform: "INV", omrade: 3, prioritering: "3.1", belopp: 1)])
        try f.funding("01", 2021, [D(id: "B1", stodform: "INV", omrade: 3, prioritering: "3.1", belopp: 10_000_000_000_000_000)])
        let tables = try f.tables(2021)
        let stodformer = try #require(tables["stodformer"])
        let inv = try #require(stodformer.rows.first { $0[2] == .text("INV") })
        #expect(inv.last == .empty)  // forandring_procent
        let omraden = try #require(tables["omraden"])
        let row = try #require(omraden.rows.first { $0[2] == .text("INV") && $0[3] == .text("3") })
        #expect(row[10] == .empty)
    }

    /// Where the earlier full-width division could not trap, both give the same tenths.
    @Test func agreesWithTheFullWidthDivisionWhereThatFits() {
        func reference(_ part: Int64, _ whole: Int64) -> Int64 {
            let wide = part.multipliedFullWidth(by: 1000)
            let (q, r) = whole.dividingFullWidth((wide.high, wide.low))
            guard r != 0, r.magnitude * 2 >= whole.magnitude else { return q }
            return (part < 0) != (whole < 0) ? q - 1 : q + 1
        }
        var rng = SystemRandomNumberGenerator()
        for i in 0..<20_000 {
            let scale: Int64 = [10, 1_000, 1_000_000, 1 << 40, 1 << 53][i % 5]
            let part = Int64.random(in: -scale...scale, using: &rng)
            var whole = Int64.random(in: -scale...scale, using: &rng)
            if whole == 0 { whole = 1 }
            #expect(ComparisonArithmetic.percentTenths(part, of: whole) == reference(part, whole), "\(part) / \(whole)")
        }
    }
}
