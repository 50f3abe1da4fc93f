import Foundation
import GRDB
import Testing
import FollowUpModel
@testable import Store

/// `FollowUpStore.openReadOnly(at:)`: what only reads the store changes nothing in it.
struct ReadOnlyStoreTests {
    /// The bytes and modification time of every file of the store (main file, WAL, index).
    func snapshot(_ path: String) throws -> [String: (Data, Date)] {
        var files: [String: (Data, Date)] = [:]
        for suffix in ["", "-wal", "-shm"] where FileManager.default.fileExists(atPath: path + suffix) {
            let attributes = try FileManager.default.attributesOfItem(atPath: path + suffix)
            files[suffix] = (try Data(contentsOf: URL(fileURLWithPath: path + suffix)),
                             attributes[.modificationDate] as! Date)
        }
        return files
    }

    /// A store with a year of facts, written and closed the way the nightly run leaves it.
    func writtenStore() throws -> (StoreFixture, String) {
        let f = try StoreFixture()
        #expect(try f.funding("14", 2021, [.init(id: "B1", stodform: "PROJ", omrade: 1, prioritering: "1.1", belopp: 100)])
                == .accepted)
        try f.store.checkpointAndClose()
        return (f, f.directory.appendingPathComponent("followup.sqlite").path)
    }

    @Test func readingWritesNothing() throws {
        let (fixture, path) = try writtenStore()
        defer { withExtendedLifetime(fixture) {} }
        let before = try snapshot(path)
        // Let a write, if there were one, land on a later modification time.
        Thread.sleep(forTimeInterval: 1.1)
        let store = try FollowUpStore.openReadOnly(at: path)
        #expect(try store.storedYears() == [2021])
        #expect(try store.comparisonTables(year: 2021).count == 9)
        #expect(try store.submissions().map(\.status) == [.accepted])
        #expect(try store.activityIDs(region: "14", year: 2021) == nil)
        #expect(try store.integrityProblems().isEmpty)
        let after = try snapshot(path)
        #expect(after[""]?.0 == before[""]?.0)
        #expect(after[""]?.1 == before[""]?.1)
        // The WAL, if SQLite made one to read through, holds no frame.
        #expect((after["-wal"]?.0.count ?? 0) == 0)
    }

    @Test func aWriteThroughAReadOnlyStoreFails() throws {
        let (fixture, path) = try writtenStore()
        defer { withExtendedLifetime(fixture) {} }
        let store = try FollowUpStore.openReadOnly(at: path)
        #expect(throws: DatabaseError.self) { try store.beginRun(startedAt: "2022-03-02T02:00:00+01:00") }
        #expect(throws: DatabaseError.self) { try store.seed(StoreFixture.codeLists) }
        #expect(throws: DatabaseError.self) { try store.markExportPending(years: [2030]) }
        #expect(try store.pendingExportYears() == [2021, 2022])
    }

    @Test func aMissingStoreIsRefusedAndNotCreated() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("readonly-\(UUID().uuidString)")
        let path = dir.appendingPathComponent("followup.sqlite").path
        #expect {
            try FollowUpStore.openReadOnly(at: path)
        } throws: { error in
            guard case StoreError.storeMissing(let p) = error else { return false }
            return p == path && "\(error)".contains("kör först followup run")
        }
        #expect(!FileManager.default.fileExists(atPath: dir.path))
    }

    @Test func aStoreWithoutTheLatestMigrationsIsRefused() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("readonly-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("followup.sqlite").path
        let old = try DatabaseQueue(path: path)
        try Migrations.migrator.migrate(old, upTo: "v2-comparison-indexes")
        try old.close()
        #expect {
            try FollowUpStore.openReadOnly(at: path)
        } throws: { error in
            guard case StoreError.storeOutdated = error else { return false }
            return true
        }
        // Opening it for writing brings it up to date.
        _ = try FollowUpStore(path: path)
        _ = try FollowUpStore.openReadOnly(at: path)
    }
}
