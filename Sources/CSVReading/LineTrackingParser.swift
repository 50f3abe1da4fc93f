import CLibCSV
import FollowUpModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Drives libcsv one line at a time so that each record knows the physical line on which it
/// begins: the input is split at `\n` (memchr), and whenever the parser is in the state
/// "row not begun" before a piece, the next record begins on that piece's line. libcsv skips
/// empty lines; they are given here as records with one empty cell so that validation can
/// warn `blank-row` with their line number.
///
/// The hot properties skip dynamic exclusivity checks: they are touched only from this
/// object's own methods and libcsv's callbacks, on one thread, never overlapping.
final class LineTrackingParser {
    private var parser = csv_parser()
    private let limits: ReadLimits
    /// Bytes after which a cell is surely longer than the limit (a scalar is at most 4 bytes).
    private let maxCellBytes: Int

    /// The physical line of the next byte fed.
    @exclusivity(unchecked) private var line = 1
    /// The line on which the record being parsed began.
    @exclusivity(unchecked) fileprivate var recordLine = 1
    @exclusivity(unchecked) fileprivate var cells: [String] = []
    @exclusivity(unchecked) fileprivate var expectedCells = 8
    /// Records completed by libcsv during the current piece, handed to the body after it.
    @exclusivity(unchecked) fileprivate var completed: [RawRecord] = []
    @exclusivity(unchecked) fileprivate var tooLongCell: (characters: Int, line: Int)?
    /// The line of a record with too many cells, once one is seen.
    @exclusivity(unchecked) fileprivate var tooManyCellsLine: Int?

    private(set) var recordCount = 0
    private(set) var problems: [ReadProblem] = []

    // Per physical line: was the parser idle when it began, and how many records were complete.
    private var lineStartedIdle = true
    private var recordsAtLineStart = 0
    private var lineHasBytes = false

    private static let rowNotBegun: Int32 = 0

    init(delimiter: Delimiter, limits: ReadLimits) throws {
        self.limits = limits
        self.maxCellBytes = limits.maxCellCharacters.multipliedReportingOverflow(by: 4).overflow
            ? Int.max : limits.maxCellCharacters * 4
        guard csv_init(&parser, UInt8(CSV_STRICT | CSV_STRICT_FINI)) == 0 else { throw CSVReadError.parserInit }
        csv_set_delim(&parser, delimiter.rawValue)
        // Only blanks that are not the delimiter are trimmed around quoted cells; validation
        // trims every cell anyway (the no-break space included).
        if delimiter == .tab {
            csv_set_space_func(&parser) { $0 == 0x20 ? 1 : 0 }
        } else {
            csv_set_space_func(&parser) { $0 == 0x20 || $0 == 0x09 ? 1 : 0 }
        }
        csv_set_blk_size(&parser, 1024)
    }

    deinit { csv_free(&parser) }

    /// Parses a chunk; returns true when reading must stop (a fatal problem was recorded).
    func feed(_ chunk: UnsafeRawBufferPointer, _ body: (RawRecord) throws -> Void) throws -> Bool {
        guard var p = chunk.baseAddress else { return false }
        let end = p + chunk.count
        while p < end {
            let newline = memchr(p, 0x0A, end - p)
            let pieceEnd = newline.map { UnsafeRawPointer($0) + 1 } ?? end
            if !lineHasBytes {
                lineStartedIdle = parser.pstate == Self.rowNotBegun
                recordsAtLineStart = recordCount + completed.count
                lineHasBytes = true
            }
            if parser.pstate == Self.rowNotBegun { recordLine = line }
            if try parse(UnsafeRawBufferPointer(start: p, count: pieceEnd - p), body) { return true }
            if newline != nil {
                if lineStartedIdle && parser.pstate == Self.rowNotBegun
                    && recordCount + completed.count == recordsAtLineStart {
                    completed.append(RawRecord(cells: [""], line: line))
                    if try deliver(body) { return true }
                }
                line += 1
                lineHasBytes = false
            }
            p = pieceEnd
        }
        return false
    }

