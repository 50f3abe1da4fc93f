/// The outcome of checking one file, as `followup validate --format json` and the receipts
/// show it.
public struct FileReport: Codable, Sendable, Hashable {
    /// The file's name (or the path as given on the command line).
    public var file: String
    public var region: String?
    public var year: Int?
    public var report: ReportKind?
    public var valid: Bool
    /// Data rows read (blank rows not counted).
    public var rows: Int
    public var errors: Int
    public var warnings: Int
    /// True when more findings were counted than listed (the cap was reached).
    public var findingsTruncated: Bool
    public var findings: [Finding]

    public init(file: String, region: String?, year: Int?, report: ReportKind?, rows: Int,
                findings: FindingList) {
        self.file = file
        self.region = region
        self.year = year
        self.report = report
        self.valid = findings.errors == 0
        self.rows = rows
        self.errors = findings.errors
        self.warnings = findings.warnings
        self.findingsTruncated = findings.truncated
        self.findings = findings.sorted
    }
}

/// The report of one `validate` call: valid only if every file is.
public struct ValidationReport: Codable, Sendable, Hashable {
    public var valid: Bool
    public var files: [FileReport]

    public init(files: [FileReport]) {
        self.files = files
        self.valid = files.allSatisfy(\.valid)
    }
}
