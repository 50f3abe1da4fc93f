import Foundation
import Logging
import FollowUpModel
import Texts
import Store
#if canImport(Glibc)
import Glibc
#endif

/// What one run did, for the summary line and the run log.
public struct RunSummary: Codable, Sendable {
    public var accepted = 0
    public var rejected = 0
    public var duplicates = 0
    public var quarantined = 0
    /// Files whose outcome an earlier, interrupted run had committed; finished now.
    public var resumed = 0
    /// Files left in the inbox because they may still be uploading.
    public var stillUploading = 0
    public var yearsExported: [Int] = []
    public var exportsDir: String = ""
    public var logFile: String = ""
    public var receipts: [String] = []

    public var nothingNew: Bool { accepted + rejected + duplicates + quarantined + resumed == 0 }
}

/// The nightly run (spec/pipeline.md): lock, claim, read and validate, load, archive,
/// receipt, export — safe to kill at any instant, idempotent when nothing is new.
public final class NightlyRun {
    let env: PipelineEnvironment
    let progress: Progress
    /// Names this run's archived files: the run, the place in it, its clock (for `rebuild`).
    let archiveRun: ArchiveRun

    public init(environment: PipelineEnvironment, showProgress: Bool) {
        env = environment
        progress = Progress(enabled: showProgress)
        archiveRun = ArchiveRun(clock: environment.now)
    }

    public func run() throws -> RunSummary {
        let zones = env.zones
        try zones.create()
        let lock = try RunLock(path: zones.lock, holder: "pid \(getpid()) sedan \(SwedishTime.iso(Date()))")
        defer { withExtendedLifetime(lock) {} }

        let started = Date()
        Archive.clearStaging(in: zones.archive)  // left by a killed run; we hold the lock
        let logFile = zones.logs.appendingPathComponent("run-\(SwedishTime.stamp(started))-\(getpid()).jsonl")
        let log = Logger.forRun(file: logFile)
        try StoreCheck.beforeRun(env, log: log)  // never write into a damaged store, nor recreate a lost one
        let store = try env.openStore()
        try store.closeAbandonedRuns(finishedAt: SwedishTime.iso(started))
        let runID = try store.beginRun(startedAt: SwedishTime.iso(started))
        log.info("run-started", metadata: ["run": "\(runID)", "data_dir": "\(zones.root.path)", "now": "\(SwedishTime.iso(env.now))"])

        var summary = RunSummary()
        summary.logFile = logFile.path
        summary.exportsDir = zones.exports.path
        var counts = RunCounts()
        do {
            let listing = try Claim.list(zones.inbox, settleSeconds: env.config.settleSeconds,
                                         temporarySuffixes: env.config.temporarySuffixes, wallClock: Date())
            summary.stillUploading = listing.stillUploading.count
            for path in listing.stillUploading {
                log.info("file-skipped-uploading", metadata: ["path": "\(path)"])
            }
            for entry in listing.irregular {
                try quarantineIrregular(entry, log: log)
                summary.quarantined += 1
            }
            let loader = FileLoader(store: store, catalog: env.catalog, checker: env.checker)
            for (i, file) in listing.files.enumerated() {
                progress.show("[\(i + 1)/\(listing.files.count)] \(file.fileName)")
                let t0 = Date()
                let outcome = try process(file, runID: runID, store: store, loader: loader, log: log)
                switch outcome.0 {
                case .accepted: summary.accepted += 1
                case .rejected: summary.rejected += 1
                case .duplicate: summary.duplicates += 1
                case .quarantined: summary.quarantined += 1
                }
                if outcome.1 { summary.resumed += 1 }
                log.info("file-done", metadata: [
                    "file": "\(zones.relative(file.url))", "outcome": "\(outcome.0.rawValue)",
                    "resumed": "\(outcome.1)", "seconds": "\(Date().timeIntervalSince(t0))",
                ])
            }
            progress.clear()
            summary.yearsExported = try ExportYears.run(store: store, env: env, log: log)
            counts.accepted = summary.accepted
            counts.rejected = summary.rejected
            counts.duplicates = summary.duplicates
            counts.quarantined = summary.quarantined
            try store.finishRun(runID, finishedAt: SwedishTime.iso(Date()), status: .done, counts: counts)
        } catch {
            progress.clear()
            log.error("run-failed", metadata: ["error": "\(error)"])
            try? store.finishRun(runID, finishedAt: SwedishTime.iso(Date()), status: .failed, counts: counts)
            throw error
        }
        log.info("run-finished", metadata: [
            "run": "\(runID)", "accepted": "\(summary.accepted)", "rejected": "\(summary.rejected)",
            "duplicates": "\(summary.duplicates)", "quarantined": "\(summary.quarantined)",
            "resumed": "\(summary.resumed)", "still_uploading": "\(summary.stillUploading)",
            "years_exported": "\(summary.yearsExported.map(String.init).joined(separator: ","))",
            "seconds": "\(Date().timeIntervalSince(started))",
        ])
        return summary
    }