    /// Ends the input: a last record without a final line break, or an unclosed quote.
    func finish(_ body: (RawRecord) throws -> Void) throws {
        let wasIdle = parser.pstate == Self.rowNotBegun
        let ctx = Unmanaged.passUnretained(self).toOpaque()
        if csv_fini(&parser, Self.onCell, Self.onRow, ctx) != 0 {
            problems.append(ReadProblem(kind: .unclosedQuote, line: recordLine))
            return
        }
        if try deliver(body) { return }
        // A last line of blanks only, without a final line break.
        if lineHasBytes && lineStartedIdle && wasIdle && recordCount == recordsAtLineStart {
            completed.append(RawRecord(cells: [""], line: line))
            _ = try deliver(body)
        }
    }

    private func parse(_ piece: UnsafeRawBufferPointer, _ body: (RawRecord) throws -> Void) throws -> Bool {
        let ctx = Unmanaged.passUnretained(self).toOpaque()
        let used = csv_parse(&parser, piece.baseAddress, piece.count, Self.onCell, Self.onRow, ctx)
        if used != piece.count && csv_error(&parser) == CSV_EPARSE {
            _ = try deliver(body)
            problems.append(ReadProblem(kind: .misplacedQuote, line: recordLine))
            return true
        }
        if parser.entry_pos > maxCellBytes, tooLongCell == nil {
            tooLongCell = (parser.entry_pos / 4, recordLine)
        }
        return try deliver(body)
    }

    /// Hands completed records to the body; returns true when a limit stops reading.
    private func deliver(_ body: (RawRecord) throws -> Void) throws -> Bool {
        if let tooLong = tooLongCell {
            problems.append(ReadProblem(kind: .cellTooLong(characters: tooLong.characters, limit: limits.maxCellCharacters), line: tooLong.line))
            completed.removeAll()
            return true
        }
        if let line = tooManyCellsLine {
            problems.append(ReadProblem(kind: .tooManyCells(limit: limits.maxCellsPerRecord), line: line))
            completed.removeAll()
            return true
        }
        var index = 0
        defer { completed.removeFirst(index) }
        while index < completed.count {
            if recordCount > limits.maxDataRows {  // the header is record 0 of the data rows
                problems.append(ReadProblem(kind: .tooManyRows(limit: limits.maxDataRows), line: completed[index].line))
                return true
            }
            let record = completed[index]
            index += 1
            recordCount += 1
            try body(record)
        }
        return false
    }

    fileprivate func cellEnded(_ bytes: UnsafeRawBufferPointer) {
        if bytes.count > limits.maxCellCharacters && tooLongCell == nil {
            let scalars = String(decoding: bytes, as: UTF8.self).unicodeScalars.count
            if scalars > limits.maxCellCharacters { tooLongCell = (scalars, recordLine) }
        }
        if cells.count >= limits.maxCellsPerRecord {
            if tooManyCellsLine == nil { tooManyCellsLine = recordLine }
            return
        }
        if cells.isEmpty { cells.reserveCapacity(expectedCells) }
        cells.append(String(decoding: bytes, as: UTF8.self))
    }

    fileprivate func rowEnded() {
        expectedCells = max(expectedCells, cells.count)
        completed.append(RawRecord(cells: cells, line: recordLine))
        cells = []
    }

    private static let onCell: @convention(c) (UnsafeMutableRawPointer?, Int, UnsafeMutableRawPointer?) -> Void = { data, length, ctx in
        let me = Unmanaged<LineTrackingParser>.fromOpaque(ctx!).takeUnretainedValue()
        me.cellEnded(UnsafeRawBufferPointer(start: data, count: data == nil ? 0 : length))
    }

    private static let onRow: @convention(c) (Int32, UnsafeMutableRawPointer?) -> Void = { _, ctx in
        Unmanaged<LineTrackingParser>.fromOpaque(ctx!).takeUnretainedValue().rowEnded()
    }
}
