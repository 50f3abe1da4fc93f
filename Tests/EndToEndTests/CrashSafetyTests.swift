import Foundation
import Testing
import Store
#if canImport(Glibc)
import Glibc
#endif

/// `kill -9` at any instant leaves a consistent store, and the next run finishes the work
/// with the same result as an uninterrupted run.
@Suite(.serialized) struct CrashSafetyTests {
    static let rows = 240_000

    func prepare(_ ws: Workspace, large: String) throws {
        try ws.drop("01_2024_insatser.csv", Fixture.insatser("01", 2024), folder: "01")
        try ws.drop("01_2024_indikatorer.csv", large, folder: "01")
        try ws.drop("03_2024_strategi.csv", Fixture.strategi("03", 2024), folder: "03", mtime: "2025-02-11T10:00:00+01:00")
    }

    func store(_ ws: Workspace) throws -> FollowUpStore {
        try FollowUpStore(path: ws.dataDir.appendingPathComponent("followup.sqlite").path)
    }

    @Test func killedDuringALargeLoadIsCompletedByTheNextRun() throws {
        let large = Fixture.largeIndikatorer("01", 2024, rows: Self.rows)

        let reference = try Workspace(); defer { reference.cleanUp() }
        try prepare(reference, large: large)
        #expect(try reference.followup(["run"]).status == 0)
        let expected = try store(reference).factsDigest()
        #expect(expected.contains("RUS-01-ind"), "the large file was loaded in the reference run")

        let ws = try Workspace(); defer { ws.cleanUp() }
        try prepare(ws, large: large)
        var killedMidLoad = 0
        // Kill at several instants: once the load has started writing, and later on.
        for delayAfterWAL in [0.0, 0.3, 1.0] {
            let (p, _, _) = try Binary.start(["run", "--data-dir", ws.dataDir.path, "--now", "2025-06-01T02:30:00+02:00"])
            let wal = ws.dataDir.appendingPathComponent("followup.sqlite-wal").path
            let deadline = Date().addingTimeInterval(60)
            while p.isRunning, Date() < deadline {
                let size = (try? FileManager.default.attributesOfItem(atPath: wal)[.size] as? NSNumber)?.intValue ?? 0
                if size > 2_000_000 { break }
                usleep(5_000)
            }
            if delayAfterWAL > 0 { usleep(UInt32(delayAfterWAL * 1_000_000)) }
            if p.isRunning {
                kill(p.processIdentifier, SIGKILL)
                killedMidLoad += 1
            }
            p.waitUntilExit()
            #expect(try store(ws).integrityProblems().isEmpty, "consistent after kill -9")
            #expect(FileManager.default.fileExists(atPath: ws.inbox.appendingPathComponent("01/01_2024_indikatorer.csv").path)
                    || ws.inboxFiles().isEmpty, "the large file leaves the inbox only with its outcome committed")
        }
        #expect(killedMidLoad > 0, "at least one kill landed while the run was working")
        let final = try ws.followup(["run"])
        #expect(final.status == 0, "\(final.stderr)")
        #expect(ws.inboxFiles().isEmpty)
        #expect(try store(ws).integrityProblems().isEmpty)
        #expect(try store(ws).factsDigest() == expected)
        #expect(try FollowUpStore(path: ws.dataDir.appendingPathComponent("followup.sqlite").path)
            .submissions().filter { $0.status == .accepted }.count == 3)
    }
    /// Issue 11, item 5: killed while quarantining, no quarantined file is ever left without a
    /// receipt: the receipt is written before the move, so the next run finds the file again
    /// in the inbox and finishes the same work.
    @Test func killedWhileQuarantiningLeavesNoQuarantinedFileWithoutAReceipt() throws {
        let ws = try Workspace(); defer { ws.cleanUp() }
        let count = 400
        for i in 0..<count {
            try ws.drop("fel_\(i).csv", "a,b\n\(i),2\n", folder: i % 2 == 0 ? "01" : "zz")
        }
        let links = 40  // irregular entries are quarantined by the same order
        for i in 0..<links {
            try FileManager.default.createSymbolicLink(at: ws.inbox.appendingPathComponent("zz/lank_\(i).csv"),
                                                       withDestinationURL: ws.root.appendingPathComponent("nowhere"))
        }
        let quarantine = ws.dataDir.appendingPathComponent("quarantine")
        var kills = 0
        for threshold in [1, 20, 40, 90, 150, 220, 300] {
            let (p, _, _) = try Binary.start(["run", "--data-dir", ws.dataDir.path, "--now", "2025-06-01T02:30:00+02:00"])
            let deadline = Date().addingTimeInterval(60)
            while p.isRunning, Date() < deadline {
                let n = (try? FileManager.default.contentsOfDirectory(atPath: quarantine.path).count) ?? 0
                if n >= threshold { break }
                usleep(500)
            }
            if p.isRunning { kill(p.processIdentifier, SIGKILL); kills += 1 }
            p.waitUntilExit()
        }
        #expect(kills > 0, "at least one kill landed while the run was quarantining")
        let final = try ws.followup(["run"])
        #expect(final.status == 0, "\(final.stderr)")
        #expect(ws.inboxFiles().isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: ws.inbox.appendingPathComponent("zz").path).isEmpty)
        let moved = Set(try FileManager.default.contentsOfDirectory(atPath: quarantine.path).map { "quarantine/" + $0 })
        #expect(moved.count == count + links)
        var named: [String] = []
        for p in ws.files(under: "receipts") where p.hasSuffix(".kvitto.json") {
            let data = try Data(contentsOf: ws.dataDir.appendingPathComponent("receipts").appendingPathComponent(p))
            if let json = try JSONSerialization.jsonObject(with: data) as? [String: Any], let at = json["stored_at"] as? String {
                named.append(at)
            }
        }
        #expect(moved.subtracting(named).isEmpty, "quarantined without a receipt: \(moved.subtracting(named).sorted().prefix(5))")
        #expect(Set(named).count == named.count, "one receipt per quarantined file")
    }
}
