import Foundation
import FollowUpModel
import Texts

/// The file-level rules that come before reading: the file name (`file-name`), the inbox
/// folder (`region-directory`) and the deadline (`late-submission`).
public enum SubmissionNaming {
    /// A file-level finding: code and Swedish message.
    public struct Problem: Error, Sendable, Hashable {
        public var code: IssueCode
        public var message: String
    }

    /// Parses `<region_kod>_<Y>_<report>.csv` (only the extension is case-insensitive). The
    /// region must be in the region list, the year accepted by `ReportingCalendar` at `now`.
    public static func parse(fileName: String, regions: [String: String], now: Date) -> Result<SubmissionName, Problem> {
        func fail(_ message: String) -> Result<SubmissionName, Problem> { .failure(Problem(code: .fileName, message: message)) }
        guard fileName.count > 4, fileName.suffix(4).lowercased() == ".csv" else { return fail(Messages.fileNameShape(fileName)) }
        let parts = fileName.dropLast(4).split(separator: "_", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 3, parts[0].count == 2, parts[0].allSatisfy(\.isASCII), parts[0].allSatisfy(\.isNumber),
              parts[1].count == 4, parts[1].allSatisfy(\.isASCII), parts[1].allSatisfy(\.isNumber), let year = Int(parts[1]) else {
            return fail(Messages.fileNameShape(fileName))
        }
        guard regions[parts[0]] != nil else {
            return fail(Messages.fileNameRegion(fileName, region: parts[0], known: regions.keys.sorted()))
        }
        guard let report = ReportKind(rawValue: parts[2]) else {
            return fail(Messages.fileNameReport(fileName, report: parts[2]))
        }
        guard ReportingCalendar.accepts(year: year, now: now) else {
            return fail(Messages.fileNameYear(fileName, year: parts[1], latest: ReportingCalendar.latestYear(now: now)))
        }
        return .success(SubmissionName(region: parts[0], year: year, report: report))
    }

    /// `region-directory` when the inbox folder's region differs from the name's.
    public static func checkDirectory(_ name: SubmissionName, inboxRegion: String?) -> Problem? {
        guard let inboxRegion, inboxRegion != name.region else { return nil }
        return Problem(code: .regionDirectory, message: Messages.regionDirectory(nameRegion: name.region, folderRegion: inboxRegion))
    }

    /// The first moment that is late for reporting year `year` (`ReportingCalendar.deadline(forYear:)`).
    public static func deadline(forYear year: Int) -> Date {
        ReportingCalendar.deadline(forYear: year)
    }

    /// `late-submission` in a check before submission (`followup validate`): late when
    /// submitted at `now`, said as when it would be late.
    public static func checkDeadline(_ name: SubmissionName, ifSubmittedAt now: Date) -> Problem? {
        guard ReportingCalendar.isLate(year: name.year, receivedAt: now) else { return nil }
        return Problem(code: .lateSubmission, message: Messages.lateIfSubmittedNow(year: name.year))
    }

    /// `late-submission` when received after 21 February of the following year (Swedish time).
    public static func checkDeadline(_ name: SubmissionName, receivedAt: Date) -> Problem? {
        guard ReportingCalendar.isLate(year: name.year, receivedAt: receivedAt) else { return nil }
        let f = DateFormatter()
        f.locale = Locale(identifier: "sv_SE")
        f.timeZone = ReportingCalendar.timeZone
        f.dateFormat = "yyyy-MM-dd HH:mm"
        return Problem(code: .lateSubmission, message: Messages.lateSubmission(year: name.year, received: f.string(from: receivedAt)))
    }
}
