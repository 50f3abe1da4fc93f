import Foundation
import GRDB
import Testing
import FollowUpModel
@testable import Store

/// The load path of large files: a `SubmissionWriter` inserts rows in multi-row chunks, with
/// the store's key and reference checks done before they are bound.
struct SubmissionWriterTests {
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

    @Test func batchesEncodedOnAnotherThreadAreStoredInOrder() throws {
        let f = try StoreFixture()
        let input = rows(700)
        let recorded = try f.store.writeSubmission(f.meta("14", 2021, .indikatorer, .init()), columns: columns) { writer in
            // As the pipeline does: encode where the file is read, append where the store writes.
            let encoder = writer.encoder
            let encoded = Encoded()
            let done = DispatchSemaphore(value: 0)
            DispatchQueue.global().async {
                encoded.batches = (try? stride(from: 0, to: input.count, by: 256).map { start in
                    try encoder.encode(input[start..<min(start + 256, input.count)].enumerated().map { i, v in
                        TypedRow(line: start + i + 2, values: v)
                    })
                }) ?? []
                done.signal()
            }
            done.wait()
            let batches = encoded.batches
            #expect(batches.map(\.count) == [256, 256, 188])
            for b in batches { try writer.append(b) }
            return LoadVerdict(rows: input.count, errors: 0, warnings: 0, findings: [])
        }
        #expect(recorded.status == .accepted)
        #expect(try stored(f).map { $0["line"] as Int } == Array(2..<702))
    }

    @Test func theWriterRefusesRowsOnceItsSubmissionIsOver() throws {
        let f = try StoreFixture()
        var kept: SubmissionWriter?
        _ = try f.store.writeSubmission(f.meta("14", 2021, .indikatorer, .init()), columns: columns) { writer in
            kept = writer
            return LoadVerdict(rows: 0, errors: 0, warnings: 0, findings: [])
        }
        #expect(throws: StoreError.self) { try kept?.append([TypedRow(line: 2, values: rows(1)[0])]) }
        #expect(try stored(f).isEmpty)
    }

    @Test func aLoadThatThrowsRecordsNothing() throws {
        struct Broken: Error {}
        let f = try StoreFixture()
        #expect(throws: Broken.self) {
            try f.store.writeSubmission(f.meta("14", 2021, .indikatorer, .init()), columns: columns) { writer in
                try writer.append(rows(100).enumerated().map { TypedRow(line: $0 + 2, values: $1) })
                throw Broken()
            }
        }
        #expect(try stored(f).isEmpty)
        #expect(try f.store.submissions().isEmpty)
    }

    @Test func committedRowsPassSQLitesOwnForeignKeyCheck() throws {
        let f = try StoreFixture()
        #expect(try f.funding("14", 2021, [.init(id: "B1", stodform: "PROJ", omrade: 1, prioritering: "1.1", belopp: 100),
                                           .init(id: "B2", stodform: "SERV", omrade: 0, prioritering: nil, belopp: 5)]) == .accepted)
        #expect(try f.store.integrityProblems().isEmpty)
    }
}

private final class Encoded: @unchecked Sendable {
    var batches: [EncodedRows] = []
}
