import Foundation
import FollowUpModel

/// Exact shares and changes for the comparison tables: integers in, one-decimal fixed point
/// out, rounded half away from zero. No floating point touches an amount. Nothing here
/// traps: an amount that is unknown (a sum beyond what SQL holds exactly, see
/// `Row.amount`) or a result beyond Int64 gives an empty cell.
enum ComparisonArithmetic {
    /// 100 × `part` / `whole` in tenths of a percent; `nil` when `whole` is 0 or the result
    /// does not fit in Int64 (e.g. 10¹⁶ kr against 1 kr). Computed on magnitudes, so no
    /// input traps.
    ///
    /// ```swift
    /// percentTenths(1, of: 16)   // 63, i.e. 6.3 % (6.25 rounded away from zero)
    /// ```
    static func percentTenths(_ part: Int64, of whole: Int64) -> Int64? {
        guard whole != 0 else { return nil }
        let (p, w) = (part.magnitude, whole.magnitude)
        // |part| × 1000 / |whole| = q1 × 1000 + (r1 × 1000) / |whole|, r1 < |whole|.
        let (q1, r1) = p.quotientAndRemainder(dividingBy: w)
        let (q1k, o1) = q1.multipliedReportingOverflow(by: 1000)
        guard !o1 else { return nil }
        let wide = r1.multipliedFullWidth(by: 1000)
        let (q2, r2) = w.dividingFullWidth((wide.high, wide.low))  // q2 < 1000: cannot trap
        var (q, o2) = q1k.addingReportingOverflow(q2)
        guard !o2 else { return nil }
        // Half away from zero: r2 ≥ |whole| / 2 (r2 < |whole| ≤ 2⁶³, so 2 × r2 fits).
        if r2 != 0, r2 * 2 >= w {
            (q, o2) = q.addingReportingOverflow(1)
            guard !o2 else { return nil }
        }
        let negative = (part < 0) != (whole < 0)
        if negative { return q <= Int64.min.magnitude ? Int64(truncatingIfNeeded: 0 &- q) : nil }
        return q <= UInt64(Int64.max) ? Int64(q) : nil
    }

    /// A share cell: `.tenths`, or `.empty` when the whole is 0, unknown or the share does
    /// not fit.
    static func share(_ part: Int64?, of whole: Int64?) -> TableValue {
        guard let part, let whole else { return .empty }
        return percentTenths(part, of: whole).map(TableValue.tenths) ?? .empty
    }

    /// The change in percent of the comparison year: `.empty` when that year is 0, either
    /// amount is unknown or the change does not fit.
    static func changePercent(_ now: Int64?, from before: Int64?) -> TableValue {
        guard let now, let before else { return .empty }
        let (change, overflow) = now.subtractingReportingOverflow(before)
        return overflow ? .empty : share(change, of: before)
    }

    /// `now - before` as a cell: `.empty` when either is unknown or the difference does
    /// not fit in Int64.
    static func difference(_ now: Int64?, _ before: Int64?) -> TableValue {
        guard let now, let before else { return .empty }
        let (change, overflow) = now.subtractingReportingOverflow(before)
        return overflow ? .empty : .integer(change)
    }

    /// An amount cell: `.empty` when unknown.
    static func amount(_ value: Int64?) -> TableValue { value.map(TableValue.integer) ?? .empty }

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
