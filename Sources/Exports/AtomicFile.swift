import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a file so that readers see either the old file or the whole new one:
/// the bytes go to a temporary file in the same directory, are flushed to disk,
/// and are then renamed over the target (rename is atomic within a file system).
enum AtomicFile {
    static func write(_ data: Data, to url: URL) throws {
        try write(to: url) { handle in try handle.write(contentsOf: data) }
    }

    static func write(chunks: ChunkedText, to url: URL) throws {
        var chunks = chunks
        try write(to: url) { handle in
            try chunks.forEachChunk { try handle.write(contentsOf: $0) }
        }
    }

    /// Writes the file as text, block by block, as `body` produces it.
    static func write(text url: URL, _ body: (FileTextSink) throws -> Void) throws {
        try write(to: url) { handle in
            let sink = FileTextSink(handle)
            try body(sink)
            try sink.flush()
        }
    }

    /// A temporary path beside `url` in the form every temporary file of the exports has
    /// (`.<name>.<pid>-<random>.tmp`).
    static func temporaryPath(for url: URL) -> URL {
        url.deletingLastPathComponent().appendingPathComponent(
            ".\(url.lastPathComponent).\(getpid())-\(UInt32.random(in: .min ... .max)).tmp")
    }

    /// `make` creates the file at the path it is given (which does not exist yet); the file
    /// is then flushed to disk and renamed over `url`. The path is removed on failure.
    static func write(to url: URL, making make: (URL) throws -> Void) throws {
        let temporary = temporaryPath(for: url)
        do {
            try make(temporary)
            let handle = try FileHandle(forUpdating: temporary)
            try handle.synchronize()
            try handle.close()
            guard rename(temporary.path, url.path) == 0 else {
                let reason = String(cString: strerror(errno))
                throw ExportError.writeFailed(path: url.path, reason: reason)
            }
        } catch let error as ExportError {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw ExportError.writeFailed(path: url.path, reason: "\(error)")
        }
    }

    private static func write(to url: URL, _ body: (FileHandle) throws -> Void) throws {
        let temporary = temporaryPath(for: url)
        do {
            guard FileManager.default.createFile(atPath: temporary.path, contents: nil) else {
                throw ExportError.writeFailed(path: temporary.path, reason: "cannot create temporary file")
            }
            let handle = try FileHandle(forWritingTo: temporary)
            do {
                try body(handle)
                try handle.synchronize()
                try handle.close()
            } catch {
                try? handle.close()
                throw error
            }
            guard rename(temporary.path, url.path) == 0 else {
                let reason = String(cString: strerror(errno))
                throw ExportError.writeFailed(path: url.path, reason: reason)
            }
        } catch let error as ExportError {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw ExportError.writeFailed(path: url.path, reason: "\(error)")
        }
    }
}
