import Foundation
import Testing
import Store

/// `rebuild` gives the store the runs gave (issue 11, item 3): it replays run by run, each
/// run's files in the order that run processed them, with that run's clock.
@Suite(.serialized) struct RebuildReplayTests {
    func store(_ ws: Workspace) throws -> FollowUpStore {
        try FollowUpStore.openReadOnly(at: ws.dataDir.appendingPathComponent("followup.sqlite").path)
    }

    /// The facts plus every submission's findings: what regions were told.
    func history(_ ws: Workspace) throws -> String {
        let s = try store(ws)
        var out = try s.factsDigest()
        for sub in try s.submissions() {
            out += "\(sub.fileName) \(sub.receivedAt) \(sub.status) errors=\(sub.errors) warnings=\(sub.warnings) current=\(sub.isCurrent)\n"
            for f in try s.findings(ofSubmission: sub.id) {
                out += "  \(f.code.rawValue) \(f.line.map(String.init) ?? "-") \(f.column ?? "-") \(f.message)\n"
            }
        }
        return out
    }

    /// Night 1: a funding file whose activities have not arrived is rejected. Night 2: the
    /// activities arrive. The funding file stays rejected, also after `rebuild`.
    @Test func fundingRejectedBeforeItsActivitiesStaysRejectedOnRebuild() throws {
        let ws = try Workspace(); defer { ws.cleanUp() }
        try ws.drop("01_2024_finansiering.csv", Fixture.finansiering("01", 2024, insats: "INS-1"), folder: "01",
                    mtime: "2025-02-10T10:00:00+01:00")
        let night1 = try ws.followup(["run"], now: "2025-02-11T02:30:00+01:00")
        #expect(night1.status == 0, "\(night1.stderr)")
        #expect(night1.stdout.contains("Avvisade: 1"), "\(night1.stdout)")
        try ws.drop("01_2024_insatser.csv", Fixture.insatser("01", 2024, ids: ["INS-1", "INS-2"]), folder: "01",
                    mtime: "2025-02-11T10:00:00+01:00")
        let night2 = try ws.followup(["run"], now: "2025-02-12T02:30:00+01:00")
        #expect(night2.status == 0, "\(night2.stderr)")
        #expect(night2.stdout.contains("Godkända: 1"), "\(night2.stdout)")
        let before = try history(ws)
        #expect(try store(ws).submissions().map(\.status) == [.rejected, .accepted])

        let r = try ws.followup(["rebuild"], now: "2025-06-01T02:30:00+02:00")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try store(ws).submissions().map(\.status) == [.rejected, .accepted])
        #expect(try history(ws) == before)
    }

    /// Two versions received across the autumn change of Swedish time: 02:30 summer time
    /// (00:30 UTC), then 02:10 winter time (01:10 UTC). The later one is in force after the
    /// runs and after `rebuild`.
    @Test func versionsAcrossTheAutumnTimeChangeReplayInTheirOrder() throws {
        let ws = try Workspace(); defer { ws.cleanUp() }
        try ws.drop("01_2025_insatser.csv", Fixture.insatser("01", 2025, ids: ["A", "B", "C"]), folder: "01",
                    mtime: "2025-10-26T02:30:00+02:00")
        #expect(try ws.followup(["run"], now: "2025-10-26T02:45:00+02:00").status == 0)
        try ws.drop("01_2025_insatser.csv", Fixture.insatser("01", 2025, ids: ["A"]), folder: "01",
                    mtime: "2025-10-26T02:10:00+01:00")
        #expect(try ws.followup(["run"], now: "2025-10-26T02:20:00+01:00").status == 0)
        #expect(try store(ws).activityIDs(region: "01", year: 2025) == ["A"])
        let before = try history(ws)

        let r = try ws.followup(["rebuild"], now: "2025-11-01T02:30:00+01:00")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try store(ws).activityIDs(region: "01", year: 2025) == ["A"], "the later version stays in force")
        #expect(try history(ws) == before)
        #expect(ws.files(under: "archive").allSatisfy { $0.contains("Z_") }, "archive names carry UTC: \(ws.files(under: "archive"))")
    }

    /// `rebuild --now` earlier than the latest archived run is refused: it would drop the
    /// later years (their files' year is after the clock) and leave their exports stale.
    @Test func rebuildWithAClockBeforeTheArchivedRunsIsRefused() throws {
        let ws = try Workspace(); defer { ws.cleanUp() }
        try ws.drop("01_2024_insatser.csv", Fixture.insatser("01", 2024), folder: "01", mtime: "2025-02-10T10:00:00+01:00")
        #expect(try ws.followup(["run"], now: "2025-06-01T02:30:00+02:00").status == 0)
        try ws.drop("01_2025_insatser.csv", Fixture.insatser("01", 2025), folder: "01", mtime: "2026-02-10T10:00:00+01:00")
        #expect(try ws.followup(["run"], now: "2026-06-01T02:30:00+02:00").status == 0)
        let before = try history(ws)
        let exports = ws.files(under: "exports")
        #expect(exports.contains { $0.hasPrefix("2025/") })

        let early = try ws.followup(["rebuild"], now: "2025-06-01T02:30:00+02:00")
        #expect(early.status == 2, "refused as a wrong --now: \(early.status) \(early.stdout) \(early.stderr)")
        #expect(early.stderr.contains("--now"), "\(early.stderr)")
        #expect(try history(ws) == before, "nothing changed")
        #expect(ws.files(under: "exports") == exports)

        let later = try ws.followup(["rebuild"], now: "2026-07-01T02:30:00+02:00")
        #expect(later.status == 0, "\(later.stderr)")
        #expect(try history(ws) == before)
        #expect(try store(ws).activityIDs(region: "01", year: 2025) != nil)
    }

    /// Each run is replayed with its own clock: a file of a year that was current when it
    /// came stays accepted whatever clock `rebuild` itself has (here: none given, the
    /// wall clock).
    @Test func eachRunIsReplayedWithItsOwnClock() throws {
        let ws = try Workspace(); defer { ws.cleanUp() }
        try ws.drop("01_2024_strategi.csv", Fixture.strategi("01", 2024), folder: "01", mtime: "2025-02-10T10:00:00+01:00")
        #expect(try ws.followup(["run"], now: "2025-02-11T02:30:00+01:00").status == 0)
        let before = try history(ws)
        let r = try Binary.run(["rebuild", "--data-dir", ws.dataDir.path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try history(ws) == before)
    }

    /// An archive written before runs were named in it (`<local time>_<sha>_<name>`) is
    /// still replayed, oldest first, activities before funding.
    @Test func oldStyleArchiveNamesAreStillRead() throws {
        let ws = try Workspace(); defer { ws.cleanUp() }
        try ws.drop("01_2024_insatser.csv", Fixture.insatser("01", 2024, ids: ["INS-1"]), folder: "01",
                    mtime: "2025-02-10T10:00:00+01:00")
        try ws.drop("01_2024_finansiering.csv", Fixture.finansiering("01", 2024, insats: "INS-1"), folder: "01",
                    mtime: "2025-02-10T11:00:00+01:00")
        #expect(try ws.followup(["run"]).status == 0)
        try ws.drop("01_2024_insatser.csv", Fixture.insatser("01", 2024, ids: ["INS-1", "INS-9"]), folder: "01",
                    mtime: "2025-02-12T10:00:00+01:00")
        #expect(try ws.followup(["run"]).status == 0)
        let before = try FollowUpStore.openReadOnly(at: ws.dataDir.appendingPathComponent("followup.sqlite").path).factsDigest()

        // Rename every archived file to the old naming: local time without offset.
        let fm = FileManager.default
        let local = DateFormatter()
        local.locale = Locale(identifier: "en_US_POSIX")
        local.timeZone = TimeZone(identifier: "Europe/Stockholm")
        local.dateFormat = "yyyyMMdd'T'HHmmss"
        var renamed = 0
        for rel in ws.files(under: "archive") {
            let url = ws.dataDir.appendingPathComponent("archive").appendingPathComponent(rel)
            let parts = url.lastPathComponent.split(separator: "_", maxSplits: 4).map(String.init)
            guard parts.count == 5 else { continue }
            let received = try #require(fm.attributesOfItem(atPath: url.path)[.modificationDate] as? Date)
            let old = url.deletingLastPathComponent().appendingPathComponent("\(local.string(from: received))_\(parts[3])_\(parts[4])")
            try fm.moveItem(at: url, to: old)
            renamed += 1
        }
        #expect(renamed == 3)
        let r = try ws.followup(["rebuild"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("3 filer"), "\(r.stdout)")
        #expect(try FollowUpStore.openReadOnly(at: ws.dataDir.appendingPathComponent("followup.sqlite").path).factsDigest() == before)
    }

    /// A run killed (or failed) after archiving a file but before committing its outcome,
    /// whose file the region then took back: no run's outcome came from that copy, so
    /// neither the next run's archive nor `rebuild` counts it (it is set aside to
    /// `archive/.uncommitted/`).
    @Test(arguments: [("run", false), ("rebuild", false), ("run", true)])
    func aCopyArchivedButNeverCommittedIsNotReplayed(_ firstCommand: String, runFailed: Bool) throws {
        let ws = try Workspace(); defer { ws.cleanUp() }
        try ws.drop("01_2024_insatser.csv", Fixture.insatser("01", 2024, ids: ["A", "B"]), folder: "01")
        #expect(try ws.followup(["run"]).status == 0)
        let before = try history(ws)

        // The killed run: its row stays `running`; its archived copy is named by it.
        let iso = ISO8601DateFormatter()
        iso.timeZone = TimeZone(identifier: "Europe/Stockholm")
        do {
            let writable = try FollowUpStore(path: ws.dataDir.appendingPathComponent("followup.sqlite").path)
            let id = try writable.beginRun(startedAt: iso.string(from: Date()))
            if runFailed {
                try writable.finishRun(id, finishedAt: iso.string(from: Date()), status: .failed, counts: RunCounts())
            }
        }
        let utc = DateFormatter()
        utc.locale = Locale(identifier: "en_US_POSIX")
        utc.timeZone = TimeZone(identifier: "UTC")
        utc.dateFormat = "yyyyMMdd'T'HHmmss.SSS'Z'"
        let stamp = utc.string(from: Date().addingTimeInterval(0.5))
        let orphan = ws.dataDir.appendingPathComponent("archive/01/2024/\(stamp)-000001_20250601T003000.000Z_20250212T090000Z_00112233445566aa_01_2024_insatser.csv")
        try Fixture.insatser("01", 2024, ids: ["Z"]).write(to: orphan, atomically: true, encoding: .utf8)

        let first = try ws.followup([firstCommand])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(!FileManager.default.fileExists(atPath: orphan.path), "set aside")
        #expect(ws.files(under: "archive").contains { $0.hasPrefix(".uncommitted/01/2024/") })
        let rebuild = try ws.followup(["rebuild"])
        #expect(rebuild.status == 0, "\(rebuild.stderr)")
        #expect(try store(ws).activityIDs(region: "01", year: 2024) == ["A", "B"])
        #expect(try history(ws) == before)
    }
}
