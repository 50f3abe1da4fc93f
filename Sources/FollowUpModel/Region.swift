/// Identifies a submission by its file name: `<region_kod>_<Y>_<report>.csv`.
public struct SubmissionName: Sendable, Hashable {
    public var region: String
    public var year: Int
    public var report: ReportKind

    public init(region: String, year: Int, report: ReportKind) {
        self.region = region
        self.year = year
        self.report = report
    }

    /// The canonical file name for this submission.
    public var fileName: String { "\(region)_\(year)_\(report.rawValue).csv" }
}
