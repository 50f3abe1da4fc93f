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
