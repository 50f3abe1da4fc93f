import GRDB
import FollowUpModel
import Texts

/// `tidsserie`: funding per instrument and area for every stored year up to the table's year.
extension ComparisonQuery {
    func tidsserie() throws -> FollowUpModel.Table {
        let rows = try Row.fetchAll(db, sql: """
            WITH sf AS (\(Self.instrumentsSQL)), areas AS (\(Self.areasSQL)),
            years AS (SELECT DISTINCT ar FROM submission WHERE is_current = 1 AND ar <= :y),
            \(Self.fundingCubeSQL(keys: ["ar"], filter: "ar <= :y", sums: "total(beviljat_kr) AS b", columns: ["b"]))
            SELECT yr.ar AS serie_ar, sf.stodform, a.omrade, c.b, t.b AS tb
            FROM years yr CROSS JOIN sf CROSS JOIN areas a
            LEFT JOIN cube c ON c.ar = yr.ar AND c.stodform = sf.stodform AND c.omrade = a.omrade
            LEFT JOIN cube t ON t.ar = yr.ar AND t.stodform = sf.stodform AND t.omrade = 'ALLA'
            ORDER BY yr.ar, sf.ord, a.ord
            """, arguments: arguments)
        return ComparisonText.table("tidsserie", [
            ("serie_ar", .integer), ("stodform", .text), ("omrade", .text), ("belopp_kr", .amount),
            ("andel_procent", .percent),
        ], rows: rows.map { r in
            let b = r.amount("b")
            return yearCells + [.integer(r.int64("serie_ar")), r.text("stodform"), r.text("omrade"),
                                ComparisonArithmetic.amount(b), ComparisonArithmetic.share(b, of: r.amount("tb"))]
        })
    }
}
