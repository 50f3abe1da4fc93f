import FollowUpModel
import Foundation

/// Swedish time (Europe/Stockholm), in which deadlines and received times are stated.
public enum SwedishTime {
    public static let zone = ReportingCalendar.timeZone

    /// ISO 8601 with offset, e.g. `2025-02-21T23:59:59+01:00`.
    public static func iso(_ date: Date) -> String {
        let f = ISO8601DateFormatter()
        f.timeZone = zone
        f.formatOptions = [.withInternetDateTime]
        return f.string(from: date)
    }

    /// A time as people read it on a page: Swedish local time to the minute, e.g.
    /// `2026-02-13 11:28` for `2026-02-13T10:28:00Z`; text that is no time stays as it is.
    public static func readable(_ iso: String) -> String {
        guard let date = parse(iso), iso.contains("T") else { return iso }
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = zone
        f.dateFormat = "yyyy-MM-dd HH:mm"
        return f.string(from: date)
    }

    /// A compact stamp for file names, e.g. `20250221T235959`.
    public static func stamp(_ date: Date) -> String {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = zone
        f.dateFormat = "yyyyMMdd'T'HHmmss"
        return f.string(from: date)
    }

    /// Parses `--now` and configuration times: ISO 8601 with offset or `Z`, or a date
    /// `YYYY-MM-DD` (midnight Swedish time).
    public static func parse(_ text: String) -> Date? {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime]
        if let d = f.date(from: text) { return d }
        f.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if let d = f.date(from: text) { return d }
        let df = DateFormatter()
        df.locale = Locale(identifier: "en_US_POSIX")
        df.timeZone = zone
        for format in ["yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd"] {
            df.dateFormat = format
            if let d = df.date(from: text) { return d }
        }
        return nil
    }

    /// The calendar year in Swedish time.
    public static func year(of date: Date) -> Int {
        ReportingCalendar.calendar.component(.year, from: date)
    }
}
