import Foundation
import GRDB
import Testing
@testable import Store

/// `FollowUpStore.health(at:)`: what the commands check before they trust the store
/// (issue 11, item 4).
struct StoreHealthTests {
    func tempPath() throws -> (URL, String) {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("storehealth-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return (dir, dir.appendingPathComponent("followup.sqlite").path)
    }

    func soundStore() throws -> (URL, String) {
        let (dir, path) = try tempPath()
        let store = try FollowUpStore(path: path)
        _ = try store.beginRun(startedAt: "2025-02-11T02:30:00+01:00")
        try store.checkpointAndClose()
        return (dir, path)
    }

    func isDamaged(_ health: StoreHealth) -> Bool {
        if case .damaged = health { return true }
        return false
    }

    @Test func missingEmptyAndSound() throws {
        let (dir, path) = try tempPath(); defer { try? FileManager.default.removeItem(at: dir) }
        #expect(FollowUpStore.health(at: path) == .missing)
        #expect(FileManager.default.createFile(atPath: path, contents: Data()))
        #expect(FollowUpStore.health(at: path) == .empty)
        try FileManager.default.removeItem(atPath: path)
        let store = try FollowUpStore(path: path)
        try store.checkpointAndClose()
        #expect(FollowUpStore.health(at: path) == .sound)
    }

    @Test func aStoreOfAnOlderVersionIsSound() throws {
        let (dir, path) = try tempPath(); defer { try? FileManager.default.removeItem(at: dir) }
        let queue = try DatabaseQueue(path: path)
        try Migrations.migrator.migrate(queue, upTo: "v1-facts")
        try queue.close()
        #expect(FollowUpStore.health(at: path) == .sound, "the next run migrates it")
    }

    @Test func anotherDatabaseIsNotTheStore() throws {
        let (dir, path) = try tempPath(); defer { try? FileManager.default.removeItem(at: dir) }
        let queue = try DatabaseQueue(path: path)
        try queue.write { try $0.execute(sql: "CREATE TABLE notes (text TEXT)") }
        try queue.close()
        #expect(isDamaged(FollowUpStore.health(at: path)))
    }

    @Test func unknownMigrationOrMissingIndexIsDamage() throws {
        let (dir, path) = try soundStore(); defer { try? FileManager.default.removeItem(at: dir) }
        var queue = try DatabaseQueue(path: path)
        try queue.write { try $0.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99-from-the-future')") }
        try queue.close()
        #expect(isDamaged(FollowUpStore.health(at: path)))

        let (dir2, path2) = try soundStore(); defer { try? FileManager.default.removeItem(at: dir2) }
        queue = try DatabaseQueue(path: path2)
        try queue.write { try $0.execute(sql: "DROP INDEX submission_sha") }
        try queue.close()
        #expect(isDamaged(FollowUpStore.health(at: path2)))
    }

    @Test func garbageOverPagesIsDamageWithAShortReason() throws {
        let (dir, path) = try soundStore(); defer { try? FileManager.default.removeItem(at: dir) }
        let handle = try #require(FileHandle(forUpdatingAtPath: path))
        let size = try handle.seekToEnd()
        try handle.seek(toOffset: size / 2)
        handle.write(Data(repeating: 0xA5, count: 40_000))
        try handle.close()
        let health = FollowUpStore.health(at: path)
        guard case .damaged(let reason) = health else {
            Issue.record("not found damaged: \(health)")
            return
        }
        #expect(reason.count <= 161 && !reason.contains("\n"), "\(reason)")
    }
}