    /// Processes one claimed file. Order matters for crash safety: the bytes reach the
    /// archive first, then the outcome is committed, then the receipt is written, and only
    /// then does the file leave the inbox. A run killed anywhere in between finds the file
    /// again and finishes the same work.
    private func process(_ file: ClaimedFile, runID: Int64, store: FollowUpStore, loader: FileLoader,
                         log: Logger) throws -> (FileOutcome, Bool) {
        let zones = env.zones
        guard let name = file.name, let schema = env.schemaIfAttributable(name, folder: file.folder) else {
            try quarantine(file, log: log)
            return (.quarantined, false)
        }
        let staged = try Archive.stage(file.url, in: zones.archive)
        let receivedUnix = file.receivedAt.timeIntervalSince1970
        let receiptFolder = zones.receipts.appendingPathComponent(name.region, isDirectory: true)

        if let prior = try store.submission(fileName: file.fileName, sha256: staged.sha256, receivedUnix: receivedUnix) {
            // Committed by an interrupted run, whose archived copy stays the only one (its
            // name records that run): write its receipt again and let the file go.
            try FileIO.remove(staged.url)
            let archiveURL = zones.root.appendingPathComponent(prior.archivePath)
            let findings = try store.findings(ofSubmission: prior.id)
            let outcome = FileOutcome(prior.status)
            try makeReceipt(file, name: name, sha256: staged.sha256, outcome: outcome, rows: prior.rows,
                            errors: prior.errors, warnings: prior.warnings, truncated: prior.errors + prior.warnings > findings.count,
                            findings: findings, archive: archiveURL).write(into: receiptFolder, stamp: SwedishTime.stamp(file.receivedAt))
            try FileIO.remove(file.url)
            return (outcome, true)
        }
        let archiveURL = archiveRun.finalURL(in: zones.archive, name: name, fileName: file.fileName,
                                             receivedAt: file.receivedAt, sha256: staged.sha256)
        try Archive.commit(staged, to: archiveURL, modificationDate: file.receivedAt)

        let meta = SubmissionMeta(region: name.region, year: name.year, report: name.report, fileName: file.fileName,
                                  sha256: staged.sha256, sizeBytes: staged.size, receivedAt: SwedishTime.iso(file.receivedAt),
                                  receivedUnix: receivedUnix, runID: runID, archivePath: zones.relative(archiveURL),
                                  late: false)
        let result = try loader.load(source: archiveURL, fileName: file.fileName, name: name,
                                     inboxRegion: file.folder, meta: meta, schema: schema)
        let r = result.report
        let receipt = makeReceipt(file, name: name, sha256: staged.sha256, outcome: FileOutcome(result.status),
                                  rows: r.rows, errors: r.errors, warnings: r.warnings,
                                  truncated: r.findingsTruncated, findings: r.findings, archive: archiveURL)
        try receipt.write(into: receiptFolder, stamp: SwedishTime.stamp(file.receivedAt))
        try FileIO.remove(file.url)
        return (receipt.outcome, false)
    }

