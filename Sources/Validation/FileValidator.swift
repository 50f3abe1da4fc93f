import FollowUpModel
import Texts

/// Validates one file's records against its schema, push style: the header first, then each
/// record as it is read, then `finish()`. Bad data never throws; it becomes findings. Only
/// the engine's own temporary files can fail (`ValidationEngineError`, from `finish()`).
///
/// The cells are checked by the engine (`Engine/RowReader`), then the report's rules
/// (`Rules/`) see the typed row; the primary keys are checked at the end.
///
/// ```swift
/// var validator = FileValidator(schema: schema, catalog: catalog, submission: name, file: "14_2025_insatser.csv")
/// for record in records { if let row = validator.consume(record) { store(row) } }
/// try validator.finish()
/// print(validator.findings.errors)
/// ```
public struct FileValidator {
    public let schema: Schema
    /// All findings of the file, capped in listing, counted in full.
    public var findings: FindingList { reporter.list }
    /// Data rows read (blank rows not counted).
    public private(set) var dataRows = 0
    /// The `insats_id` values of an `insatser` file (for `finansiering` files of the same
    /// run), collected only when `collectsActivityIDs` is set: a set of a million ids is
    /// tens of megabytes, so it is built only when a later file needs it.
    public private(set) var activityIDs: Set<String> = []
    /// Set before the first record to fill `activityIDs` (an `insatser` file only).
    public var collectsActivityIDs = false
    /// True when `,` may be a decimal sign in numbers (`;` and TAB files). Set before the first data row.
    public var decimalComma: Bool {
        get { reader.decimalComma }
        set { reader.decimalComma = newValue }
    }
    /// When false, `consume` checks rows but returns no `TypedRow` (nobody stores them).
    public var producesRows = true
    /// Errors found so far (without copying the finding list).
    public var errorCount: Int { reporter.list.errors }

    private var reporter: FindingReporter
    private let context: RuleContext
    /// The engine: record → typed row and the cells' findings.
    private var reader: RowReader
    private var rules: any ReportRules
    private let submissionRules: SubmissionRules
    private let keyFields: [Int]
    private let keys: PrimaryKeySet
    private var recordBuffer = RecordBytesBuffer()
    private let activityField: Int?
    private let labelIndex: [String: Int]
    private var sawHeader = false
    private var dead = false
    private var finished = false

    /// - Parameters:
    ///   - submission: the file name's region, year and report; nil skips region/year checks.
    ///   - file: the name findings carry.
    public init(schema: Schema, catalog: SchemaCatalog, submission: SubmissionName?, file: String,
                context crossFile: CrossFileContext = .none, findingCap: Int = 1000, decimalComma: Bool = false) {
        self.init(schema: schema, catalog: catalog, submission: submission, file: file, context: crossFile,
                  findingCap: findingCap, decimalComma: decimalComma, engine: EngineOptions())
    }

    /// Internal knobs of the engine that tests turn.
    struct EngineOptions {
        /// False sends every cell to the full check.
        var fastChecks = true
        /// The primary-key set's hash bits (tests force collisions with few).
        var keyHashMask: UInt64 = .max
        var keyRunCapacity = PrimaryKeySet.defaultRunCapacity
    }

