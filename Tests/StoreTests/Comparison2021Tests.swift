import Testing
import FollowUpModel
@testable import Store

/// A data set built so that the national totals are Tillväxtverket's published figures for
/// 2021 ("Så satsar Sveriges regioner – 2021"); the tables must show them.
///
/// PROJ 2021, 489 000 000 kr: area 0 82 200 000 (01); area 1 28 600 000 (01 10 000 000,
/// 12 18 600 000); area 2 55 500 000 (12); area 3 287 800 000 (14: 102 100 000 to 3.4 and
/// 100 000 000 to 3.1; 24: 85 700 000 to 3.3); area 4 34 900 000 (24).
/// INV 529 000 000 (25 329 000 000, 14 200 000 000), FRAM 151 000 000 (24), all area 3;
/// SERV 92 000 000 (25, area 1, priority 1.3). PROJ 2020: 766 500 000 (01 500 000 000 area 0,
/// 12 266 500 000 area 1).
struct Comparison2021Tests {
    let t: [String: FollowUpModel.Table]

    init() throws {
        let f = try StoreFixture()
        typealias D = StoreFixture.Decision
        try f.funding("01", 2021, [
            D(id: "01-1", stodform: "PROJ", omrade: 0, prioritering: nil, belopp: 82_200_000),
            D(id: "01-2", stodform: "PROJ", omrade: 1, prioritering: "1.1", belopp: 10_000_000),
        ])
        try f.funding("12", 2021, [
            D(id: "12-1", stodform: "PROJ", omrade: 1, prioritering: "1.2", belopp: 18_600_000),
            D(id: "12-2", stodform: "PROJ", omrade: 2, prioritering: "2.1", belopp: 55_500_000),
        ])
        try f.funding("14", 2021, [
            D(id: "14-1", stodform: "PROJ", omrade: 3, prioritering: "3.4", belopp: 102_100_000),
            D(id: "14-2", stodform: "PROJ", omrade: 3, prioritering: "3.1", belopp: 100_000_000),
            D(id: "14-3", stodform: "INV", omrade: 3, prioritering: "3.4", belopp: 200_000_000),
        ])
        try f.funding("24", 2021, [
            D(id: "24-1", stodform: "PROJ", omrade: 3, prioritering: "3.3", belopp: 85_700_000),
            D(id: "24-2", stodform: "PROJ", omrade: 4, prioritering: "4.1", belopp: 34_900_000),
            D(id: "24-3", stodform: "FRAM", omrade: 3, prioritering: "3.1", belopp: 151_000_000),
        ])
        try f.funding("25", 2021, [
            D(id: "25-1", stodform: "INV", omrade: 3, prioritering: "3.2", belopp: 329_000_000),
            D(id: "25-2", stodform: "SERV", omrade: 1, prioritering: "1.3", belopp: 92_000_000),
        ])
        try f.funding("01", 2020, [D(id: "01-1", stodform: "PROJ", omrade: 0, prioritering: nil, belopp: 500_000_000)])
        try f.funding("12", 2020, [D(id: "12-1", stodform: "PROJ", omrade: 1, prioritering: "1.1", belopp: 266_500_000)])
        t = try f.tables(2021)
    }

    @Test func projectFundingByArea() {
        let o = t["omraden"]!
        let expected = [("1", "28600000", "5.8"), ("2", "55500000", "11.3"), ("3", "287800000", "58.9"),
                        ("4", "34900000", "7.1"), ("0", "82200000", "16.8"), ("ALLA", "489000000", "100.0")]
        for (area, amount, share) in expected {
            expectCells(o.row(["stodform": "PROJ", "omrade": area]), ["belopp_kr": amount, "andel_procent": share])
        }
        expectCells(o.row(["stodform": "PROJ", "omrade": "ALLA"]),
                    ["belopp_jamforelsear_kr": "766500000", "forandring_kr": "-277500000", "forandring_procent": "-36.2"])
    }

    @Test func allInstrumentsInArea3() {
        let o = t["omraden"]!
        // 967.8 / 1 261 = 76.75 %: the summary's "77 %" (and "968 MSEK") is this figure rounded further.
        expectCells(o.row(["stodform": "ALLA", "omrade": "3"]), ["belopp_kr": "967800000", "andel_procent": "76.7"])
        expectCells(o.row(["stodform": "ALLA", "omrade": "ALLA"]), ["belopp_kr": "1261000000", "andel_procent": "100.0"])
        expectCells(o.row(["stodform": "INV", "omrade": "3"]), ["belopp_kr": "529000000", "andel_procent": "100.0"])
        expectCells(o.row(["stodform": "FRAM", "omrade": "3"]), ["belopp_kr": "151000000", "andel_procent": "100.0"])
        expectCells(o.row(["stodform": "SERV", "omrade": "1"]), ["belopp_kr": "92000000", "andel_procent": "100.0"])
        let s = t["stodformer"]!
        #expect(s.column("stodform", "belopp_kr") == [["PROJ", "489000000"], ["INV", "529000000"], ["FRAM", "151000000"],
                                                       ["SERV", "92000000"], ["ALLA", "1261000000"]])
    }

    @Test func priority34() {
        expectCells(t["prioriteringar"]!.row(["stodform": "PROJ", "prioritering": "3.4"]),
                    ["belopp_kr": "102100000", "andel_procent": "20.9"])
        expectCells(t["prioriteringar"]!.row(["stodform": "SERV", "prioritering": "1.3"]),
                    ["belopp_kr": "92000000", "andel_procent": "100.0"])
    }

    @Test func regionsWithTheLargestSharesInArea3() {
        let r = t["regioner"]!.rows(where: ["stodform": "PROJ", "omrade": "3"]).sorted { Int($0["rang"]!)! < Int($1["rang"]!)! }
        #expect(r.prefix(3).map { [$0["region_kod"]!, $0["belopp_kr"]!, $0["andel_procent"]!, $0["rang"]!] } == [
            ["14", "202100000", "70.2", "1"], ["24", "85700000", "29.8", "2"], ["01", "0", "0.0", "3"]])
    }
}
