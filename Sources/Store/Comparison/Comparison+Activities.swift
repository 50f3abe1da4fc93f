import GRDB
import FollowUpModel
import Texts

/// `insatser` (counts per area and dimension) and `insatslista` (every activity of the year).
extension ComparisonQuery {
    func insatser() throws -> FollowUpModel.Table {
        var args = arguments
        args += ["allaIns": ComparisonText.allActivities]
        var statusRows: [String] = []
        for (i, s) in ComparisonText.activityStatus.enumerated() {
            args += ["s\(i)": s.namn]
            statusRows.append("SELECT 'status', '\(s.kod)', :s\(i), 4, \(i + 1)")
        }
        // Activities are first grouped by their combination of codes (few distinct ones),
        // then each combination is matched against the codes of each dimension.
        let rows = try Row.fetchAll(db, sql: """
            WITH areas AS (\(Self.activityAreasSQL)),
            dims AS (
                SELECT 'total' AS dimension, 'ALLA' AS kod, :allaIns AS namn, 1 AS dord, 0 AS kord
                UNION ALL SELECT 'roll', kod, namn, 2, ordning FROM kod WHERE lista = 'roller'
                UNION ALL SELECT 'hallbarhet', kod, namn, 3, ordning FROM kod WHERE lista = 'hallbarhet'
                UNION ALL \(statusRows.joined(separator: " UNION ALL "))),
            combo AS (
                SELECT CAST(strategiskt_omrade AS TEXT) AS omrade, '|' || roll || '|' AS roll,
                    '|' || COALESCE(hallbarhet, '') || '|' AS hallbarhet, status,
                    SUM(ar = :y) AS y, SUM(ar = :p) AS p
                FROM insats WHERE ar IN (:y, :p)
                GROUP BY strategiskt_omrade, roll, hallbarhet, status),
            counts AS (
                SELECT d.dimension, d.kod, c.omrade, SUM(c.y) AS y, SUM(c.p) AS p
                FROM combo c JOIN dims d ON CASE d.dimension
                    WHEN 'total' THEN 1
                    WHEN 'roll' THEN instr(c.roll, '|' || d.kod || '|') > 0
                    WHEN 'hallbarhet' THEN instr(c.hallbarhet, '|' || d.kod || '|') > 0
                    ELSE c.status = d.kod END
                GROUP BY d.dimension, d.kod, c.omrade),
            cube AS (
                SELECT dimension, kod, omrade, y, p FROM counts
                UNION ALL SELECT dimension, kod, 'ALLA', SUM(y), SUM(p) FROM counts GROUP BY dimension, kod)
            SELECT a.omrade, d.dimension, d.kod, d.namn, c.y, c.p, t.y AS ty
            FROM areas a CROSS JOIN dims d
            LEFT JOIN cube c ON c.dimension = d.dimension AND c.kod = d.kod AND c.omrade = a.omrade
            LEFT JOIN cube t ON t.dimension = 'total' AND t.omrade = a.omrade
            ORDER BY a.ord, d.dord, d.kord, d.kod
            """, arguments: args)
        return ComparisonText.table("insatser", [
            ("omrade", .text), ("dimension", .text), ("kod", .text), ("namn", .text), ("antal", .integer),
            ("andel_procent", .percent), ("antal_jamforelsear", .integer), ("forandring", .integer),
        ], rows: rows.map { r in
            let (y, p) = (r.int64("y"), r.int64("p"))
            return yearCells + [r.text("omrade"), r.text("dimension"), r.text("kod"), r.text("namn"),
                                .integer(y), ComparisonArithmetic.share(y, of: r.int64("ty")),
                                beforeCount(p), ComparisonArithmetic.difference(y, before(p))]
        })
    }

    /// Every activity of the year with its funding, held in memory (tests, small years).
    func insatslista() throws -> FollowUpModel.Table {
        let rows = try Row.fetchAll(db, sql: Self.insatslistaSQL, arguments: arguments)
        return ComparisonText.table("insatslista", Self.insatslistaColumns, rows: rows.map(insatslistaRow))
    }

    /// The same table with its rows read from the store when a writer asks (one row per
    /// activity: a year can have millions). Valid only inside the read that made it.
    func insatslistaStreamed() throws -> FollowUpModel.Table {
        let count = try Int.fetchOne(db, sql: """
            SELECT COUNT(*) FROM insats i JOIN region r ON r.region_kod = i.region_kod WHERE i.ar = :y
            """, arguments: arguments) ?? 0
        var table = ComparisonText.table("insatslista", Self.insatslistaColumns, rows: [])
        let (db, arguments) = (self.db, self.arguments)
        table.source = RowSource(count: count) { body in
            let cursor = try Row.fetchCursor(db, sql: Self.insatslistaSQL, arguments: arguments)
            while let r = try cursor.next() { try body(insatslistaRow(r)) }
        }
        return table
    }

    static let insatslistaColumns: [(String, FollowUpModel.Table.Kind)] = [
        ("region_kod", .text), ("region_namn", .text), ("insats_id", .text), ("titel", .text),
        ("omrade", .integer), ("prioritering", .text), ("roll", .text), ("hallbarhet", .text),
        ("status", .text), ("startdatum", .text), ("slutdatum", .text), ("beviljat_kr", .amount),
    ]

    static let insatslistaSQL = """
        SELECT i.region_kod, r.organisation, i.insats_id, i.titel, i.strategiskt_omrade, i.prioritering,
            i.roll, i.hallbarhet, i.status, i.startdatum, i.slutdatum, f.b
        FROM insats i JOIN region r ON r.region_kod = i.region_kod
        LEFT JOIN (
            SELECT region_kod, insats_id, total(beviljat_kr) AS b FROM finansiering
            WHERE ar = :y AND insats_id IS NOT NULL GROUP BY region_kod, insats_id
        ) f ON f.region_kod = i.region_kod AND f.insats_id = i.insats_id
        WHERE i.ar = :y
        ORDER BY i.region_kod, i.insats_id
        """

    func insatslistaRow(_ r: Row) -> [TableValue] {
        yearCells + [r.text("region_kod"), r.text("organisation"), r.text("insats_id"), r.text("titel"),
                     .integer(r.int64("strategiskt_omrade")), r.text("prioritering"), r.text("roll"),
                     r.text("hallbarhet"), r.text("status"), r.text("startdatum"), r.text("slutdatum"),
                     ComparisonArithmetic.amount(r.amount("b"))]
    }
}
