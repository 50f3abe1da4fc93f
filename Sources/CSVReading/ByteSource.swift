#if canImport(Glibc)
import Glibc
private let systemRead = Glibc.read
#elseif canImport(Darwin)
import Darwin
private let systemRead = Darwin.read
#endif

/// Where the reader's bytes come from: a file read with `read(2)`, or bytes in memory (tests).
/// The reader reads the source twice (encoding pre-pass, then parsing), so it can rewind.
protocol ByteSource: AnyObject {
    /// Total size in bytes.
    var size: Int { get }
    /// Fills `buffer` from the current position; returns the count read, 0 at the end.
    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int
    func rewind() throws
}

final class FileByteSource: ByteSource {
    let path: String
    let fd: Int32
    let size: Int

    /// Opens without following a link and without blocking (a FIFO or device is refused,
    /// never waited on), decides on what was opened (`fstat`), then reads blocking.
    init(path: String) throws {
        self.path = path
        let fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else {
            let e = errno
            throw e == ELOOP ? CSVReadError.notARegularFile(path: path) : CSVReadError.cannotOpen(path: path, errno: e)
        }
        var st = stat()
        guard fstat(fd, &st) == 0 else {
            let e = errno
            close(fd)
            throw CSVReadError.cannotOpen(path: path, errno: e)
        }
        guard (st.st_mode & S_IFMT) == S_IFREG else {
            close(fd)
            throw CSVReadError.notARegularFile(path: path)
        }
        let flags = fcntl(fd, F_GETFL)
        if flags >= 0 { _ = fcntl(fd, F_SETFL, flags & ~O_NONBLOCK) }
        self.fd = fd
        self.size = Int(st.st_size)
    }

    deinit { close(fd) }

    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        var filled = 0
        while filled < buffer.count {
            let n = systemRead(fd, buffer.baseAddress! + filled, buffer.count - filled)
            if n < 0 {
                if errno == EINTR { continue }
                throw CSVReadError.readFailed(path: path, errno: errno)
            }
            if n == 0 { break }
            filled += n
        }
        return filled
    }

    func rewind() throws {
        if lseek(fd, 0, SEEK_SET) < 0 { throw CSVReadError.readFailed(path: path, errno: errno) }
    }
}

final class MemoryByteSource: ByteSource {
    let bytes: [UInt8]
    var position = 0
    var size: Int { bytes.count }

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        let n = min(buffer.count, bytes.count - position)
        if n > 0 {
            bytes.withUnsafeBytes { src in
                buffer.baseAddress!.copyMemory(from: src.baseAddress! + position, byteCount: n)
            }
        }
        position += n
        return n
    }

    func rewind() throws { position = 0 }
}
