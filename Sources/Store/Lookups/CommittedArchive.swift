import Foundation
import GRDB

/// What a run that stopped before it committed leaves to reconcile: when the runs that
/// did not finish started, and which archived copies the store knows (`archive_path`).
public struct CommittedArchive: Sendable {
    /// `started_at` of the runs that may have archived a file without committing it, oldest
    /// first: those left `running` by a killed process, and the latest run if it failed
    /// (an earlier failed run was reconciled by the run after it).
    public var abandonedRunStarts: [String]
    /// The archived copy of every submission: the archived files whose outcome is committed.
    public var archivePaths: Set<String>
}

extension FollowUpStore {
    /// Reads `CommittedArchive` from the store at `path`, read-only, whatever migrations
    /// it has (nothing to reconcile when it has no runs yet). Call while holding the lock.
    /// - Throws: `StoreError.storeDamaged` when it cannot be read.
    public static func committedArchive(at path: String) throws -> CommittedArchive {
        do {
            return try readCommittedArchive(at: path)
        } catch let error as DatabaseError {
            throw StoreError.storeDamaged(path: path, reason: error.message ?? "SQLite \(error.resultCode.rawValue)")
        }
    }

    private static func readCommittedArchive(at path: String) throws -> CommittedArchive {
        var config = Configuration()
        config.readonly = true
        config.busyMode = .timeout(10)
        let queue = try DatabaseQueue(path: path, configuration: config)
        defer { try? queue.close() }
        return try queue.read { db in
            guard try db.tableExists("run"), try db.tableExists("submission") else {
                return CommittedArchive(abandonedRunStarts: [], archivePaths: [])
            }
            let starts = try String.fetchAll(db, sql: """
                SELECT started_at FROM run
                WHERE status = ? OR (status = ? AND id = (SELECT max(id) FROM run)) ORDER BY id
                """, arguments: [RunStatus.running, RunStatus.failed])
            if starts.isEmpty { return CommittedArchive(abandonedRunStarts: [], archivePaths: []) }
            return CommittedArchive(abandonedRunStarts: starts,
                                    archivePaths: Set(try String.fetchAll(db, sql: "SELECT archive_path FROM submission")))
        }
    }
}
