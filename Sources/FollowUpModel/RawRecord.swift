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
/// receives it; keep a `RawRecord` (`rawRecord()`) to hold on to it. Package access: the
/// reader and the validation engine share it; no public API hands out its pointers.
package struct RawRecordBytes {
    /// The physical line on which the record begins (header = line 1).
    package let line: Int
    /// Number of cells.
    package let count: Int
    /// Start of the reader's byte buffer.
    package let base: UnsafePointer<UInt8>
    /// `count + 1` offsets into `base`: cell `i` is `bounds[i] ..< bounds[i + 1]`.
    package let bounds: UnsafePointer<Int>

    @inlinable
    package init(line: Int, count: Int, base: UnsafePointer<UInt8>, bounds: UnsafePointer<Int>) {
        self.line = line
        self.count = count
        self.base = base
        self.bounds = bounds
    }

    /// The bytes of cell `i` (valid UTF-8).
    @inlinable
    package func cell(_ i: Int) -> UnsafeBufferPointer<UInt8> {
        let start = bounds[i]
        return UnsafeBufferPointer(start: base + start, count: bounds[i + 1] - start)
    }

    /// The text of cell `i`.
    @inlinable
    package func string(_ i: Int) -> String { String(decoding: cell(i), as: UTF8.self) }

    /// A copy that outlives the call.
    package func rawRecord() -> RawRecord {
        var cells: [String] = []
        cells.reserveCapacity(count)
        for i in 0..<count { cells.append(string(i)) }
        return RawRecord(cells: cells, line: line)
    }
}
