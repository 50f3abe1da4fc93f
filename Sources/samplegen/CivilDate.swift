/// Calendar arithmetic without Foundation's Calendar: proleptic Gregorian, days since
/// 1970-01-01 (Howard Hinnant's algorithms). Deterministic and fast.
struct CivilDate: Comparable {
    var year: Int, month: Int, day: Int

    static func < (a: CivilDate, b: CivilDate) -> Bool { a.daysSinceEpoch < b.daysSinceEpoch }

    var daysSinceEpoch: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    init(year: Int, month: Int, day: Int) { self.year = year; self.month = month; self.day = day }

    init(daysSinceEpoch z0: Int) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        day = doy - (153 * mp + 2) / 5 + 1
        month = mp < 10 ? mp + 3 : mp - 9
        year = yoe + era * 400 + (month <= 2 ? 1 : 0)
    }

    static func isLeap(_ y: Int) -> Bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }
    static func daysIn(year y: Int) -> Int { isLeap(y) ? 366 : 365 }

    /// The `n`th day (0-based) of year `y`.
    static func dayOfYear(_ y: Int, _ n: Int) -> CivilDate {
        CivilDate(daysSinceEpoch: CivilDate(year: y, month: 1, day: 1).daysSinceEpoch + n)
    }

    var dayOfYearIndex: Int { daysSinceEpoch - CivilDate(year: year, month: 1, day: 1).daysSinceEpoch }

    var iso: String {
        let m = month < 10 ? "0\(month)" : "\(month)"
        let d = day < 10 ? "0\(day)" : "\(day)"
        return "\(year)-\(m)-\(d)"
    }
}

/// A local Swedish winter time stamp (CET, +01:00), enough for the file times in Samples.
struct LocalStamp {
    var date: CivilDate
    var hour: Int, minute: Int

    /// Seconds since the Unix epoch (UTC), for setting a file's mtime.
    var unixTime: Int { date.daysSinceEpoch * 86_400 + (hour - 1) * 3600 + minute * 60 }

    var iso8601: String {
        func two(_ x: Int) -> String { x < 10 ? "0\(x)" : "\(x)" }
        return "\(date.iso)T\(two(hour)):\(two(minute)):00+01:00"
    }
}
