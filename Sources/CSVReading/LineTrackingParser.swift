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
/// Cells are not turned into strings here: their bytes are appended to one reusable buffer
/// and each record is handed on as `RawRecordBytes` (offsets into that buffer). The buffer is
/// emptied after every piece, keeping only the cells of a record still being parsed.
///
/// The hot properties skip dynamic exclusivity checks: they are touched only from this
/// object's own methods and libcsv's callbacks, on one thread, never overlapping.
final class LineTrackingParser {
    private var parser = csv_parser()
    private let limits: ReadLimits
    private let delimiter: UInt8
    /// Bytes after which a cell is surely longer than the limit (a scalar is at most 4 bytes).
    private let maxCellBytes: Int

    /// The physical line of the next byte fed.
    @exclusivity(unchecked) private var line = 1
    /// The line on which the record being parsed began.
    @exclusivity(unchecked) fileprivate var recordLine = 1

    /// Cell bytes of the completed records and of the record being parsed.
    @exclusivity(unchecked) fileprivate var bytes: UnsafeMutablePointer<UInt8>
    @exclusivity(unchecked) fileprivate var byteCapacity: Int
    @exclusivity(unchecked) fileprivate var byteCount = 0
    /// Cell boundaries: `bounds[0] == 0`, each cell appends its end offset.
    @exclusivity(unchecked) fileprivate var bounds: UnsafeMutablePointer<Int>
    @exclusivity(unchecked) fileprivate var boundsCount = 1
    @exclusivity(unchecked) fileprivate var boundsCapacity = 256
    /// Index in `bounds` of the first cell of the record being parsed.
    @exclusivity(unchecked) fileprivate var recordFirstCell = 0
    /// Records completed by libcsv during the current piece, handed to the body after it:
    /// first cell index, cell count and line.
    @exclusivity(unchecked) fileprivate var completed: [(first: Int, count: Int, line: Int)] = []
    @exclusivity(unchecked) fileprivate var tooLongCell: (characters: Int, line: Int)?
    /// The line of a record with too many cells, once one is seen.
    @exclusivity(unchecked) fileprivate var tooManyCellsLine: Int?

    private(set) var recordCount = 0
    private(set) var problems: [ReadProblem] = []

    // Per physical line: was the parser idle when it began, and how many records were complete.
    private var lineStartedIdle = true
    private var recordsAtLineStart = 0
    private var lineHasBytes = false
    /// The last chunk ended with a CR: a line end, unless the next chunk begins with LF.
    private var pendingCR = false
    /// Set while the rest of a line with a misplaced quote is skipped.
    private var resync: QuoteScan?

    private static let rowNotBegun: Int32 = 0
    /// Whether lines without quotes bypass libcsv (tests turn it off to compare).
    private let splitsPlainLines: Bool

    init(delimiter: Delimiter, limits: ReadLimits, splitsPlainLines: Bool = true) throws {
        self.limits = limits
        self.splitsPlainLines = splitsPlainLines
        self.delimiter = delimiter.rawValue
        self.maxCellBytes = limits.maxCellCharacters.multipliedReportingOverflow(by: 4).overflow
            ? Int.max : limits.maxCellCharacters * 4
        byteCapacity = 4096
        bytes = .allocate(capacity: byteCapacity)
        bounds = .allocate(capacity: boundsCapacity)
        bounds[0] = 0
        guard csv_init(&parser, UInt8(CSV_STRICT | CSV_STRICT_FINI)) == 0 else {
            bytes.deallocate()
            bounds.deallocate()
            throw CSVReadError.parserInit
        }
        csv_set_delim(&parser, delimiter.rawValue)
        // Only blanks that are not the delimiter are trimmed around quoted cells; validation
        // trims every cell anyway (the no-break space included).
        // Without a space function libcsv takes space and TAB, as wanted for `,` and `;`
        // (and a call per byte is saved); a TAB file must not trim its delimiter.
        if delimiter == .tab {
            csv_set_space_func(&parser) { $0 == 0x20 ? 1 : 0 }
        }
        csv_set_blk_size(&parser, 1024)
        completed.reserveCapacity(4)
    }

    deinit {
        csv_free(&parser)
        bytes.deallocate()
        bounds.deallocate()
    }

