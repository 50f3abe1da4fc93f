import Foundation
import Logging
import Texts
#if canImport(Glibc)
import Glibc
#endif

/// A swift-log handler that appends one JSON object per line to a file: the run's
/// structured log in `logs/`.
public struct JSONLinesLogHandler: LogHandler {
    /// Appends whole lines with `write(2)`. A line that cannot be written whole (a full
    /// disk) is cut back off the file, so the log never ends in half a line; the first
    /// failure is reported (standard error by default), later ones silently, and the run
    /// goes on. Nothing here can stop the process.
    final class Sink: @unchecked Sendable {
        let path: String
        let fd: Int32
        let lock = NSLock()
        let reportFailure: (String) -> Void
        private var reported = false

        init(url: URL, reportFailure: @escaping (String) -> Void = Sink.standardError) {
            path = url.path
            fd = open(url.path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o644)
            self.reportFailure = reportFailure
            if fd < 0 { failed(String(cString: strerror(errno))) }
        }

        deinit { if fd >= 0 { close(fd) } }

        func write(_ data: Data) {
            lock.lock(); defer { lock.unlock() }
            guard fd >= 0 else { return }
            let start = lseek(fd, 0, SEEK_END)
            let ok: Bool = data.withUnsafeBytes { buf in
                guard let base = buf.baseAddress else { return true }
                var done = 0
                while done < buf.count {
                    let n = Glibc.write(fd, base + done, buf.count - done)
                    if n < 0 {
                        if errno == EINTR { continue }
                        return false
                    }
                    done += n
                }
                return true
            }
            if !ok {
                let reason = String(cString: strerror(errno))
                if start >= 0 { _ = ftruncate(fd, start) }
                failed(reason)
            }
        }

        private func failed(_ reason: String) {
            guard !reported else { return }
            reported = true
            reportFailure(ErrorTexts.logWriteFailed(path: path, reason: reason))
        }

        static func standardError(_ text: String) {
            let line = Array((text + "\n").utf8)
            _ = line.withUnsafeBytes { Glibc.write(STDERR_FILENO, $0.baseAddress, $0.count) }
        }
    }

    let sink: Sink
    public var metadata: Logger.Metadata = [:]
    public var logLevel: Logger.Level = .info

    public init(url: URL) { sink = Sink(url: url) }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        var object: [String: Any] = [
            "time": ISO8601DateFormatter().string(from: Date()),
            "level": event.level.rawValue,
            "event": event.message.description,
        ]
        for (k, v) in metadata.merging(event.metadata ?? [:], uniquingKeysWith: { $1 }) {
            object[k] = Self.plain(v)
        }
        guard var data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]) else { return }
        data.append(0x0A)
        sink.write(data)
    }

    static func plain(_ v: Logger.MetadataValue) -> Any {
        switch v {
        // Text stays text ("01" is a region, not a number); numbers and booleans are given
        // as `.stringConvertible(value)` and written as JSON numbers and booleans.
        case .string(let s): return s
        case .stringConvertible(let c):
            switch c {
            case let b as Bool: return b
            case let i as Int: return i
            case let i as Int64: return i
            case let d as Double: return d.isFinite ? d : c.description
            default: return c.description
            }
        case .array(let a): return a.map(plain)
        case .dictionary(let d): return d.mapValues(plain)
        }
    }
}

extension Logger {
    /// The run's logger: JSON lines into `file`, and warnings and worse on standard error.
    static func forRun(file: URL) -> Logger {
        let json = JSONLinesLogHandler(url: file)
        return Logger(label: "followup") { label in
            var stderrHandler = StreamLogHandler.standardError(label: label)
            stderrHandler.logLevel = .warning
            return MultiplexLogHandler([json, stderrHandler])
        }
    }
}
