import Testing
import FollowUpModel
@testable import Store

/// Issue 15, analysts: no invented history, shared ranks.
struct Issue15AnalystTests {
    typealias D = StoreFixture.Decision

    /// The comparison year has no accepted data at all: its columns are empty, never 0,
    /// and no change equal to the whole amount.
    @Test func comparisonYearWithoutDataIsEmptyNotZero() throws {
        let f = try StoreFixture()
        try f.funding("01", 2021, [D(id: "B", stodform: "PROJ", omrade: 1, prioritering: "1.1", belopp: 5000)])
        let t = try f.tables(2021)
        expectCells(t["omraden"]!.row(["stodform": "PROJ", "omrade": "1"]),
                    ["belopp_kr": "5000", "belopp_jamforelsear_kr": "", "andel_jamforelsear_procent": "",
                     "forandring_kr": "", "forandring_procent": ""])
        expectCells(t["prioriteringar"]!.row(["stodform": "PROJ", "omrade": "1", "prioritering": "1.1"]),
                    ["belopp_kr": "5000", "belopp_jamforelsear_kr": "", "forandring_kr": ""])
        expectCells(t["regioner"]!.row(["stodform": "PROJ", "omrade": "1", "region_kod": "01"]),
                    ["belopp_kr": "5000", "belopp_jamforelsear_kr": "", "forandring_kr": ""])
        expectCells(t["stodformer"]!.row(["stodform": "PROJ"]),
                    ["antal_beslut": "1", "antal_beslut_jamforelsear": "", "belopp_jamforelsear_kr": "",
                     "forandring_kr": "", "forandring_procent": ""])
        expectCells(t["insatser"]!.row(["omrade": "ALLA", "kod": "ALLA"]),
                    ["antal_jamforelsear": "", "forandring": ""])
    }

    /// With data in the comparison year, a missing amount there is a real 0.
    @Test func comparisonYearWithDataKeepsZeros() throws {
        let f = try StoreFixture()
        try f.funding("01", 2020, [D(id: "A", stodform: "PROJ", omrade: 2, prioritering: "2.1", belopp: 100)])
        try f.funding("01", 2021, [D(id: "B", stodform: "PROJ", omrade: 1, prioritering: "1.1", belopp: 5000)])
        let t = try f.tables(2021)
        expectCells(t["omraden"]!.row(["stodform": "PROJ", "omrade": "1"]),
                    ["belopp_jamforelsear_kr": "0", "forandring_kr": "5000"])
        #expect(try f.store.hasAcceptedData(year: 2020))
        #expect(try !f.store.hasAcceptedData(year: 2019))
    }

    /// Equal amounts share a rank (competition ranking 1, 2, 2, 4); all zeros share one.
    @Test func equalAmountsShareARank() throws {
        let f = try StoreFixture()
        try f.funding("01", 2021, [D(id: "B", stodform: "PROJ", omrade: 1, prioritering: "1.1", belopp: 900)])
        try f.funding("03", 2021, [D(id: "C", stodform: "PROJ", omrade: 1, prioritering: "1.1", belopp: 500)])
        try f.funding("04", 2021, [D(id: "D", stodform: "PROJ", omrade: 1, prioritering: "1.1", belopp: 500)])
        try f.funding("05", 2021, [D(id: "E", stodform: "PROJ", omrade: 1, prioritering: "1.1", belopp: 100)])
        let r = t(try f.tables(2021))
        func rank(_ region: String) -> String? { r.row(["stodform": "PROJ", "omrade": "1", "region_kod": region])["rang"] }
        #expect([rank("01"), rank("03"), rank("04"), rank("05")] == ["1", "2", "2", "4"])
        #expect(Set(["06", "07", "25"].map(rank)) == ["5"])
    }

    private func t(_ tables: [String: FollowUpModel.Table]) -> FollowUpModel.Table { tables["regioner"]! }
}
