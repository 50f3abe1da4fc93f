import GRDB
import Testing
import FollowUpModel
@testable import Store

/// `ReferenceCheck`: what the store holds every row to while SQLite's own foreign-key
/// enforcement is off for the load.
struct ReferenceCheckTests {
    let columns = ["region_kod", "ar", "beslut_id", "stodform", "strategiskt_omrade", "prioritering",
                   "beviljat_kr", "beslutsdatum"]

    func check(region: String = "14", year: Int = 2021) throws -> (StoreFixture, ReferenceCheck) {
        let f = try StoreFixture()
        let c = try f.store.dbQueue.read { db in
            try ReferenceCheck(db, table: "finansiering", columns: columns, region: region, year: year)
        }
        return (f, c)
    }

    func row(region: String = "14", year: Int64 = 2021, stodform: String = "PROJ", omrade: Int64 = 1,
             prioritering: CellValue = .text("1.1")) -> TypedRow {
        TypedRow(line: 7, values: [.text(region), .integer(year), .text("B1"), .text(stodform), .integer(omrade),
                                   prioritering, .integer(100), .date("2021-05-01")])
    }

    /// The reason of a refusal of `row`, or nil when it passes.
    func refusal(_ check: ReferenceCheck, _ row: TypedRow) -> String? {
        do {
            try check.check(row)
            return nil
        } catch StoreError.rowRefused(let table, let line, let reason) {
            #expect(table == "finansiering")
            #expect(line == 7)
            return reason
        } catch {
            return "\(error)"
        }
    }

    @Test func aRowOfKnownCodesPasses() throws {
        let (_, c) = try check()
        #expect(refusal(c, row()) == nil)
        // An optional reference left empty is no reference.
        #expect(refusal(c, row(omrade: 0, prioritering: .null)) == nil)
    }

    @Test func anUnknownCodeIsRefused() throws {
        let (_, c) = try check()
        #expect(refusal(c, row(stodform: "LÅN")) == "stodform = \"LÅN\" saknas i kodlistan")
        #expect(refusal(c, row(prioritering: .text("9.9"))) == "prioritering = \"9.9\" saknas i kodlistan")
        #expect(refusal(c, row(omrade: 7)) == "strategiskt_omrade = 7 saknas i kodlistan")
    }

    @Test func aCodeOfTheWrongStorageClassIsRefused() throws {
        let (_, c) = try check()
        // Area 1 as text is not the INTEGER key 1: validation gives every value its type.
        var r = row()
        r.values[4] = .text("1")
        #expect(refusal(c, r) != nil)
    }

    @Test func aRowOfAnotherRegionOrYearIsRefused() throws {
        let (_, c) = try check()
        #expect(refusal(c, row(region: "03")) == "raden hör inte till inlämningens region och år")
        #expect(refusal(c, row(year: 2020)) == "raden hör inte till inlämningens region och år")
    }

    @Test func aRowOfTheWrongWidthIsRefused() throws {
        let (_, c) = try check()
        var r = row()
        r.values.removeLast()
        #expect(refusal(c, r) == "7 värden, tabellen väntar 8")
    }

    @Test func columnsWithoutRegionAndYearCannotBeChecked() throws {
        let f = try StoreFixture()
        #expect(throws: StoreError.self) {
            try f.store.dbQueue.read { db in
                try ReferenceCheck(db, table: "finansiering", columns: ["beslut_id"], region: "14", year: 2021)
            }
        }
    }
}
