import FollowUpModel
import Texts

/// `strategi`: exactly one data row (`row-count`); `antagen_ar` not after the reported year
/// and `giltig_till_ar` not before `antagen_ar` (`constraint-error`).
struct StrategiRules: ReportRules {
    private let context: RuleContext
    private let adopted, validTo: Int?

    init(_ context: RuleContext) {
        self.context = context
        adopted = context.index("antagen_ar")
        validTo = context.index("giltig_till_ar")
    }

    func check(_ row: Row, _ out: inout FindingReporter) {
        let a = row.integer(adopted)
        if let a, let year = context.submission?.year, a > Int64(year) {
            out.add(.constraintError, line: row.line, column: "antagen_ar", value: String(a),
                    Messages.adoptedAfterYear(line: row.line, value: a, year: year))
        }
        if let a, let v = row.integer(validTo), v < a {
            out.add(.constraintError, line: row.line, column: "giltig_till_ar", value: String(v),
                    Messages.validBeforeAdopted(line: row.line, value: v, adopted: a))
        }
    }

    func finish(rows: Int, _ out: inout FindingReporter) {
        if rows != 1 { out.add(.rowCount, line: nil, Messages.rowCount(rows)) }
    }
}
