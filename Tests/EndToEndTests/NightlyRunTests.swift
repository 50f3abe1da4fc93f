import Foundation
import Testing
import Store
#if canImport(Glibc)
import Glibc
#endif

/// The nightly run end to end, through the real binary, in temporary data directories.
@Suite(.serialized) struct NightlyRunTests {
    func digest(_ ws: Workspace) throws -> String {
        try FollowUpStore(path: ws.dataDir.appendingPathComponent("followup.sqlite").path).factsDigest()
    }

    func submissions(_ ws: Workspace) throws -> [StoredSubmission] {
        try FollowUpStore(path: ws.dataDir.appendingPathComponent("followup.sqlite").path).submissions()
    }

    @Test func acceptsEmptiesInboxWritesReceiptsAndSecondRunChangesNothing() throws {
        let ws = try Workspace(); defer { ws.cleanUp() }
        for region in ["01", "14"] {
            try ws.drop("\(region)_2024_insatser.csv", Fixture.insatser(region, 2024), folder: region)
            try ws.drop("\(region)_2024_finansiering.csv", Fixture.finansiering(region, 2024), folder: region)
            try ws.drop("\(region)_2024_indikatorer.csv", Fixture.indikatorer(region, 2024), folder: region)
            try ws.drop("\(region)_2024_strategi.csv", Fixture.strategi(region, 2024), folder: region)
        }
        let first = try ws.followup(["run"])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("Godkända: 8"), "\(first.stdout)")
        #expect(ws.inboxFiles().isEmpty)
        let receipts = ws.files(under: "receipts")
        #expect(receipts.filter { $0.hasSuffix(".kvitto.txt") }.count == 8)
        #expect(receipts.filter { $0.hasSuffix(".kvitto.json") }.count == 8)
        #expect(ws.files(under: "archive").count == 8)
        let receipt = try String(contentsOf: ws.dataDir.appendingPathComponent("receipts/01").appendingPathComponent(
            receipts.first { $0.hasPrefix("01/01_2024_finansiering") && $0.hasSuffix(".txt") }!.dropFirst(3).description), encoding: .utf8)
        #expect(receipt.contains("GODKÄND"))
        #expect(!receipt.contains("Rätta filen"), "the advice to correct a file is only on a rejected one")
        let before = try digest(ws)
        let exportsBefore = ws.files(under: "exports")

