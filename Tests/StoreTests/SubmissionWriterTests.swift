import Foundation
import GRDB
import Testing
import FollowUpModel
@testable import Store

/// The load path of large files: rows go in multi-row chunks, on a second thread, with the
/// store's key and reference checks done by the inserter.
struct BulkLoadTests {
    let columns = ["region_kod", "ar", "indikator_kod", "kommun_kod", "kon", "varde", "enhet"]

    /// `n` distinct municipality-level rows of region 14 in key order.
    func rows(_ n: Int, region: String = "14", year: Int = 2021) -> [[CellValue]] {
        (0..<n).map { i in
            [.text(region), .integer(Int64(year)), .text("RUS-14-k\(i / 3)"), .text("14\(String(format: "%02d", i % 50))"),
             .text(["K", "M", "T"][i % 3]), .number(Double(i) / 10), .text("antal")]
        }
    }

    func stored(_ f: StoreFixture) throws -> [Row] {
        try f.store.dbQueue.read { db in
            try Row.fetchAll(db, sql: "SELECT line, indikator_kod, kommun_kod, kon, varde FROM indikatorvarde ORDER BY line")
        }
    }

    @Test(arguments: [1, 63, 64, 65, 1000, 4099])
    func everyRowIsStoredWithItsLine(count: Int) throws {
        let f = try StoreFixture()
        let input = rows(count)
        #expect(try f.record("14", 2021, .indikatorer, columns, .init(), input) == .accepted)
        let out = try stored(f)
        #expect(out.count == count)
        for (i, row) in out.enumerated() {
            #expect(row["line"] as Int == i + 2)
            #expect(row["varde"] as Double == Double(i) / 10)
            #expect(DatabaseValue(value: row["indikator_kod"] as String) == input[i][2].databaseValue)
        }
        #expect(try f.store.integrityProblems().isEmpty)
    }

    @Test(arguments: [10, 70, 200])
    func aRepeatedKeyInAValidFileIsRefusedAndTheVersionInForceStays(at position: Int) throws {
        let f = try StoreFixture()
        #expect(try f.record("14", 2021, .indikatorer, columns, .init(), rows(5)) == .accepted)
        var input = rows(300)
        input[position] = input[position - 1]
        #expect {
            try f.record("14", 2021, .indikatorer, columns, .init(receivedAt: "2022-02-02T10:00:00+01:00"), input)
        } throws: { error in
            guard case StoreError.keyViolationInValidFile(_, let skipped) = error else { return false }
            return skipped == 1
        }
        #expect(try stored(f).count == 5)
    }

    @Test func aFileWithErrorsIsRolledBackEvenWithRepeatedKeys() throws {
        let f = try StoreFixture()
        var input = rows(300)
        input[100] = input[99]
        #expect(try f.record("14", 2021, .indikatorer, columns, .init(errors: 1), input) == .rejected)
        #expect(try stored(f).isEmpty)
    }

    @Test func aRowOfAnotherRegionOrYearIsRefused() throws {
        let f = try StoreFixture()
        for bad in [rows(1, region: "03")[0], rows(1, year: 2020)[0]] {
            var input = rows(150)
            input[77] = bad
            #expect {
                try f.record("14", 2021, .indikatorer, columns, .init(), input)
            } throws: { error in
                guard case StoreError.rowRefused(_, let line, _) = error else { return false }
                return line == 79
            }
        }
        #expect(try stored(f).isEmpty)
    }

    @Test func aSubmissionOfAnUnknownRegionIsRefusedAndEnforcementIsBackOn() throws {
        let f = try StoreFixture()
        #expect {
            try f.record("99", 2021, .indikatorer, columns, .init(), rows(3, region: "99"))
        } throws: { error in
            guard case StoreError.submissionReference(let region, _) = error else { return false }
            return region == "99"
        }
        let submissions = try f.store.dbQueue.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM submission") }
        #expect(submissions == 0)
        let enforced = try f.store.dbQueue.read { db in try Bool.fetchOne(db, sql: "PRAGMA foreign_keys") }
        #expect(enforced == true)
    }

    @Test func anUnknownCodeInAReferenceColumnIsRefused() throws {
        let f = try StoreFixture()
        let good = StoreFixture.Decision(id: "B1", stodform: "PROJ", omrade: 1, prioritering: "1.1", belopp: 100)
        #expect(try f.funding("14", 2021, [good]) == .accepted)
        for bad in [StoreFixture.Decision(id: "B2", stodform: "LÅN", omrade: 1, prioritering: "1.1", belopp: 100),
                    StoreFixture.Decision(id: "B2", stodform: "PROJ", omrade: 1, prioritering: "9.9", belopp: 100)] {
            #expect(throws: StoreError.self) {
                try f.funding("14", 2021, [good, bad], .init(receivedAt: "2022-02-03T10:00:00+01:00"))
            }
        }
        let kept = try f.store.dbQueue.read { db in try String.fetchAll(db, sql: "SELECT beslut_id FROM finansiering") }
        #expect(kept == ["B1"])
        // Enforcement is back on for everything else the connection does.
        let enforced = try f.store.dbQueue.read { db in try Bool.fetchOne(db, sql: "PRAGMA foreign_keys") }
        #expect(enforced == true)
    }
}

struct RowPipelineTests {
    func row(_ i: Int) -> TypedRow { TypedRow(line: i, values: [.integer(Int64(i))]) }

    @Test func rowsArriveInOrderAndTheVerdictComesBack() throws {
        var seen: [Int] = []
        let verdict = try RowPipeline.run(batchSize: 7, capacity: 2, produce: { push in
            for i in 0..<1000 { try push(row(i)) }
            return "done"
        }, consume: { batch in seen += batch.map(\.line) })
        #expect(verdict == "done")
        #expect(seen == Array(0..<1000))
    }

    struct Broken: Error {}

    @Test func aFailingConsumerStopsTheProducer() {
        let produced = Counter()
        #expect(throws: Broken.self) {
            try RowPipeline.run(batchSize: 10, capacity: 2, produce: { push in
                for i in 0..<1_000_000 {
                    try push(row(i))
                    produced.increment()
                }
                return ()
            }, consume: { batch in
                if batch.first!.line >= 50 { throw Broken() }
            })
        }
        // Stopped within the queue's reach, far from the end of the input.
        #expect(produced.value < 200)
    }

    @Test func aFailingProducerFailsTheLoadAfterItsRowsWereConsumed() {
        var consumed = 0
        #expect(throws: Broken.self) {
            try RowPipeline.run(batchSize: 10, capacity: 2, produce: { push in
                for i in 0..<35 { try push(row(i)) }
                throw Broken()
            }, consume: { consumed += $0.count })
        }
        #expect(consumed == 30)
    }
}

private final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var n = 0
    func increment() { lock.lock(); n += 1; lock.unlock() }
    var value: Int { lock.lock(); defer { lock.unlock() }; return n }
}
