import Foundation
import Testing
import Store
#if canImport(Glibc)
import Glibc
#endif

/// Issue 11: whatever lies in the inbox, every entry ends archived or quarantined with its own
/// receipt, one region's folder never stops the others, and nothing blocks the run.
@Suite(.serialized) struct InboxSafetyTests {
    func submissions(_ ws: Workspace) throws -> [StoredSubmission] {
        try FollowUpStore(path: ws.dataDir.appendingPathComponent("followup.sqlite").path).submissions()
    }

    /// Every receipt's JSON, by its path under `receipts/`.
    func receipts(_ ws: Workspace) throws -> [String: [String: Any]] {
        var out: [String: [String: Any]] = [:]
        for p in ws.files(under: "receipts") where p.hasSuffix(".kvitto.json") {
            let data = try Data(contentsOf: ws.dataDir.appendingPathComponent("receipts").appendingPathComponent(p))
            out[p] = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        }
        return out
    }

    /// Creates a file whose name is the raw bytes `name` (not necessarily UTF-8) in `dir`.
    func createRaw(_ dir: URL, name: [UInt8], contents: String) throws {
        var path = Array(dir.path.utf8) + [UInt8(ascii: "/")] + name
        path.append(0)
        let fd = path.withUnsafeBufferPointer { p in
            p.baseAddress!.withMemoryRebound(to: CChar.self, capacity: p.count) { open($0, O_WRONLY | O_CREAT | O_TRUNC, 0o644) }
        }
        #expect(fd >= 0)
        _ = contents.withCString { write(fd, $0, strlen($0)) }
        var times = [timespec(tv_sec: 1_739_178_000, tv_nsec: 0), timespec(tv_sec: 1_739_178_000, tv_nsec: 0)]
        _ = futimens(fd, &times)
        close(fd)
    }

    // MARK: item 2

    @Test func aDuplicateIsOnlyOfTheSameRegionsAndReportsEarlierFile() throws {
        let ws = try Workspace(); defer { ws.cleanUp() }
        try ws.drop("14_2024_insatser.csv", Fixture.insatser("14", 2024, ids: ["OLD-1"]), folder: "14", mtime: "2025-02-01T10:00:00+01:00")
        #expect(try ws.followup(["run"]).status == 0)
        let headerOnly = String(Fixture.insatser("01", 2024, ids: []))
        try ws.drop("01_2024_insatser.csv", headerOnly, folder: "01", mtime: "2025-02-10T10:00:00+01:00")
        try ws.drop("14_2024_insatser.csv", headerOnly, folder: "14", mtime: "2025-02-11T10:00:00+01:00")
        #expect(try ws.followup(["run"]).status == 0)
        let fourteen = try submissions(ws).filter { $0.region == "14" }
        #expect(fourteen.count == 2)
        #expect(fourteen.last?.status != .duplicate, "region 14's file is not a duplicate of region 01's")
        for (path, json) in try receipts(ws) where path.hasPrefix("14/") {
            let text = String(describing: json)
            #expect(!text.contains("01_2024_insatser"), "a receipt never names another region's file: \(path)")
        }
    }

    @Test func anEmptyFileIsEmptyFileNeverDuplicate() throws {
        let ws = try Workspace(); defer { ws.cleanUp() }
        try ws.drop("01_2024_strategi.csv", "", folder: "01", mtime: "2025-02-01T10:00:00+01:00")
        #expect(try ws.followup(["run"]).status == 0)
        try ws.drop("01_2024_strategi.csv", "", folder: "01", mtime: "2025-02-02T10:00:00+01:00")
        try ws.drop("03_2024_strategi.csv", "", folder: "03", mtime: "2025-02-03T10:00:00+01:00")
        #expect(try ws.followup(["run"]).status == 0)
        let subs = try submissions(ws)
        #expect(subs.count == 3)
        #expect(subs.allSatisfy { $0.status == .rejected }, "\(subs.map(\.status))")
        let all = try receipts(ws).values.map { String(describing: $0) }
        #expect(all.count == 3)
        #expect(all.allSatisfy { $0.contains("empty-file") && !$0.contains("duplicate-file") })
    }

    // MARK: item 6

