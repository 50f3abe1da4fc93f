import GRDB
import FollowUpModel

/// What the checks across files ask the store: the activities a funding file may point
/// to, and last year's indicator values.
extension FollowUpStore {
    /// The `insats_id` values of the accepted `insatser` version in force, or nil if none.
    public func activityIDs(region: String, year: Int) throws -> Set<String>? {
        try dbQueue.read { db in
            let current = try Int64.fetchOne(db, sql: """
                SELECT id FROM submission WHERE region_kod = ? AND ar = ? AND rapport = ? AND is_current = 1
                """, arguments: [region, year, ReportKind.insatser.rawValue])
            guard current != nil else { return nil }
            return Set(try String.fetchAll(db, sql: "SELECT insats_id FROM insats WHERE region_kod = ? AND ar = ?",
                                           arguments: [region, year]))
        }
    }

    /// Accepted indicator values of a region and year, keyed by
    /// `indikator_kod`, `kommun_kod` ("" = county) and `kon`.
    public func indicatorValues(region: String, year: Int) throws -> [IndicatorKey: Double] {
        try dbQueue.read { db in
            var result: [IndicatorKey: Double] = [:]
            let rows = try Row.fetchCursor(db, sql: """
                SELECT indikator_kod, kommun_kod, kon, varde FROM indikatorvarde WHERE region_kod = ? AND ar = ?
                """, arguments: [region, year])
            while let r = try rows.next() {
                result[IndicatorKey(indikatorKod: r[0], kommunKod: r[1], kon: r[2])] = r[3]
            }
            return result
        }
    }
}

/// The key of an indicator value within one region and year.
public struct IndicatorKey: Hashable, Sendable {
    public var indikatorKod: String
    public var kommunKod: String
    public var kon: String
    public init(indikatorKod: String, kommunKod: String, kon: String) {
        self.indikatorKod = indikatorKod
        self.kommunKod = kommunKod
        self.kon = kon
    }
}
