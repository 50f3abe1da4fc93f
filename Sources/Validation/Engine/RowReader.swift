import FollowUpModel
import Texts

/// The one route from a data record to a checked row: for each schema field it trims the
/// cell, types it and checks it against the field's plan, reporting to a `FindingReporter`,
/// and leaves the typed values in `row` for the rules.
///
/// Each cell is first offered to the fast check on its bytes (`fastCell`), which only ever
/// answers "good, the value is …" — without a `String` for numbers and without allocating.
/// Whatever it cannot decide goes the full check (`checkCell`), which alone reports. So
/// the fast check never changes a finding; it only skips work for good cells.
/// `FastRouteTests` holds the two to the same findings and values.
///
/// Records come as bytes (`RawRecordBytes`, the file route); `RawRecord`s are laid out as
/// bytes first (`RecordBytesBuffer`), so both take this one route.
struct RowReader {
    let plans: [FieldPlan]
    /// For each schema field, the cell position in the file (nil = missing column).
    var columnOf: [Int?]
    /// Cells in the header.
    var headerCells = 0
    /// True when `,` may be a decimal sign in numbers (`;` and TAB files).
    var decimalComma: Bool
    /// False sends every cell to the full check (tests compare the two).
    let fastChecks: Bool
    /// The row just read, reused from row to row.
    private(set) var row: Row
    /// Per field: a `leading-zero` warning was given (once per file and column).
    private var leadingZeroReported: [Bool]

    init(plans: [FieldPlan], decimalComma: Bool, fastChecks: Bool = true) {
        self.plans = plans
        self.decimalComma = decimalComma
        self.fastChecks = fastChecks
        columnOf = Array(repeating: nil, count: plans.count)
        row = Row(fields: plans.count)
        leadingZeroReported = Array(repeating: false, count: plans.count)
    }

    /// Reads one data record into `row` and reports what is wrong with its shape and cells.
    /// Returns false for a blank row (reported as `blank-row`; it is not a data row).
    mutating func read(_ record: RawRecordBytes, _ out: inout FindingReporter) -> Bool {
        let line = record.line
        let cellCount = record.count
        let fieldCount = plans.count
        row.line = line
        var blank = true
        for fi in 0..<fieldCount {
            guard let position = columnOf[fi], position < cellCount else {
                row.texts[fi] = nil
                row.cells[fi] = nil
                continue
            }
            let cell = record.bytes(ofCell: position)
            if let t = ByteCell.trimASCII(cell) {
                if !t.isEmpty { blank = false }
                if fastChecks && plans[fi].checksWithoutText {
                    row.texts[fi] = nil
                    row.cells[fi] = CellBytes(t)
                } else {
                    row.texts[fi] = String(decoding: t, as: UTF8.self)
                    row.cells[fi] = nil
                }
            } else {
                row.cells[fi] = nil
                let t = CellText.trim(String(decoding: cell, as: UTF8.self))
                if !t.isEmpty { blank = false }
                row.texts[fi] = t
            }
        }
        if blank && Self.isBlank(record) {
            out.add(.blankRow, line: line, Messages.blankRow(line: line))
            return false
        }
        checkShape(record, &out)
        // Each cell: the fast check first, the full check when it cannot decide.
        for fi in 0..<fieldCount {
            let plan = plans[fi]
            if let cell = row.cells[fi] {
                if let value = Self.fastCell(cell.bytes, "", plan, decimalComma: decimalComma) {
                    row.values[fi] = value
                    continue
                }
                // Not good: the full check reports, with the text.
                let text = cell.string
                row.texts[fi] = text
                row.cells[fi] = nil
                row.values[fi] = checkCell(text, plan, line: line, &out)
                continue
            }
            guard let text = row.texts[fi] else {
                row.values[fi] = nil
                continue
            }
            var value: CellValue?
            if fastChecks, let position = columnOf[fi], let t = ByteCell.trimASCII(record.bytes(ofCell: position)) {
                value = Self.fastCell(t, text, plan, decimalComma: decimalComma)
            }
            if value == nil {
                // A code that lost its leading zeros in a spreadsheet is read as the code.
                if plan.zeroPadWidth > 0, let code = plan.restoredCode(text) {
                    row.texts[fi] = code
                    if !leadingZeroReported[fi] {
                        leadingZeroReported[fi] = true
                        out.add(.leadingZero, line: line, column: plan.field.name, value: text,
                                Messages.leadingZero(column: plan.field.name, line: line, value: text, code: code))
                    }
                    value = checkCell(code, plan, line: line, &out)
                } else {
                    value = checkCell(text, plan, line: line, &out)
                }
            }
            row.values[fi] = value
        }
        return true
    }

    /// `extra-cell` / `missing-cell` when the record has more or fewer cells than the header.
    private func checkShape(_ record: RawRecordBytes, _ out: inout FindingReporter) {
        let line = record.line
        let cellCount = record.count
        if cellCount > headerCells {
            var extra = ""
            for i in headerCells..<cellCount {
                let t = CellText.trim(record.string(i))
                if !t.isEmpty { extra = t; break }
            }
            out.add(.extraCell, line: line, value: extra, Messages.extraCell(line: line, cells: cellCount, expected: headerCells))
        } else if cellCount < headerCells {
            let missing = columnOf.enumerated().filter { ($0.element ?? -1) >= cellCount }.map { plans[$0.offset].field.name }
            out.add(.missingCell, line: line, column: missing.first,
                    Messages.missingCell(line: line, cells: cellCount, expected: headerCells, missing: missing))
        }
    }

    /// True when every cell is empty after trimming.
    private static func isBlank(_ record: RawRecordBytes) -> Bool {
        for i in 0..<record.count where !ByteCell.isBlank(record.bytes(ofCell: i)) { return false }
        return true
    }

    /// Adds the row's primary key (`fields`) to `keys`: each part straight from the record's
    /// bytes where no trim of a non-ASCII edge was needed, else its trimmed text. A row with
    /// a key column missing adds nothing.
    func addKey(_ record: RawRecordBytes, fields: [Int], to keys: PrimaryKeySet) {
        guard !fields.isEmpty else { return }
        for k in fields where row.texts[k] == nil && row.cells[k] == nil { return }
        keys.beginKey(line: row.line, parts: fields.count)
        for k in fields {
            if plans[k].zeroPadWidth > 0, let t = row.texts[k] {
                keys.addPart(t)   // as read, with restored leading zeros
            } else if let position = columnOf[k], position < record.count, let t = ByteCell.trimASCII(record.bytes(ofCell: position)) {
                keys.addPart(t)
            } else {
                keys.addPart(row.string(k)!)
            }
        }
        keys.endKey()
    }
}

/// `RawRecord`s as `RawRecordBytes`, for the one route: the cells' bytes laid out in one
/// buffer that is reused from record to record.
struct RecordBytesBuffer {
    private var bytes: [UInt8] = []
    private var bounds: [Int] = []

    mutating func withBytes<R>(of record: RawRecord, _ body: (RawRecordBytes) throws -> R) rethrows -> R {
        bytes.removeAll(keepingCapacity: true)
        bounds.removeAll(keepingCapacity: true)
        bounds.append(0)
        for cell in record.cells {
            bytes.append(contentsOf: cell.utf8)
            bounds.append(bytes.count)
        }
        bytes.append(0)   // in no cell: the buffer is never empty, so it has an address
        return try bytes.withUnsafeBufferPointer { b in
            try bounds.withUnsafeBufferPointer { o in
                try body(RawRecordBytes(line: record.line, count: record.cells.count, base: b.baseAddress!, bounds: o.baseAddress!))
            }
        }
    }
}
