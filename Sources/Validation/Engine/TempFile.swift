import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An unlinked temporary file (gone when closed, even after a crash).
final class TempFile {
    private let fd: Int32
    private(set) var size = 0

    /// `$TMPDIR`, else `/tmp`.
    static var directory: String {
        ProcessInfo.processInfo.environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
    }

    /// A new file, or nil when none can be created (the caller keeps its data in memory).
    static func make() -> TempFile? { TempFile() }

    private init?() {
        var template = Array((Self.directory + "/followup-keys-XXXXXX").utf8CString)
        fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { return nil }
        template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
    }

    deinit { close(fd) }

    private func failure(_ what: String) -> ValidationEngineError {
        .temporaryFile(path: Self.directory, reason: "\(what) failed: \(String(cString: strerror(errno))) (errno \(errno))")
    }

    func append(_ data: UnsafeRawBufferPointer) throws {
        guard var p = data.baseAddress else { return }
        var left = data.count
        while left > 0 {
            let n = pwrite(fd, p, left, off_t(size))
            if n < 0 {
                if errno == EINTR { continue }
                throw failure("write")
            }
            if n == 0 { throw ValidationEngineError.temporaryFile(path: Self.directory, reason: "write wrote nothing") }
            p += n
            left -= n
            size += n
        }
    }

    func read(into buffer: UnsafeMutableRawBufferPointer, at offset: Int) throws {
        var done = 0
        while done < buffer.count {
            let n = pread(fd, buffer.baseAddress! + done, buffer.count - done, off_t(offset + done))
            if n < 0 && errno == EINTR { continue }
            if n < 0 { throw failure("read") }
            if n == 0 { throw ValidationEngineError.temporaryFile(path: Self.directory, reason: "read past the end") }
            done += n
        }
    }
}
