import GRDB
import FollowUpModel

/// What became of a submitted file, as the `submission` table stores it (`status`).
public enum SubmissionStatus: String, Sendable, Codable, CaseIterable, DatabaseValueConvertible {
    /// Passed; its rows are the version in force until a newer accepted file replaces them.
    case accepted
    /// Had errors; only its findings were kept.
    case rejected
    /// The same bytes were processed before; history only.
    case duplicate
}

/// A submission as recorded: its id in the history and its status.
public struct RecordedSubmission: Sendable, Hashable {
    public var id: Int64
    public var status: SubmissionStatus
}

/// A row of the `submission` table: one processed file in the history.
public struct StoredSubmission: Sendable, Codable, Hashable {
    public var id: Int64
    public var region: String
    public var year: Int
    public var report: String
    public var fileName: String
    public var sha256: String
    public var receivedAt: String
    public var receivedUnix: Double
    public var status: SubmissionStatus
    public var rows: Int
    public var errors: Int
    public var warnings: Int
    public var late: Bool
    public var isCurrent: Bool
    public var archivePath: String
}

extension StoredSubmission: FetchableRecord, TableRecord {
    public static let databaseTableName = "submission"

    public init(row: Row) throws {
        id = row["id"]
        region = row["region_kod"]
        year = row["ar"]
        report = row["rapport"]
        fileName = row["file_name"]
        sha256 = row["sha256"]
        receivedAt = row["received_at"]
        receivedUnix = row["received_unix"]
        status = try row.decode(SubmissionStatus.self, forColumn: "status")
        rows = row["rows"]
        errors = row["errors"]
        warnings = row["warnings"]
        late = row["late"]
        isCurrent = row["is_current"]
        archivePath = row["archive_path"]
    }
}
