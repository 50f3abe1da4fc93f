import Foundation
import GRDB

/// The last recorded run, for `followup status --last-run` and the metrics file.
public struct RunInfo: Sendable, Codable {
    public var id: Int64
    public var startedAt: String
    public var finishedAt: String?
    public var status: RunStatus
    public var counts: RunCounts
}

/// A file a run rejected: who sent what, and how many errors it had.
public struct RejectedFile: Sendable, Codable, Equatable {
    public var region: String
    public var report: String
    public var fileName: String
    public var errors: Int
}

extension FollowUpStore {
    /// Writes a consistent copy of the store at `path` to `destination` with SQLite's
    /// `VACUUM INTO` (a read transaction: a run writing meanwhile is not seen half-way, and
    /// the copy needs no WAL). `destination` must not exist.
    public static func backup(storeAt path: String, to destination: String) throws {
        var config = Configuration()
        config.readonly = true
        config.busyMode = .timeout(30)
        let queue = try DatabaseQueue(path: path, configuration: config)
        defer { try? queue.close() }
        try queue.inDatabase { db in
            try db.execute(sql: "VACUUM INTO ?", arguments: [destination])
        }
    }

    /// The run with the highest id, or nil when none is recorded.
    public func lastRun() throws -> RunInfo? {
        try dbQueue.read { db in
            try RunRecord.order(Column("id").desc).fetchOne(db).flatMap(RunInfo.init(record:))
        }
    }

    /// The files run `runID` rejected, in the order it processed them.
    public func rejectedFiles(ofRun runID: Int64) throws -> [RejectedFile] {
        try dbQueue.read { db in try RejectedFile.fetchAll(db, runID: runID) }
    }
}

extension RunInfo {
    /// The run as recorded; nil for a record without an id (never stored).
    init?(record r: RunRecord) {
        guard let id = r.id else { return nil }
        var counts = RunCounts()
        counts.accepted = r.accepted
        counts.rejected = r.rejected
        counts.duplicates = r.duplicates
        counts.quarantined = r.quarantined
        self.init(id: id, startedAt: r.startedAt, finishedAt: r.finishedAt, status: r.status, counts: counts)
    }
}

extension RejectedFile {
    /// The files run `runID` rejected, in the order it processed them (read by the writable
    /// store's `followup status --last-run` and the portal's read-only store alike).
    static func fetchAll(_ db: Database, runID: Int64) throws -> [RejectedFile] {
        try Row.fetchAll(db, sql: """
            SELECT region_kod, rapport, file_name, errors FROM submission
            WHERE run_id = ? AND status = 'rejected' ORDER BY id
            """, arguments: [runID]).map {
            RejectedFile(region: $0["region_kod"], report: $0["rapport"], fileName: $0["file_name"], errors: $0["errors"])
        }
    }
}
