import GRDB
import FollowUpModel
import Texts

/// `indikatorer`: county-level values of every indicator reported in the year or the
/// comparison year, pivoted by sex in SQL.
extension ComparisonQuery {
    func indikatorer() throws -> FollowUpModel.Table {
        // A listed indicator gets a row for each of the 21 regions; a region's own
        // indicator (`RUS-<region_kod>-<name>`) only for that region.
        let rows = try Row.fetchAll(db, sql: """
            WITH v AS (
                SELECT indikator_kod, region_kod,
                    MAX(CASE WHEN ar = :y AND kon = 'T' THEN varde END) AS t,
                    MAX(CASE WHEN ar = :y AND kon = 'K' THEN varde END) AS k,
                    MAX(CASE WHEN ar = :y AND kon = 'M' THEN varde END) AS m,
                    MAX(CASE WHEN ar = :p AND kon = 'T' THEN varde END) AS pt,
                    MAX(enhet) AS enhet
                FROM indikatorvarde WHERE ar IN (:y, :p) AND kommun_kod = ''
                GROUP BY indikator_kod, region_kod),
            codes AS (SELECT indikator_kod, MAX(enhet) AS enhet FROM v GROUP BY indikator_kod)
            SELECT c.indikator_kod, COALESCE(i.namn, CASE WHEN substr(c.indikator_kod, 1, 4) = 'RUS-'
                    THEN substr(c.indikator_kod, 8) ELSE c.indikator_kod END) AS namn,
                COALESCE(i.enhet, c.enhet) AS enhet, r.region_kod, v.t, v.k, v.m, v.pt
            FROM codes c
            JOIN region r ON substr(c.indikator_kod, 1, 4) <> 'RUS-'
                OR substr(c.indikator_kod, 1, 7) = 'RUS-' || r.region_kod || '-'
            LEFT JOIN indikator i ON i.indikator_kod = c.indikator_kod
            LEFT JOIN v ON v.indikator_kod = c.indikator_kod AND v.region_kod = r.region_kod
            ORDER BY c.indikator_kod, r.region_kod
            """, arguments: arguments)
        return ComparisonText.table("indikatorer", [
            ("indikator_kod", .text), ("indikator_namn", .text), ("enhet", .text), ("region_kod", .text),
            ("varde", .decimal), ("varde_kvinnor", .decimal), ("varde_man", .decimal),
            ("varde_jamforelsear", .decimal), ("forandring", .decimal), ("forandring_procent", .percent),
        ], rows: rows.map { r in
            let now: Double? = r["t"]
            let before: Double? = r["pt"]
            func number(_ d: Double?) -> TableValue { d.map(TableValue.number) ?? .empty }
            var change = TableValue.empty, percent = TableValue.empty
            if let now, let before {
                change = .number(ComparisonArithmetic.difference(now, before))
                percent = ComparisonArithmetic.changePercent(now, from: before).map(TableValue.tenths) ?? .empty
            }
            return yearCells + [r.text("indikator_kod"), r.text("namn"), r.text("enhet"), r.text("region_kod"),
                                number(now), number(r["k"]), number(r["m"]), number(before), change, percent]
        })
    }
}
