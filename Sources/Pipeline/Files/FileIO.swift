import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Small, careful file operations: atomic writes, chunked reads and hashing, moving aside.
enum FileIO {
    /// Writes `data` to `url` through a temporary file and a rename, so a reader (or a
    /// crash) never sees half a file.
    static func writeAtomically(_ data: Data, to url: URL) throws {
        let dir = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            let tmp = dir.appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp")
            try data.write(to: tmp)
            try syncFile(tmp)
            if rename(tmp.path, url.path) != 0 {
                throw PipelineError.io(path: url.path, reason: String(cString: strerror(errno)))
            }
        } catch let e as PipelineError {
            throw e
        } catch {
            throw PipelineError.io(path: url.path, reason: error.localizedDescription)
        }
    }

    /// SHA-256 and size of a file, read in chunks (memory does not grow with the file).
    static func sha256(of url: URL) throws -> (hex: String, size: Int64) {
        let fd = open(url.path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { throw PipelineError.io(path: url.path, reason: String(cString: strerror(errno))) }
        defer { close(fd) }
        var hasher = SHA256Hasher()
        let size = try forEachChunk(of: fd, path: url.path) { hasher.update($0) }
        return (hasher.finalizeHex(), size)
    }

    /// Reads an open file to its end in 1 MiB chunks; returns the number of bytes read.
    static func forEachChunk(of fd: Int32, path: String, _ body: (UnsafeRawBufferPointer) throws -> Void) throws -> Int64 {
        let buf = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 20, alignment: 16)
        defer { buf.deallocate() }
        var size: Int64 = 0
        while true {
            let n = read(fd, buf.baseAddress, buf.count)
            if n < 0 { throw PipelineError.io(path: path, reason: String(cString: strerror(errno))) }
            if n == 0 { return size }
            try body(UnsafeRawBufferPointer(rebasing: buf[0..<n]))
            size += Int64(n)
        }
    }

    /// Moves an entry (never following a link) into `folder`, under a name that cannot
    /// collide with an earlier one.
    static func moveAside(_ src: URL, into folder: URL, stamp: String) throws -> URL {
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw PipelineError.io(path: folder.path, reason: error.localizedDescription)
        }
        var dst = folder.appendingPathComponent("\(stamp)_\(src.lastPathComponent)")
        var n = 1
        while FileManager.default.fileExists(atPath: dst.path) || (try? FileManager.default.destinationOfSymbolicLink(atPath: dst.path)) != nil {
            n += 1
            dst = folder.appendingPathComponent("\(stamp)-\(n)_\(src.lastPathComponent)")
        }
        if rename(src.path, dst.path) != 0 {
            throw PipelineError.io(path: src.path, reason: String(cString: strerror(errno)))
        }
        return dst
    }

    static func remove(_ url: URL) throws {
        if unlink(url.path) != 0 && errno != ENOENT {
            throw PipelineError.io(path: url.path, reason: String(cString: strerror(errno)))
        }
    }

    private static func syncFile(_ url: URL) throws {
        let fd = open(url.path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return }
        _ = fsync(fd)
        close(fd)
    }
}
