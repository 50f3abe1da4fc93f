import Foundation

/// Where a writer puts its text: a string or `ChunkedText` in memory (tests, small parts), or
/// a file written as it goes (`FileTextSink`), so that a table of a million rows never exists
/// as one text.
protocol TextSink {
    mutating func write(_ text: String) throws
}

extension String: TextSink {
    mutating func write(_ text: String) { self += text }
}

extension ChunkedText: TextSink {
    mutating func write(_ text: String) { self += text }
}

/// Text appended to an open file in blocks of about `ChunkedText.chunkSize` bytes.
final class FileTextSink: TextSink {
    private let handle: FileHandle
    private var buffer = ""
    private(set) var count = 0

    init(_ handle: FileHandle) {
        self.handle = handle
        buffer.reserveCapacity(ChunkedText.chunkSize + 4096)
    }

    func write(_ text: String) throws {
        buffer += text
        count += text.utf8.count
        if buffer.utf8.count >= ChunkedText.chunkSize { try flush() }
    }

    /// Writes what is buffered; call before the file is closed.
    func flush() throws {
        guard !buffer.isEmpty else { return }
        try handle.write(contentsOf: Data(buffer.utf8))
        buffer.removeAll(keepingCapacity: true)
    }
}
