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

extension SubmissionName {
    /// Parses the syntax `<region_kod>_<Y>_<report>.csv` (two digits, four digits, a known
    /// report; only the extension is case-insensitive). Whether the region and year are
    /// allowed is for validation to decide.
    public init?(fileName: String) {
        guard fileName.count > 4, fileName.suffix(4).lowercased() == ".csv" else { return nil }
        let parts = fileName.dropLast(4).split(separator: "_", omittingEmptySubsequences: false)
        guard parts.count == 3,
              parts[0].count == 2, parts[0].allSatisfy({ $0.isASCII && $0.isNumber }),
              parts[1].count == 4, parts[1].allSatisfy({ $0.isASCII && $0.isNumber }),
              let year = Int(parts[1]),
              let report = ReportKind(rawValue: String(parts[2]))
        else { return nil }
        self.init(region: String(parts[0]), year: year, report: report)
    }
}
