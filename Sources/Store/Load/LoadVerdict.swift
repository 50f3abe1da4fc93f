import FollowUpModel

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
