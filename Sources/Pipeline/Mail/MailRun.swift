import Foundation
import Logging
import FollowUpModel
import Store
import Texts

/// A receipt the run wrote, and the region whose folder it went to.
struct WrittenReceipt {
    var region: String
    var receipt: Receipt
}

/// The e-mail at the end of a nightly run (`mail.enabled`): each region's receipts of the
/// run, the deadline reminders due today, and the agency's summary — in that order, so the
/// summary can count the others. Nothing here fails the run: a message `sendmail` does not
/// take is a warning in the log and a count in the summary (`RunSummary.mailFailed`);
/// only reminders are tried again by the next run.
struct MailRun {
    let env: PipelineEnvironment
    let context: MailContext
    let log: Logger
    var sent = 0
    var failed = 0
    private var config: MailConfiguration { env.config.mail }
    private let sendmail: Sendmail

    init(env: PipelineEnvironment, context: MailContext, log: Logger) {
        self.env = env
        self.context = context
        self.log = log
        sendmail = Sendmail(commandLine: env.config.mail.commandLine)
    }

    /// Sends what the run has to say. `failure` is the error that stopped a failed run.
    mutating func send(receipts: [WrittenReceipt], summary: RunSummary, started: Date, store: FollowUpStore?,
                       failure: String?) {
        guard config.enabled, let from = config.from else { return }
        let contacts = loadContacts()
        var noContact = Set<String>()
        sendReceipts(receipts, from: from, contacts: contacts.byRegion, noContact: &noContact)
        let submissions = store.flatMap { try? $0.submissions() }
        var reminders = 0
        if failure == nil, let submissions {
            reminders = sendReminders(submissions, from: from, contacts: contacts.byRegion, noContact: &noContact)
        }
        if !noContact.isEmpty {
            // One line a run, not one per region: on a reminder day that could be 21.
            log.warning("mail-no-contact", metadata: [
                "regions": .array(noContact.sorted().map { .string($0) }),
                "note": "receipts or reminders for these regions had no address (contacts_file, portal accounts)",
            ])
        }
        guard !config.agencyRecipients.isEmpty else { return }
        let body = AgencySummary(env: env, receipts: receipts, summary: summary, started: started,
                                 submissions: submissions, failure: failure, reminders: reminders,
                                 mailFailed: failed, noContact: noContact.sorted(),
                                 contactProblems: contacts.problems.count).text
        let subject = MailText.summarySubject(date: Self.day(env.now), accepted: summary.accepted,
                                              rejected: summary.rejected, failed: failure != nil)
        deliver(MailMessage(from: from, to: config.agencyRecipients, subject: subject, body: body), kind: "summary", region: nil)
    }

    // MARK: Receipts

    private mutating func sendReceipts(_ receipts: [WrittenReceipt], from: String, contacts: [String: [String]],
                                       noContact: inout Set<String>) {
        let byRegion = Dictionary(grouping: receipts, by: \.region)
        // Receipts of entries that belong to no region (`receipts/okand/`) go to nobody.
        for region in byRegion.keys.sorted() where env.catalog.regions[region] != nil {
            guard let list = byRegion[region], let to = contacts[region], !to.isEmpty else {
                noContact.insert(region)
                continue
            }
            let name = env.catalog.regionName(region) ?? region
            var body = MailText.receiptIntro(regionName: name, files: list.count) + "\n"
            if let url = portalURL { body += "\n" + MailText.portalLink(url) + "\n" }
            for item in list { body += "\n" + MailText.receiptSeparator + "\n" + item.receipt.text }
            body += "\n" + MailText.receiptSeparator + "\n\n" + MailText.signature + "\n"
            let subject = MailText.receiptSubject(regionName: name, files: list.count,
                                                  accepted: list.filter { $0.receipt.outcome == .accepted }.count,
                                                  rejected: list.filter { $0.receipt.outcome == .rejected }.count)
            deliver(MailMessage(from: from, to: to, subject: subject, body: body), kind: "receipt", region: region)
        }
    }

    // MARK: Reminders