        let second = try ws.followup(["run"])
        #expect(second.status == 0)
        #expect(second.stdout.contains("Inget nytt"), "\(second.stdout)")
        #expect(try digest(ws) == before)
        #expect(ws.files(under: "exports") == exportsBefore)
        #expect(ws.files(under: "receipts") == receipts)
    }

    @Test func resubmissionReplacesAndHistoryKeepsBoth() throws {
        let ws = try Workspace(); defer { ws.cleanUp() }
        try ws.drop("01_2024_insatser.csv", Fixture.insatser("01", 2024, ids: ["A", "B", "C"]), folder: "01")
        #expect(try ws.followup(["run"]).status == 0)
        try ws.drop("01_2024_insatser.csv", Fixture.insatser("01", 2024, ids: ["A"]), folder: "01", mtime: "2025-02-15T10:00:00+01:00")
        #expect(try ws.followup(["run"]).status == 0)
        let subs = try submissions(ws)
        #expect(subs.count == 2)
        #expect(subs.map(\.status) == [.accepted, .accepted])
        #expect(subs.map(\.isCurrent) == [false, true])
        let store = try FollowUpStore(path: ws.dataDir.appendingPathComponent("followup.sqlite").path)
        #expect(try store.activityIDs(region: "01", year: 2024) == ["A"])
    }

    @Test func sameBytesTwiceIsADuplicateLoadedOnce() throws {
        let ws = try Workspace(); defer { ws.cleanUp() }
        let text = Fixture.insatser("01", 2024)
        try ws.drop("01_2024_insatser.csv", text, folder: "01")
        #expect(try ws.followup(["run"]).status == 0)
        let before = try FollowUpStore(path: ws.dataDir.appendingPathComponent("followup.sqlite").path).activityIDs(region: "01", year: 2024)
        try ws.drop("01_2024_insatser.csv", text, folder: "01", mtime: "2025-02-12T10:00:00+01:00")
        let r = try ws.followup(["run"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("Dubbletter: 1"), "\(r.stdout)")
        let subs = try submissions(ws)
        #expect(subs.map(\.status) == [.accepted, .duplicate])
        #expect(subs.map(\.isCurrent) == [true, false])
        let after = try FollowUpStore(path: ws.dataDir.appendingPathComponent("followup.sqlite").path).activityIDs(region: "01", year: 2024)
        #expect(after == before)
        let dupReceipt = ws.files(under: "receipts").filter { $0.hasSuffix(".json") }.sorted().last!
        let json = try String(contentsOf: ws.dataDir.appendingPathComponent("receipts").appendingPathComponent(dupReceipt), encoding: .utf8)
        #expect(json.contains("duplicate-file"))
        #expect(ws.inboxFiles().isEmpty)
    }

    @Test func rejectedNewVersionLeavesAcceptedOneInForce() throws {
        let ws = try Workspace(); defer { ws.cleanUp() }
        try ws.drop("01_2024_insatser.csv", Fixture.insatser("01", 2024, ids: ["A", "B"]), folder: "01")
        #expect(try ws.followup(["run"]).status == 0)
        let broken = Fixture.insatser("01", 2024, ids: ["A"]).replacingOccurrences(of: ",3,3.1,", with: ",7,3.1,")
        try ws.drop("01_2024_insatser.csv", broken, folder: "01", mtime: "2025-02-15T10:00:00+01:00")
        let r = try ws.followup(["run"])
        #expect(r.status == 0, "a rejected file is a normal outcome")
        #expect(r.stdout.contains("Avvisade: 1"))
        let subs = try submissions(ws)
        #expect(subs.map(\.status) == [.accepted, .rejected])
        #expect(subs.map(\.isCurrent) == [true, false])
        let store = try FollowUpStore(path: ws.dataDir.appendingPathComponent("followup.sqlite").path)
        #expect(try store.activityIDs(region: "01", year: 2024) == ["A", "B"])
        let txt = ws.files(under: "receipts").filter { $0.hasSuffix(".txt") }.sorted().last!
        let receipt = try String(contentsOf: ws.dataDir.appendingPathComponent("receipts").appendingPathComponent(txt), encoding: .utf8)
        #expect(receipt.contains("AVVISAD"))
        #expect(receipt.hasSuffix("\nRätta filen och lägg den i inkorgen igen; en ny godkänd version ersätter den gamla. Kontrollera gärna först med: followup validate FIL\n"))
        #expect(receipt.contains("rad 2"))
        #expect(receipt.contains("strategiskt_omrade"))
    }

    @Test func fileInAnotherRegionsFolderIsNeverStored() throws {
        let ws = try Workspace(); defer { ws.cleanUp() }
        try ws.drop("01_2024_insatser.csv", Fixture.insatser("01", 2024), folder: "03")
        let r = try ws.followup(["run"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("Karantän: 1"), "\(r.stdout)")
        #expect(try submissions(ws).isEmpty)
        #expect(ws.inboxFiles().isEmpty)
        #expect(ws.files(under: "quarantine").count == 1)
        let receipt = ws.files(under: "receipts").first { $0.hasPrefix("03/") && $0.hasSuffix(".json") }
        #expect(receipt != nil)
        let json = try String(contentsOf: ws.dataDir.appendingPathComponent("receipts").appendingPathComponent(receipt!), encoding: .utf8)
        #expect(json.contains("region-directory"))
    }

    @Test func symlinkOutOfTheInboxIsNotFollowed() throws {
        let ws = try Workspace(); defer { ws.cleanUp() }
        let secret = ws.root.appendingPathComponent("secret.csv")
        try Fixture.insatser("01", 2024).write(to: secret, atomically: true, encoding: .utf8)
        let dir = ws.inbox.appendingPathComponent("01")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: dir.appendingPathComponent("01_2024_insatser.csv"), withDestinationURL: secret)
        let r = try ws.followup(["run"])
        #expect(r.status == 0)
        #expect(try submissions(ws).isEmpty, "nothing read through the link")
        #expect(FileManager.default.fileExists(atPath: secret.path), "the link's target is untouched")
        let q = ws.dataDir.appendingPathComponent("quarantine")
        let moved = try FileManager.default.contentsOfDirectory(atPath: q.path)
        #expect(moved.count == 1)
        #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: q.appendingPathComponent(moved[0]).path)) != nil,
                "the link itself was quarantined")
    }

    @Test func lateFileIsAcceptedWithAWarning() throws {
        let ws = try Workspace(); defer { ws.cleanUp() }
        // 21 February 23:30 Swedish time is on time; 22 February 00:10 is late.
        try ws.drop("01_2024_strategi.csv", Fixture.strategi("01", 2024), folder: "01", mtime: "2025-02-21T23:30:00+01:00")
        try ws.drop("03_2024_strategi.csv", Fixture.strategi("03", 2024), folder: "03", mtime: "2025-02-22T00:10:00+01:00")
        #expect(try ws.followup(["run"]).status == 0)
        let subs = try submissions(ws).sorted { $0.region < $1.region }
        #expect(subs.map(\.status) == [.accepted, .accepted])
        #expect(subs.map(\.late) == [false, true])
        let json = ws.files(under: "receipts").first { $0.hasPrefix("03/") && $0.hasSuffix(".json") }!
        #expect(try String(contentsOf: ws.dataDir.appendingPathComponent("receipts").appendingPathComponent(json), encoding: .utf8)
            .contains("late-submission"))
    }

    @Test func yoyChangeAgainstStoredPreviousYear() throws {
        let ws = try Workspace(); defer { ws.cleanUp() }
        try ws.drop("01_2023_indikatorer.csv", Fixture.indikatorer("01", 2023, value: "2.0"), folder: "01", mtime: "2024-02-10T10:00:00+01:00")
        #expect(try ws.followup(["run"]).status == 0)
        try ws.drop("01_2024_indikatorer.csv", Fixture.indikatorer("01", 2024, value: "3.5"), folder: "01")
        #expect(try ws.followup(["run"]).status == 0)
        let subs = try submissions(ws)
        #expect(subs.map(\.status) == [.accepted, .accepted])
        #expect(subs.last!.warnings == 1)
        let json = ws.files(under: "receipts").filter { $0.contains("2024_indikatorer") && $0.hasSuffix(".json") }.first!
        let text = try String(contentsOf: ws.dataDir.appendingPathComponent("receipts").appendingPathComponent(json), encoding: .utf8)
        #expect(text.contains("yoy-change"))
    }

    @Test func concurrentRunExitsThree() throws {
        let ws = try Workspace(); defer { ws.cleanUp() }
        try FileManager.default.createDirectory(at: ws.dataDir, withIntermediateDirectories: true)
        let fd = open(ws.dataDir.appendingPathComponent("followup.lock").path, O_RDWR | O_CREAT, 0o644)
        #expect(fd >= 0)
        defer { close(fd) }
        #expect(flock(fd, LOCK_EX | LOCK_NB) == 0)
        _ = "pid 4242 (test)".withCString { write(fd, $0, strlen($0)) }
        let r = try ws.followup(["run"])
        #expect(r.status == 3)
        #expect(r.stderr.contains("pid 4242"), "names who holds the lock: \(r.stderr)")
    }

    @Test func usageAndConfigurationErrorsHaveTheirExitCodes() throws {
        let ws = try Workspace(); defer { ws.cleanUp() }
        #expect(try Binary.run(["run", "--no-such-flag"]).status == 2)
        #expect(try Binary.run(["export"]).status == 2)
        let badConfig = ws.root.appendingPathComponent("bad.yaml")
        try "exports:\n  formats: [pdf]\n".write(to: badConfig, atomically: true, encoding: .utf8)
        let r = try Binary.run(["run", "--config", badConfig.path, "--data-dir", ws.dataDir.path])
        #expect(r.status == 4)
        #expect(r.stderr.contains("pdf"))
    }

    @Test func rebuildGivesTheSameStore() throws {
        let ws = try Workspace(); defer { ws.cleanUp() }
        try ws.drop("01_2024_insatser.csv", Fixture.insatser("01", 2024, ids: ["A", "B"]), folder: "01")
        try ws.drop("01_2024_finansiering.csv", Fixture.finansiering("01", 2024, insats: "A"), folder: "01")
        try ws.drop("01_2024_indikatorer.csv", Fixture.indikatorer("01", 2024), folder: "01")
        try ws.drop("03_2024_strategi.csv", Fixture.strategi("03", 2024), folder: "03", mtime: "2025-02-23T09:00:00+01:00")
        #expect(try ws.followup(["run"]).status == 0)
        try ws.drop("01_2024_insatser.csv", Fixture.insatser("01", 2024, ids: ["A"]), folder: "01", mtime: "2025-02-18T10:00:00+01:00")
        try ws.drop("01_2024_indikatorer.csv", Fixture.indikatorer("01", 2024), folder: "01", mtime: "2025-02-19T10:00:00+01:00")
        try ws.drop("01_2024_strategi.csv", "region_kod,ar\n01,2024\n", folder: "01", mtime: "2025-02-19T10:00:00+01:00")
        #expect(try ws.followup(["run"]).status == 0)
        let before = try digest(ws)
        let r = try ws.followup(["rebuild"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try digest(ws) == before)
        #expect(try FollowUpStore(path: ws.dataDir.appendingPathComponent("followup.sqlite").path).integrityProblems().isEmpty)
    }
}

