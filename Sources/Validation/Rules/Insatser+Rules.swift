import FollowUpModel
import Texts

/// `insatser`: the priority belongs to the area (`priority-area`); `slutdatum` is not before
/// `startdatum` (`date-order`).
struct InsatserRules: ReportRules {
    private let priorityArea: PriorityAreaRule
    private let start: Int?
    private let end: Int?

    init(_ context: RuleContext) {
        priorityArea = PriorityAreaRule(context)
        start = context.index("startdatum")
        end = context.index("slutdatum")
    }

    func check(_ row: Row, _ out: inout FindingReporter) {
        priorityArea.check(row, &out)
        if let s = row.date(start), let e = row.date(end), e < s {
            out.add(.dateOrder, line: row.line, column: "slutdatum", value: e,
                    Messages.dateOrder(line: row.line, start: s, end: e))
        }
    }
}

/// A given priority must belong to the row's strategic area (insatser and finansiering).
struct PriorityAreaRule {
    private let areas: [String: Int]
    private let area: Int?
    private let priority: Int?

    init(_ context: RuleContext) {
        areas = context.catalog.priorityArea
        area = context.index("strategiskt_omrade")
        priority = context.index("prioritering")
    }

    func check(_ row: Row, _ out: inout FindingReporter) {
        guard let p = row.validText(priority), let a = row.integer(area), let belongs = areas[p],
              Int64(belongs) != a else { return }
        out.add(.priorityArea, line: row.line, column: "prioritering", value: p,
                Messages.priorityArea(line: row.line, priority: p, area: a, priorityArea: belongs))
    }
}