    /// Parses a chunk; returns true when reading must stop (a fatal problem was recorded).
    ///
    /// A physical line ends at LF, CRLF or a lone CR (old Mac files). A CR that is the last
    /// byte of a chunk is decided by the next chunk's first byte (`pendingCR`).
    func feed(_ chunk: UnsafeRawBufferPointer, _ body: (RawRecordBytes) throws -> Void) throws -> Bool {
        guard var p = chunk.baseAddress, chunk.count > 0 else { return false }
        let end = p + chunk.count
        if pendingCR {
            pendingCR = false
            // The CR before was a lone CR: that line ended there.
            if p.load(as: UInt8.self) != 0x0A {
                if resync != nil {
                    if finishResync() { return true }
                    line += 1
                    lineHasBytes = false
                } else if try endLine(body) {
                    return true
                }
            }
        }
        var nextLF: UnsafeRawPointer? = memchr(p, 0x0A, end - p).map { UnsafeRawPointer($0) }
        while p < end {
            if let lf = nextLF, lf < p { nextLF = memchr(p, 0x0A, end - p).map { UnsafeRawPointer($0) } }
            let limit = nextLF ?? end
            // Where the piece ends, and how many terminator bytes it ends with (0: the line goes on).
            let pieceEnd: UnsafeRawPointer
            var terminator = 0
            if let cr = memchr(p, 0x0D, limit - p).map({ UnsafeRawPointer($0) }) {
                if let lf = nextLF, cr + 1 == lf {
                    pieceEnd = lf + 1; terminator = 2            // CRLF
                } else if cr + 1 == end {
                    pieceEnd = end; pendingCR = true              // CR at the chunk's end: decided later
                } else {
                    pieceEnd = cr + 1; terminator = 1             // a lone CR
                }
            } else if let lf = nextLF {
                pieceEnd = lf + 1; terminator = 1
            } else {
                pieceEnd = end
            }
            let endsLine = terminator > 0
            if !lineHasBytes {
                lineStartedIdle = parser.pstate == Self.rowNotBegun
                recordsAtLineStart = recordCount + completed.count
                lineHasBytes = true
            }
            if resync != nil {
                // Skipping the rest of a line broken by a misplaced quote.
                resync!.scan(UnsafeRawBufferPointer(start: p, count: pieceEnd - p - terminator), quote: 0x22, delimiter: delimiter)
                if endsLine {
                    if finishResync() { return true }
                    line += 1
                    lineHasBytes = false
                }
                p = pieceEnd
                continue
            }
            if parser.pstate == Self.rowNotBegun { recordLine = line }
            if splitsPlainLines && endsLine && parser.pstate == Self.rowNotBegun && recordsAtLineStart == recordCount + completed.count
                && splitPlainLine(p, count: pieceEnd - p - 1) {
                // A whole line without quotes split here, exactly as libcsv would.
                if try deliver(body) { return true }
            } else {
                switch try parse(UnsafeRawBufferPointer(start: p, count: pieceEnd - p), body) {
                case .goOn: break
                case .stop: return true
                case .misplacedQuote(let at):
                    if try deliver(body) { return true }
                    problems.append(ReadProblem(kind: .misplacedQuote(resumed: false), line: recordLine))
                    // A broken header cannot be dropped: the next line would be taken for it.
                    if recordCount == 0 { return true }
                    resync = QuoteScan(problem: problems.count - 1)
                    let from = p + at + 1
                    resync!.scan(UnsafeRawBufferPointer(start: from, count: max(0, pieceEnd - terminator - from)), quote: 0x22, delimiter: delimiter)
                    if endsLine {
                        if finishResync() { return true }
                        line += 1
                        lineHasBytes = false
                    }
                    p = pieceEnd
                    continue
                }
            }
            if endsLine, try endLine(body) { return true }
            p = pieceEnd
        }
        return false
    }

    /// The end of a physical line: an empty or blank line becomes a blank record; the next
    /// byte is on the next line.
    private func endLine(_ body: (RawRecordBytes) throws -> Void) throws -> Bool {
        if lineStartedIdle && parser.pstate == Self.rowNotBegun
            && recordCount + completed.count == recordsAtLineStart {
            appendBlankRecord()
            if try deliver(body) { return true }
        }
        line += 1
        lineHasBytes = false
        return false
    }

    /// The end of a line skipped after a misplaced quote: when it ends outside any quoted
    /// field, reading goes on at the next line with a fresh parser (the broken record is
    /// dropped) and the problem says so; returns true (stop) when it ends inside one.
    private func finishResync() -> Bool {
        guard let scan = resync else { return false }
        resync = nil
        if scan.insideQuotes { return true }
        problems[scan.problem].kind = .misplacedQuote(resumed: true)
        // Drop the cells of the broken record and start libcsv afresh.
        byteCount = bounds[recordFirstCell]
        boundsCount = recordFirstCell + 1
        parser.pstate = Self.rowNotBegun
        parser.quoted = 0
        parser.spaces = 0
        parser.entry_pos = 0
        parser.status = 0
        return false
    }

