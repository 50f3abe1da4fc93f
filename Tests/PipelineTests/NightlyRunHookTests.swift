import Foundation
import Testing
@testable import Pipeline
#if canImport(Glibc)
import Glibc
#endif

/// The nightly run in process, with hooks injected into one run (never a global switch) to
/// act at exact instants: a region replacing its upload during the load, a FIFO swapped in
/// after the claim.
@Suite(.serialized) struct NightlyRunHookTests {
    static let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    struct Data_ {
        let root: URL
        var inbox: URL { root.appendingPathComponent("inbox") }
        init() throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("followup-hooks-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        }
        func env() throws -> PipelineEnvironment {
            var c = PipelineConfiguration()
            c.dataDir = root.path
            c.schemasDir = NightlyRunHookTests.repo.appendingPathComponent("Schemas").path
            c.exports.formats = ["csv"]
            return try PipelineEnvironment(config: c, now: ISO8601DateFormatter().date(from: "2025-06-01T02:30:00+02:00"))
        }
        @discardableResult
        func drop(_ name: String, _ text: String, folder: String, mtime: TimeInterval = 1_739_178_000) throws -> URL {
            let dir = inbox.appendingPathComponent(folder)
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            let url = dir.appendingPathComponent(name)
            try Data(text.utf8).write(to: url)
            try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: mtime)], ofItemAtPath: url.path)
            return url
        }
        func receipts() -> [String] {
            let e = FileManager.default.enumerator(atPath: root.appendingPathComponent("receipts").path)
            var out: [String] = []
            while let p = e?.nextObject() as? String { if p.hasSuffix(".kvitto.json") { out.append(p) } }
            return out.sorted()
        }
        func cleanUp() { try? FileManager.default.removeItem(at: root) }
    }

    static func strategi(_ region: String, _ year: Int, name: String = "Regional utvecklingsstrategi 2030") -> String {
        "region_kod,ar,rus_namn,antagen_ar,giltig_till_ar,oversyn_pagar,antal_handlingsplaner,agenda2030_integrerad,antal_analyser,antal_utvarderingar\n"
            + "\(region),\(year),\(name),2019,2030,nej,3,ja,2,1\n"
    }

    // MARK: item 1

    @Test func anUploadReplacedDuringItsLoadSurvivesForTheNextRun() throws {
        let d = try Data_(); defer { d.cleanUp() }
        let url = try d.drop("01_2024_strategi.csv", Self.strategi("01", 2024), folder: "01")
        var hooks = RunHooks()
        var replaced = 0
        hooks.beforeRemoval = { removing in
            guard removing.lastPathComponent == url.lastPathComponent, replaced == 0 else { return }
            replaced += 1
            // The region moves a corrected version into place under the same name.
            let tmp = url.deletingLastPathComponent().appendingPathComponent(".upload.tmp")
            try Data(Self.strategi("01", 2024, name: "Ny strategi").utf8).write(to: tmp)
            try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: 1_739_264_400)], ofItemAtPath: tmp.path)
            #expect(rename(tmp.path, url.path) == 0)
        }
        let first = try NightlyRun(environment: d.env(), showProgress: false, hooks: hooks).run()
        #expect(replaced == 1)
        #expect(first.accepted == 1)
        #expect(FileManager.default.fileExists(atPath: url.path), "the replacement stays in the inbox")
        #expect((try? String(contentsOf: url, encoding: .utf8))?.contains("Ny strategi") == true)

        let second = try NightlyRun(environment: d.env(), showProgress: false).run()
        #expect(second.accepted == 1, "the replacement is processed by the next run")
        #expect(!FileManager.default.fileExists(atPath: url.path))
        #expect(d.receipts().count == 2)
    }

    // MARK: item 10

    @Test func aFileThatCannotLeaveTheInboxIsSkippedAndTheRunGoesOn() throws {
        struct CannotUnlink: Error {}
        let d = try Data_(); defer { d.cleanUp() }
        let stuck = try d.drop("01_2024_strategi.csv", Self.strategi("01", 2024), folder: "01")
        let other = try d.drop("03_2024_strategi.csv", Self.strategi("03", 2024), folder: "03")
        var hooks = RunHooks()
        hooks.beforeRemoval = { url in if url.path == stuck.path { throw CannotUnlink() } }
        let s = try NightlyRun(environment: d.env(), showProgress: false, hooks: hooks).run()
        #expect(s.accepted == 2)
        #expect(s.skipped == 1)
        #expect(s.yearsExported == [2024], "exports happen")
        #expect(FileManager.default.fileExists(atPath: stuck.path))
        #expect(!FileManager.default.fileExists(atPath: other.path))
        let next = try NightlyRun(environment: d.env(), showProgress: false).run()
        #expect(next.resumed == 1 && next.skipped == 0)
        #expect(!FileManager.default.fileExists(atPath: stuck.path))
        #expect(d.receipts().count == 2, "the receipt written again has the same name")
    }

    // MARK: item 9

    @Test func aFIFOSwappedInAfterTheClaimDoesNotBlockTheRun() throws {
        let d = try Data_(); defer { d.cleanUp() }
        let url = try d.drop("01_2024_strategi.csv", Self.strategi("01", 2024), folder: "01")
        try d.drop("03_2024_strategi.csv", Self.strategi("03", 2024), folder: "03")
        var hooks = RunHooks()
        hooks.afterClaim = { _ in
            try FileManager.default.removeItem(at: url)
            #expect(mkfifo(url.path, 0o644) == 0)
        }
        let env = try d.env()
        let done = DispatchSemaphore(value: 0)
        final class Outcome: @unchecked Sendable { var summary: RunSummary?; var failure: Error? }
        let outcome = Outcome()
        let run = NightlyRun(environment: env, showProgress: false, hooks: hooks)
        Thread.detachNewThread {
            do { outcome.summary = try run.run() } catch { outcome.failure = error }
            done.signal()
        }
        let finished = done.wait(timeout: .now() + 30) == .success
        if !finished {
            // Release the blocked reader so the process can end.
            let fd = open(url.path, O_WRONLY | O_NONBLOCK)
            if fd >= 0 { close(fd) }
            _ = done.wait(timeout: .now() + 5)
        }
        #expect(finished, "the run must not block on a FIFO")
        #expect(outcome.failure == nil, "\(String(describing: outcome.failure))")
        #expect(outcome.summary?.accepted == 1, "the other region's file is processed")
        // The FIFO is handled by the next run like any irregular entry: quarantined with a receipt.
        let next = try NightlyRun(environment: env, showProgress: false).run()
        #expect(next.quarantined == 1)
        #expect(!FileManager.default.fileExists(atPath: url.path))
    }

    // MARK: item 7, 16

    @Test func safeNamesAreBoundedEscapedAndDistinct() {
        #expect(SafeName.display(Array("caf".utf8) + [0xE9] + Array(".csv".utf8)) == "caf\\xE9.csv")
        #expect(SafeName.display(Array("å.csv".utf8)) == "å.csv")
        let long = String(repeating: "å", count: 127) + ".csv"
        let a = SafeName.component(long), b = SafeName.component(long + "x")
        #expect(a.utf8.count <= 120 && b.utf8.count <= 120)
        #expect(a != b)
        #expect(SafeName.component("a\nb/c%.csv") == "a%0Ab%2Fc%25.csv")
        #expect(SafeName.component("01_2024_insatser.csv") == "01_2024_insatser.csv")
    }

    @Test func onlyOurOwnTemporaryNamesAreLeftovers() {
        for name in [".x.kvitto.json.4242.tmp", ".jamforelse.csv.4242-123456.tmp"] { #expect(FileIO.isOurTemporaryName(name)) }
        for name in [".tmp", "x.4242.tmp", ".x.tmp", ".x.42a.tmp", ".x.4242.tmp.csv", "anteckning.txt", "..4242.tmp"] {
            #expect(!FileIO.isOurTemporaryName(name), "\(name)")
        }
    }

    // MARK: item 11

    @Test func aLogSinkThatFailsReportsOnceAndTheRunGoesOn() throws {
        var reports: [String] = []
        let sink = JSONLinesLogHandler.Sink(url: URL(fileURLWithPath: "/dev/full"), reportFailure: { reports.append($0) })
        for i in 0..<5 { sink.write(Data("{\"i\":\(i)}\n".utf8)) }
        #expect(reports.count == 1, "\(reports)")
        #expect(reports.first?.contains("/dev/full") == true)
    }
}
