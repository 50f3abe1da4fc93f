import Foundation
import Pipeline

/// The logs of the nightly runs in `logs/`: `run-<UTC stamp>-<pid>.jsonl`, one JSON object
/// a line, whose `run-started` line names the run's id in the store's `run` table. A log is
/// only ever found by listing the folder and reading that line: no path is built from what
/// a request says.
struct RunLogs {
    let folder: URL

    init(zones: Zones) { folder = zones.logs }

    /// One line of a run's log.
    struct Line {
        var time: String
        var level: String
        var event: String
        var detail: String
        var isProblem: Bool { ["warning", "error", "critical"].contains(level) }
    }

    /// The run ids of the logs in the folder, each with its file.
    func index() -> [Int64: URL] {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { $0.hasPrefix("run-") && $0.hasSuffix(".jsonl") }
        var out: [Int64: URL] = [:]
        for name in names {
            let url = folder.appendingPathComponent(name)
            if let id = Self.runID(in: url) { out[id] = url }
        }
        return out
    }

    /// The id in the `run-started` line among the first 64 KiB of the log.
    static func runID(in url: URL) -> Int64? {
        guard let handle = try? FileHandle(forReadingFrom: url) else { return nil }
        defer { try? handle.close() }
        guard let head = try? handle.read(upToCount: 1 << 16) else { return nil }
        for line in head.split(separator: 0x0A) {
            guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
                  object["event"] as? String == "run-started" else { continue }
            if let n = object["run"] as? NSNumber { return n.int64Value }
            if let s = object["run"] as? String { return Int64(s) }
        }
        return nil
    }

    /// The lines of a log, at most `limit` (the first ones), and whether there were more.
    static func lines(of url: URL, limit: Int = 2000) -> (lines: [Line], more: Bool) {
        guard let data = try? Data(contentsOf: url) else { return ([], false) }
        let all = data.split(separator: 0x0A)
        let lines = all.prefix(limit).map { raw -> Line in
            guard let object = try? JSONSerialization.jsonObject(with: Data(raw)) as? [String: Any] else {
                return Line(time: "", level: "", event: "", detail: String(decoding: raw, as: UTF8.self))
            }
            let detail = object.keys.sorted().filter { !["time", "level", "event"].contains($0) }
                .map { "\($0)=\(Self.text(object[$0]))" }.joined(separator: " ")
            return Line(time: object["time"] as? String ?? "", level: object["level"] as? String ?? "",
                        event: object["event"] as? String ?? "", detail: detail)
        }
        return (lines, all.count > limit)
    }

    static func text(_ value: Any?) -> String {
        switch value {
        case let s as String: return s
        case let n as NSNumber: return n.stringValue
        case let a as [Any]: return "[" + a.map { text($0) }.joined(separator: ", ") + "]"
        case let other?: return "\(other)"
        case nil: return ""
        }
    }

    /// Seconds from `start` to `end` (the store's Swedish ISO times); nil while running.
    static func seconds(from start: String, to end: String?) -> Int? {
        let f = ISO8601DateFormatter()
        guard let end, let a = f.date(from: start), let b = f.date(from: end) else { return nil }
        return max(0, Int(b.timeIntervalSince(a).rounded()))
    }
}
