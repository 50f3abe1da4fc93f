import Foundation
import FollowUpModel

/// Exact shares and changes for the comparison tables: integers in, one-decimal fixed point
/// out, rounded half away from zero. No floating point touches an amount.
enum ComparisonArithmetic {
    /// 100 × `part` / `whole` in tenths of a percent; `nil` when `whole` is 0.
    ///
    /// ```swift
    /// percentTenths(1, of: 16)   // 63, i.e. 6.3 % (6.25 rounded away from zero)
    /// ```
    static func percentTenths(_ part: Int64, of whole: Int64) -> Int64? {
        guard whole != 0 else { return nil }
        let wide = part.multipliedFullWidth(by: 1000)
        let (q, r) = whole.dividingFullWidth((wide.high, wide.low))
        guard r != 0, r.magnitude * 2 >= whole.magnitude else { return q }
        // The exact quotient is negative when part and whole differ in sign.
        return (part < 0) != (whole < 0) ? q - 1 : q + 1
    }

    /// A share cell: `.tenths` or `.empty` when the whole is 0.
    static func share(_ part: Int64, of whole: Int64) -> TableValue {
        percentTenths(part, of: whole).map(TableValue.tenths) ?? .empty
    }

    /// The change in percent of the comparison year: `.empty` when that year is 0.
    static func changePercent(_ now: Int64, from before: Int64) -> TableValue {
        share(now - before, of: before)
    }

    /// The same for decimal values (indicators), computed in `Decimal` from the shortest
    /// text of each `Double`, so that a value read as 0.15 is 0.15 and ties round as
    /// written. `nil` when `before` is 0.
    static func changePercent(_ now: Double, from before: Double) -> Int64? {
        guard before != 0, let n = decimal(now), let b = decimal(before) else { return nil }
        var q = (n - b) * 1000 / b
        var rounded = Decimal()
        NSDecimalRound(&rounded, &q, 0, .plain)  // .plain rounds halves away from zero
        return Int64(exactly: NSDecimalNumber(decimal: rounded).int64Value)
    }

    /// `now - before` without binary noise (0.3 − 0.1 is 0.2, not 0.19999999999999998).
    static func difference(_ now: Double, _ before: Double) -> Double {
        guard let n = decimal(now), let b = decimal(before) else { return now - before }
        return Double(TableValue.format(NSDecimalNumber(decimal: n - b).doubleValue)) ?? now - before
    }

    private static func decimal(_ d: Double) -> Decimal? {
        guard d.isFinite else { return nil }
        return Decimal(string: TableValue.format(d), locale: Locale(identifier: "en_US_POSIX"))
    }
}
