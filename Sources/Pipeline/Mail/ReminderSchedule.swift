import Foundation
import FollowUpModel

/// When the deadline reminders are due (`mail.reminder_days`), read in Swedish dates.
///
/// The next deadline is 21 February of this year, or of next year once it has passed; its
/// reports are those of the year before. A stage `d` is due from the day `d` days before
/// the deadline up to the deadline day. When several stages are due (a run was missed),
/// only the latest — the one closest to the deadline — is, and a region gets it once.
public struct ReminderSchedule: Sendable, Equatable {
    /// The reporting year whose reports are due.
    public var year: Int
    /// The configured number of days of the due stage (the ledger's key).
    public var stage: Int
    /// Whole days from today to the deadline day (0 on the day itself).
    public var daysLeft: Int
    /// The deadline day, `YYYY-MM-DD`.
    public var deadlineDay: String

    /// The stage due at `now`, or nil.
    public static func due(now: Date, reminderDays: [Int]) -> ReminderSchedule? {
        let cal = ReportingCalendar.calendar
        let today = cal.startOfDay(for: now)
        var year = cal.component(.year, from: now) - 1
        var deadlineDay = cal.date(byAdding: .day, value: -1, to: ReportingCalendar.deadline(forYear: year))!
        if today > deadlineDay {
            year += 1
            deadlineDay = cal.date(byAdding: .day, value: -1, to: ReportingCalendar.deadline(forYear: year))!
        }
        guard let daysLeft = cal.dateComponents([.day], from: today, to: deadlineDay).day else { return nil }
        guard let stage = reminderDays.filter({ $0 >= daysLeft }).min() else { return nil }
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = ReportingCalendar.timeZone
        f.dateFormat = "yyyy-MM-dd"
        return ReminderSchedule(year: year, stage: stage, daysLeft: daysLeft, deadlineDay: f.string(from: deadlineDay))
    }
}
