import Foundation
import Pipeline
import Store
import Synchronization

/// The portal's one read-only view of the facts store, opened on first use and opened again
/// when the file is replaced (a new store after `followup rebuild`); nil while there is none.
final class StoreAccess: Sendable {
    let path: String
    private let state = Mutex<(store: ReadOnlyStore, file: UInt64)?>(nil)

    init(zones: Zones) { path = zones.store.path }

    func store() throws -> ReadOnlyStore? {
        guard let attrs = try? FileManager.default.attributesOfItem(atPath: path),
              let file = (attrs[.systemFileNumber] as? NSNumber)?.uint64Value else { return nil }
        if let open = state.withLock({ $0 }), open.file == file { return open.store }
        let store = try ReadOnlyStore(path: path)
        state.withLock { $0 = (store, file) }
        return store
    }
}
