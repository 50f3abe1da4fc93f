import Foundation
import Logging
import Store

/// The store is checked before a command trusts it (issue 11, item 4): a damaged store is
/// never written into or read from, and a missing or empty one is never recreated while
/// the archive holds the history — that would publish empty exports over the real ones.
/// Both are refused (`StoreError.storeDamaged` / `.storeLost`, category `storeDamaged`,
/// exit 4) with a text that names `followup rebuild`, which repairs them from the archive.
public enum StoreCheck {
    /// Called by `run` (holding the lock, before it opens the store for writing), `export`
    /// and `status`. Passes a sound store, and a missing or empty one while the archive is
    /// empty (a fresh data directory: `run` creates the store, the readers say that
    /// nothing is loaded yet).
    @discardableResult
    public static func verify(_ env: PipelineEnvironment) throws -> StoreHealth {
        let path = env.zones.store.path
        let health = FollowUpStore.health(at: path)
        switch health {
        case .sound:
            break
        case .missing, .empty:
            if Archive.hasFiles(env.zones.archive) {
                throw StoreError.storeLost(path: path, archive: env.zones.archive.path)
            }
        case .damaged(let reason):
            throw StoreError.storeDamaged(path: path, reason: reason)
        }
        return health
    }

    /// `run`'s check, holding the lock, before it opens the store for writing: `verify`,
    /// then the archived copies of a killed run that never committed their outcome are set
    /// aside (`Archive.setAsideUncommitted`), so that the archive holds exactly the files
    /// whose outcome the runs committed, and `rebuild` replays nothing else.
    static func beforeRun(_ env: PipelineEnvironment, log: Logger) throws {
        if try verify(env) == .sound {
            try setAsideUncommitted(env, log: log)
        }
    }

    /// Sets aside what runs killed before their commit archived (a sound store only);
    /// returns how many files it moved.
    @discardableResult
    static func setAsideUncommitted(_ env: PipelineEnvironment, log: Logger) throws -> Int {
        let path = env.zones.store.path
        let committed = try FollowUpStore.committedArchive(at: path)
        let since = committed.abandonedRunStarts.compactMap(SwedishTime.parse).min()
        guard let since else { return 0 }
        let moved = try Archive.setAsideUncommitted(in: env.zones, since: since, committed: committed.archivePaths)
        for url in moved {
            log.warning("archive-uncommitted-set-aside", metadata: ["path": "\(env.zones.relative(url))"])
        }
        return moved.count
    }
}
