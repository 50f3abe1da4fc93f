import GRDB

/// Counts of one run, as recorded in the `run` table.
public struct RunCounts: Sendable, Codable {
    public var accepted = 0
    public var rejected = 0
    public var duplicates = 0
    public var quarantined = 0
    public init() {}
}

extension FollowUpStore {
    /// Starts a run and returns its id.
    public func beginRun(startedAt: String) throws -> Int64 {
        try dbQueue.write { db in
            try db.execute(sql: "INSERT INTO run (started_at, status) VALUES (?, 'running')",
                           arguments: [startedAt])
            return db.lastInsertedRowID
        }
    }

    public func finishRun(_ id: Int64, finishedAt: String, status: String, counts: RunCounts) throws {
        try dbQueue.write { db in
            try db.execute(sql: """
                UPDATE run SET finished_at = ?, status = ?, accepted = ?, rejected = ?, duplicates = ?, quarantined = ?
                WHERE id = ?
                """, arguments: [finishedAt, status, counts.accepted, counts.rejected, counts.duplicates,
                                 counts.quarantined, id])
        }
    }

    /// Marks runs left `running` by a killed process as failed.
    public func closeAbandonedRuns(finishedAt: String) throws {
        try dbQueue.write { db in
            try db.execute(sql: "UPDATE run SET status = 'failed', finished_at = ? WHERE status = 'running'",
                           arguments: [finishedAt])
        }
    }

    /// Years whose exports are due (an accepted file touched them and their exports were not
    /// yet written).
    public func pendingExportYears() throws -> [Int] {
        try dbQueue.read { db in try Int.fetchAll(db, sql: "SELECT ar FROM pending_export ORDER BY ar") }
    }

    public func markExportPending(years: [Int]) throws {
        try dbQueue.write { db in try markExportPending(db, years: years) }
    }

    public func clearPendingExport(year: Int) throws {
        try dbQueue.write { db in
            try db.execute(sql: "DELETE FROM pending_export WHERE ar = ?", arguments: [year])
        }
    }
}
