import FollowUpModel
import Foundation
import Pipeline
import Store
import Synchronization

/// The portal's one read-only view of the facts store, opened on first use and opened again
/// when the file is replaced (a new store after `followup rebuild`); nil while there is none.
/// A year's `inlamning` table is kept until the store or its write-ahead log changes (the
/// nightly run writes once a night), so the overview does not run its query per request.
final class StoreAccess: Sendable {
    let path: String
    private let state = Mutex<(store: ReadOnlyStore, file: UInt64)?>(nil)
    private let tables = Mutex<[Int: (version: String, table: FollowUpModel.Table)]>([:])

    init(zones: Zones) { path = zones.store.path }

    /// What changes when the store is written: the file's identity and the modification
    /// times and sizes of the file and its write-ahead log.
    func version() -> String? {
        let fm = FileManager.default
        guard let main = try? fm.attributesOfItem(atPath: path) else { return nil }
        let wal = try? fm.attributesOfItem(atPath: path + "-wal")
        func stamp(_ a: [FileAttributeKey: Any]?) -> String {
            guard let a else { return "-" }
            let m = (a[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
            return "\((a[.systemFileNumber] as? NSNumber)?.uint64Value ?? 0):\(m):\((a[.size] as? NSNumber)?.int64Value ?? 0)"
        }
        return stamp(main) + "/" + stamp(wal)
    }

    /// The `inlamning` table of `year`, nil while there is no store.
    func submissionTable(year: Int) throws -> FollowUpModel.Table? {
        guard let version = version() else { return nil }
        if let cached = tables.withLock({ $0[year] }), cached.version == version { return cached.table }
        guard let table = try store()?.submissionTable(year: year) else { return nil }
        tables.withLock { $0[year] = (version, table) }
        return table
    }

    func store() throws -> ReadOnlyStore? {
        guard let attrs = try? FileManager.default.attributesOfItem(atPath: path),
              let file = (attrs[.systemFileNumber] as? NSNumber)?.uint64Value else { return nil }
        if let open = state.withLock({ $0 }), open.file == file { return open.store }
        let store = try ReadOnlyStore(path: path)
        state.withLock { $0 = (store, file) }
        return store
    }
}
