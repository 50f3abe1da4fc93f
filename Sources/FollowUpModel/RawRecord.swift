/// One CSV record as read: decoded, untrimmed cell texts and the physical line on which the
/// record begins (header = line 1).
public struct RawRecord: Sendable, Hashable {
    public var cells: [String]
    public var line: Int

    public init(cells: [String], line: Int) {
        self.cells = cells
        self.line = line
    }
}

/// One CSV record as bytes, without a `String` per cell: the decoded UTF-8 bytes of each
/// (untrimmed) cell lie in one buffer owned by the reader. Only valid during the call that
/// receives it; keep a `RawRecord` (`rawRecord()`) to hold on to it.
public struct RawRecordBytes {
    /// The physical line on which the record begins (header = line 1).
    public let line: Int
    /// Number of cells.
    public let count: Int
    /// Start of the reader's byte buffer.
    public let base: UnsafePointer<UInt8>
    /// `count + 1` offsets into `base`: cell `i` is `bounds[i] ..< bounds[i + 1]`.
    public let bounds: UnsafePointer<Int>

    @inlinable
    public init(line: Int, count: Int, base: UnsafePointer<UInt8>, bounds: UnsafePointer<Int>) {
        self.line = line
        self.count = count
        self.base = base
        self.bounds = bounds
    }

    /// The bytes of cell `i` (valid UTF-8).
    @inlinable
    public func cell(_ i: Int) -> UnsafeBufferPointer<UInt8> {
        let start = bounds[i]
        return UnsafeBufferPointer(start: base + start, count: bounds[i + 1] - start)
    }

    /// The text of cell `i`.
    @inlinable
    public func string(_ i: Int) -> String { String(decoding: cell(i), as: UTF8.self) }

    /// A copy that outlives the call.
    public func rawRecord() -> RawRecord {
        var cells: [String] = []
        cells.reserveCapacity(count)
        for i in 0..<count { cells.append(string(i)) }
        return RawRecord(cells: cells, line: line)
    }
}
