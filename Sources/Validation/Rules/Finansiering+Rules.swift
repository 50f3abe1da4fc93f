import FollowUpModel
import Texts

/// `finansiering`: `insats_id` points to an accepted activity of the same region and year
/// (`foreign-key`); area 0 only for PROJ (`unassigned-area`); SERV in area 1 / priority 1.3
/// (`service-area`); the priority belongs to the area (`priority-area`); the decision date
/// lies in the reported year (`decision-date-year`).
struct FinansieringRules: ReportRules {
    private let context: RuleContext
    private let priorityArea: PriorityAreaRule
    private let activity, instrument, area, priority, decisionDate: Int?
    private var activitiesLooked = false
    private var knownActivities: Set<String>?
    /// `"<Y>-"`, the start of a decision date in the reported year.
    private let yearPrefix: String

    var ownForeignKeys: Set<String> { ["insats_id"] }

    init(_ context: RuleContext) {
        self.context = context
        priorityArea = PriorityAreaRule(context)
        activity = context.index("insats_id")
        instrument = context.index("stodform")
        area = context.index("strategiskt_omrade")
        priority = context.index("prioritering")
        decisionDate = context.index("beslutsdatum")
        yearPrefix = context.submission.map { "\($0.year)-" } ?? ""
    }

    mutating func check(_ row: Row, _ out: inout FindingReporter) {
        checkActivity(row, &out)
        let form = row.validText(instrument)
        let a = row.integer(area)
        if a == 0, let form, form != "PROJ" {
            out.add(.unassignedArea, line: row.line, column: "strategiskt_omrade", value: "0",
                    Messages.unassignedArea(line: row.line, instrument: form))
        }
        let p = row.text(priority)
        if form == "SERV", let a, a != 1 || (p != nil && p != "1.3") {
            out.add(.serviceArea, line: row.line, column: a != 1 ? "strategiskt_omrade" : "prioritering",
                    value: a != 1 ? String(a) : p, Messages.serviceArea(line: row.line, area: a, priority: p))
        } else {
            priorityArea.check(row, &out)
        }
        if let year = context.submission?.year, let date = row.date(decisionDate), !date.hasPrefix(yearPrefix) {
            out.add(.decisionDateYear, line: row.line, column: "beslutsdatum", value: date,
                    Messages.decisionDateYear(line: row.line, date: date, year: year))
        }
    }

    private mutating func checkActivity(_ row: Row, _ out: inout FindingReporter) {
        guard let id = row.validText(activity), let submission = context.submission else { return }
        if !activitiesLooked {
            knownActivities = context.crossFile.knownActivities(submission.region, submission.year)
            activitiesLooked = true
        }
        let known = knownActivities
        if known?.contains(id) != true {
            out.add(.foreignKey, line: row.line, column: "insats_id", value: id,
                    Messages.unknownActivity(line: row.line, id: id, region: submission.region,
                                             year: submission.year, anyKnown: known != nil))
        }
    }
}
