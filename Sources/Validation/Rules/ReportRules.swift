import FollowUpModel

/// One data row as the row rules see it: the trimmed text of every field and its typed value
/// (nil when the cell is missing, empty, or broke a type rule — rules then stay silent).
struct RowView {
    var line: Int
    var texts: [String?]
    var values: [CellValue?]
    /// On the byte route, the trimmed bytes of a good integer or number cell whose `String`
    /// was not made (its `texts` entry is nil); valid while the record is being checked.
    var spans: [UnsafeBufferPointer<UInt8>?]

    init(line: Int, texts: [String?], values: [CellValue?]) {
        self.line = line
        self.texts = texts
        self.values = values
        spans = Array(repeating: nil, count: texts.count)
    }

    /// The trimmed text of field `i`, nil when the cell is missing.
    func string(_ i: Int) -> String? {
        if let t = texts[i] { return t }
        if let s = spans[i] { return String(decoding: s, as: UTF8.self) }
        return nil
    }

    func text(_ i: Int?) -> String? {
        guard let i, let t = string(i), !t.isEmpty else { return nil }
        return t
    }
    func integer(_ i: Int?) -> Int64? {
        guard let i, case .integer(let v)? = values[i] else { return nil }
        return v
    }
    func number(_ i: Int?) -> Double? {
        guard let i, case .number(let v)? = values[i] else { return nil }
        return v
    }
    func date(_ i: Int?) -> String? {
        guard let i, case .date(let v)? = values[i] else { return nil }
        return v
    }
    /// The text of a field whose value passed its own checks.
    func validText(_ i: Int?) -> String? {
        guard let i, let v = values[i], v != .null else { return nil }
        return string(i)
    }
}

/// Row and file rules of one report that Table Schema cannot express. One type per report
/// (`Insatser+Rules.swift`, …), named after what they check.
protocol ReportRules {
    /// Columns whose foreign key these rules check themselves; the generic check skips them.
    var ownForeignKeys: Set<String> { get }
    mutating func check(_ row: RowView, _ out: inout FindingReporter)
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
