import FollowUpModel
import Texts

/// Rules of every report: each row's `region_kod` and `ar` are the file name's.
struct SubmissionRules {
    private let submission: SubmissionName?
    private let region: Int?
    private let year: Int?

    init(_ context: RuleContext) {
        submission = context.submission
        region = context.index("region_kod")
        year = context.index("ar")
    }

    func check(_ row: Row, _ out: inout FindingReporter) {
        guard let submission else { return }
        if let code = row.text(region), code != submission.region {
            out.add(.regionMismatch, line: row.line, column: "region_kod", value: code,
                    Messages.regionMismatch(line: row.line, value: code, fileRegion: submission.region))
        }
        if let ar = row.integer(year), ar != Int64(submission.year) {
            out.add(.yearMismatch, line: row.line, column: "ar", value: row.text(year),
                    Messages.yearMismatch(line: row.line, value: row.text(year) ?? "", fileYear: submission.year))
        }
    }
}
