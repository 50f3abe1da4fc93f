import FollowUpModel

/// Validates one file's records against its schema, push style: the header first, then each
/// record as it is read, then `finish()`. Bad data never throws; it becomes findings.
///
/// ```swift
/// var validator = FileValidator(schema: schema, catalog: catalog, submission: name, file: "14_2025_insatser.csv")
/// for record in records { if let row = validator.consume(record) { store(row) } }
/// validator.finish()
/// print(validator.findings.errors)
/// ```
public struct FileValidator {
    public let schema: Schema
    /// All findings of the file, capped in listing, counted in full.
    public var findings: FindingList { reporter.list }
    /// Data rows read (blank rows not counted).
    public private(set) var dataRows = 0
    /// The `insats_id` values of an `insatser` file (for `finansiering` files of the same run).
    public private(set) var activityIDs: Set<String> = []
    /// True when `,` may be a decimal sign in numbers (`;` and TAB files). Set before the first data row.
    public var decimalComma: Bool

    private var reporter: FindingReporter
    private let context: RuleContext
    private let plans: [FieldPlan]
    private var rules: any ReportRules
    private let submissionRules: SubmissionRules
    private let keyFields: [Int]
    private var keys = PrimaryKeySet()
    private let activityField: Int?
    private let labelIndex: [String: Int]
    /// For each schema field, the cell position in the file (nil = missing column).
    private var columnOf: [Int?]
    private var headerCells = 0
    private var sawHeader = false
    private var dead = false
    private var finished = false

    /// - Parameters:
    ///   - submission: the file name's region, year and report; nil skips region/year checks.
    ///   - file: the name findings carry.
    public init(schema: Schema, catalog: SchemaCatalog, submission: SubmissionName?, file: String,
                context crossFile: CrossFileContext = .none, findingCap: Int = 1000, decimalComma: Bool = false) {
        self.schema = schema
        self.decimalComma = decimalComma
        reporter = FindingReporter(list: FindingList(cap: findingCap), file: file)
        context = RuleContext(schema: schema, catalog: catalog, submission: submission, crossFile: crossFile)
        let rules = ReportRulesFactory.make(context)
        self.rules = rules
        plans = schema.fields.map { FieldPlan(field: $0, schema: schema, catalog: catalog, ownForeignKeys: rules.ownForeignKeys) }
        submissionRules = SubmissionRules(context)
        keyFields = (schema.primaryKey ?? []).compactMap(schema.index(of:))
        activityField = schema.report == .insatser ? schema.index(of: "insats_id") : nil
        labelIndex = Dictionary(schema.fields.enumerated().map { ($1.name.lowercased(), $0) }, uniquingKeysWith: { a, _ in a })
        columnOf = Array(repeating: nil, count: schema.fields.count)
    }

    /// Adds a finding about the file from outside (reading, file name, deadline).
    public mutating func report(_ code: IssueCode, line: Int? = nil, column: String? = nil, value: String? = nil,
                                message: @autoclosure () -> String) {
        reporter.add(code, line: line, column: column, value: value, message())
    }

    /// Takes the next record; returns the typed row when the row passed every row-level check.
    public mutating func consume(_ record: RawRecord) -> TypedRow? {
        guard !dead else { return nil }
        if !sawHeader {
            sawHeader = true
            readHeader(record)
            return nil
        }
        return readRow(record)
    }

    /// Runs the file rules (e.g. `row-count`). Call once after the last record.
    public mutating func finish() {
        guard !finished else { return }
        finished = true
        if !sawHeader {
            if reporter.list.errors == 0 { reporter.add(.emptyFile, line: nil, Messages.emptyFile) }
            return
        }
        if !dead { rules.finish(rows: dataRows, &reporter) }
    }

    // MARK: Header

    private mutating func readHeader(_ record: RawRecord) {
        let labels = record.cells.map(CellText.label)
        let fields = schema.fields
        headerCells = labels.count
        if labels.allSatisfy(\.isEmpty) {
            reporter.add(.emptyFile, line: record.line, Messages.emptyFile)
            dead = true
            return
        }
        for (position, label) in labels.enumerated() {
            let written = CellText.trim(record.cells[position])
            if label.isEmpty {
                reporter.add(.blankLabel, line: record.line, value: written, Messages.blankLabel(position: position + 1))
            } else if let fi = labelIndex[label] {
                if columnOf[fi] != nil {
                    reporter.add(.duplicateLabel, line: record.line, column: fields[fi].name, value: written,
                                 Messages.duplicateLabel(written, column: fields[fi].name, position: position + 1))
                } else {
                    columnOf[fi] = position
                }
            } else {
                reporter.add(.extraLabel, line: record.line, value: written,
                             Messages.extraLabel(written, position: position + 1, known: fields.map(\.name)))
            }
        }
        for (fi, position) in columnOf.enumerated() where position == nil {
            let field = schema.fields[fi]
            reporter.add(.missingLabel, line: record.line, column: field.name, Messages.missingLabel(field.name, field: field))
        }
    }

    // MARK: Rows

    private mutating func readRow(_ record: RawRecord) -> TypedRow? {
        let line = record.line
        var texts = [String?](repeating: nil, count: plans.count)
        var blank = true
        for (fi, position) in columnOf.enumerated() {
            if let position, position < record.cells.count {
                let t = CellText.trim(record.cells[position])
                if !t.isEmpty { blank = false }
                texts[fi] = t
            }
        }
        if blank && record.cells.allSatisfy({ CellText.trim($0).isEmpty }) {
            reporter.add(.blankRow, line: line, Messages.blankRow(line: line))
            return nil
        }
        dataRows += 1
        let errorsBefore = reporter.list.errors
        if record.cells.count > headerCells {
            let extra = record.cells[headerCells...].map(CellText.trim).first { !$0.isEmpty } ?? ""
            reporter.add(.extraCell, line: line, value: extra,
                         Messages.extraCell(line: line, cells: record.cells.count, expected: headerCells))
        } else if record.cells.count < headerCells {
            let missing = columnOf.enumerated().filter { ($0.element ?? -1) >= record.cells.count }.map { schema.fields[$0.offset].name }
            reporter.add(.missingCell, line: line, column: missing.first,
                         Messages.missingCell(line: line, cells: record.cells.count, expected: headerCells, missing: missing))
        }
        var values = [CellValue?](repeating: nil, count: plans.count)
        for fi in plans.indices {
            guard let text = texts[fi] else { continue }
            values[fi] = checkCell(text, plans[fi], line: line)
        }
        let view = RowView(line: line, texts: texts, values: values)
        submissionRules.check(view, &reporter)
        rules.check(view, &reporter)
        checkPrimaryKey(texts, line: line)
        if let activityField, let id = view.validText(activityField) { activityIDs.insert(id) }
        guard reporter.list.errors == errorsBefore else { return nil }
        return TypedRow(line: line, values: values.map { $0 ?? .null })
    }

    private mutating func checkPrimaryKey(_ texts: [String?], line: Int) {
        guard !keyFields.isEmpty, keyFields.allSatisfy({ texts[$0] != nil }) else { return }
        if let first = keys.insert(texts, fields: keyFields, line: line) {
            let names = keyFields.map { schema.fields[$0].name }
            let parts = keyFields.map { texts[$0] ?? "" }
            reporter.add(.primaryKey, line: line, column: names.first, value: parts.joined(separator: ", "),
                         Messages.primaryKey(columns: names, values: parts, line: line, firstLine: first))
        }
    }
}
