import Foundation
import Logging
import FollowUpModel
import Store
import Texts
#if canImport(Glibc)
import Glibc
#endif

/// `followup rebuild`: recreates the store from the archive alone and swaps it in. It
/// replays what each run saw (`ArchiveReplay`): run by run in the order they ran, each
/// run's files in the order it processed them, with that run's clock — so files of one
/// run see each other as they did, later files do not exist yet, and every file gets the
/// outcome and findings its region was told. Files archived under the old naming (no run
/// recorded) are replayed first, as one run with this command's clock.
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
        try ZoneAccess.check(zones, allowOtherOwner: env.allowOtherOwner)
        try zones.create()
        let lock = try RunLock(path: zones.lock, holder: "rebuild, pid \(getpid()) sedan \(SwedishTime.iso(Date()))")
        defer { withExtendedLifetime(lock) {} }
        let started = Date()
        let oldHealth = FollowUpStore.health(at: zones.store.path)
        var replay = ArchiveReplay(archive: zones.archive)
        // A clock before the archived runs would drop the later years (a file's year must
        // not be after the current one) and leave their exports stale: refused.
        if let latest = replay.latestClock, env.now < latest {
            throw RebuildError.clockBeforeArchive(now: SwedishTime.iso(env.now), latest: SwedishTime.iso(latest))
        }
        let log = Logger.forRun(file: zones.logs.appendingPathComponent("rebuild-\(UTCStamp.seconds(started))-\(getpid()).jsonl"))
        // What a killed run archived but never committed is no run's outcome.
        if oldHealth == .sound, try StoreCheck.setAsideUncommitted(env, log: log) > 0 {
            replay = ArchiveReplay(archive: zones.archive)
        }
        for url in replay.superseded {
            log.info("archive-copy-superseded", metadata: ["path": "\(zones.relative(url))"])
        }

        let newURL = zones.root.appendingPathComponent("followup.sqlite.rebuild")
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: newURL.path + suffix) }
        var summary = Summary()
        do {
            let store = try env.openStore(at: newURL)
            if !replay.legacy.isEmpty {
                try replayRun(replay.legacy, startedAt: started, env: env, store: store, log: log, summary: &summary)
            }
            for run in replay.runs {
                try replayRun(run.files, startedAt: run.started, env: env.withClock(run.clock), store: store, log: log,
                              summary: &summary)
            }
            try store.markExportPending(years: try store.storedYears())
            try store.checkpointAndClose()
        }
        // Swap: the old store is kept aside every time (`followup.sqlite.replaced-<UTC>`, its
        // WAL emptied into it first, so no stale WAL can meet the new file); a damaged old
        // store cannot be opened for that and is kept aside as it is.
        switch oldHealth {
        case .sound:
            if let aside = try Backups.keepAside(env, label: "replaced") {
                log.notice("replaced-store-kept-aside", metadata: ["path": "\(aside.path)"])
            }
        case .missing, .empty:
            break
        case .damaged(let reason):
            let aside = zones.root.appendingPathComponent("followup.sqlite.damaged-\(UTCStamp.seconds(started))")
            if rename(zones.store.path, aside.path) != 0 {
                throw PipelineError.io(path: zones.store.path, reason: String(cString: strerror(errno)))
            }
            log.warning("damaged-store-kept-aside", metadata: ["path": "\(aside.path)", "reason": "\(reason)"])
        }
        for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: zones.store.path + suffix) }
        if rename(newURL.path, zones.store.path) != 0 {
            throw PipelineError.io(path: zones.store.path, reason: String(cString: strerror(errno)))
        }
        let store = try env.openStore()
        summary.yearsExported = try ExportYears.run(store: store, env: env, log: log)
        log.info("rebuild-finished", metadata: ["files": .stringConvertible(summary.files), "accepted": .stringConvertible(summary.accepted),
                                                "runs": .stringConvertible(replay.runs.count),
                                                "old_style_files": .stringConvertible(replay.legacy.count)])
        return summary
    }

    /// Replays one run's files into `store`, in order, with `env`'s clock, as one recorded run.
    private static func replayRun(_ files: [ArchivedFile], startedAt: Date, env: PipelineEnvironment, store: FollowUpStore,
                                  log: Logger, summary: inout Summary) throws {
        let zones = env.zones
        let runID = try store.beginRun(startedAt: SwedishTime.iso(startedAt))
        let loader = FileLoader(store: store, catalog: env.catalog, checker: env.checker)
        var counts = RunCounts()
        for entry in files {
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
            case .accepted: summary.accepted += 1; counts.accepted += 1
            case .rejected: summary.rejected += 1; counts.rejected += 1
            case .duplicate: summary.duplicates += 1; counts.duplicates += 1
            }
        }
        try store.finishRun(runID, finishedAt: SwedishTime.iso(Date()), status: .done, counts: counts)
    }
}

/// A `rebuild` that is refused before anything changes.
public enum RebuildError: CategorizedError, CustomStringConvertible {
    /// `--now` is earlier than the clock of the latest archived run.
    case clockBeforeArchive(now: String, latest: String)

    public var category: ErrorCategory { .usage }

    public var description: String {
        switch self {
        case .clockBeforeArchive(let now, let latest): return ErrorTexts.rebuildClockBeforeArchive(now: now, latest: latest)
        }
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
