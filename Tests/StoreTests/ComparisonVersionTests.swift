import Testing
import FollowUpModel
@testable import Store

/// Only the accepted version in force counts; `inlamning` tells the history.
struct ComparisonVersionTests {
    typealias D = StoreFixture.Decision
    typealias Arrival = StoreFixture.Arrival

    @Test func acceptedFileBecomesTheVersionInForce() throws {
        let f = try StoreFixture()
        #expect(try f.funding("01", 2021, [D(id: "B", stodform: "PROJ", omrade: 1, prioritering: nil, belopp: 1)]) == .accepted)
        let s = try f.store.submissions()
        #expect(s.map(\.isCurrent) == [true])
        #expect(s.map(\.status) == [.accepted])
    }

    @Test func onlyTheVersionInForceCounts() throws {
        let f = try StoreFixture()
        try f.funding("01", 2021, [D(id: "B1", stodform: "PROJ", omrade: 1, prioritering: "1.1", belopp: 1000)],
                      Arrival(receivedAt: "2022-01-10T09:00:00+01:00"))
        try f.funding("01", 2021, [D(id: "B1", stodform: "PROJ", omrade: 1, prioritering: "1.1", belopp: 3000),
                                   D(id: "B2", stodform: "PROJ", omrade: 2, prioritering: "2.1", belopp: 1000)],
                      Arrival(receivedAt: "2022-02-01T09:00:00+01:00", warnings: 1))
        let rejected = try f.funding("01", 2021, [D(id: "B1", stodform: "PROJ", omrade: 1, prioritering: "1.1", belopp: 99_000)],
                                     Arrival(receivedAt: "2022-02-25T10:00:00+01:00", late: true, errors: 2, warnings: 3))
        #expect(rejected == .rejected)
        try f.duplicate("01", 2021, .finansiering, Arrival(receivedAt: "2022-03-01T10:00:00+01:00"))
        // Region 03: only a rejected file.
        try f.activities("03", 2021, [StoreFixture.Activity(id: "X", omrade: 1, prioritering: "1.1", roller: ["KUNSKAP"],
                                                            status: "PLANERAD")],
                         Arrival(receivedAt: "2022-02-20T23:59:00+01:00", errors: 1))
        try f.strategy("01", 2021, Arrival(receivedAt: "2022-02-22T08:00:00+01:00", late: true))
        let t = try f.tables(2021)

        expectCells(t["omraden"]!.row(["stodform": "PROJ", "omrade": "ALLA"]), ["belopp_kr": "4000"])
        expectCells(t["omraden"]!.row(["stodform": "PROJ", "omrade": "1"]), ["belopp_kr": "3000", "andel_procent": "75.0"])
        expectCells(t["stodformer"]!.row(["stodform": "PROJ"]), ["antal_beslut": "2"])
        #expect(t["insatslista"]!.rows.isEmpty)
        expectCells(t["insatser"]!.row(["omrade": "ALLA", "kod": "ALLA"]), ["antal": "0", "andel_procent": ""])

        let inl = t["inlamning"]!
        #expect(inl.rows.count == 21 * 4)
        #expect(inl.column("region_kod", "rapport").prefix(4) ==
                [["01", "insatser"], ["01", "finansiering"], ["01", "indikatorer"], ["01", "strategi"]])
        let cols = ["status", "mottagen", "sen", "fel", "varningar", "versioner"]
        let expected: [(String, String, [String])] = [
            // In force: the second version; the latest file (rejected, late) describes the rest.
            ("01", "finansiering", ["GODKAND", "2022-02-25T10:00:00+01:00", "ja", "2", "3", "2"]),
            ("01", "strategi", ["GODKAND", "2022-02-22T08:00:00+01:00", "ja", "0", "0", "1"]),
            ("03", "insatser", ["AVVISAD", "2022-02-20T23:59:00+01:00", "nej", "1", "0", "0"]),
            ("01", "insatser", ["SAKNAS", "", "", "", "", "0"]),
            ("25", "indikatorer", ["SAKNAS", "", "", "", "", "0"]),
        ]
        for (region, report, v) in expected {
            inl.expect(["region_kod": region, "rapport": report], cols, v)
        }
        #expect(inl.row(["region_kod": "03", "rapport": "insatser"])["region_namn"] == "Region Uppsala")
    }
}
