import GRDB

/// The state of a run, as the `run` table stores it (`status`).
public enum RunStatus: String, Sendable, Codable, CaseIterable, DatabaseValueConvertible {
    case running, done, failed
}

/// Counts of one run, as recorded in the `run` table.
public struct RunCounts: Sendable, Codable {
    public var accepted = 0
    public var rejected = 0
    public var duplicates = 0
    public var quarantined = 0
    public init() {}
}

/// A row of the `run` table: one nightly run or rebuild.
struct RunRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "run"

    var id: Int64?
    var startedAt: String
    var finishedAt: String?
    var status: RunStatus
    var accepted = 0
    var rejected = 0
    var duplicates = 0
    var quarantined = 0

    enum CodingKeys: String, CodingKey {
        case id, startedAt = "started_at", finishedAt = "finished_at", status, accepted, rejected, duplicates, quarantined
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}

extension FollowUpStore {
    /// Starts a run and returns its id.
    public func beginRun(startedAt: String) throws -> Int64 {
        try dbQueue.write { db in
            var run = RunRecord(startedAt: startedAt, status: .running)
            try run.insert(db)
            return db.lastInsertedRowID
        }
    }

    /// Records how a run ended and what it did.
    public func finishRun(_ id: Int64, finishedAt: String, status: RunStatus, counts: RunCounts) throws {
        try dbQueue.write { db in
            guard var run = try RunRecord.fetchOne(db, key: id) else { return }
            run.finishedAt = finishedAt
            run.status = status
            run.accepted = counts.accepted
            run.rejected = counts.rejected
            run.duplicates = counts.duplicates
            run.quarantined = counts.quarantined
            try run.update(db)
        }
    }

    /// Marks runs left `running` by a killed process as failed.
    public func closeAbandonedRuns(finishedAt: String) throws {
        try dbQueue.write { db in
            try db.execute(sql: "UPDATE run SET status = ?, finished_at = ? WHERE status = ?",
                           arguments: [RunStatus.failed, finishedAt, RunStatus.running])
        }
    }
}
