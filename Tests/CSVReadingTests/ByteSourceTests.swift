import Foundation
import Testing
@testable import CSVReading
#if canImport(Glibc)
import Glibc
#endif

/// Issue 11, item 9: the reader opens only regular files, never blocks on a FIFO and never
/// follows a link.
struct ByteSourceTests {
    @Test func aFIFOOrALinkIsRefusedAtOnce() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("followup-bytesource-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let fifo = dir.appendingPathComponent("pipe.csv")
        #expect(mkfifo(fifo.path, 0o644) == 0)
        #expect(throws: CSVReadError.notARegularFile(path: fifo.path)) { try FileByteSource(path: fifo.path) }
        let file = dir.appendingPathComponent("a.csv")
        try Data("a,b\n1,2\n".utf8).write(to: file)
        let link = dir.appendingPathComponent("link.csv")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: file)
        #expect(throws: CSVReadError.notARegularFile(path: link.path)) { try FileByteSource(path: link.path) }
        let source = try FileByteSource(path: file.path)
        #expect(source.size == 8)
        var buffer = [UInt8](repeating: 0, count: 16)
        let n = try buffer.withUnsafeMutableBytes { try source.read(into: $0) }
        #expect(n == 8, "reads blocking again after the non-blocking open")
    }
}
