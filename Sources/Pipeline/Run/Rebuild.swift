import Foundation
import Logging
import FollowUpModel
import Store
#if canImport(Glibc)
import Glibc
#endif

/// `followup rebuild`: recreates the store from the archive alone, replaying every
/// archived file in the order it was received, then swaps the new store in.
public enum Rebuild {
    public struct Summary: Sendable {
        public var files = 0
        public var accepted = 0
        public var rejected = 0
        public var duplicates = 0
        public var yearsExported: [Int] = []
    }

    public static func run(_ env: PipelineEnvironment) throws -> Summary {
        let zones = env.zones
        try zones.create()
        let lock = try RunLock(path: zones.lock, holder: "rebuild, pid \(getpid()) sedan \(SwedishTime.iso(Date()))")
        defer { withExtendedLifetime(lock) {} }
        let started = Date()
        let log = Logger.forRun(file: zones.logs.appendingPathComponent("rebuild-\(SwedishTime.stamp(started))-\(getpid()).jsonl"))

        let newURL = zones.root.appendingPathComponent("followup.sqlite.rebuild")
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: newURL.path + suffix) }
        var summary = Summary()
        do {
            let store = try env.openStore(at: newURL)
            let runID = try store.beginRun(startedAt: SwedishTime.iso(started))
            let loader = FileLoader(store: store, catalog: env.catalog, checker: env.checker)
            for entry in Archive.list(zones.archive) {
                guard let name = SubmissionName(fileName: entry.fileName),
                      let schema = env.schemaIfAttributable(name, folder: entry.region) else {
                    log.warning("archive-file-skipped", metadata: ["path": "\(entry.url.path)"])
                    continue
                }
                summary.files += 1
                let (sha, size) = try FileIO.sha256(of: entry.url)
                let meta = SubmissionMeta(region: name.region, year: name.year, report: name.report,
                                          fileName: entry.fileName, sha256: sha, sizeBytes: size,
                                          receivedAt: SwedishTime.iso(entry.receivedAt),
                                          receivedUnix: entry.receivedAt.timeIntervalSince1970, runID: runID,
                                          archivePath: zones.relative(entry.url), late: false)
                let result = try loader.load(source: entry.url, fileName: entry.fileName, name: name,
                                             inboxRegion: entry.region, meta: meta, schema: schema)
                switch result.status {
                case .accepted: summary.accepted += 1
                case .rejected: summary.rejected += 1
                case .duplicate: summary.duplicates += 1
                }
            }
            var counts = RunCounts()
            counts.accepted = summary.accepted
            counts.rejected = summary.rejected
            counts.duplicates = summary.duplicates
            try store.markExportPending(years: try store.storedYears())
            try store.finishRun(runID, finishedAt: SwedishTime.iso(Date()), status: .done, counts: counts)
            try store.checkpointAndClose()
        }
        // Swap: the old store's WAL is emptied first, so no stale WAL can meet the new file.
        if FileManager.default.fileExists(atPath: zones.store.path) {
            let old = try env.openStore()
            try old.checkpointAndClose()
        }
        for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: zones.store.path + suffix) }
        if rename(newURL.path, zones.store.path) != 0 {
            throw PipelineError.io(path: zones.store.path, reason: String(cString: strerror(errno)))
        }
        let store = try env.openStore()
        summary.yearsExported = try ExportYears.run(store: store, env: env, log: log)
        log.info("rebuild-finished", metadata: ["files": "\(summary.files)", "accepted": "\(summary.accepted)"])
        return summary
    }
}

extension PipelineEnvironment {
    /// The schema a file is checked against, or nil when it cannot be attributed to a
    /// region, year and report from its name and folder (it goes to quarantine).
    func schemaIfAttributable(_ name: SubmissionName, folder: String?) -> Schema? {
        guard folder == name.region,
              catalog.regionName(name.region) != nil,
              (2020...min(2030, SwedishTime.year(of: now))).contains(name.year)
        else { return nil }
        return catalog.schema(for: name.report, year: name.year)
    }
}
