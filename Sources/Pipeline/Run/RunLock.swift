import Foundation
import Texts
#if canImport(Glibc)
import Glibc
#endif

/// An exclusive lock on `followup.lock` (flock): released by the kernel when the process
/// ends, also after `kill -9`, so a crashed run never blocks the next one.
public final class RunLock {
    private let fd: Int32

    /// Takes the lock or throws `PipelineError.lockHeld` at once, naming the holder.
    public init(path: URL, holder: String) throws {
        fd = open(path.path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            throw PipelineError.io(path: path.path, reason: String(cString: strerror(errno)))
        }
        if flock(fd, LOCK_EX | LOCK_NB) != 0 {
            var buf = [UInt8](repeating: 0, count: 512)
            let n = pread(fd, &buf, 511, 0)
            let who = n > 0 ? String(decoding: buf[0..<n], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines) : ErrorTexts.unknownLockHolder
            close(fd)
            throw PipelineError.lockHeld(path: path.path, holder: who)
        }
        let text = Array(holder.utf8)
        _ = ftruncate(fd, 0)
        _ = text.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) }
    }

    deinit {
        flock(fd, LOCK_UN)
        close(fd)
    }
}
