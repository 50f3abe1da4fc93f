import Testing
import FollowUpModel
@testable import Store

/// The order of instruments and areas in the comparison tables is the code lists' row
/// order as seeded, not a list written in the queries.
struct CodeListOrderTests {
    @Test func instrumentsAndAreasFollowTheSeededOrder() throws {
        let f = try StoreFixture()
        var seed = StoreFixture.codeLists
        seed.instruments = [("SERV", "Service"), ("FRAM", "Främjande"), ("PROJ", "Projekt"), ("INV", "Investering")]
        seed.areas = [(4, "Område 4"), (3, "Område 3"), (2, "Område 2"), (1, "Område 1"), (0, "Ej kopplat")]
        try f.store.seed(seed)
        try f.funding("14", 2021, [.init(id: "B1", stodform: "PROJ", omrade: 1, prioritering: "1.1", belopp: 100)])
        try f.activities("14", 2021, [.init(id: "I1", omrade: 2, prioritering: "2.1", roller: ["KUNSKAP"], status: "PLANERAD")])
        let t = try f.tables(2021)
        #expect(t["stodformer"]!.column("stodform") == [["SERV"], ["FRAM"], ["PROJ"], ["INV"], ["ALLA"]])
        let firstOfEach = t["omraden"]!.column("stodform", "omrade").filter { $0[0] == "SERV" }.map { $0[1] }
        #expect(firstOfEach == ["4", "3", "2", "1", "0", "ALLA"])
        let series = t["tidsserie"]!.column("stodform", "omrade").filter { $0[0] == "INV" }.map { $0[1] }
        #expect(series == ["4", "3", "2", "1", "0", "ALLA"])
        // Activities never have area 0.
        let activityAreas = t["insatser"]!.column("omrade", "dimension").filter { $0[1] == "total" }.map { $0[0] }
        #expect(activityAreas == ["4", "3", "2", "1", "ALLA"])
        // Not-given priority rows follow the areas too, after the listed priorities.
        let notGiven = t["prioriteringar"]!.column("stodform", "omrade", "prioritering")
            .filter { $0[0] == "PROJ" && $0[2].isEmpty }.map { $0[1] }
        #expect(notGiven == ["4", "3", "2", "1", "0"])
    }

    @Test func theSpecsOrderIsTheCodeListsOrder() throws {
        let f = try StoreFixture()
        try f.funding("14", 2021, [.init(id: "B1", stodform: "FRAM", omrade: 0, prioritering: nil, belopp: 100)])
        let t = try f.tables(2021)
        #expect(t["stodformer"]!.column("stodform") == [["PROJ"], ["INV"], ["FRAM"], ["SERV"], ["ALLA"]])
        let areas = t["omraden"]!.column("stodform", "omrade").filter { $0[0] == "PROJ" }.map { $0[1] }
        #expect(areas == ["0", "1", "2", "3", "4", "ALLA"])
    }
}
