import Foundation

/// A large text built by appending, kept as UTF-8 chunks of about `chunkSize` bytes: no
/// single buffer is regrown (and copied) as the text gets long, so a sheet of tens of
/// thousands of rows costs its own size in memory, not about twice that.
struct ChunkedText {
    static let chunkSize = 1 << 18

    private var chunks: [[UInt8]] = []
    private var starts: [Int] = []
    private var current = ""
    private(set) var count = 0

    init(_ text: String = "") {
        self += text
    }

    static func += (lhs: inout ChunkedText, rhs: String) {
        lhs.current += rhs
        lhs.count += rhs.utf8.count
        if lhs.current.utf8.count >= chunkSize { lhs.flush() }
    }

    static func + (lhs: ChunkedText, rhs: String) -> ChunkedText {
        var out = lhs
        out += rhs
        return out
    }

    private mutating func flush() {
        guard !current.isEmpty else { return }
        starts.append(count - current.utf8.count)
        chunks.append(Array(current.utf8))
        current = ""
    }

    /// The bytes `position..<position + length`.
    mutating func bytes(at position: Int, length: Int) -> Data {
        flush()
        var out = Data(capacity: length)
        // The chunk holding `position`: the last one starting at or before it.
        var lo = 0, hi = starts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if starts[mid] <= position { lo = mid } else { hi = mid - 1 }
        }
        var i = lo, offset = position - (starts.isEmpty ? 0 : starts[lo]), left = length
        while left > 0 && i < chunks.count {
            let take = min(left, chunks[i].count - offset)
            out.append(contentsOf: chunks[i][offset..<(offset + take)])
            left -= take
            i += 1
            offset = 0
        }
        return out
    }

    /// Calls `body` with each chunk's bytes in order.
    mutating func forEachChunk(_ body: (UnsafeRawBufferPointer) throws -> Void) rethrows {
        flush()
        for chunk in chunks { try chunk.withUnsafeBytes(body) }
    }

    /// The whole text (for tests and small parts).
    var string: String {
        var copy = self
        return String(decoding: copy.bytes(at: 0, length: count), as: UTF8.self)
    }
}
