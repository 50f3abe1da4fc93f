import FollowUpModel
import Texts

/// Row and file rules of one report that Table Schema cannot express. One type per report
/// (`Insatser+Rules.swift`, …), named after what they check. Rules read typed values from
/// a `Row` and add findings; the engine has already checked every cell on its own.
///
/// A new rule is a few lines in the report's file:
///
/// ```swift
/// if let s = row.date(start), let e = row.date(end), e < s {
///     out.add(.dateOrder, line: row.line, column: "slutdatum", value: e, Messages.dateOrder(line: row.line, start: s, end: e))
/// }
/// ```
protocol ReportRules {
    /// Columns whose foreign key these rules check themselves; the generic check skips them.
    var ownForeignKeys: Set<String> { get }
    mutating func check(_ row: Row, _ out: inout FindingReporter)
    mutating func finish(rows: Int, _ out: inout FindingReporter)
}

extension ReportRules {
    var ownForeignKeys: Set<String> { [] }
    mutating func finish(rows: Int, _ out: inout FindingReporter) {}
}

/// What rules know about the file: its name's region and year, the code lists, other files.
struct RuleContext {
    let schema: Schema
    let catalog: SchemaCatalog
    let submission: SubmissionName?
    let crossFile: CrossFileContext

    func index(_ name: String) -> Int? { schema.index(of: name) }
}

enum ReportRulesFactory {
    static func make(_ context: RuleContext) -> any ReportRules {
        switch context.schema.report {
        case .insatser: return InsatserRules(context)
        case .finansiering: return FinansieringRules(context)
        case .indikatorer: return IndikatorerRules(context)
        case .strategi: return StrategiRules(context)
        }
    }
}
