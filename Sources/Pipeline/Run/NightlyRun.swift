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
    /// Folders and files the run could not write (read-only, immutable): left where they
    /// are, each named by a warning in the log; the rest of the run goes on.
    public var skipped = 0
    public var yearsExported: [Int] = []
    public var exportsDir: String = ""
    public var logFile: String = ""
    public var receipts: [String] = []
    /// Messages handed to `sendmail`, and those it did not take (`mail:`; never the run's failure).
    public var mailSent = 0
    public var mailFailed = 0

    public var nothingNew: Bool { accepted + rejected + duplicates + quarantined + resumed == 0 }
}

/// Actions injected into one run at exact instants, for tests (never a global switch):
/// a region replacing its upload during the load, a FIFO swapped in after the claim.
public struct RunHooks: @unchecked Sendable {
    /// After the inbox is listed, before any entry is touched.
    public var afterClaim: ((InboxListing) throws -> Void)?
    /// Just before a processed file leaves the inbox (its outcome and receipt are written).
    public var beforeRemoval: ((URL) throws -> Void)?
    public init() {}
}

/// The nightly run (spec/pipeline.md): lock, claim, read and validate, load, archive,
/// receipt, export — safe to kill at any instant, idempotent when nothing is new.
public final class NightlyRun {
    let env: PipelineEnvironment
    let progress: Progress
    let hooks: RunHooks
    /// Names this run's archived files: the run, the place in it, its clock (for `rebuild`).
    let archiveRun: ArchiveRun
    /// What the executable adds to the run's e-mail (the portal's address and accounts).
    public var mailContext = MailContext()
    /// The receipts this run wrote, for the e-mail at its end.
    var writtenReceipts: [WrittenReceipt] = []

    public init(environment: PipelineEnvironment, showProgress: Bool, hooks: RunHooks = RunHooks()) {
        env = environment
        progress = Progress(enabled: showProgress)
        self.hooks = hooks
        archiveRun = ArchiveRun(clock: environment.now)
    }

