import Foundation
import Store
import Texts

/// `followup status --last-run`: the last run as the store recorded it (start, end,
/// outcome, counts, the files it rejected) and the warnings and errors of its log.
public struct LastRun: Encodable, Sendable {
    public struct Problem: Encodable, Sendable {
        public var level: String
        public var event: String
        public var detail: String
    }

    public var run: RunInfo?
    public var rejected: [RejectedFile] = []
    public var logFile: String?
    public var problems: [Problem] = []

    /// - Throws: `StoreError.storeMissing` when there is no store (exit 4), the store's
    ///   health (`StoreCheck`), or `PipelineError.io`.
    public static func read(_ env: PipelineEnvironment) throws -> LastRun {
        let store = try env.openStoreReadOnly()
        var out = LastRun()
        out.run = try store.lastRun()
        if let id = out.run?.id { out.rejected = try store.rejectedFiles(ofRun: id) }
        if let log = newestRunLog(env.zones.logs) {
            out.logFile = log.path
            out.problems = problems(in: log)
        }
        return out
    }

    /// The newest `run-*.jsonl` by modification time.
    static func newestRunLog(_ folder: URL) -> URL? {
        let fm = FileManager.default
        let names = ((try? fm.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasPrefix("run-") && $0.hasSuffix(".jsonl") }
        return names.map { folder.appendingPathComponent($0) }.max { a, b in
            let ma = (try? fm.attributesOfItem(atPath: a.path)[.modificationDate] as? Date) ?? .distantPast
            let mb = (try? fm.attributesOfItem(atPath: b.path)[.modificationDate] as? Date) ?? .distantPast
            return (ma, a.lastPathComponent) < (mb, b.lastPathComponent)
        }
    }

    static func problems(in log: URL) -> [Problem] {
        guard let text = try? String(contentsOf: log, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").compactMap { line in
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let level = object["level"] as? String, ["warning", "error", "critical"].contains(level) else { return nil }
            let event = object["event"] as? String ?? ""
            let detail = object.keys.sorted().filter { !["time", "level", "event"].contains($0) }
                .map { "\($0)=\(object[$0].map { "\($0)" } ?? "")" }.joined(separator: " ")
            return Problem(level: level, event: event, detail: detail)
        }
    }

    public func text() -> String {
        guard let run else { return OperationsText.noRunYet + "\n" }
        var lines = [OperationsText.lastRun(id: run.id, started: run.startedAt, finished: run.finishedAt, status: run.status.rawValue),
                     OperationsText.lastRunCounts(accepted: run.counts.accepted, rejected: run.counts.rejected,
                                                  duplicates: run.counts.duplicates, quarantined: run.counts.quarantined)]
        lines += rejected.map { OperationsText.rejectedFile(region: $0.region, report: $0.report, file: $0.fileName, errors: $0.errors) }
        lines += problems.map { OperationsText.logProblem(level: $0.level, event: $0.event, detail: $0.detail) }
        if let logFile { lines.append(OperationsText.logFile(logFile)) }
        return lines.joined(separator: "\n") + "\n"
    }

    public func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self) + "\n"
    }
}
