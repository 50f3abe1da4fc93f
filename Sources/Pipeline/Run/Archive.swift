import Foundation
import FollowUpModel
#if canImport(Glibc)
import Glibc
#endif

/// The archive zone: every processed file, byte for byte, immutable, under
/// `archive/<region>/<Y>/<run>-<seq>_<clock>_<received>_<sha256 prefix>_<file name>`
/// (`ArchiveRun`): the name alone tells which run processed the file, in which place of
/// that run, with which clock, when it came and what it held — all the things `rebuild`
/// needs to replay the runs exactly (`ArchiveReplay`).
enum Archive {
    struct Staged {
        var url: URL
        var sha256: String
        var size: Int64
        /// What was copied: the identity of the opened source file (issue 11, item 1).
        var source: FileIdentity? = nil
    }

    /// Copies `src` into a temporary file in the archive, hashing the bytes on the way: the
    /// hash is of exactly the bytes that are kept and read.
    static func stage(_ src: URL, in archive: URL) throws -> Staged {
        let dir = archive.appendingPathComponent(".staging", isDirectory: true)
        do { try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true) } catch {
            throw PipelineError.io(path: dir.path, reason: error.localizedDescription)
        }
        let tmp = dir.appendingPathComponent("\(getpid())-\(src.lastPathComponent)")
        let (input, opened) = try FileIO.openRegular(src.path)  // never blocks on a FIFO (item 9)
        defer { close(input) }
        let output = open(tmp.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o444)
        guard output >= 0 else { throw PipelineError.io(path: tmp.path, reason: String(cString: strerror(errno))) }
        defer { close(output) }
        var hasher = SHA256Hasher()
        let size = try FileIO.forEachChunk(of: input, path: src.path) { chunk in
            hasher.update(chunk)
            var written = 0
            while written < chunk.count {
                let w = write(output, chunk.baseAddress.map { $0 + written }, chunk.count - written)
                if w < 0 { throw PipelineError.io(path: tmp.path, reason: String(cString: strerror(errno))) }
                written += w
            }
        }
        if fsync(output) != 0 { throw PipelineError.io(path: tmp.path, reason: String(cString: strerror(errno))) }
        return Staged(url: tmp, sha256: hasher.finalizeHex(), size: size, source: opened)
    }

    /// Removes half-copied files of an interrupted run (call only while holding the lock).
    static func clearStaging(in archive: URL) {
        let dir = archive.appendingPathComponent(".staging", isDirectory: true)
        for f in (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? [] {
            try? FileManager.default.removeItem(at: dir.appendingPathComponent(f))
        }
    }

    /// Moves the staged copy to its final name (or drops it if that copy exists already).
    static func commit(_ staged: Staged, to dst: URL, modificationDate: Date) throws {
        let fm = FileManager.default
        if fm.fileExists(atPath: dst.path) {
            try FileIO.remove(staged.url)
            return
        }
        do {
            try fm.createDirectory(at: dst.deletingLastPathComponent(), withIntermediateDirectories: true)
            try fm.setAttributes([.modificationDate: modificationDate], ofItemAtPath: staged.url.path)
        } catch {
            throw PipelineError.io(path: dst.path, reason: error.localizedDescription)
        }
        if rename(staged.url.path, dst.path) != 0 {
            throw PipelineError.io(path: dst.path, reason: String(cString: strerror(errno)))
        }
        let dfd = open(dst.deletingLastPathComponent().path, O_RDONLY | O_CLOEXEC)
        if dfd >= 0 { _ = fsync(dfd); close(dfd) }
    }
}
