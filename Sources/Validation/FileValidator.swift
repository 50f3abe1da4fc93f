import FollowUpModel
import Texts

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
    /// When false, `consume` checks rows but returns no `TypedRow` (nobody stores them).
    public var producesRows = true
    /// Errors found so far (without copying the finding list).
    public var errorCount: Int { reporter.list.errors }

    private var reporter: FindingReporter
    private let context: RuleContext
    private let plans: [FieldPlan]
    private var rules: any ReportRules
    private let submissionRules: SubmissionRules
    private let keyFields: [Int]
    private let keys = PrimaryKeySet()
    /// The current row's texts and values, reused from row to row.
    private var row: RowView
    private var keyParts: [String] = []
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
        row = RowView(line: 0, texts: Array(repeating: nil, count: schema.fields.count),
                      values: Array(repeating: nil, count: schema.fields.count))
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

    /// Takes the next record as bytes (the file route: no `String` per cell for good cells).
    public mutating func consume(_ record: RawRecordBytes) -> TypedRow? {
        guard !dead else { return nil }
        if !sawHeader {
            sawHeader = true
            readHeader(record.rawRecord())
            return nil
        }
        return readRow(bytes: record)
    }

    /// Runs the file rules (e.g. `row-count`). Call once after the last record.
    public mutating func finish() {
        guard !finished else { return }
        finished = true
        if !sawHeader {
            if reporter.list.errors == 0 { reporter.add(.emptyFile, line: nil, Messages.emptyFile) }
            return
        }
        if !dead {
            finishPrimaryKeys()
            rules.finish(rows: dataRows, &reporter)
        }
    }

    /// Reports the repeated primary keys of the rows read so far (`primary-key`, on the line
    /// of each repeat). `finish()` does it; call it alone when reading stopped early.
    public mutating func finishPrimaryKeys() {
        guard !keyFields.isEmpty else { return }
        let names = keyFields.map { schema.fields[$0].name }
        let room = reporter.list.cap - reporter.list.listed.count
        let keys = self.keys
        var out = reporter
        reporter = FindingReporter(list: FindingList(cap: 0), file: "")
        keys.finish(listed: room) { r, parts in
            out.add(.primaryKey, line: r.line, column: names.first, value: parts.joined(separator: ", "),
                    Messages.primaryKey(columns: names, values: parts, line: r.line, firstLine: r.firstLine))
        }
        reporter = out
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
        row.line = line
        row.texts = texts
        row.values = values
        for fi in 0..<row.spans.count { row.spans[fi] = nil }
        return checkRow(errorsBefore: errorsBefore, record: nil)
    }

    /// The row rules, the primary key and the typed row, once `row` holds the cells.
    private mutating func checkRow(errorsBefore: Int, record: RawRecordBytes?) -> TypedRow? {
        submissionRules.check(row, &reporter)
        rules.check(row, &reporter)
        if let record { collectPrimaryKey(record) } else { collectPrimaryKey() }
        if let activityField, let id = row.validText(activityField) { activityIDs.insert(id) }
        guard producesRows, reporter.list.errors == errorsBefore else { return nil }
        return TypedRow(line: row.line, values: row.values.map { $0 ?? .null })
    }

    private mutating func collectPrimaryKey() {
        guard !keyFields.isEmpty else { return }
        keyParts.removeAll(keepingCapacity: true)
        for k in keyFields {
            guard let t = row.texts[k] else { return }
            keyParts.append(t)
        }
        keys.insert(keyParts, line: row.line)
    }

    /// The key of a row read as bytes: its parts straight from the record where no trim of a
    /// non-ASCII edge was needed.
    private mutating func collectPrimaryKey(_ record: RawRecordBytes) {
        guard !keyFields.isEmpty else { return }
        for k in keyFields where row.texts[k] == nil && row.spans[k] == nil { return }
        keys.beginKey(line: row.line, parts: keyFields.count)
        for k in keyFields {
            if let position = columnOf[k], let t = ByteCell.trimASCII(record.cell(position)) {
                keys.addPart(t)
            } else {
                keys.addPart(row.string(k)!)
            }
        }
        keys.endKey()
    }

    private mutating func readRow(bytes record: RawRecordBytes) -> TypedRow? {
        let line = record.line
        let cellCount = record.count
        var blank = true
        row.line = line
        let fieldCount = plans.count
        for fi in 0..<fieldCount {
            guard let position = columnOf[fi], position < cellCount else {
                row.texts[fi] = nil
                row.spans[fi] = nil
                continue
            }
            let cell = record.cell(position)
            if let t = ByteCell.trimASCII(cell) {
                if !t.isEmpty { blank = false }
                if plans[fi].checksWithoutText {
                    row.texts[fi] = nil
                    row.spans[fi] = t
                } else {
                    row.texts[fi] = String(decoding: t, as: UTF8.self)
                    row.spans[fi] = nil
                }
            } else {
                row.spans[fi] = nil
                let t = CellText.trim(String(decoding: cell, as: UTF8.self))
                if !t.isEmpty { blank = false }
                row.texts[fi] = t
            }
        }
        if blank {
            var allBlank = true
            for i in 0..<cellCount where !ByteCell.isBlank(record.cell(i)) { allBlank = false; break }
            if allBlank {
                reporter.add(.blankRow, line: line, Messages.blankRow(line: line))
                return nil
            }
        }
        dataRows += 1
        let errorsBefore = reporter.list.errors
        if cellCount > headerCells {
            var extra = ""
            for i in headerCells..<cellCount {
                let t = CellText.trim(record.string(i))
                if !t.isEmpty { extra = t; break }
            }
            reporter.add(.extraCell, line: line, value: extra,
                         Messages.extraCell(line: line, cells: cellCount, expected: headerCells))
        } else if cellCount < headerCells {
            let missing = columnOf.enumerated().filter { ($0.element ?? -1) >= cellCount }.map { schema.fields[$0.offset].name }
            reporter.add(.missingCell, line: line, column: missing.first,
                         Messages.missingCell(line: line, cells: cellCount, expected: headerCells, missing: missing))
        }
        for fi in 0..<fieldCount {
            let plan = plans[fi]
            if let span = row.spans[fi] {
                if let value = fastCell(span, "", plan) {
                    row.values[fi] = value
                    continue
                }
                // Not good: the String route reports, with the text.
                let text = String(decoding: span, as: UTF8.self)
                row.texts[fi] = text
                row.spans[fi] = nil
                row.values[fi] = checkCell(text, plan, line: line)
                continue
            }
            guard let text = row.texts[fi] else {
                row.values[fi] = nil
                continue
            }
            var value: CellValue?
            if let position = columnOf[fi], let t = ByteCell.trimASCII(record.cell(position)) {
                value = fastCell(t, text, plan)
            }
            if value == nil { value = checkCell(text, plan, line: line) }
            row.values[fi] = value
        }
        return checkRow(errorsBefore: errorsBefore, record: record)
    }
}
