import Testing
import FollowUpModel
@testable import Store

/// `expected` ⊆ `row`, compared as plain text.
func expectCells(_ row: [String: String], _ expected: [String: String],
                 sourceLocation: SourceLocation = #_sourceLocation) {
    let actual = row.filter { expected.keys.contains($0.key) }
    #expect(actual == expected, sourceLocation: sourceLocation)
}

/// A small data set (regions 01, 03, 04; years 2020 and 2021) whose every expected figure
/// below was worked out by hand.
///
/// 2021 funding: 01 PROJ 1/1.1 100 000 (→ activity A1), PROJ 3/– 300 000, INV 3/3.4 200 000 (→ A2);
///               03 PROJ 1/1.2 100 000 (→ A1), SERV 1/1.3 50 000 (→ A1); 04 PROJ 0/– 100 000.
/// 2020 funding: 01 PROJ 1/1.1 200 000 (→ A1, a 2020 decision), INV 3/3.4 200 000; 03 FRAM 3/3.1 80 000.
struct ComparisonGoldenTests {
    let fixture: StoreFixture
    let t: [String: FollowUpModel.Table]

    init() throws {
        let f = try StoreFixture()
        typealias D = StoreFixture.Decision
        try f.funding("01", 2021, [
            D(id: "B1", stodform: "PROJ", omrade: 1, prioritering: "1.1", belopp: 100_000, insats: "A1",
              eruf: 50_000, region: 20_000),
            D(id: "B2", stodform: "PROJ", omrade: 3, prioritering: nil, belopp: 300_000),
            D(id: "B3", stodform: "INV", omrade: 3, prioritering: "3.4", belopp: 200_000, insats: "A2"),
        ])
        try f.funding("03", 2021, [
            D(id: "B1", stodform: "PROJ", omrade: 1, prioritering: "1.2", belopp: 100_000, insats: "A1"),
            D(id: "B2", stodform: "SERV", omrade: 1, prioritering: "1.3", belopp: 50_000, insats: "A1"),
        ])
        try f.funding("04", 2021, [D(id: "B1", stodform: "PROJ", omrade: 0, prioritering: nil, belopp: 100_000)])
        try f.funding("01", 2020, [
            D(id: "B1", stodform: "PROJ", omrade: 1, prioritering: "1.1", belopp: 200_000, insats: "A1"),
            D(id: "B2", stodform: "INV", omrade: 3, prioritering: "3.4", belopp: 200_000),
        ])
        try f.funding("03", 2020, [D(id: "B1", stodform: "FRAM", omrade: 3, prioritering: "3.1", belopp: 80_000)])

        typealias A = StoreFixture.Activity
        try f.activities("01", 2021, [
            A(id: "A1", omrade: 1, prioritering: "1.1", roller: ["KUNSKAP", "SAMORDNARE"], hallbarhet: ["EKO", "SOC"],
              status: "PAGAENDE"),
            A(id: "A2", omrade: 3, prioritering: "3.4", roller: ["FINANSIAR"], status: "AVSLUTAD"),
        ])
        try f.activities("03", 2021, [
            A(id: "A1", omrade: 1, prioritering: "1.2", roller: ["KUNSKAP"], hallbarhet: ["MIL"], status: "PLANERAD"),
        ])
        try f.activities("01", 2020, [
            A(id: "A0", omrade: 1, prioritering: "1.1", roller: ["KUNSKAP"], hallbarhet: ["EKO"], status: "PAGAENDE"),
        ])

        typealias V = StoreFixture.IndicatorValue
        try f.indicators("01", 2021, [
            V(kod: "IND-1.1", varde: 2.5, enhet: "promille"), V(kod: "IND-1.1", kon: "K", varde: 2, enhet: "promille"),
            V(kod: "IND-1.1", kon: "M", varde: 3, enhet: "promille"),
            V(kod: "IND-3.4", kommun: "0180", varde: 9, enhet: "promille"),
            V(kod: "RUS-01-cyklar", varde: 10, enhet: "antal"),
        ])
        try f.indicators("01", 2020, [V(kod: "IND-1.1", varde: 2, enhet: "promille")])
        try f.indicators("03", 2021, [V(kod: "IND-1.1", varde: 1, enhet: "promille")])
        try f.indicators("03", 2020, [V(kod: "IND-1.1", varde: 0, enhet: "promille")])
        fixture = f
        t = try f.tables(2021)
    }