    private func quarantine(_ file: ClaimedFile, log: Logger) throws {
        // The checker words the reason (file-name, region-directory) exactly as `validate` would.
        let checked = try env.checker.check(fileAt: file.url, displayName: file.fileName, inboxRegion: file.folder,
                                            receivedAt: file.receivedAt,
                                            context: CrossFileContext(knownActivities: { _, _ in nil }, previousIndicatorValue: nil),
                                            rowSink: nil)
        let (sha, _) = try FileIO.sha256(of: file.url)
        let stamp = SwedishTime.stamp(file.receivedAt)
        let moved = try FileIO.moveAside(file.url, into: env.zones.quarantine, stamp: stamp)
        var r = checked.report
        if !r.findings.contains(where: { $0.code == .fileName || $0.code == .regionDirectory }) {
            r.findings.insert(Finding(code: .fileName, file: file.fileName,
                                      message: ReceiptText.unattributable(folder: file.folder)), at: 0)
            r.errors += 1
        }
        let receipt = Receipt(file: file.fileName, region: checked.name?.region, regionName: nil, year: checked.name?.year,
                              report: checked.name?.report.rawValue, receivedAt: SwedishTime.iso(file.receivedAt),
                              sha256: sha, outcome: .quarantined, rows: r.rows, errors: r.errors, warnings: r.warnings,
                              findingsTruncated: r.findingsTruncated, findings: r.findings,
                              storedAt: env.zones.relative(moved))
        try receipt.write(into: receiptFolder(for: file.folder), stamp: stamp)
        log.warning("file-quarantined", metadata: ["file": "\(file.url.path)", "to": "\(moved.path)"])
    }

    private func quarantineIrregular(_ entry: IrregularEntry, log: Logger) throws {
        let stamp = SwedishTime.stamp(env.now)
        let moved = try FileIO.moveAside(entry.url, into: env.zones.quarantine, stamp: stamp)
        let name = entry.url.lastPathComponent
        let finding = Finding(code: .fileName, file: name, message: ReceiptText.irregular(kind: entry.kind))
        let receipt = Receipt(file: name, region: nil, regionName: nil, year: nil, report: nil,
                              receivedAt: SwedishTime.iso(env.now), sha256: String(repeating: "0", count: 64),
                              outcome: .quarantined, rows: 0, errors: 1, warnings: 0, findingsTruncated: false,
                              findings: [finding], storedAt: env.zones.relative(moved))
        try receipt.write(into: receiptFolder(for: entry.folder), stamp: stamp)
        log.warning("entry-quarantined", metadata: ["path": "\(entry.url.path)", "kind": "\(entry.kind)"])
    }

    private func receiptFolder(for folder: String?) -> URL {
        let name = folder.flatMap { env.catalog.regionName($0) != nil ? $0 : nil } ?? "okand"
        return env.zones.receipts.appendingPathComponent(name, isDirectory: true)
    }

    private func makeReceipt(_ file: ClaimedFile, name: SubmissionName, sha256: String, outcome: FileOutcome,
                             rows: Int, errors: Int, warnings: Int, truncated: Bool, findings: [Finding],
                             archive: URL) -> Receipt {
        Receipt(file: file.fileName, region: name.region, regionName: env.catalog.regionName(name.region),
                year: name.year, report: name.report.rawValue, receivedAt: SwedishTime.iso(file.receivedAt),
                sha256: sha256, outcome: outcome, rows: rows, errors: errors, warnings: warnings,
                findingsTruncated: truncated, findings: findings, storedAt: env.zones.relative(archive))
    }
}

/// Shows progress on a terminal only (never on a pipe).
struct Progress {
    let enabled: Bool
    init(enabled: Bool) { self.enabled = enabled && isatty(STDERR_FILENO) == 1 }
    func show(_ text: String) {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K\(text)".utf8))
    }
    func clear() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
