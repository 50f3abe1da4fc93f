import GRDB
import FollowUpModel

/// A batch of rows ready for `SubmissionWriter.append`: checked, and encoded as the
/// inserter binds them (one cell per column per row, text in one buffer).
public struct EncodedRows: Sendable {
    enum Cell: Sendable {
        case null
        case integer(Int64)
        case real(Double)
        case text(offset: Int32, count: Int32)
    }

    var lines: [Int64] = []
    var cells: [Cell] = []
    var text: [UInt8] = []
    /// The number of rows in the batch.
    public var count: Int { lines.count }
}

/// Checks rows (`ReferenceCheck`) and encodes them for one submission's `FactInserter`. It
/// reads nothing from the store once made, so the pipeline runs it on the thread that
/// reads the file, off the thread that inserts.
///
/// ```swift
/// let batch = try writer.encoder.encode(rows)   // on the reading thread
/// try writer.append(batch)                      // on the writing thread
/// ```
public struct RowBatchEncoder: Sendable {
    private let check: ReferenceCheck
    private let columnCount: Int

    init(check: ReferenceCheck, columnCount: Int) {
        self.check = check
        self.columnCount = columnCount
    }

    /// - Throws: `StoreError.rowRefused` for a row the store must not hold.
    public func encode(_ rows: [TypedRow]) throws -> EncodedRows {
        var out = EncodedRows()
        out.lines.reserveCapacity(rows.count)
        out.cells.reserveCapacity(rows.count * columnCount)
        for row in rows {
            try check.check(row)
            out.lines.append(Int64(row.line))
            for value in row.values {
                switch value {
                case .null: out.cells.append(.null)
                case .integer(let n): out.cells.append(.integer(n))
                case .number(let d): out.cells.append(.real(d))
                case .boolean(let b): out.cells.append(.integer(b ? 1 : 0))
                case .text(let s), .date(let s): out.cells.append(Self.append(s, to: &out.text))
                case .list(let codes):
                    out.cells.append(codes.isEmpty ? .null : Self.append(codes.joined(separator: "|"), to: &out.text))
                }
            }
        }
        return out
    }

    private static func append(_ s: String, to text: inout [UInt8]) -> EncodedRows.Cell {
        let offset = text.count
        text.append(contentsOf: s.utf8)
        return .text(offset: Int32(offset), count: Int32(text.count - offset))
    }
}