    @Test func everyProcessedEntryGetsItsOwnReceipt() throws {
        let ws = try Workspace(); defer { ws.cleanUp() }
        let text = Fixture.strategi("01", 2025)
        try ws.drop("01_2025_strategi.csv", text, folder: "01")
        try ws.drop("01_2025_strategi", text, folder: "01")
        try ws.drop("01_2025_strategi.CSV", text, folder: "01")
        try ws.drop("a.csv", text, folder: "xx")
        try ws.drop("a.csv", text, folder: "yy")
        for folder in ["xx", "yy"] {
            try FileManager.default.createSymbolicLink(at: ws.inbox.appendingPathComponent("\(folder)/l.csv"),
                                                       withDestinationURL: ws.root.appendingPathComponent("nowhere"))
        }
        let r = try ws.followup(["run"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(ws.inboxFiles().isEmpty)
        let all = try receipts(ws)
        #expect(all.count == 7, "\(all.keys.sorted())")
        #expect(ws.files(under: "receipts").filter { $0.hasSuffix(".kvitto.txt") }.count == 7)
        let stored = all.values.compactMap { $0["stored_at"] as? String }
        #expect(Set(stored).count == 7, "every receipt names its own stored copy: \(stored.sorted())")
    }

    // MARK: item 7

    @Test func longAndNonUTF8NamesEndQuarantinedWithAReceipt() throws {
        let ws = try Workspace(); defer { ws.cleanUp() }
        let long = String(repeating: "x", count: 251) + ".csv"
        #expect(long.utf8.count == 255)
        try ws.drop(long, "a,b\n1,2\n", folder: "01")
        let dir = ws.inbox.appendingPathComponent("01")
        try createRaw(dir, name: Array("caf".utf8) + [0xE9] + Array(".csv".utf8), contents: "a,b\n")
        try ws.drop("03_2024_strategi.csv", Fixture.strategi("03", 2024), folder: "03")
        let r = try ws.followup(["run"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("Godkända: 1"), "\(r.stdout)")
        #expect(r.stdout.contains("Karantän: 2"), "\(r.stdout)")
        let left = try FileManager.default.contentsOfDirectory(atPath: dir.path)
        #expect(left.isEmpty && ws.inboxFiles().isEmpty, "\(left)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: ws.dataDir.appendingPathComponent("quarantine").path).count == 2)
        let quarantined = try receipts(ws).values.filter { ($0["outcome"] as? String) == "karantan" }
        let names = quarantined.compactMap { $0["file"] as? String }
        #expect(names.contains(long), "\(names)")
        #expect(names.contains("caf\\xE9.csv"), "\(names)")
        #expect(Set(quarantined.compactMap { $0["stored_at"] as? String }).count == 2)
        let again = try ws.followup(["run"])
        #expect(again.status == 0)
        #expect(again.stdout.contains("Inget nytt"), "\(again.stdout)")
    }

    // MARK: item 9

    @Test func validateOnAFIFOReturnsPromptlyWithAClearError() throws {
        let ws = try Workspace(); defer { ws.cleanUp() }
        let fifo = ws.root.appendingPathComponent("01_2024_insatser.csv")
        #expect(mkfifo(fifo.path, 0o644) == 0)
        let (p, out, err) = try Binary.start(["validate", fifo.path])
        let deadline = Date().addingTimeInterval(20)
        while p.isRunning, Date() < deadline { usleep(20_000) }
        let blocked = p.isRunning
        if blocked { kill(p.processIdentifier, SIGKILL) }
        p.waitUntilExit()
        #expect(!blocked, "validate on a FIFO must not block")
        _ = out.fileHandleForReading.readDataToEndOfFile()
        let e = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(p.terminationStatus != 0)
        #expect(e.contains("vanlig fil"), "\(e)")
    }

    @Test func aRunWithAFIFOInTheInboxFinishes() throws {
        let ws = try Workspace(); defer { ws.cleanUp() }
        try ws.drop("03_2024_strategi.csv", Fixture.strategi("03", 2024), folder: "03")
        let dir = ws.inbox.appendingPathComponent("01")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        #expect(mkfifo(dir.appendingPathComponent("01_2024_insatser.csv").path, 0o644) == 0)
        let (p, out, _) = try Binary.start(["run", "--data-dir", ws.dataDir.path, "--now", "2025-06-01T02:30:00+02:00"])
        let deadline = Date().addingTimeInterval(60)
        while p.isRunning, Date() < deadline { usleep(20_000) }
        let blocked = p.isRunning
        if blocked { kill(p.processIdentifier, SIGKILL) }
        p.waitUntilExit()
        #expect(!blocked)
        let o = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(p.terminationStatus == 0)
        #expect(o.contains("Karantän: 1"), "\(o)")
        #expect(try receipts(ws).values.contains { ($0["outcome"] as? String) == "karantan" })
    }

    // MARK: item 10

    func chattr(_ flag: String, _ url: URL) -> Bool {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/chattr")
        p.arguments = [flag, url.path]
        p.standardError = FileHandle.nullDevice
        guard (try? p.run()) != nil else { return false }
        p.waitUntilExit()
        return p.terminationStatus == 0
    }

    @Test func aFolderTheRunCannotWriteIsSkippedAndTheOthersGoOn() throws {
        let ws = try Workspace(); defer { ws.cleanUp() }
        try ws.drop("01_2024_insatser.csv", Fixture.insatser("01", 2024), folder: "01")
        try ws.drop("03_2024_strategi.csv", Fixture.strategi("03", 2024), folder: "03")
        try ws.drop("04_2024_strategi.csv", Fixture.strategi("04", 2024), folder: "04")
        let locked = ws.inbox.appendingPathComponent("01")
        let lockedFile = ws.inbox.appendingPathComponent("04/04_2024_strategi.csv")
        // As root (CI) the folder and one file are made immutable; otherwise a read-only
        // folder does (permissions bind a normal user) and the file case is left to
        // `NightlyRunHookTests`.
        let immutable = chattr("+i", locked) && chattr("+i", lockedFile)
        if !immutable {
            _ = chattr("-i", locked)
            #expect(getuid() != 0, "chattr +i works for root on this file system")
            #expect(chmod(locked.path, 0o555) == 0)
        }
        func unlock() {
            if immutable { _ = chattr("-i", locked); _ = chattr("-i", lockedFile) } else { _ = chmod(locked.path, 0o755) }
        }
        defer { unlock() }
        let r = try ws.followup(["run"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("inbox/01"), "a loud line names the folder: \(r.stderr)")
        #expect(r.stdout.contains("Hoppade över: \(immutable ? 2 : 1)"), "\(r.stdout)")
        #expect(FileManager.default.fileExists(atPath: ws.dataDir.appendingPathComponent("exports/2024").path), "exports happen")
        let subs = try submissions(ws)
        #expect(subs.contains { $0.region == "03" && $0.status == .accepted })
        #expect(!subs.contains { $0.region == "01" }, "nothing of the skipped folder is processed")
        let again = try ws.followup(["run"])
        #expect(again.status == 0, "\(again.stderr)")
        unlock()
        let third = try ws.followup(["run"])
        #expect(third.status == 0)
        #expect(ws.inboxFiles().isEmpty)
        #expect(try submissions(ws).filter { $0.status == .accepted }.count == 3)
    }

    // MARK: item 16

    @Test func leftoverTemporaryFilesAreRemovedAtTheNextStart() throws {
        let ws = try Workspace(); defer { ws.cleanUp() }
        try ws.drop("03_2024_strategi.csv", Fixture.strategi("03", 2024), folder: "03")
        #expect(try ws.followup(["run"]).status == 0)
        let receiptsDir = ws.dataDir.appendingPathComponent("receipts/03")
        let exportsDir = ws.dataDir.appendingPathComponent("exports/2024")
        let leftovers = [receiptsDir.appendingPathComponent(".x.kvitto.json.4242.tmp"),
                         exportsDir.appendingPathComponent(".jamforelse.csv.4242-123456.tmp")]
        let keep = [receiptsDir.appendingPathComponent("anteckning.txt"), exportsDir.appendingPathComponent(".tmp")]
        for url in leftovers + keep { try Data("x".utf8).write(to: url) }
        #expect(try ws.followup(["run"]).status == 0)
        for url in leftovers { #expect(!FileManager.default.fileExists(atPath: url.path), "\(url.lastPathComponent) removed") }
        for url in keep { #expect(FileManager.default.fileExists(atPath: url.path), "\(url.lastPathComponent) kept") }
    }

    @Test func anEmptyTemporarySuffixIsAConfigurationError() throws {
        let ws = try Workspace(); defer { ws.cleanUp() }
        let config = ws.root.appendingPathComponent("c.yaml")
        try "temporary_suffixes: ['.part', '']\n".write(to: config, atomically: true, encoding: .utf8)
        let r = try Binary.run(["run", "--config", config.path, "--data-dir", ws.dataDir.path])
        #expect(r.status == 4)
        #expect(r.stderr.contains("temporary_suffixes"), "\(r.stderr)")
    }

    @Test func anInvalidSchemaPatternIsRefusedAtStart() throws {
        let ws = try Workspace(); defer { ws.cleanUp() }
        let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let schemas = ws.root.appendingPathComponent("Schemas")
        try FileManager.default.copyItem(at: repo.appendingPathComponent("Schemas"), to: schemas)
        let file = schemas.appendingPathComponent("insatser.2020.schema.json")
        var json = try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as! [String: Any]
        var fields = json["fields"] as! [[String: Any]]
        let i = fields.firstIndex { ($0["name"] as? String) == "insats_id" }!
        var constraints = fields[i]["constraints"] as? [String: Any] ?? [:]
        constraints["pattern"] = "^(INS[-"
        fields[i]["constraints"] = constraints
        json["fields"] = fields
        try JSONSerialization.data(withJSONObject: json).write(to: file)
        let sample = ws.root.appendingPathComponent("01_2024_insatser.csv")
        try Fixture.insatser("01", 2024).write(to: sample, atomically: true, encoding: .utf8)
        for args in [["run", "--schemas", schemas.path, "--data-dir", ws.dataDir.path],
                     ["validate", "--schemas", schemas.path, sample.path]] {
            let r = try Binary.run(args)
            #expect(r.status == 4, "\(args[0]): \(r.stdout) \(r.stderr)")
            #expect(r.stderr.contains("insatser.2020.schema.json") && r.stderr.contains("insats_id") && r.stderr.contains("^(INS[-"),
                    "\(args[0]): \(r.stderr)")
        }
    }

    @Test func aModificationTimeInTheFutureDoesNotKeepAFileUploadingForEver() throws {
        let ws = try Workspace(); defer { ws.cleanUp() }
        try ws.drop("03_2024_strategi.csv", Fixture.strategi("03", 2024), folder: "03", mtime: "2099-01-01T00:00:00+01:00")
        let config = ws.root.appendingPathComponent("c.yaml")
        try "settle_seconds: 0\n".write(to: config, atomically: true, encoding: .utf8)
        let first = try ws.followup(["run", "--config", config.path])
        #expect(first.status == 0)
        #expect(first.stdout.contains("laddas fortfarande upp") || first.stdout.contains("Godkända: 1"), "\(first.stdout)")
        let logs = ws.files(under: "logs").map { (try? String(contentsOf: ws.dataDir.appendingPathComponent("logs/\($0)"), encoding: .utf8)) ?? "" }
        #expect(logs.joined().contains("mtime-in-future"), "a note in the log")
        if !ws.inboxFiles().isEmpty {
            let second = try ws.followup(["run", "--config", config.path])
            #expect(second.status == 0)
        }
        #expect(ws.inboxFiles().isEmpty)
        let subs = try submissions(ws)
        #expect(subs.map(\.status) == [.accepted])
        #expect(!(subs.first?.receivedAt.hasPrefix("2099") ?? true), "received now, not in 2099")
    }

    @Test func afterAFailedExportTheNextRunSaysItExportsWhatWasPending() throws {
        let ws = try Workspace(); defer { ws.cleanUp() }
        try ws.drop("03_2024_strategi.csv", Fixture.strategi("03", 2024), folder: "03")
        let blocker = ws.dataDir.appendingPathComponent("exports/2024")
        try FileManager.default.createDirectory(at: blocker.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("not a folder".utf8).write(to: blocker)
        let failed = try ws.followup(["run"])
        #expect(failed.status == 4, "\(failed.stdout) \(failed.stderr)")
        try FileManager.default.removeItem(at: blocker)
        let next = try ws.followup(["run"])
        #expect(next.status == 0, "\(next.stderr)")
        #expect(!next.stdout.contains("Inget har ändrats"), "\(next.stdout)")
        #expect(next.stdout.contains("väntade"), "\(next.stdout)")
        #expect(next.stdout.contains("2024"))
        #expect(FileManager.default.fileExists(atPath: blocker.path))
    }
}
