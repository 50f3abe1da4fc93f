import Foundation

/// The reporting calendar as the portal shows it: reports of year Y are due on 21 February
/// of Y + 1, Swedish time.
enum ReportingYear {
    static let zone = TimeZone(identifier: "Europe/Stockholm") ?? .current

    static var calendar: Calendar {
        var c = Calendar(identifier: .gregorian)
        c.timeZone = zone
        return c
    }

    /// The year whose deadline is the next one (on 21 February itself, the year before).
    static func current(_ now: Date) -> Int {
        let c = calendar
        let y = c.component(.year, from: now)
        let m = c.component(.month, from: now), d = c.component(.day, from: now)
        return (m < 2 || (m == 2 && d <= 21)) ? y - 1 : y
    }

    /// Whole days from today to the deadline of `year` (negative once it has passed).
    static func daysLeft(year: Int, now: Date) -> Int {
        let c = calendar
        guard let deadline = c.date(from: DateComponents(year: year + 1, month: 2, day: 21)) else { return 0 }
        let today = c.startOfDay(for: now)
        return c.dateComponents([.day], from: today, to: deadline).day ?? 0
    }
}
