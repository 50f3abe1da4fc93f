import Foundation
import Testing
@testable import Exports

struct ChunkedTextTests {
    /// A text of many appends, several chunks long, with multi-byte characters.
    func sample() -> (ChunkedText, String) {
        var chunked = ChunkedText("<start>")
        var plain = "<start>"
        for i in 0..<60_000 {
            let piece = "<rad nr=\"\(i)\">Västra Götaland – \(i % 7 == 0 ? "Jämtland Härjedalen" : "Örebro")</rad>\n"
            chunked += piece
            plain += piece
        }
        return (chunked + "</end>", plain + "</end>")
    }

    @Test func holdsTheSameBytesAsOneString() {
        let (chunked, plain) = sample()
        #expect(chunked.count == plain.utf8.count)
        #expect(chunked.count > 3 * ChunkedText.chunkSize)
        #expect(chunked.string == plain)
    }

    @Test func anyRangeReadsBackExactly() {
        var (chunked, plain) = sample()
        let bytes = Array(plain.utf8)
        var rng = SystemRandomNumberGenerator()
        var ranges = [(0, 1), (0, ChunkedText.chunkSize + 5), (bytes.count - 3, 3), (ChunkedText.chunkSize - 1, 2)]
        for _ in 0..<200 {
            let start = Int.random(in: 0..<bytes.count, using: &rng)
            ranges.append((start, Int.random(in: 0...min(70_000, bytes.count - start), using: &rng)))
        }
        for (start, length) in ranges {
            #expect(chunked.bytes(at: start, length: length) == Data(bytes[start..<(start + length)]))
        }
        // Read in order, as the ZIP writer does.
        var whole = Data()
        var position = 0
        while position < bytes.count {
            let n = min(16_384, bytes.count - position)
            whole.append(chunked.bytes(at: position, length: n))
            position += n
        }
        #expect(whole == Data(bytes))
    }

    @Test func writesTheSameFileAsTheString() throws {
        let (chunked, plain) = sample()
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("chunked-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("a.html")
        try AtomicFile.write(chunks: chunked, to: url)
        #expect(try Data(contentsOf: url) == Data(plain.utf8))
    }
}