    /// Ends the input: a last record without a final line break, or an unclosed quote.
    func finish(_ body: (RawRecordBytes) throws -> Void) throws {
        if resync != nil {
            // The file ends on the broken line.
            _ = finishResync()
            return
        }
        let wasIdle = parser.pstate == Self.rowNotBegun
        let ctx = Unmanaged.passUnretained(self).toOpaque()
        if csv_fini(&parser, Self.onCell, Self.onRow, ctx) != 0 {
            problems.append(ReadProblem(kind: .unclosedQuote, line: recordLine))
            return
        }
        if try deliver(body) { return }
        // A last line of blanks only, without a final line break.
        if lineHasBytes && lineStartedIdle && wasIdle && recordCount == recordsAtLineStart {
            appendBlankRecord()
            _ = try deliver(body)
        }
    }

    /// A whole physical line (without its `\n`) fed while libcsv is idle, when it has no quote,
    /// no CR but a last one, and some byte that is not a blank: its cells are what libcsv
    /// gives for it — split at the delimiter, blanks (space, and TAB unless it is the
    /// delimiter) dropped at both ends of each cell — without going through libcsv byte by
    /// byte. Returns false (nothing done) for any other line; libcsv then parses it.
    private func splitPlainLine(_ start: UnsafeRawPointer, count n: Int) -> Bool {
        var count = n
        let b = start.assumingMemoryBound(to: UInt8.self)
        if count > 0 && b[count - 1] == 0x0D { count -= 1 }
        guard count > 0, memchr(start, 0x22, count) == nil, memchr(start, 0x0D, count) == nil else { return false }
        let delimiter = self.delimiter
        let tabIsBlank = delimiter != 0x09
        @inline(__always) func isBlank(_ c: UInt8) -> Bool { c == 0x20 || (c == 0x09 && tabIsBlank) }
        var any = false
        for i in 0..<count where !isBlank(b[i]) { any = true; break }
        guard any else { return false }
        // Room for every byte of the line and a bound per possible cell, then no checks per cell.
        ensureBytes(byteCount + count)
        ensureBounds(boundsCount + count + 1)
        let first = boundsCount - 1
        let savedBytes = byteCount
        let maxCells = limits.maxCellsPerRecord, maxCell = limits.maxCellCharacters
        var cells = 0
        var cellStart = 0
        var i = 0
        while true {
            if i == count || b[i] == delimiter {
                var s = cellStart, e = i
                while s < e && isBlank(b[s]) { s += 1 }
                while e > s && isBlank(b[e - 1]) { e -= 1 }
                cells += 1
                if cells > maxCells || e - s > maxCell {
                    // A limit: let libcsv's route find and report it, as for any line.
                    byteCount = savedBytes
                    boundsCount = first + 1
                    return false
                }
                let n = e - s
                if n > 0 { (bytes + byteCount).update(from: b + s, count: n) }
                byteCount += n
                bounds[boundsCount] = byteCount
                boundsCount += 1
                if i == count { break }
                cellStart = i + 1
            }
            i += 1
        }
        recordFirstCell = boundsCount - 1
        completed.append((first, cells, recordLine))
        return true
    }

    private func ensureBytes(_ needed: Int) {
        if needed > byteCapacity { Self.grow(&bytes, capacity: &byteCapacity, count: byteCount, needed: needed) }
    }

    private func ensureBounds(_ needed: Int) {
        if needed > boundsCapacity { Self.grow(&bounds, capacity: &boundsCapacity, count: boundsCount, needed: needed) }
    }

    /// Moves the first `count` elements to a buffer at least twice as large and at least `needed`.
    private static func grow<T>(_ buffer: inout UnsafeMutablePointer<T>, capacity: inout Int, count: Int, needed: Int) {
        var grown = capacity * 2
        while grown < needed { grown *= 2 }
        let b = UnsafeMutablePointer<T>.allocate(capacity: grown)
        b.moveInitialize(from: buffer, count: count)
        buffer.deallocate()
        buffer = b
        capacity = grown
    }

    /// A record of one empty cell (an empty or blank line, which libcsv skips).
    private func appendBlankRecord() {
        // No record is being parsed here (the parser is idle), so it goes at the end.
        let first = boundsCount - 1
        appendBound(byteCount)
        recordFirstCell = boundsCount - 1
        completed.append((first, 1, line))
    }

    private enum ParseOutcome { case goOn, stop, misplacedQuote(at: Int) }

    /// Feeds a piece to libcsv; `.misplacedQuote(at:)` gives the offset of the offending byte.
    private func parse(_ piece: UnsafeRawBufferPointer, _ body: (RawRecordBytes) throws -> Void) throws -> ParseOutcome {
        let ctx = Unmanaged.passUnretained(self).toOpaque()
        let used = csv_parse(&parser, piece.baseAddress, piece.count, Self.onCell, Self.onRow, ctx)
        if used != piece.count && csv_error(&parser) == CSV_EPARSE {
            return .misplacedQuote(at: used)
        }
        if parser.entry_pos > maxCellBytes, tooLongCell == nil {
            tooLongCell = (parser.entry_pos / 4, recordLine)
        }
        return try deliver(body) ? .stop : .goOn
    }