    init(schema: Schema, catalog: SchemaCatalog, submission: SubmissionName?, file: String,
         context crossFile: CrossFileContext, findingCap: Int, decimalComma: Bool, engine: EngineOptions) {
        self.schema = schema
        reporter = FindingReporter(list: FindingList(cap: findingCap), file: file)
        context = RuleContext(schema: schema, catalog: catalog, submission: submission, crossFile: crossFile)
        let rules = ReportRulesFactory.make(context)
        self.rules = rules
        let plans = schema.fields.map { FieldPlan(field: $0, schema: schema, catalog: catalog, ownForeignKeys: rules.ownForeignKeys) }
        reader = RowReader(plans: plans, decimalComma: decimalComma, fastChecks: engine.fastChecks)
        submissionRules = SubmissionRules(context)
        keyFields = (schema.primaryKey ?? []).compactMap(schema.index(of:))
        keys = PrimaryKeySet(runCapacity: engine.keyRunCapacity, hashMask: engine.keyHashMask)
        activityField = schema.report == .insatser ? schema.index(of: "insats_id") : nil
        labelIndex = Dictionary(schema.fields.enumerated().map { ($1.name.lowercased(), $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// Adds a finding about the file from outside (reading, file name, deadline).
    public mutating func report(_ code: IssueCode, line: Int? = nil, column: String? = nil, value: String? = nil,
                                message: @autoclosure () -> String) {
        reporter.add(code, line: line, column: column, value: value, message())
    }

    /// Takes the next record; returns the typed row when the row passed every row-level check.
    public mutating func consume(_ record: RawRecord) -> TypedRow? {
        guard !dead else { return nil }
        var buffer = recordBuffer
        recordBuffer = RecordBytesBuffer()
        defer { recordBuffer = buffer }
        return buffer.withBytes(of: record) { consume($0) }
    }

    /// Takes the next record as bytes (the file route: no `String` per cell for good cells).
    package mutating func consume(_ record: RawRecordBytes) -> TypedRow? {
        guard !dead else { return nil }
        if !sawHeader {
            sawHeader = true
            readHeader(record.rawRecord())
            return nil
        }
        let errorsBefore = reporter.list.errors
        guard reader.read(record, &reporter) else { return nil }
        dataRows += 1
        return checkRow(record, errorsBefore: errorsBefore)
    }

    /// Runs the file rules (e.g. `row-count`). Call once after the last record.
    /// - Throws: `ValidationEngineError` when a temporary file of the primary keys failed.
    public mutating func finish() throws {
        guard !finished else { return }
        finished = true
        if !sawHeader {
            if reporter.list.errors == 0 { reporter.add(.emptyFile, line: nil, Messages.emptyFile) }
            return
        }
        if !dead {
            try finishPrimaryKeys()
            rules.finish(rows: dataRows, &reporter)
        }
    }

    /// Reports the repeated primary keys of the rows read so far (`primary-key`, on the line
    /// of each repeat). `finish()` does it; call it alone when reading stopped early.
    /// - Throws: `ValidationEngineError` when a temporary file of the primary keys failed.
    public mutating func finishPrimaryKeys() throws {
        guard !keyFields.isEmpty else { return }
        let names = keyFields.map { schema.fields[$0].name }
        let room = reporter.list.roomForErrors
        var out = reporter
        reporter = FindingReporter(list: FindingList(cap: 0), file: "")
        defer { reporter = out }
        try keys.finish(listed: room) { r, parts in
            out.add(.primaryKey, line: r.line, column: names.first, value: parts.joined(separator: ", "),
                    Messages.primaryKey(columns: names, values: parts, line: r.line, firstLine: r.firstLine))
        }
    }

    // MARK: Header

    private mutating func readHeader(_ record: RawRecord) {
        let labels = record.cells.map(CellText.label)
        let fields = schema.fields
        var columnOf = [Int?](repeating: nil, count: fields.count)
        defer {
            reader.columnOf = columnOf
            reader.headerCells = labels.count
        }
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

    /// The row rules, the primary key and the typed row, once the engine has read the record.
    @inline(__always)
    private mutating func checkRow(_ record: RawRecordBytes, errorsBefore: Int) -> TypedRow? {
        submissionRules.check(reader.row, &reporter)
        rules.check(reader.row, &reporter)
        reader.addKey(record, fields: keyFields, to: keys)
        if collectsActivityIDs, let activityField, let id = reader.row.validText(activityField) { activityIDs.insert(id) }
        guard producesRows, reporter.list.errors == errorsBefore else { return nil }
        return TypedRow(line: reader.row.line, values: reader.row.values.map { $0 ?? .null })
    }
}
