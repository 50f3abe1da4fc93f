import Foundation
import Logging
#if canImport(Glibc)
import Glibc
#endif

/// The run's figures for Prometheus, in node_exporter's textfile-collector format, at
/// `metrics_file` (off when unset). Written whole to a temporary file beside it and renamed
/// into place, so the collector never reads half a file; a failure to write it is a
/// warning in the log, never the run's failure.
public enum Metrics {
    /// The text of the metrics file.
    public static func text(summary: RunSummary, started: Date, finished: Date, success: Bool) -> String {
        func gauge(_ name: String, _ help: String, _ samples: [(String, Double)]) -> String {
            var out = "# HELP \(name) \(help)\n# TYPE \(name) gauge\n"
            for (labels, value) in samples { out += "\(name)\(labels) \(number(value))\n" }
            return out
        }
        let outcomes: [(String, Int)] = [
            ("accepted", summary.accepted), ("rejected", summary.rejected), ("duplicate", summary.duplicates),
            ("quarantined", summary.quarantined), ("still_uploading", summary.stillUploading), ("skipped", summary.skipped),
        ]
        return gauge("followup_last_run_timestamp_seconds", "Start of the last nightly run, Unix time.",
                     [("", started.timeIntervalSince1970.rounded())])
            + gauge("followup_last_run_end_timestamp_seconds", "End of the last nightly run, Unix time.",
                    [("", finished.timeIntervalSince1970.rounded())])
            + gauge("followup_last_run_duration_seconds", "How long the last nightly run took.",
                    [("", (finished.timeIntervalSince(started) * 1000).rounded() / 1000)])
            + gauge("followup_last_run_success", "1 when the last nightly run finished, 0 when it failed.",
                    [("", success ? 1 : 0)])
            + gauge("followup_last_run_files", "Files of the last nightly run by outcome.",
                    outcomes.map { ("{outcome=\"\($0.0)\"}", Double($0.1)) })
            + gauge("followup_last_run_years_exported", "Years the last nightly run exported.",
                    [("", Double(summary.yearsExported.count))])
            + gauge("followup_last_run_mail_messages", "E-mail of the last nightly run: handed to sendmail, or not taken.",
                    [("{result=\"sent\"}", Double(summary.mailSent)), ("{result=\"failed\"}", Double(summary.mailFailed))])
    }

    static func number(_ v: Double) -> String {
        v == v.rounded() && abs(v) < 1e15 ? String(Int64(v)) : String(v)
    }

    static func write(_ env: PipelineEnvironment, summary: RunSummary, started: Date, success: Bool, log: Logger?) {
        guard let path = env.config.metricsFile else { return }
        do {
            try write(text(summary: summary, started: started, finished: Date(), success: success), to: URL(fileURLWithPath: path))
        } catch {
            log?.warning("metrics-not-written", metadata: ["path": "\(path)", "error": "\(error)"])
        }
    }

    /// Writes `text` to a temporary file in `url`'s folder (mode 0644) and renames it over `url`.
    static func write(_ text: String, to url: URL) throws {
        let folder = url.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        // The collector reads only `*.prom`: the temporary name does not end so.
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp")
        try Data(text.utf8).write(to: temporary)
        _ = chmod(temporary.path, 0o644)
        if rename(temporary.path, url.path) != 0 {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw PipelineError.io(path: url.path, reason: reason)
        }
    }
}
