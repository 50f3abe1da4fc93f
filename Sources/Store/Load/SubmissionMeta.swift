import FollowUpModel

/// What the store records about one processed file.
public struct SubmissionMeta: Sendable {
    public var region: String
    public var year: Int
    public var report: ReportKind
    public var fileName: String
    public var sha256: String
    public var sizeBytes: Int64
    /// ISO 8601 with offset, Swedish time.
    public var receivedAt: String
    public var receivedUnix: Double
    public var runID: Int64
    /// Path of the archived copy, relative to the data directory.
    public var archivePath: String
    public var late: Bool

    public init(region: String, year: Int, report: ReportKind, fileName: String, sha256: String,
                sizeBytes: Int64, receivedAt: String, receivedUnix: Double, runID: Int64,
                archivePath: String, late: Bool) {
        self.region = region
        self.year = year
        self.report = report
        self.fileName = fileName
        self.sha256 = sha256
        self.sizeBytes = sizeBytes
        self.receivedAt = receivedAt
        self.receivedUnix = receivedUnix
        self.runID = runID
        self.archivePath = archivePath
        self.late = late
    }
}

/// The verdict on a file once all its rows were appended: it decides whether the
/// submission commits (no errors) or is recorded as rejected.
public struct LoadVerdict: Sendable {
    public var rows: Int
    public var errors: Int
    public var warnings: Int
    public var findings: [Finding]

    public init(rows: Int, errors: Int, warnings: Int, findings: [Finding]) {
        self.rows = rows
        self.errors = errors
        self.warnings = warnings
        self.findings = findings
    }

    public init(_ report: FileReport) {
        self.init(rows: report.rows, errors: report.errors, warnings: report.warnings,
                  findings: report.findings)
    }
}

/// A submission as recorded: its id in the history and its status.
public struct RecordedSubmission: Sendable, Hashable {
    public var id: Int64
    public var status: SubmissionStatus
}