    public func run() throws -> RunSummary {
        let zones = env.zones
        do {
            try ZoneAccess.check(zones, allowOtherOwner: env.allowOtherOwner)  // before anything is created
            try zones.create()
        } catch {
            // No log can be written; the metrics still say that the run failed.
            Metrics.write(env, summary: RunSummary(), started: Date(), success: false, log: nil)
            throw error
        }
        let lock = try RunLock(path: zones.lock, holder: "pid \(getpid()) sedan \(SwedishTime.iso(Date()))")
        defer { withExtendedLifetime(lock) {} }

        let started = Date()
        Archive.clearStaging(in: zones.archive)  // left by a killed run; we hold the lock
        let leftovers = FileIO.removeLeftoverTemporaries(under: zones.receipts)
            + FileIO.removeLeftoverTemporaries(under: zones.exports)
        let logFile = zones.logs.appendingPathComponent("run-\(UTCStamp.seconds(started))-\(getpid()).jsonl")
        let log = Logger.forRun(file: logFile)
        var summary = RunSummary()
        summary.logFile = logFile.path
        summary.exportsDir = zones.exports.path
        do {
            try StoreCheck.beforeRun(env, log: log)  // never write into a damaged store, nor recreate a lost one
            try Backups.beforeRun(env, log: log)
        } catch {
            log.error("run-failed", metadata: ["error": "\(error)"])
            Metrics.write(env, summary: summary, started: started, success: false, log: log)
            throw error
        }
        let store = try env.openStore()
        try store.closeAbandonedRuns(finishedAt: SwedishTime.iso(started))
        let runID = try store.beginRun(startedAt: SwedishTime.iso(started))
        log.info("run-started", metadata: ["run": .stringConvertible(runID), "data_dir": "\(zones.root.path)", "now": "\(SwedishTime.iso(env.now))"])
        for path in leftovers { log.info("leftover-removed", metadata: ["path": "\(path)"]) }

        var counts = RunCounts()
        do {
            let listing = try Claim.list(zones.inbox, settleSeconds: env.config.settleSeconds,
                                         temporarySuffixes: env.config.temporarySuffixes, wallClock: Date())
            try hooks.afterClaim?(listing)
            summary.stillUploading = listing.stillUploading.count
            for path in listing.stillUploading {
                log.info("file-skipped-uploading", metadata: ["path": "\(path)"])
            }
            for path in listing.futureMTimes {
                log.notice("mtime-in-future", metadata: ["path": "\(path)", "note": "modification time after now: taken as now"])
            }
            for folder in listing.unwritableFolders {
                log.warning("folder-not-writable", metadata: ["path": "\(folder)", "note": "skipped: the run cannot remove files from it"])
                summary.skipped += 1
            }
            for entry in listing.irregular {
                switch try quarantineIrregular(entry, log: log) {
                case .done: summary.quarantined += 1
                case .skipped: summary.skipped += 1
                case .changed: summary.stillUploading += 1
                }
            }
            let loader = FileLoader(store: store, catalog: env.catalog, checker: env.checker)
            for (i, file) in listing.files.enumerated() {
                progress.show("[\(i + 1)/\(listing.files.count)] \(file.fileName)")
                let t0 = Date()
                guard let outcome = try process(file, runID: runID, store: store, loader: loader, log: log) else {
                    summary.stillUploading += 1
                    continue
                }
                switch outcome.outcome {
                case .accepted: summary.accepted += 1
                case .rejected: summary.rejected += 1
                case .duplicate: summary.duplicates += 1
                case .quarantined: summary.quarantined += 1
                }
                if outcome.resumed { summary.resumed += 1 }
                if outcome.left == .skipped { summary.skipped += 1 }
                log.info("file-done", metadata: [
                    "file": "\(zones.relative(file.url))", "outcome": "\(outcome.outcome.rawValue)",
                    "resumed": .stringConvertible(outcome.resumed), "seconds": .stringConvertible(Date().timeIntervalSince(t0)),
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
            sendMail(summary: &summary, started: started, store: store, log: log, failure: "\(error)")
            Metrics.write(env, summary: summary, started: started, success: false, log: log)
            throw error
        }
        Retention.prune(env, keeping: logFile, log: log)
        sendMail(summary: &summary, started: started, store: store, log: log, failure: nil)
        log.info("run-finished", metadata: [
            "run": .stringConvertible(runID), "accepted": .stringConvertible(summary.accepted),
            "rejected": .stringConvertible(summary.rejected), "duplicates": .stringConvertible(summary.duplicates),
            "quarantined": .stringConvertible(summary.quarantined), "resumed": .stringConvertible(summary.resumed),
            "still_uploading": .stringConvertible(summary.stillUploading), "skipped": .stringConvertible(summary.skipped),
            "mail_sent": .stringConvertible(summary.mailSent), "mail_failed": .stringConvertible(summary.mailFailed),
            "years_exported": .array(summary.yearsExported.map { .stringConvertible($0) }),
            "seconds": .stringConvertible(Date().timeIntervalSince(started)),
        ])
        Metrics.write(env, summary: summary, started: started, success: true, log: log)
        return summary
    }

    /// How a processed entry left the inbox.
    enum Leaving { case removed, replaced, skipped }

    /// How quarantining an entry ended.
    enum Quarantining { case done, skipped, changed }

    /// Processes one claimed file. Order matters for crash safety: the bytes reach the
    /// archive first, then the outcome is committed, then the receipt is written, and only
    /// then does the file leave the inbox — only the version that was claimed: a file moved
    /// into its place meanwhile stays for the next run. A run killed anywhere in between
    /// finds the file again and finishes the same work. Nil when the file changed after the
    /// claim (it stays for the next run).
    private func process(_ file: ClaimedFile, runID: Int64, store: FollowUpStore, loader: FileLoader,
                         log: Logger) throws -> (outcome: FileOutcome, resumed: Bool, left: Leaving)? {
        let zones = env.zones
        guard let name = file.name, let schema = env.schemaIfAttributable(name, folder: file.folder) else {
            switch try quarantine(file, log: log) {
            case .done: return (.quarantined, false, .removed)
            case .skipped: return (.quarantined, false, .skipped)
            case .changed: return nil
            }
        }
        let staged: Archive.Staged
        do {
            staged = try Archive.stage(file.url, in: zones.archive)
        } catch let error as PipelineError {
            // Replaced by something that is not a file (a FIFO, a link) or gone since the claim.
            guard FileIdentity.at(file.url.path) != file.identity else { throw error }
            log.info("file-changed-since-claim", metadata: ["path": "\(file.url.path)"])
            return nil
        }
        // Only the claimed version is processed: replaced or written to since, it waits.
        guard staged.source == file.identity, FileIdentity.at(file.url.path) == file.identity else {
            try FileIO.remove(staged.url)
            log.info("file-changed-since-claim", metadata: ["path": "\(file.url.path)"])
            return nil
        }
        let receivedUnix = file.receivedAt.timeIntervalSince1970
        let receiptFolder = zones.receipts.appendingPathComponent(name.region, isDirectory: true)
        let receiptBase = Receipt.baseName(fileName: file.fileName, stamp: SwedishTime.stamp(file.receivedAt), sha256: staged.sha256)

        if let prior = try store.submission(fileName: file.fileName, sha256: staged.sha256, receivedUnix: receivedUnix) {
            // Committed by an interrupted run, whose archived copy stays the only one (its
            // name records that run): write its receipt again and let the file go.
            try FileIO.remove(staged.url)
            let archiveURL = zones.root.appendingPathComponent(prior.archivePath)
            let findings = try store.findings(ofSubmission: prior.id)
            let outcome = FileOutcome(prior.status)
            try makeReceipt(file, name: name, sha256: staged.sha256, outcome: outcome, rows: prior.rows,
                            errors: prior.errors, warnings: prior.warnings, truncated: prior.errors + prior.warnings > findings.count,
                            findings: findings, archive: archiveURL).write(into: receiptFolder, baseName: receiptBase, run: self)
            if outcome == .rejected { logRejected(file, name: name, errors: prior.errors, log: log) }
            return (outcome, true, try leaveInbox(file, log: log))
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
        try receipt.write(into: receiptFolder, baseName: receiptBase, run: self)
        if receipt.outcome == .rejected { logRejected(file, name: name, errors: r.errors, log: log) }
        return (receipt.outcome, false, try leaveInbox(file, log: log))
    }

    /// A rejected file is a warning (the region has to send it again): who, which report,
    /// how many errors, and the file, so an alert can say it without opening the receipt.
    private func logRejected(_ file: ClaimedFile, name: SubmissionName, errors: Int, log: Logger) {
        log.warning("file-rejected", metadata: [
            "region": "\(name.region)", "report": "\(name.report.rawValue)", "year": .stringConvertible(name.year),
            "errors": .stringConvertible(errors), "file": "\(env.zones.relative(file.url))",
        ])
    }

    /// Removes the claimed version of a processed file from the inbox. A replacement stays
    /// for the next run; a file the run cannot remove (read-only folder, immutable file) is
    /// a loud warning, and the run goes on.
    private func leaveInbox(_ file: ClaimedFile, log: Logger) throws -> Leaving {
        do {
            try hooks.beforeRemoval?(file.url)
            switch try FileIO.removeIfUnchanged(file.url, identity: file.identity) {
            case .removed, .gone: return .removed
            case .replaced:
                log.notice("file-replaced-during-run", metadata: [
                    "path": "\(file.url.path)", "note": "a new version was put in its place; it stays for the next run",
                ])
                return .replaced
            }
        } catch {
            log.warning("file-not-removable", metadata: [
                "path": "\(file.url.path)", "error": "\(error)",
                "note": "processed, but it cannot leave the inbox; the next run will only write its receipt again",
            ])
            return .skipped
        }
    }

    /// Quarantines an unattributable file. The receipt is written first, naming where the
    /// file will lie, then the file is moved: a run killed in between finds it again and
    /// chooses the same place, so no quarantined file is ever without its receipt.
    private func quarantine(_ file: ClaimedFile, log: Logger) throws -> Quarantining {
        // The checker words the reason (file-name, region-directory) exactly as `validate` would.
        let checked: CheckedFile
        let sha: String
        do {
            checked = try env.checker.check(fileAt: file.url, displayName: file.fileName, inboxRegion: file.folder,
                                            receivedAt: file.receivedAt,
                                            context: CrossFileContext(knownActivities: { _, _ in nil }, previousIndicatorValue: nil),
                                            rowSink: nil)
            sha = try FileIO.sha256(of: file.url).hex
        } catch {
            guard FileIdentity.at(file.url.path) != file.identity else { throw error }
            log.info("file-changed-since-claim", metadata: ["path": "\(file.url.path)"])
            return .changed
        }
        let stamp = SwedishTime.stamp(file.receivedAt)
        let destination = try FileIO.freeName(in: env.zones.quarantine, stamp: stamp, name: file.fileName)
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
                              storedAt: env.zones.relative(destination))
        try receipt.write(into: receiptFolder(for: file.folder), baseName: Receipt.quarantineBaseName(destination), run: self)
        guard FileIdentity.at(file.url.path) == file.identity else {
            log.info("file-changed-since-claim", metadata: ["path": "\(file.url.path)"])
            return .changed
        }
        return try moveToQuarantine(rawPath: Array(file.url.path.utf8), displayPath: file.url.path, to: destination, log: log)
    }

    private func quarantineIrregular(_ entry: IrregularEntry, log: Logger) throws -> Quarantining {
        // Named by the entry's own time, not the run's: a retry after a kill picks the same place.
        let stamp = SwedishTime.stamp(entry.modifiedAt)
        let destination = try FileIO.freeName(in: env.zones.quarantine, stamp: stamp, name: entry.name)
        let finding = Finding(code: .fileName, file: entry.name, message: ReceiptText.irregular(kind: entry.kind))
        let receipt = Receipt(file: entry.name, region: nil, regionName: nil, year: nil, report: nil,
                              receivedAt: SwedishTime.iso(entry.modifiedAt), sha256: String(repeating: "0", count: 64),
                              outcome: .quarantined, rows: 0, errors: 1, warnings: 0, findingsTruncated: false,
                              findings: [finding], storedAt: env.zones.relative(destination))
        try receipt.write(into: receiptFolder(for: entry.folder), baseName: Receipt.quarantineBaseName(destination), run: self)
        return try moveToQuarantine(rawPath: entry.rawPath, displayPath: entry.displayPath, to: destination, log: log,
                                    kind: entry.kind)
    }

    private func moveToQuarantine(rawPath: [UInt8], displayPath: String, to destination: URL, log: Logger,
                                  kind: String? = nil) throws -> Quarantining {
        do {
            try FileIO.move(rawPath: rawPath, displayPath: displayPath, to: destination)
        } catch {
            log.warning("file-not-removable", metadata: [
                "path": "\(displayPath)", "error": "\(error)",
                "note": "its receipt is written, but it cannot leave the inbox; the next run tries again",
            ])
            return .skipped
        }
        var metadata: Logger.Metadata = ["path": "\(displayPath)", "to": "\(destination.path)"]
        if let kind { metadata["kind"] = "\(kind)" }
        log.warning("file-quarantined", metadata: metadata)
        return .done
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

extension NightlyRun {
    /// The e-mail at the end of the run (`MailRun`); off unless `mail.enabled`.
    fileprivate func sendMail(summary: inout RunSummary, started: Date, store: FollowUpStore, log: Logger, failure: String?) {
        var mail = MailRun(env: env, context: mailContext, log: log)
        mail.send(receipts: writtenReceipts, summary: summary, started: started, store: store, failure: failure)
        summary.mailSent = mail.sent
        summary.mailFailed = mail.failed
    }
}

extension Receipt {
    /// Writes the receipt and notes it for the run's e-mail, under the region folder it went to.
    fileprivate func write(into folder: URL, baseName: String, run: NightlyRun) throws {
        try write(into: folder, baseName: baseName)
        run.writtenReceipts.append(WrittenReceipt(region: folder.lastPathComponent, receipt: self))
    }
}

/// Shows progress on a terminal only (never on a pipe).
struct Progress {
    let enabled: Bool
    init(enabled: Bool) { self.enabled = enabled && isatty(STDERR_FILENO) == 1 }
    func show(_ text: String) {
        guard enabled else { return }
        put("\r\u{1B}[K\(text)")
    }
    func clear() {
        guard enabled else { return }
        put("\r\u{1B}[K")
    }
    /// `write(2)`, errors ignored: progress is a courtesy and never stops the run.
    private func put(_ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress, $0.count) }
    }
}