    @Test func allNineTablesInTheSpecsOrder() throws {
        let names = try fixture.store.comparisonTables(year: 2021).map(\.name)
        #expect(names == ["omraden", "prioriteringar", "regioner", "stodformer", "insatser", "indikatorer",
                          "inlamning", "insatslista", "tidsserie"])
        #expect(try fixture.store.storedYears() == [2020, 2021])
        for table in t.values {
            #expect(table.columns.prefix(2).map(\.name) == ["ar", "jamforelsear"])
            #expect(table.rows.allSatisfy { $0.count == table.columns.count && $0[0] == .integer(2021) && $0[1] == .integer(2020) })
        }
    }

    @Test func sameStoreSameTables() throws {
        #expect(try fixture.store.comparisonTables(year: 2021) == fixture.store.comparisonTables(year: 2021))
    }

    @Test func aYearWithoutDataStillHasEveryCombination() throws {
        let e = try fixture.tables(2023)
        #expect(e["omraden"]!.rows.count == 30)
        #expect(e["omraden"]!.column("belopp_kr", "andel_procent", "belopp_jamforelsear_kr", "forandring_procent")
            .allSatisfy { $0 == ["0", "", "", ""] })  // issue 15: 2022 has no data either
        #expect(e["prioriteringar"]!.rows.count == 85)
        #expect(e["regioner"]!.rows(where: ["stodform": "PROJ", "omrade": "2"]).map { $0["rang"]! }
            == Array(repeating: "1", count: 21))  // issue 15: equal amounts share a rank
        #expect(e["stodformer"]!.column("antal_beslut", "andel_procent").allSatisfy { $0 == ["0", ""] })
        #expect(e["insatser"]!.rows.count == 70)
        #expect(e["indikatorer"]!.rows.isEmpty)
        #expect(e["insatslista"]!.rows.isEmpty)
        #expect(e["inlamning"]!.rows.count == 84)
        #expect(e["inlamning"]!.column("status").allSatisfy { $0 == ["SAKNAS"] })
        // The series holds the stored years up to 2023.
        #expect(Set(e["tidsserie"]!.column("serie_ar").map { $0[0] }) == ["2020", "2021"])
    }

    @Test func omraden() {
        let o = t["omraden"]!
        #expect(o.title == "Finansiering per strategiskt område")
        #expect(o.columns.map(\.name) == ["ar", "jamforelsear", "stodform", "omrade", "omrade_namn", "belopp_kr",
                                          "andel_procent", "belopp_jamforelsear_kr", "andel_jamforelsear_procent",
                                          "forandring_kr", "forandring_procent"])
        #expect(o.column("stodform", "omrade").map { $0.joined(separator: ":") } == ["PROJ", "INV", "FRAM", "SERV", "ALLA"]
            .flatMap { s in ["0", "1", "2", "3", "4", "ALLA"].map { "\(s):\($0)" } })
        let cols = ["belopp_kr", "andel_procent", "belopp_jamforelsear_kr", "andel_jamforelsear_procent",
                    "forandring_kr", "forandring_procent"]
        let expected: [(String, String, [String])] = [
            ("PROJ", "0", ["100000", "16.7", "0", "0.0", "100000", ""]),
            ("PROJ", "1", ["200000", "33.3", "200000", "100.0", "0", "0.0"]),
            ("PROJ", "2", ["0", "0.0", "0", "0.0", "0", ""]),
            ("PROJ", "3", ["300000", "50.0", "0", "0.0", "300000", ""]),
            ("PROJ", "ALLA", ["600000", "100.0", "200000", "100.0", "400000", "200.0"]),
            ("INV", "3", ["200000", "100.0", "200000", "100.0", "0", "0.0"]),
            ("FRAM", "3", ["0", "", "80000", "100.0", "-80000", "-100.0"]),
            ("FRAM", "ALLA", ["0", "", "80000", "100.0", "-80000", "-100.0"]),
            ("SERV", "1", ["50000", "100.0", "0", "", "50000", ""]),
            ("SERV", "2", ["0", "0.0", "0", "", "0", ""]),
            ("ALLA", "0", ["100000", "11.8", "0", "0.0", "100000", ""]),
            ("ALLA", "1", ["250000", "29.4", "200000", "41.7", "50000", "25.0"]),
            ("ALLA", "3", ["500000", "58.8", "280000", "58.3", "220000", "78.6"]),
            ("ALLA", "4", ["0", "0.0", "0", "0.0", "0", ""]),
            ("ALLA", "ALLA", ["850000", "100.0", "480000", "100.0", "370000", "77.1"]),
        ]
        for (s, a, values) in expected {
            o.expect(["stodform": s, "omrade": a], cols, values)
        }
        #expect(o.row(["stodform": "ALLA", "omrade": "ALLA"])["omrade_namn"] == "Samtliga områden")
        #expect(o.row(["stodform": "PROJ", "omrade": "0"])["omrade_namn"] == "Ej kopplat till strategiskt område")
    }

    @Test func prioriteringar() {
        let p = t["prioriteringar"]!
        #expect(p.rows.count == 5 * 17)
        #expect(p.column("prioritering").prefix(17).map { $0[0] } ==
                ["1.1", "1.2", "1.3", "2.1", "2.2", "3.1", "3.2", "3.3", "3.4", "3.5", "4.1", "4.2", "", "", "", "", ""])
        #expect(p.column("omrade").prefix(17).suffix(5).map { $0[0] } == ["0", "1", "2", "3", "4"])
        let cols = ["belopp_kr", "andel_procent", "belopp_jamforelsear_kr", "forandring_kr", "forandring_procent"]
        let expected: [(String, String, String, [String])] = [
            ("PROJ", "1", "1.1", ["100000", "16.7", "200000", "-100000", "-50.0"]),
            ("PROJ", "1", "1.2", ["100000", "16.7", "0", "100000", ""]),
            ("PROJ", "0", "", ["100000", "16.7", "0", "100000", ""]),
            ("PROJ", "3", "", ["300000", "50.0", "0", "300000", ""]),
            ("PROJ", "3", "3.4", ["0", "0.0", "0", "0", ""]),
            ("FRAM", "3", "3.1", ["0", "", "80000", "-80000", "-100.0"]),
            ("ALLA", "3", "3.4", ["200000", "23.5", "200000", "0", "0.0"]),
            ("ALLA", "1", "1.3", ["50000", "5.9", "0", "50000", ""]),
        ]
        for (s, a, prio, values) in expected {
            p.expect(["stodform": s, "omrade": a, "prioritering": prio], cols, values)
        }
        #expect(p.row(["stodform": "PROJ", "omrade": "3", "prioritering": ""])["prioritering_namn"]
                == "Ej angiven prioritering (område 3)")
        #expect(p.row(["stodform": "PROJ", "prioritering": "3.4"])["prioritering_namn"] == "P3.4")
    }

    @Test func regioner() {
        let r = t["regioner"]!
        #expect(r.rows.count == 5 * 6 * 21)
        // A tie (01 and 03, 100 000 each) shares a rank, as do the zeros (issue 15: 1, 1, 3, 3).
        let area1 = r.rows(where: ["stodform": "PROJ", "omrade": "1"])
        #expect(area1.map { $0["region_kod"]! } == ["01", "03", "04", "05", "06", "07", "08", "09", "10", "12", "13",
                                                     "14", "17", "18", "19", "20", "21", "22", "23", "24", "25"])
        #expect(area1.prefix(4).map { [$0["belopp_kr"]!, $0["andel_procent"]!, $0["rang"]!] } ==
                [["100000", "50.0", "1"], ["100000", "50.0", "1"], ["0", "0.0", "3"], ["0", "0.0", "3"]])
        expectCells(r.row(["stodform": "PROJ", "omrade": "1", "region_kod": "01"]),
                    ["belopp_jamforelsear_kr": "200000", "forandring_kr": "-100000", "region_namn": "Region Stockholm"])
        let all = ["01": ["400000", "66.7", "1"], "03": ["100000", "16.7", "2"], "04": ["100000", "16.7", "2"],
                   "25": ["0", "0.0", "4"]]
        for (region, v) in all {
            expectCells(r.row(["stodform": "PROJ", "omrade": "ALLA", "region_kod": region]),
                        ["belopp_kr": v[0], "andel_procent": v[1], "rang": v[2]])
        }
        // The whole is 0: no share, and one rank shared by all.
        expectCells(r.row(["stodform": "FRAM", "omrade": "3", "region_kod": "03"]),
                    ["belopp_kr": "0", "andel_procent": "", "rang": "1", "belopp_jamforelsear_kr": "80000",
                     "forandring_kr": "-80000"])
        expectCells(r.row(["stodform": "ALLA", "omrade": "3", "region_kod": "01"]),
                    ["belopp_kr": "500000", "andel_procent": "100.0", "rang": "1", "belopp_jamforelsear_kr": "200000",
                     "forandring_kr": "300000"])
    }

    @Test func stodformer() {
        let s = t["stodformer"]!
        #expect(s.column("stodform").map { $0[0] } == ["PROJ", "INV", "FRAM", "SERV", "ALLA"])
        let cols = ["antal_beslut", "belopp_kr", "andel_procent", "eruf_kr", "jtf_kr", "region_kr", "kommun_kr",
                    "annan_offentlig_kr", "privat_kr", "antal_beslut_jamforelsear", "belopp_jamforelsear_kr",
                    "forandring_kr", "forandring_procent"]
        let expected: [String: [String]] = [
            "PROJ": ["4", "600000", "70.6", "50000", "0", "20000", "0", "0", "0", "1", "200000", "400000", "200.0"],
            "INV": ["1", "200000", "23.5", "0", "0", "0", "0", "0", "0", "1", "200000", "0", "0.0"],
            "FRAM": ["0", "0", "0.0", "0", "0", "0", "0", "0", "0", "1", "80000", "-80000", "-100.0"],
            "SERV": ["1", "50000", "5.9", "0", "0", "0", "0", "0", "0", "0", "0", "50000", ""],
            "ALLA": ["6", "850000", "100.0", "50000", "0", "20000", "0", "0", "0", "3", "480000", "370000", "77.1"],
        ]
        for (sf, v) in expected {
            s.expect(["stodform": sf], cols, v)
        }
        #expect(s.row(["stodform": "ALLA"])["stodform_namn"] == "Samtliga stödformer")
        #expect(s.row(["stodform": "INV"])["stodform_namn"] == "Regionalt investeringsstöd")
    }

    @Test func insatser() {
        let i = t["insatser"]!
        #expect(i.rows.count == 5 * (1 + 7 + 3 + 3))
        #expect(i.column("dimension", "kod").prefix(14).map { $0.joined(separator: ":") } == [
            "total:ALLA", "roll:KUNSKAP", "roll:NATVERK", "roll:SAMORDNARE", "roll:FINANSIAR", "roll:PAVERKAN",
            "roll:PROCESSLEDARE", "roll:KAPACITET", "hallbarhet:EKO", "hallbarhet:SOC", "hallbarhet:MIL",
            "status:PLANERAD", "status:PAGAENDE", "status:AVSLUTAD"])
        #expect(i.column("omrade").map { $0[0] } == ["1", "2", "3", "4", "ALLA"].flatMap { Array(repeating: $0, count: 14) })
        let cols = ["antal", "andel_procent", "antal_jamforelsear", "forandring"]
        let expected: [(String, String, [String])] = [
            ("1", "ALLA", ["2", "100.0", "1", "1"]),
            ("1", "KUNSKAP", ["2", "100.0", "1", "1"]),
            ("1", "SAMORDNARE", ["1", "50.0", "0", "1"]),
            ("1", "NATVERK", ["0", "0.0", "0", "0"]),
            ("1", "EKO", ["1", "50.0", "1", "0"]),
            ("1", "MIL", ["1", "50.0", "0", "1"]),
            ("1", "PLANERAD", ["1", "50.0", "0", "1"]),
            ("1", "PAGAENDE", ["1", "50.0", "1", "0"]),
            ("1", "AVSLUTAD", ["0", "0.0", "0", "0"]),
            ("2", "ALLA", ["0", "", "0", "0"]),
            ("2", "KUNSKAP", ["0", "", "0", "0"]),
            // A2 has no sustainability dimension: it counts in no hallbarhet row.
            ("3", "EKO", ["0", "0.0", "0", "0"]),
            ("3", "FINANSIAR", ["1", "100.0", "0", "1"]),
            ("ALLA", "ALLA", ["3", "100.0", "1", "2"]),
            ("ALLA", "KUNSKAP", ["2", "66.7", "1", "1"]),
            ("ALLA", "SAMORDNARE", ["1", "33.3", "0", "1"]),
            ("ALLA", "AVSLUTAD", ["1", "33.3", "0", "1"]),
            ("ALLA", "PAGAENDE", ["1", "33.3", "1", "0"]),
        ]
        for (a, kod, v) in expected {
            i.expect(["omrade": a, "kod": kod], cols, v)
        }
        #expect(i.row(["omrade": "1", "kod": "ALLA"])["namn"] == "Samtliga insatser")
        #expect(i.row(["omrade": "1", "kod": "PAGAENDE"])["namn"] == "Pågående")
        #expect(i.row(["omrade": "1", "kod": "KUNSKAP"])["namn"] == "Kunskapsaktör")
    }

    @Test func insatslista() {
        let l = t["insatslista"]!
        #expect(l.column("region_kod", "insats_id", "omrade", "prioritering", "roll", "hallbarhet", "status",
                         "startdatum", "slutdatum", "beviljat_kr") == [
            ["01", "A1", "1", "1.1", "KUNSKAP|SAMORDNARE", "EKO|SOC", "PAGAENDE", "2021-01-15", "", "100000"],
            ["01", "A2", "3", "3.4", "FINANSIAR", "", "AVSLUTAD", "2021-01-15", "", "200000"],
            ["03", "A1", "1", "1.2", "KUNSKAP", "MIL", "PLANERAD", "2021-01-15", "", "150000"],
        ])
        #expect(l.rows[0][l.columns.firstIndex { $0.name == "region_namn" }!] == .text("Region Stockholm"))
    }

    @Test func indikatorer() {
        let ind = t["indikatorer"]!
        // IND-1.1 × 21 regions; IND-3.4 has only a municipal value; RUS-01-… only for region 01.
        #expect(ind.rows.count == 22)
        #expect(ind.column("indikator_kod", "region_kod").last == ["RUS-01-cyklar", "01"])
        let cols = ["indikator_namn", "enhet", "varde", "varde_kvinnor", "varde_man", "varde_jamforelsear",
                    "forandring", "forandring_procent"]
        ind.expect(["indikator_kod": "IND-1.1", "region_kod": "01"], cols, ["Nettoinflyttning", "promille", "2.5", "2", "3", "2", "0.5", "25.0"])
        ind.expect(["indikator_kod": "IND-1.1", "region_kod": "03"], cols, ["Nettoinflyttning", "promille", "1", "", "", "0", "1", ""])
        ind.expect(["indikator_kod": "IND-1.1", "region_kod": "04"], cols, ["Nettoinflyttning", "promille", "", "", "", "", "", ""])
        ind.expect(["indikator_kod": "RUS-01-cyklar"], cols, ["cyklar", "antal", "10", "", "", "", "", ""])
    }

    @Test func tidsserie() {
        let s = t["tidsserie"]!
        #expect(s.rows.count == 2 * 5 * 6)
        #expect(s.column("serie_ar").map { $0[0] } == Array(repeating: "2020", count: 30) + Array(repeating: "2021", count: 30))
        expectCells(s.row(["serie_ar": "2020", "stodform": "ALLA", "omrade": "3"]),
                    ["belopp_kr": "280000", "andel_procent": "58.3"])
        expectCells(s.row(["serie_ar": "2020", "stodform": "SERV", "omrade": "1"]),
                    ["belopp_kr": "0", "andel_procent": ""])
        expectCells(s.row(["serie_ar": "2021", "stodform": "PROJ", "omrade": "0"]),
                    ["belopp_kr": "100000", "andel_procent": "16.7"])
        // The 2020 tables have only 2020 in their series.
        let t2020 = try! fixture.tables(2020)
        #expect(t2020["tidsserie"]!.rows.count == 30)
    }
}
