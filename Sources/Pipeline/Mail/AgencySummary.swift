import Foundation
import FollowUpModel
import Store
import Texts

/// The body of the agency's morning summary: the run's counts, per region, what needs
/// looking at, and which regions still lack an accepted report of the year due next.
struct AgencySummary {
    let env: PipelineEnvironment
    let receipts: [WrittenReceipt]
    let summary: RunSummary
    let started: Date
    /// Nil when the store could not be read (a failed run): no list of missing reports.
    let submissions: [StoredSubmission]?
    let failure: String?
    let reminders: Int
    let mailFailed: Int
    let noContact: [String]
    let contactProblems: Int

    var text: String {
        var t = MailText.summaryStarted(SwedishTime.iso(started)) + "\n"
        if let failure { t += "\n" + MailText.summaryFailed(failure) + "\n" }
        t += "\n" + MailText.summaryCountsHeading + "\n"
        t += MailText.summaryCounts(accepted: summary.accepted, rejected: summary.rejected,
                                    duplicates: summary.duplicates, quarantined: summary.quarantined) + "\n"
        t += "\n" + MailText.summaryByRegionHeading + "\n"
        let byRegion = Dictionary(grouping: receipts, by: \.region)
        if byRegion.isEmpty { t += MailText.summaryNoFiles + "\n" }
        for region in byRegion.keys.sorted() {
            let list = byRegion[region] ?? []
            let accepted = list.filter { $0.receipt.outcome == .accepted }.count
            let rejected = list.filter { $0.receipt.outcome == .rejected }.count
            t += MailText.summaryRegionLine(region: region, name: env.catalog.regionName(region) ?? region,
                                            accepted: accepted, rejected: rejected,
                                            other: list.count - accepted - rejected) + "\n"
        }
        t += "\n" + MailText.summaryProblemsHeading + "\n"
        var problems: [String] = []
        if summary.quarantined > 0 { problems.append(MailText.summaryQuarantined(summary.quarantined)) }
        if summary.skipped > 0 { problems.append(MailText.summarySkipped(summary.skipped)) }
        if summary.stillUploading > 0 { problems.append(MailText.summaryStillUploading(summary.stillUploading)) }
        if mailFailed > 0 { problems.append(MailText.summaryMailFailed(mailFailed)) }
        if !noContact.isEmpty { problems.append(MailText.summaryNoContacts(noContact)) }
        if contactProblems > 0 { problems.append(MailText.summaryContactLines(contactProblems)) }
        t += (problems.isEmpty ? [MailText.summaryNothingToReview] : problems).joined(separator: "\n") + "\n"
        if let submissions {
            let year = dueYear
            let deadline = ReportingCalendar.calendar.date(byAdding: .day, value: -1, to: ReportingCalendar.deadline(forYear: year))!
            t += "\n" + MailText.summaryMissingHeading(year: year, deadline: MailRun.day(deadline)) + "\n"
            let missing = MailRun.missing(submissions, year: year, regions: env.catalog.regions.keys)
            if missing.isEmpty { t += MailText.summaryNoneMissing + "\n" }
            for (region, reports) in missing {
                t += MailText.summaryMissingLine(region: region, name: env.catalog.regionName(region) ?? region,
                                                 reports: reports.map(\.report.rawValue)) + "\n"
            }
        }
        t += "\n" + MailText.summaryReminders(reminders) + "\n"
        t += MailText.summaryExported(summary.yearsExported) + "\n"
        t += MailText.summaryLog(summary.logFile) + "\n"
        return t
    }

    /// The reporting year the summary follows: the one whose deadline is this year (the
    /// year before the Swedish year of the run's clock).
    private var dueYear: Int { SwedishTime.year(of: env.now) - 1 }
}
