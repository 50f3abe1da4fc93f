import Foundation

/// The statutory deadline (SFS 2024:99 4 §): a report for year Y is due on 21 February
/// Y+1; a file received from 22 February 00:00 Swedish time on is late.
enum Deadline {
    static func firstLateInstant(forYear year: Int) -> Date {
        var c = DateComponents()
        c.year = year + 1; c.month = 2; c.day = 22
        var cal = Calendar(identifier: .gregorian)
        cal.timeZone = SwedishTime.zone
        return cal.date(from: c)!
    }

    static func isLate(year: Int, receivedAt: Date) -> Bool {
        receivedAt >= firstLateInstant(forYear: year)
    }
}
