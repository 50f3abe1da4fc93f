import Foundation
import Logging
import Store
import Texts
#if canImport(Glibc)
import Glibc
#endif

/// Consistent copies of the store in `backups/` (`followup-<UTC>.sqlite`), written with
/// SQLite's `VACUUM INTO`: by `followup backup`, and by the run before it loads files.
/// The newest `backups_keep` are kept. What to save off the machine is the archive (the
/// source of truth: `rebuild` recreates the store from it) plus the latest backup.
public enum Backups {
    static let prefix = "followup-"
    static let suffix = ".sqlite"

    /// Writes a backup of a sound store and prunes the old ones; returns its path.
    /// - Throws: the store's health (`StoreCheck.verify`) or `PipelineError.io`.
    @discardableResult
    public static func take(_ env: PipelineEnvironment, label: String = "") throws -> URL {
        let zones = env.zones
        guard FollowUpStore.health(at: zones.store.path) == .sound else {
            try StoreCheck.verify(env)
            throw StoreError.storeMissing(path: zones.store.path)
        }
        do {
            try FileManager.default.createDirectory(at: zones.backups, withIntermediateDirectories: true)
        } catch {
            throw PipelineError.io(path: zones.backups.path, reason: error.localizedDescription)
        }
        var name = prefix + UTCStamp.millis(Date()) + label + suffix
        while FileManager.default.fileExists(atPath: zones.backups.appendingPathComponent(name).path) {
            name = prefix + UTCStamp.millis(Date().addingTimeInterval(0.001)) + label + suffix
        }
        let final = zones.backups.appendingPathComponent(name)
        let temporary = zones.backups.appendingPathComponent(".\(name).tmp-\(getpid())")
        try? FileManager.default.removeItem(at: temporary)
        do {
            try FollowUpStore.backup(storeAt: zones.store.path, to: temporary.path)
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw PipelineError.io(path: temporary.path, reason: "\(error)")
        }
        if rename(temporary.path, final.path) != 0 {
            throw PipelineError.io(path: final.path, reason: String(cString: strerror(errno)))
        }
        prune(zones.backups, keep: max(1, env.config.backupsKeep))
        return final
    }

    /// The backups in `folder`, oldest first (their names sort by time).
    public static func list(_ folder: URL) -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasPrefix(prefix) && $0.hasSuffix(suffix) }.sorted()
            .map { folder.appendingPathComponent($0) }
    }

    /// Removes all but the newest `keep` backups.
    static func prune(_ folder: URL, keep: Int) {
        let all = list(folder)
        for url in all.dropLast(keep) { try? FileManager.default.removeItem(at: url) }
    }

    /// The run's backup: before it opens a sound store for writing, when the inbox holds
    /// something to claim and `backups_keep` is not 0. A failure stops the run before it
    /// changes anything.
    static func beforeRun(_ env: PipelineEnvironment, log: Logger) throws {
        guard env.config.backupsKeep > 0, FollowUpStore.health(at: env.zones.store.path) == .sound,
              inboxHasEntries(env.zones.inbox) else { return }
        let url = try take(env)
        log.info("backup-written", metadata: ["path": "\(env.zones.relative(url))"])
    }

    static func inboxHasEntries(_ inbox: URL) -> Bool {
        let fm = FileManager.default
        for folder in (try? fm.contentsOfDirectory(atPath: inbox.path)) ?? [] {
            let path = inbox.appendingPathComponent(folder).path
            var isDir: ObjCBool = false
            if fm.fileExists(atPath: path, isDirectory: &isDir), !isDir.boolValue { return true }
            if let entries = try? fm.contentsOfDirectory(atPath: path), !entries.isEmpty { return true }
        }
        return false
    }

    /// `followup restore FILE`: holding the lock (refused while a run holds it), checks that
    /// `file` is a sound store, keeps the current store aside
    /// (`followup.sqlite.replaced-<UTC>`), and puts a copy of `file` in its place.
    /// Returns where the replaced store was kept, if there was one.
    public static func restore(_ env: PipelineEnvironment, from file: URL, allowOtherOwner: Bool) throws -> URL? {
        let zones = env.zones
        try ZoneAccess.check(zones, allowOtherOwner: allowOtherOwner)
        try zones.create()
        let lock = try RunLock(path: zones.lock, holder: "restore, pid \(getpid()) sedan \(SwedishTime.iso(Date()))")
        defer { withExtendedLifetime(lock) {} }
        switch FollowUpStore.health(at: file.path) {
        case .sound: break
        case .missing: throw PipelineError.io(path: file.path, reason: ErrorTexts.notARegularFile)
        case .empty: throw PipelineError.configuration(OperationsText.notAStore(file.path, reason: "tom"))
        case .damaged(let reason): throw PipelineError.configuration(OperationsText.notAStore(file.path, reason: reason))
        }
        let fm = FileManager.default
        let incoming = zones.root.appendingPathComponent("followup.sqlite.restore-\(getpid())")
        try? fm.removeItem(at: incoming)
        do {
            try fm.copyItem(at: file, to: incoming)
        } catch {
            throw PipelineError.io(path: incoming.path, reason: error.localizedDescription)
        }
        let aside = try keepAside(env, label: "replaced")
        for suffix in ["-wal", "-shm"] { try? fm.removeItem(atPath: zones.store.path + suffix) }
        if rename(incoming.path, zones.store.path) != 0 {
            throw PipelineError.io(path: zones.store.path, reason: String(cString: strerror(errno)))
        }
        return aside
    }

    /// Moves the current store (if any) to `followup.sqlite.<label>-<UTC>`: a sound one
    /// after emptying its WAL into it, a damaged one with its WAL beside it. Returns where.
    static func keepAside(_ env: PipelineEnvironment, label: String) throws -> URL? {
        let zones = env.zones
        let health = FollowUpStore.health(at: zones.store.path)
        if health == .missing { return nil }
        if health == .sound {
            let old = try env.openStore()
            try old.checkpointAndClose()
        }
        let aside = zones.root.appendingPathComponent("followup.sqlite.\(label)-\(UTCStamp.seconds(Date()))")
        if rename(zones.store.path, aside.path) != 0 {
            throw PipelineError.io(path: zones.store.path, reason: String(cString: strerror(errno)))
        }
        for suffix in ["-wal", "-shm"] where FileManager.default.fileExists(atPath: zones.store.path + suffix) {
            _ = rename(zones.store.path + suffix, aside.path + suffix)
        }
        return aside
    }
}