/// `validate --data-dir` resolves against the store as the nightly run would.
@Suite(.serialized) struct ValidateAgainstStoreTests {
    @Test func insatsIdAndYoyChangeAgainstTheStore() throws {
        let ws = try Workspace(); defer { ws.cleanUp() }
        try ws.drop("01_2024_insatser.csv", Fixture.insatser("01", 2024, ids: ["INS-1"]), folder: "01")
        try ws.drop("01_2023_indikatorer.csv", Fixture.indikatorer("01", 2023, value: "2.0"), folder: "01", mtime: "2024-02-10T10:00:00+01:00")
        #expect(try ws.followup(["run"]).status == 0)
        let dir = ws.root.appendingPathComponent("check")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let fin = dir.appendingPathComponent("01_2024_finansiering.csv")
        try Fixture.finansiering("01", 2024, insats: "INS-1").write(to: fin, atomically: true, encoding: .utf8)
        let ind = dir.appendingPathComponent("01_2024_indikatorer.csv")
        try Fixture.indikatorer("01", 2024, value: "3.5").write(to: ind, atomically: true, encoding: .utf8)
        for url in [fin, ind] { try ws.setMTime(url, "2025-02-10T10:00:00+01:00") }

        let alone = try Binary.run(["validate", "--format", "json", "--now", "2025-06-01T00:00:00+02:00", fin.path, ind.path])
        #expect(alone.status == 1, "without the store INS-1 points nowhere")
        #expect(alone.stdout.contains("foreign-key"))
        #expect(!alone.stdout.contains("yoy-change"))

        let withStore = try Binary.run(["validate", "--format", "json", "--now", "2025-06-01T00:00:00+02:00",
                                        "--data-dir", ws.dataDir.path, fin.path, ind.path])
        #expect(withStore.status == 0, "\(withStore.stdout)")
        #expect(withStore.stdout.contains("yoy-change"))
    }
}
