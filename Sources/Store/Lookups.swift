import GRDB
import FollowUpModel

/// A submission as the history keeps it.
public struct StoredSubmission: Sendable, Codable, Hashable {
    public var id: Int64
    public var region: String
    public var year: Int
    public var report: String
    public var fileName: String
    public var sha256: String
    public var receivedAt: String
    public var receivedUnix: Double
    public var status: String
    public var rows: Int
    public var errors: Int
    public var warnings: Int
    public var late: Bool
    public var isCurrent: Bool
    public var archivePath: String
}

extension StoredSubmission: FetchableRecord {
    public init(row: Row) {
        id = row["id"]
        region = row["region_kod"]
        year = row["ar"]
        report = row["rapport"]
        fileName = row["file_name"]
        sha256 = row["sha256"]
        receivedAt = row["received_at"]
        receivedUnix = row["received_unix"]
        status = row["status"]
        rows = row["rows"]
        errors = row["errors"]
        warnings = row["warnings"]
        late = row["late"]
        isCurrent = row["is_current"]
        archivePath = row["archive_path"]
    }
}

extension FollowUpStore {
    /// The first non-duplicate submission with these bytes, if any.
    public func submission(withSHA256 sha: String) throws -> StoredSubmission? {
        try dbQueue.read { db in
            try StoredSubmission.fetchOne(db, sql: """
                SELECT * FROM submission WHERE sha256 = ? ORDER BY (status = 'duplicate'), id LIMIT 1
                """, arguments: [sha])
        }
    }

    /// A submission recorded for exactly this inbox file (same name, bytes and received
    /// time): the file's outcome was committed but the run stopped before it left the inbox.
    public func submission(fileName: String, sha256: String, receivedUnix: Double) throws -> StoredSubmission? {
        try dbQueue.read { db in
            try StoredSubmission.fetchOne(db, sql: """
                SELECT * FROM submission WHERE file_name = ? AND sha256 = ? AND received_unix = ?
                ORDER BY id DESC LIMIT 1
                """, arguments: [fileName, sha256, receivedUnix])
        }
    }

    public func findings(ofSubmission id: Int64) throws -> [Finding] {
        try dbQueue.read { db in
            try Row.fetchAll(db, sql: """
                SELECT s.file_name, f.* FROM finding f JOIN submission s ON s.id = f.submission_id
                WHERE f.submission_id = ? ORDER BY f.seq
                """, arguments: [id]).compactMap { row in
                guard let code = IssueCode(rawValue: row["code"]) else { return nil }
                return Finding(code: code, file: row["file_name"], line: row["line"],
                               column: row["column_name"], value: row["value"], message: row["message"])
            }
        }
    }

    /// Every submission, oldest first.
    public func submissions() throws -> [StoredSubmission] {
        try dbQueue.read { db in
            try StoredSubmission.fetchAll(db, sql: "SELECT * FROM submission ORDER BY received_unix, id")
        }
    }

    /// The `insats_id` values of the accepted `insatser` version in force, or nil if none.
    public func activityIDs(region: String, year: Int) throws -> Set<String>? {
        try dbQueue.read { db in
            let current = try Int64.fetchOne(db, sql: """
                SELECT id FROM submission WHERE region_kod = ? AND ar = ? AND rapport = 'insatser' AND is_current = 1
                """, arguments: [region, year])
            guard let current else { return nil }
            return Set(try String.fetchAll(db, sql: "SELECT insats_id FROM insats WHERE region_kod = ? AND ar = ?",
                                           arguments: [region, year]))
        }
    }

    /// Accepted indicator values of a region and year, keyed by
    /// `indikator_kod`, `kommun_kod` ("" = county) and `kon`.
    public func indicatorValues(region: String, year: Int) throws -> [IndicatorKey: Double] {
        try dbQueue.read { db in
            var result: [IndicatorKey: Double] = [:]
            let rows = try Row.fetchCursor(db, sql: """
                SELECT indikator_kod, kommun_kod, kon, varde FROM indikatorvarde WHERE region_kod = ? AND ar = ?
                """, arguments: [region, year])
            while let r = try rows.next() {
                result[IndicatorKey(indikatorKod: r[0], kommunKod: r[1], kon: r[2])] = r[3]
            }
            return result
        }
    }
}

/// The key of an indicator value within one region and year.
public struct IndicatorKey: Hashable, Sendable {
    public var indikatorKod: String
    public var kommunKod: String
    public var kon: String
    public init(indikatorKod: String, kommunKod: String, kon: String) {
        self.indikatorKod = indikatorKod
        self.kommunKod = kommunKod
        self.kon = kon
    }
}
