import Foundation

/// The domain's calendar, stated once: which reporting years are accepted, when a year's
/// reports are due, and the time zone in which both are read (Sweden's).
///
/// ```swift
/// ReportingCalendar.acceptedYears(now: Date())        // 2020..<2027 in 2026
/// ReportingCalendar.deadline(forYear: 2025)           // 2026-02-22 00:00 Europe/Stockholm
/// ```
public enum ReportingCalendar {
    /// The first reporting year accepted.
    public static let firstYear = 2020
    /// The last reporting year accepted, whatever the date.
    public static let lastYear = 2030
    /// Reports of year Y are due by the end of this day of February in Y + 1.
    public static let deadlineDayOfFebruary = 21

    /// Sweden's time zone; February is always standard time (UTC+1), which is the fallback.
    public static let timeZone = TimeZone(identifier: "Europe/Stockholm") ?? TimeZone(secondsFromGMT: 3600)!

    /// A Gregorian calendar in Sweden's time zone.
    public static var calendar: Calendar {
        var c = Calendar(identifier: .gregorian)
        c.timeZone = timeZone
        return c
    }

    /// The latest reporting year accepted at `now`: its Swedish year, at most `lastYear`.
    public static func latestYear(now: Date) -> Int {
        min(lastYear, calendar.component(.year, from: now))
    }

    /// The reporting years accepted at `now` (empty before `firstYear`).
    public static func acceptedYears(now: Date) -> Range<Int> {
        firstYear..<max(firstYear, latestYear(now: now) + 1)
    }

    /// Whether reports of `year` are accepted at `now`.
    public static func accepts(year: Int, now: Date) -> Bool {
        year >= firstYear && year <= latestYear(now: now)
    }

    /// The first moment that is late for reporting year `year`: 22 February `year + 1`,
    /// 00:00 Swedish time (the deadline day, 21 February, is still in time).
    public static func deadline(forYear year: Int) -> Date {
        // A day of a Gregorian year always exists in the calendar.
        calendar.date(from: DateComponents(year: year + 1, month: 2, day: deadlineDayOfFebruary + 1))!
    }

    /// Whether a submission of `year` received at `receivedAt` is late.
    public static func isLate(year: Int, receivedAt: Date) -> Bool {
        receivedAt >= deadline(forYear: year)
    }
}
