import Foundation
import FollowUpModel
import Threading

extension CSVReader {
    /// Reads a file as `readBytes(fileAt:)` does, but reading, decoding and splitting run on
    /// a second thread: records reach `body` on this thread, in order, copied out of the
    /// reader's buffer in batches (a bounded number in flight, so memory does not grow with
    /// the file). `onDialect` also runs on this thread, before the first record. On a
    /// machine with two cores this takes the splitting off the checking thread.
    package static func readBytesConcurrently(fileAt url: URL, limits: ReadLimits = ReadLimits(),
                                             onDialect: (Dialect) throws -> Void = { _ in },
                                             _ body: (RawRecordBytes) throws -> Void) throws -> ReadSummary {
        try Handoff.run(capacity: 8, produce: { (handOver: (ReadItem) throws -> Void) -> ReadSummary in
            try withoutActuallyEscaping(handOver) { handOver in try readInBatches(url, limits, handOver) }
        }, consume: { item in
            switch item {
            case .dialect(let dialect): try onDialect(dialect)
            case .records(let batch): try batch.forEach(body)
            }
        })
    }

    private static func readInBatches(_ url: URL, _ limits: ReadLimits,
                                      _ handOver: @escaping (ReadItem) throws -> Void) throws -> ReadSummary {
        var batch = RecordBatch()
        let summary = try readBytes(fileAt: url, limits: limits, onDialect: { try handOver(.dialect($0)) }) { record in
            batch.append(record)
            if batch.isFull {
                try handOver(.records(batch))
                batch = RecordBatch()
            }
        }
        if !batch.isEmpty { try handOver(.records(batch)) }
        return summary
    }
}

private enum ReadItem {
    case dialect(Dialect)
    case records(RecordBatch)
}

/// Records copied out of the reader's buffer: their cells' bytes back to back, and for
/// each record its line, cell count and where its `count + 1` bounds start.
private struct RecordBatch {
    private var bytes: [UInt8] = []
    private var bounds: [Int] = []
    private var records: [(line: Int, count: Int, firstBound: Int)] = []

    init() {
        bytes.reserveCapacity(Self.byteLimit + 4096)
    }

    static let byteLimit = 128 * 1024
    static let recordLimit = 1024

    var isEmpty: Bool { records.isEmpty }
    var isFull: Bool { bytes.count >= Self.byteLimit || records.count >= Self.recordLimit }

    mutating func append(_ record: RawRecordBytes) {
        let start = record.bounds[0], end = record.bounds[record.count]
        let offset = bytes.count
        bytes.append(contentsOf: UnsafeBufferPointer(start: record.base + start, count: end - start))
        records.append((record.line, record.count, bounds.count))
        for i in 0...record.count { bounds.append(record.bounds[i] - start + offset) }
    }

    func forEach(_ body: (RawRecordBytes) throws -> Void) rethrows {
        try bytes.withUnsafeBufferPointer { b in
            try bounds.withUnsafeBufferPointer { o in
                // An empty batch of bytes still needs a valid base for empty cells.
                let base = b.baseAddress ?? UnsafePointer(emptyByte)
                for r in records {
                    try body(RawRecordBytes(line: r.line, count: r.count, base: base, bounds: o.baseAddress! + r.firstBound))
                }
            }
        }
    }
}

private let emptyByte: UnsafeMutablePointer<UInt8> = {
    let p = UnsafeMutablePointer<UInt8>.allocate(capacity: 1)
    p.pointee = 0
    return p
}()
