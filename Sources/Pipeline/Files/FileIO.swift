import Foundation
import Texts
#if canImport(Glibc)
import Glibc
#endif

/// What identifies one version of a file: device, inode, size and modification time. A file
/// renamed onto the same name, or written to since, has another identity.
struct FileIdentity: Equatable, Sendable {
    var device: UInt64
    var inode: UInt64
    var size: Int64
    var mtimeSeconds: Int
    var mtimeNanoseconds: Int

    init(_ st: stat) {
        device = UInt64(st.st_dev)
        inode = UInt64(st.st_ino)
        size = Int64(st.st_size)
        mtimeSeconds = Int(st.st_mtim.tv_sec)
        mtimeNanoseconds = Int(st.st_mtim.tv_nsec)
    }

    /// The identity of what is at `path` now (never following a link), nil when nothing is.
    static func at(_ path: String) -> FileIdentity? {
        var st = stat()
        guard lstat(path, &st) == 0 else { return nil }
        return FileIdentity(st)
    }
}

/// Small, careful file operations: atomic writes, chunked reads and hashing, moving aside.
enum FileIO {
    /// Opens a regular file for reading without following a link and without blocking (a
    /// FIFO or device swapped in is refused, never waited on); `fstat` decides on what was
    /// opened. The descriptor is blocking again when returned; the caller closes it.
    /// - Throws: `PipelineError.io` when it cannot be opened or is not a regular file.
    static func openRegular(_ path: String) throws -> (fd: Int32, identity: FileIdentity) {
        let fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else {
            let e = errno
            throw PipelineError.io(path: path, reason: e == ELOOP ? ErrorTexts.notARegularFile : String(cString: strerror(e)))
        }
        var st = stat()
        guard fstat(fd, &st) == 0 else {
            let e = errno
            close(fd)
            throw PipelineError.io(path: path, reason: String(cString: strerror(e)))
        }
        guard (st.st_mode & S_IFMT) == S_IFREG else {
            close(fd)
            throw PipelineError.io(path: path, reason: ErrorTexts.notARegularFile)
        }
        let flags = fcntl(fd, F_GETFL)
        if flags >= 0 { _ = fcntl(fd, F_SETFL, flags & ~O_NONBLOCK) }
        return (fd, FileIdentity(st))
    }

    enum Removal { case removed, gone, replaced }

    /// Removes the file at `url` only when it is still the version `identity` names; a file
    /// moved into its place since (a region's new upload) stays for the next run.
    static func removeIfUnchanged(_ url: URL, identity: FileIdentity) throws -> Removal {
        guard let now = FileIdentity.at(url.path) else { return .gone }
        guard now == identity else { return .replaced }
        if unlink(url.path) != 0 {
            if errno == ENOENT { return .gone }
            throw PipelineError.io(path: url.path, reason: String(cString: strerror(errno)))
        }
        return .removed
    }

    /// Removes what a killed run left half-written: files named as `writeAtomically` and the
    /// exporter name their temporary files (`.<name>.<pid>.tmp`, `.<name>.<pid>-<n>.tmp`)
    /// anywhere under `root`. Call only while holding the lock. Returns what was removed.
    @discardableResult
    static func removeLeftoverTemporaries(under root: URL) -> [String] {
        var removed: [String] = []
        guard let e = FileManager.default.enumerator(atPath: root.path) else { return removed }
        while let rel = e.nextObject() as? String {
            let name = (rel as NSString).lastPathComponent
            guard isOurTemporaryName(name) else { continue }
            let path = root.appendingPathComponent(rel).path
            var st = stat()
            guard lstat(path, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else { continue }
            if unlink(path) == 0 { removed.append(path) }
        }
        return removed
    }

    /// `.<name>.<digits>.tmp` or `.<name>.<digits>-<digits>.tmp`.
    static func isOurTemporaryName(_ name: String) -> Bool {
        guard name.hasPrefix("."), name.hasSuffix(".tmp") else { return false }
        let inner = name.dropFirst().dropLast(4)
        guard let dot = inner.lastIndex(of: ".") else { return false }
        let stem = inner[..<dot], tag = inner[inner.index(after: dot)...]
        guard !stem.isEmpty, !tag.isEmpty else { return false }
        let parts = tag.split(separator: "-", omittingEmptySubsequences: false)
        return (1...2).contains(parts.count) && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }
    }

    /// Writes `data` to `url` through a temporary file and a rename, so a reader (or a
    /// crash) never sees half a file.
    static func writeAtomically(_ data: Data, to url: URL) throws {
        let dir = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            let tmp = dir.appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp")
            do { try data.write(to: tmp) } catch {
                try? FileManager.default.removeItem(at: tmp)  // no half file left behind (full disk)
                throw error
            }
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
        let (fd, _) = try openRegular(url.path)
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

    /// The first free name in `folder` for an entry called `name`:
    /// `<stamp>[-n]_<name, escaped and shortened>`. The same on a retry after a kill as long
    /// as the entry has not been moved, so a receipt written before the move names it.
    static func freeName(in folder: URL, stamp: String, name: String) throws -> URL {
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw PipelineError.io(path: folder.path, reason: error.localizedDescription)
        }
        let safe = SafeName.component(name)
        var dst = folder.appendingPathComponent("\(stamp)_\(safe)")
        var n = 1
        while FileIdentity.at(dst.path) != nil {
            n += 1
            dst = folder.appendingPathComponent("\(stamp)-\(n)_\(safe)")
        }
        return dst
    }

    /// Moves an entry (never following a link; its path in raw bytes, any name) to `dst`.
    static func move(rawPath src: [UInt8], displayPath: String, to dst: URL) throws {
        let rc = Claim.withRaw(src) { rename($0, dst.path) }
        if rc != 0 { throw PipelineError.io(path: displayPath, reason: String(cString: strerror(errno))) }
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
