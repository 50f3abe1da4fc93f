import GRDB
import Testing
import FollowUpModel
@testable import Store

/// The record types of the `submission` and `run` tables, and their status enums.
struct RecordTests {
    @Test func aSubmissionReadsBackWithItsStatus() throws {
        let f = try StoreFixture()
        #expect(try f.strategy("14", 2021) == .accepted)
        #expect(try f.strategy("14", 2021, .init(receivedAt: "2022-02-02T10:00:00+01:00", errors: 2)) == .rejected)
        try f.duplicate("14", 2021, .strategi, .init(receivedAt: "2022-02-03T10:00:00+01:00"))
        let history = try f.store.submissions()
        #expect(history.map(\.status) == [.accepted, .rejected, .duplicate])
        #expect(history.map(\.isCurrent) == [true, false, false])
        // The stored text is the enum's raw value.
        let texts = try f.store.dbQueue.read { db in try String.fetchAll(db, sql: "SELECT status FROM submission ORDER BY id") }
        #expect(texts == SubmissionStatus.allCases.map(\.rawValue))
    }

    @Test func aRunGoesFromRunningToDoneOrFailed() throws {
        let f = try StoreFixture()
        let id = try f.store.beginRun(startedAt: "2022-03-02T02:00:00+01:00")
        var counts = RunCounts()
        counts.accepted = 3
        counts.quarantined = 1
        try f.store.finishRun(id, finishedAt: "2022-03-02T02:01:00+01:00", status: .done, counts: counts)
        let abandoned = try f.store.beginRun(startedAt: "2022-03-03T02:00:00+01:00")
        try f.store.closeAbandonedRuns(finishedAt: "2022-03-04T02:00:00+01:00")
        let runs = try f.store.dbQueue.read { db in try RunRecord.fetchAll(db, sql: "SELECT * FROM run ORDER BY id") }
        let done = try #require(runs.first { $0.id == id })
        #expect(done.status == .done)
        #expect(done.accepted == 3 && done.quarantined == 1 && done.rejected == 0)
        #expect(done.finishedAt == "2022-03-02T02:01:00+01:00")
        let failed = try #require(runs.first { $0.id == abandoned })
        #expect(failed.status == .failed)
        #expect(failed.finishedAt == "2022-03-04T02:00:00+01:00")
        // The fixture's own run was left running too.
        #expect(runs.filter { $0.status == .running }.isEmpty)
    }
}