    private mutating func sendReminders(_ submissions: [StoredSubmission], from: String, contacts: [String: [String]],
                                        noContact: inout Set<String>) -> Int {
        guard let due = ReminderSchedule.due(now: env.now, reminderDays: config.reminderDays) else { return 0 }
        let ledgerURL = ReminderLedger.url(dataDir: env.zones.root)
        var ledger: ReminderLedger
        do { ledger = try ReminderLedger.load(from: ledgerURL) } catch {
            failed += 1
            log.error("mail-ledger-unreadable", metadata: [
                "path": "\(ledgerURL.path)", "error": "\(error)", "note": "no reminders are sent until it is repaired or removed",
            ])
            return 0
        }
        var count = 0
        for (region, missing) in Self.missing(submissions, year: due.year, regions: env.catalog.regions.keys) {
            guard !ledger.contains(year: due.year, region: region, stage: due.stage) else { continue }
            guard let to = contacts[region], !to.isEmpty else {
                noContact.insert(region)
                continue
            }
            let name = env.catalog.regionName(region) ?? region
            var body = MailText.reminderIntro(regionName: name, year: due.year, deadline: due.deadlineDay, daysLeft: due.daysLeft) + "\n"
            for m in missing { body += MailText.missingReport(m.report.rawValue, rejectedBefore: m.rejectedBefore) + "\n" }
            body += "\n" + MailText.reminderOutro + "\n"
            if let url = portalURL { body += "\n" + MailText.portalLink(url) + "\n" }
            body += "\n" + MailText.signature + "\n"
            let subject = MailText.reminderSubject(regionName: name, year: due.year, deadline: due.deadlineDay)
            guard deliver(MailMessage(from: from, to: to, subject: subject, body: body), kind: "reminder", region: region) else { continue }
            count += 1
            ledger.sent.append(.init(year: due.year, region: region, stage: due.stage, sentAt: SwedishTime.iso(Date()),
                                     reports: missing.map(\.report.rawValue)))
            do { try ledger.save(to: ledgerURL) } catch {
                log.error("mail-ledger-not-written", metadata: ["path": "\(ledgerURL.path)", "error": "\(error)"])
                return count  // stop: without the ledger, the next run would send these again
            }
        }
        return count
    }

    /// A report a region has no accepted version of.
    struct Missing: Equatable {
        var report: ReportKind
        /// A version was sent but rejected.
        var rejectedBefore: Bool
    }

    /// The regions (sorted by code) lacking an accepted version of some report of `year`.
    static func missing(_ submissions: [StoredSubmission], year: Int, regions: some Sequence<String>) -> [(String, [Missing])] {
        var accepted = Set<String>(), rejected = Set<String>()
        for s in submissions where s.year == year {
            if s.status == .accepted { accepted.insert("\(s.region)/\(s.report)") }
            if s.status == .rejected { rejected.insert("\(s.region)/\(s.report)") }
        }
        return regions.sorted().compactMap { region in
            let lacking = ReportKind.allCases.filter { !accepted.contains("\(region)/\($0.rawValue)") }
                .map { Missing(report: $0, rejectedBefore: rejected.contains("\(region)/\($0.rawValue)")) }
            return lacking.isEmpty ? nil : (region, lacking)
        }
    }

    // MARK: Sending

    private var portalURL: String? { config.portalURL ?? context.portalURL }

    private func loadContacts() -> MailContacts {
        var contacts = MailContacts()
        if let path = config.contactsFile {
            contacts.read(fileAt: path, knownRegions: Set(env.catalog.regions.keys))
        }
        for (region, addresses) in context.portalContacts {
            for a in addresses { contacts.add(region: region, address: a) }
        }
        if let problem = context.portalProblem {
            log.warning("mail-portal-accounts-unreadable", metadata: ["error": "\(problem)"])
        }
        for problem in contacts.problems {
            log.warning("mail-contacts-skipped", metadata: ["file": "\(config.contactsFile ?? "")", "problem": "\(problem)"])
        }
        return contacts
    }

    /// Hands one message to sendmail; logs and counts the outcome.
    @discardableResult
    private mutating func deliver(_ message: MailMessage, kind: String, region: String?) -> Bool {
        var metadata: Logger.Metadata = ["kind": "\(kind)", "to": "\(message.to.joined(separator: ", "))",
                                         "message_id": "\(message.messageID)"]
        if let region { metadata["region"] = "\(region)" }
        guard message.addressesValid else {
            failed += 1
            log.warning("mail-failed", metadata: metadata.merging(["error": "invalid address"]) { $1 })
            return false
        }
        do {
            try sendmail.send(message)
            sent += 1
            log.info("mail-sent", metadata: metadata)
            return true
        } catch {
            failed += 1
            log.warning("mail-failed", metadata: metadata.merging(["error": "\(error)"]) { $1 })
            return false
        }
    }

    static func day(_ date: Date) -> String {
        String(SwedishTime.iso(date).prefix(10))
    }
}
