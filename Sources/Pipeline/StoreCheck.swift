import Foundation
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
    public static func verify(_ env: PipelineEnvironment) throws {
        let path = env.zones.store.path
        switch FollowUpStore.health(at: path) {
        case .sound:
            return
        case .missing, .empty:
            if Archive.hasFiles(env.zones.archive) {
                throw StoreError.storeLost(path: path, archive: env.zones.archive.path)
            }
        case .damaged(let reason):
            throw StoreError.storeDamaged(path: path, reason: reason)
        }
    }
}