    /// Hands completed records to the body; returns true when a limit stops reading.
    private func deliver(_ body: (RawRecordBytes) throws -> Void) throws -> Bool {
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
        if completed.isEmpty { return false }
        var index = 0
        defer {
            if index == completed.count { completed.removeAll(keepingCapacity: true) } else { completed.removeFirst(index) }
            if completed.isEmpty { compact() }
        }
        let base = UnsafePointer(bytes)
        let bounds = UnsafePointer(self.bounds)
        while index < completed.count {
            let record = completed[index]
            if recordCount > limits.maxDataRows {  // the header is record 0 of the data rows
                problems.append(ReadProblem(kind: .tooManyRows(limit: limits.maxDataRows), line: record.line))
                return true
            }
            index += 1
            recordCount += 1
            try body(RawRecordBytes(line: record.line, count: record.count, base: base, bounds: bounds + record.first))
        }
        return false
    }

    /// Drops the bytes of delivered records, keeping the cells of the record being parsed.
    private func compact() {
        let keepFrom = bounds[recordFirstCell]
        let kept = byteCount - keepFrom
        if keepFrom > 0 {
            if kept > 0 { memmove(bytes, bytes + keepFrom, kept) }
            byteCount = kept
        }
        if recordFirstCell > 0 {
            boundsCount -= recordFirstCell
            for k in 0..<boundsCount { bounds[k] = bounds[recordFirstCell + k] - keepFrom }
            recordFirstCell = 0
        }
    }

    fileprivate func cellEnded(_ cell: UnsafeRawBufferPointer) {
        if cell.count > limits.maxCellCharacters && tooLongCell == nil {
            let scalars = String(decoding: cell, as: UTF8.self).unicodeScalars.count
            if scalars > limits.maxCellCharacters { tooLongCell = (scalars, recordLine) }
        }
        if boundsCount - 1 - recordFirstCell >= limits.maxCellsPerRecord {
            if tooManyCellsLine == nil { tooManyCellsLine = recordLine }
            return
        }
        let n = cell.count
        ensureBytes(byteCount + n)
        if n > 0 { UnsafeMutableRawPointer(bytes + byteCount).copyMemory(from: cell.baseAddress!, byteCount: n) }
        byteCount += n
        appendBound(byteCount)
    }

    @inline(__always)
    private func appendBound(_ end: Int) {
        ensureBounds(boundsCount + 1)
        bounds[boundsCount] = end
        boundsCount += 1
    }

    fileprivate func rowEnded() {
        let first = recordFirstCell
        recordFirstCell = boundsCount - 1
        completed.append((first, recordFirstCell - first, recordLine))
    }

    private static let onCell: @convention(c) (UnsafeMutableRawPointer?, Int, UnsafeMutableRawPointer?) -> Void = { data, length, ctx in
        let me = Unmanaged<LineTrackingParser>.fromOpaque(ctx!).takeUnretainedValue()
        me.cellEnded(UnsafeRawBufferPointer(start: data, count: data == nil ? 0 : length))
    }

    private static let onRow: @convention(c) (Int32, UnsafeMutableRawPointer?) -> Void = { _, ctx in
        Unmanaged<LineTrackingParser>.fromOpaque(ctx!).takeUnretainedValue().rowEnded()
    }
}

/// The rest of a line after a misplaced quote, read leniently: the offending byte and any
/// quote inside an unquoted cell are literal; a quote at a cell's start opens a quoted field,
/// `""` inside it is a quote, and a quote followed by anything else closes it. Only whether
/// the line ends inside a quoted field matters.
struct QuoteScan {
    /// The index of the `source-error` problem in the parser's list.
    let problem: Int
    private var quoted = false
    /// Inside a quoted field, the last byte was a quote (it closes unless another follows).
    private var quoteInQuoted = false
    /// Only blanks since the last delimiter.
    private var atCellStart = false

    init(problem: Int) { self.problem = problem }

    var insideQuotes: Bool { quoted && !quoteInQuoted }

    mutating func scan(_ bytes: UnsafeRawBufferPointer, quote: UInt8, delimiter: UInt8) {
        for c in bytes {
            if quoted {
                if quoteInQuoted {
                    quoteInQuoted = false
                    if c == quote { continue }   // `""`
                    quoted = false               // closed; this byte is outside
                } else {
                    if c == quote { quoteInQuoted = true }
                    continue
                }
            }
            if c == delimiter {
                atCellStart = true
            } else if c == quote && atCellStart {
                quoted = true
                atCellStart = false
            } else if !(atCellStart && (c == 0x20 || c == 0x09)) {
                atCellStart = false
            }
        }
    }
}
