import Foundation
import Logging
#if canImport(Glibc)
import Glibc
#endif

/// Prunes what is only kept for a while: run logs in `logs/` after `log_retention_days`,
/// files in `quarantine/` after `quarantine_retention_days` (0 keeps them forever). A file's
/// age is counted on the run's clock from the later of its modification and status-change
/// time: a quarantined upload keeps its old modification time, but counts from its move. The archive, the receipts and the exports are never pruned: the archive
/// is the source of truth. A file that cannot be removed is a warning; the run goes on.
public enum Retention {
    static func prune(_ env: PipelineEnvironment, keeping current: URL, log: Logger) {
        let now = env.now
        for (folder, days) in [(env.zones.logs, env.config.logRetentionDays),
                               (env.zones.quarantine, env.config.quarantineRetentionDays)] where days > 0 {
            let cutoff = now.addingTimeInterval(-Double(days) * 86_400)
            for url in oldFiles(in: folder, before: cutoff) where url.standardizedFileURL.path != current.standardizedFileURL.path {
                if unlink(url.path) == 0 {
                    log.info("pruned", metadata: ["path": "\(env.zones.relative(url))", "days": .stringConvertible(days)])
                } else {
                    log.warning("not-pruned", metadata: ["path": "\(url.path)", "error": "\(String(cString: strerror(errno)))"])
                }
            }
        }
    }

    /// Regular files below `folder` (not following links) last modified before `cutoff`.
    static func oldFiles(in folder: URL, before cutoff: Date) -> [URL] {
        var out: [URL] = []
        guard let names = try? FileManager.default.subpathsOfDirectory(atPath: folder.path) else { return [] }
        for name in names.sorted() {
            let url = folder.appendingPathComponent(name)
            var st = stat()
            guard lstat(url.path, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else { continue }
            let changed = max(st.st_mtim.tv_sec, st.st_ctim.tv_sec)
            if Double(changed) < cutoff.timeIntervalSince1970 { out.append(url) }
        }
        return out
    }
}
