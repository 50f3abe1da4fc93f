import Testing
import FollowUpModel
@testable import Store

/// Shares and changes land exactly on x.x5: they round half away from zero.
struct ComparisonRoundingTests {
    @Test func arithmeticRoundsHalfAwayFromZero() {
        #expect(ComparisonArithmetic.percentTenths(1, of: 8) == 125)       // 12.5
        #expect(ComparisonArithmetic.percentTenths(1, of: 16) == 63)       // 6.25 → 6.3
        #expect(ComparisonArithmetic.percentTenths(-1, of: 16) == -63)     // −6.25 → −6.3
        #expect(ComparisonArithmetic.percentTenths(15, of: 16) == 938)     // 93.75 → 93.8
        #expect(ComparisonArithmetic.percentTenths(-1, of: 2000) == -1)    // −0.05 → −0.1
        #expect(ComparisonArithmetic.percentTenths(1, of: 2000) == 1)      // 0.05 → 0.1
        #expect(ComparisonArithmetic.percentTenths(-1, of: 2500) == 0)     // −0.04 → 0.0
        #expect(ComparisonArithmetic.percentTenths(1, of: 3) == 333)
        #expect(ComparisonArithmetic.percentTenths(2, of: 3) == 667)
        #expect(ComparisonArithmetic.percentTenths(5, of: 0) == nil)
        // No overflow with large amounts (1000 × part exceeds Int64).
        #expect(ComparisonArithmetic.percentTenths(Int64.max / 2, of: Int64.max) == 500)
        #expect(TableValue.tenths(-1).plainText == "-0.1")
        #expect(TableValue.tenths(0).plainText == "0.0")
        #expect(TableValue.tenths(63).plainText == "6.3")
    }

    @Test func decimalChangesRoundAsWritten() {
        // 100 × (19.99 − 20) / 20 = −0.05 exactly in decimal; in binary it is −0.04999….
        #expect(ComparisonArithmetic.changePercent(19.99, from: 20) == -1)
        #expect(ComparisonArithmetic.changePercent(20.01, from: 20) == 1)
        #expect(ComparisonArithmetic.changePercent(1, from: 0) == nil)
        #expect(ComparisonArithmetic.difference(0.3, 0.1) == 0.2)
    }

    @Test func tablesRoundTiesAwayFromZero() throws {
        let f = try StoreFixture()
        typealias D = StoreFixture.Decision
        try f.funding("01", 2021, [
            D(id: "P1", stodform: "PROJ", omrade: 1, prioritering: "1.1", belopp: 100),   // 1/8
            D(id: "P2", stodform: "PROJ", omrade: 3, prioritering: "3.1", belopp: 700),
            D(id: "I1", stodform: "INV", omrade: 3, prioritering: "3.2", belopp: 1),       // 1/16
            D(id: "F1", stodform: "FRAM", omrade: 3, prioritering: "3.3", belopp: 1999),
        ])
        try f.funding("03", 2021, [D(id: "I1", stodform: "INV", omrade: 3, prioritering: "3.2", belopp: 15)])
        try f.funding("01", 2020, [D(id: "F1", stodform: "FRAM", omrade: 3, prioritering: "3.3", belopp: 2000)])
        try f.indicators("01", 2021, [StoreFixture.IndicatorValue(kod: "IND-2.1", varde: 19.99, enhet: "procent")])
        try f.indicators("01", 2020, [StoreFixture.IndicatorValue(kod: "IND-2.1", varde: 20, enhet: "procent")])
        let t = try f.tables(2021)

        expectCells(t["omraden"]!.row(["stodform": "PROJ", "omrade": "1"]), ["belopp_kr": "100", "andel_procent": "12.5"])
        expectCells(t["omraden"]!.row(["stodform": "PROJ", "omrade": "3"]), ["belopp_kr": "700", "andel_procent": "87.5"])
        expectCells(t["prioriteringar"]!.row(["stodform": "PROJ", "prioritering": "1.1"]), ["andel_procent": "12.5"])
        expectCells(t["regioner"]!.row(["stodform": "INV", "omrade": "3", "region_kod": "01"]),
                    ["belopp_kr": "1", "andel_procent": "6.3", "rang": "2"])
        expectCells(t["regioner"]!.row(["stodform": "INV", "omrade": "3", "region_kod": "03"]),
                    ["belopp_kr": "15", "andel_procent": "93.8", "rang": "1"])
        // −1 / 2000 = −0.05 % → −0.1
        expectCells(t["omraden"]!.row(["stodform": "FRAM", "omrade": "3"]),
                    ["forandring_kr": "-1", "forandring_procent": "-0.1"])
        expectCells(t["stodformer"]!.row(["stodform": "FRAM"]), ["forandring_kr": "-1", "forandring_procent": "-0.1"])
        expectCells(t["indikatorer"]!.row(["indikator_kod": "IND-2.1", "region_kod": "01"]),
                    ["varde": "19.99", "varde_jamforelsear": "20", "forandring": "-0.01", "forandring_procent": "-0.1"])
    }
}
