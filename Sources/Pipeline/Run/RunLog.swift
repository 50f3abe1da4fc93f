import Foundation
import Logging

/// A swift-log handler that appends one JSON object per line to a file: the run's
/// structured log in `logs/`.
public struct JSONLinesLogHandler: LogHandler {
    final class Sink: @unchecked Sendable {
        let handle: FileHandle?
        let lock = NSLock()
        init(url: URL) {
            if !FileManager.default.fileExists(atPath: url.path) {
                _ = FileManager.default.createFile(atPath: url.path, contents: nil)
            }
            handle = try? FileHandle(forWritingTo: url)
            _ = try? handle?.seekToEnd()
        }
        func write(_ data: Data) {
            lock.lock(); defer { lock.unlock() }
            handle?.write(data)
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
        case .string(let s): return Int(s) ?? Double(s).map { $0 as Any } ?? s
        case .stringConvertible(let c): return c.description
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
