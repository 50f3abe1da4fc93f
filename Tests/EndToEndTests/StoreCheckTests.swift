import Foundation
import Testing
import Store

/// A deleted, emptied or damaged store is never recreated or written into while the
/// archive holds the history (issue 11, item 4): `run` and `export` refuse, exit 4, name
/// `followup rebuild`; `rebuild` repairs.
@Suite(.serialized) struct StoreCheckTests {
    func storePath(_ ws: Workspace) -> String { ws.dataDir.appendingPathComponent("followup.sqlite").path }

    func loadedWorkspace() throws -> Workspace {
        let ws = try Workspace()
        for region in ["01", "03"] {
            try ws.drop("\(region)_2024_insatser.csv", Fixture.insatser(region, 2024), folder: region)
            try ws.drop("\(region)_2024_finansiering.csv", Fixture.finansiering(region, 2024), folder: region)
            try ws.drop("\(region)_2024_indikatorer.csv", Fixture.largeIndikatorer(region, 2024, rows: 3_000), folder: region)
        }
        let r = try ws.followup(["run"])
        #expect(r.status == 0, "\(r.stderr)")
        return ws
    }

    func exportBytes(_ ws: Workspace) throws -> [String: Data] {
        var out: [String: Data] = [:]
        for f in ws.files(under: "exports") {
            out[f] = try Data(contentsOf: ws.dataDir.appendingPathComponent("exports").appendingPathComponent(f))
        }
        return out
    }

    @Test func deletedStoreIsNotRecreatedAndRebuildRepairsIt() throws {
        let ws = try loadedWorkspace(); defer { ws.cleanUp() }
        let digest = try FollowUpStore.openReadOnly(at: storePath(ws)).factsDigest()
        let exports = try exportBytes(ws)
        #expect(!exports.isEmpty)
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: storePath(ws) + suffix) }
        try ws.drop("03_2024_strategi.csv", Fixture.strategi("03", 2024), folder: "03", mtime: "2025-02-12T10:00:00+01:00")

        let run = try ws.followup(["run"])
        #expect(run.status == 4, "\(run.stdout) \(run.stderr)")
        #expect(run.stderr.contains("followup rebuild"), "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: storePath(ws)), "no new store")
        #expect(try exportBytes(ws) == exports, "the published exports are untouched")
        #expect(ws.inboxFiles() == ["03/03_2024_strategi.csv"], "the new file waits")

        let export = try ws.followup(["export", "--year", "2024"])
        #expect(export.status == 4)
        #expect(export.stderr.contains("followup rebuild"), "\(export.stderr)")

        let rebuild = try ws.followup(["rebuild"])
        #expect(rebuild.status == 0, "\(rebuild.stderr)")
        #expect(try FollowUpStore.openReadOnly(at: storePath(ws)).factsDigest() == digest)
        let next = try ws.followup(["run"])
        #expect(next.status == 0, "\(next.stderr)")
        #expect(next.stdout.contains("Godkända: 1"), "\(next.stdout)")
    }

    @Test func emptiedStoreIsRefused() throws {
        let ws = try loadedWorkspace(); defer { ws.cleanUp() }
        let exports = try exportBytes(ws)
        #expect(FileManager.default.createFile(atPath: storePath(ws), contents: Data()))
        let run = try ws.followup(["run"])
        #expect(run.status == 4, "\(run.stdout) \(run.stderr)")
        #expect(run.stderr.contains("followup rebuild"), "\(run.stderr)")
        #expect(try exportBytes(ws) == exports)
        #expect(try ws.followup(["rebuild"]).status == 0)
        #expect(try ws.followup(["run"]).status == 0)
    }

    @Test func garbageInTheMiddleOfTheStoreIsRefusedWithoutSQL() throws {
        let ws = try loadedWorkspace(); defer { ws.cleanUp() }
        let digest = try FollowUpStore.openReadOnly(at: storePath(ws)).factsDigest()
        let exports = try exportBytes(ws)
        let handle = try #require(FileHandle(forUpdatingAtPath: storePath(ws)))
        let size = try handle.seekToEnd()
        #expect(size > 256 * 1024)
        try handle.seek(toOffset: size / 2)
        handle.write(Data((0..<65_536).map { UInt8(truncatingIfNeeded: $0 &* 151 &+ 7) }))
        try handle.close()
        try ws.drop("03_2024_strategi.csv", Fixture.strategi("03", 2024), folder: "03", mtime: "2025-02-12T10:00:00+01:00")

        let run = try ws.followup(["run"])
        #expect(run.status == 4, "\(run.stdout) \(run.stderr)")
        #expect(run.stderr.contains("followup rebuild"), "\(run.stderr)")
        #expect(!run.stderr.contains("SELECT") && !run.stderr.contains("INSERT"), "no SQL: \(run.stderr)")
        #expect(run.stderr.split(separator: "\n").count <= 3, "\(run.stderr)")
        #expect(ws.inboxFiles() == ["03/03_2024_strategi.csv"], "nothing accepted into a damaged store")
        #expect(try exportBytes(ws) == exports)

        let export = try ws.followup(["export", "--year", "2024"])
        #expect(export.status == 4)
        #expect(export.stderr.contains("followup rebuild"), "\(export.stderr)")

        let rebuild = try ws.followup(["rebuild"])
        #expect(rebuild.status == 0, "\(rebuild.stderr)")
        #expect(try FollowUpStore.openReadOnly(at: storePath(ws)).factsDigest() == digest)
        #expect(try FollowUpStore.openReadOnly(at: storePath(ws)).integrityProblems().isEmpty)
        #expect(try ws.followup(["run"]).status == 0)
    }

    @Test func firstRunOnAFreshDataDirectoryWorks() throws {
        let ws = try Workspace(); defer { ws.cleanUp() }
        try ws.drop("01_2024_strategi.csv", Fixture.strategi("01", 2024), folder: "01")
        let r = try ws.followup(["run"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("Godkända: 1"))
        // A store file left empty by a run killed before its first page, with nothing archived.
        let ws2 = try Workspace(); defer { ws2.cleanUp() }
        try FileManager.default.createDirectory(at: ws2.dataDir, withIntermediateDirectories: true)
        #expect(FileManager.default.createFile(atPath: storePath(ws2), contents: Data()))
        try ws2.drop("01_2024_strategi.csv", Fixture.strategi("01", 2024), folder: "01")
        #expect(try ws2.followup(["run"]).status == 0)
    }
}
