import GRDB
import FollowUpModel
import Texts

/// `omraden`, `prioriteringar`, `regioner` and `stodformer`: funding decisions of the year
/// and the comparison year, grouped in SQL, every combination present.
extension ComparisonQuery {
    private typealias A = ComparisonArithmetic

    /// Sum of `beviljat_kr` in year `:y` and in `:p`. Amounts are summed with `total()`,
    /// which never fails (SQL's `SUM` stops the query with "integer overflow"); `Row.amount`
    /// reads the result back exactly or as unknown.
    static let yearSumsSQL = """
        total(CASE WHEN ar = :y THEN beviljat_kr ELSE 0 END) AS y,
        total(CASE WHEN ar = :p THEN beviljat_kr ELSE 0 END) AS p
        """

    /// The CTEs `agg`, `by_sf` and `cube`: the decisions matching `filter` summed per
    /// instrument and area (area as text), with the `ALLA` rollups of both, per `keys` too.
    /// `sums` are the summed columns `y`, `p` (`yearSumsSQL`) or any other.
    static func fundingCubeSQL(keys: [String], filter: String, sums: String, columns: [String]) -> String {
        let k = keys.map { "\($0), " }.joined()
        let names = columns.joined(separator: ", ")
        let again = columns.map { "total(\($0))" }.joined(separator: ", ")
        return """
            agg AS (
                SELECT \(k)stodform, CAST(strategiskt_omrade AS TEXT) AS omrade, \(sums)
                FROM finansiering WHERE \(filter) GROUP BY \(k)stodform, strategiskt_omrade),
            by_sf AS (
                SELECT \(k)stodform, omrade, \(names) FROM agg
                UNION ALL SELECT \(k)'ALLA', omrade, \(again) FROM agg GROUP BY \(k)omrade),
            cube AS (
                SELECT \(k)stodform, omrade, \(names) FROM by_sf
                UNION ALL SELECT \(k)stodform, 'ALLA', \(again) FROM by_sf GROUP BY \(k)stodform)
            """
    }

    /// `fundingCubeSQL` of the year and the comparison year.
    static func yearCubeSQL(keys: [String] = []) -> String {
        fundingCubeSQL(keys: keys, filter: "ar IN (:y, :p)", sums: yearSumsSQL, columns: ["y", "p"])
    }

    var arguments: StatementArguments {
        ["y": year, "p": previous, "allaSf": ComparisonText.allInstruments, "allaOmr": ComparisonText.allAreas]
    }

    func omraden() throws -> FollowUpModel.Table {
        let rows = try Row.fetchAll(db, sql: """
            WITH sf AS (\(Self.instrumentsSQL)), areas AS (\(Self.areasSQL)),
            \(Self.yearCubeSQL())
            SELECT sf.stodform, a.omrade,
                CASE WHEN a.omrade = 'ALLA' THEN :allaOmr ELSE COALESCE(o.namn, a.omrade) END AS namn,
                c.y, c.p, t.y AS ty, t.p AS tp
            FROM sf CROSS JOIN areas a
            LEFT JOIN omrade o ON o.omrade = CAST(a.omrade AS INTEGER) AND a.omrade <> 'ALLA'
            LEFT JOIN cube c ON c.stodform = sf.stodform AND c.omrade = a.omrade
            LEFT JOIN cube t ON t.stodform = sf.stodform AND t.omrade = 'ALLA'
            ORDER BY sf.ord, a.ord
            """, arguments: arguments)
        return ComparisonText.table("omraden", [
            ("stodform", .text), ("omrade", .text), ("omrade_namn", .text), ("belopp_kr", .amount),
            ("andel_procent", .percent), ("belopp_jamforelsear_kr", .amount),
            ("andel_jamforelsear_procent", .percent), ("forandring_kr", .amount), ("forandring_procent", .percent),
        ], rows: rows.map { r in
            let (y, p) = (r.amount("y"), before(r.amount("p")))
            return yearCells + [r.text("stodform"), r.text("omrade"), r.text("namn"), A.amount(y),
                                A.share(y, of: r.amount("ty")), A.amount(p),
                                A.share(p, of: before(r.amount("tp"))), A.difference(y, p),
                                A.changePercent(y, from: p)]
        })
    }

    func prioriteringar() throws -> FollowUpModel.Table {
        let rows = try Row.fetchAll(db, sql: """
            WITH sf AS (\(Self.instrumentsSQL)),
            lines AS (
                SELECT p.prioritering AS prio, p.omrade, p.namn, o.ordning AS aord, 0 AS grp,
                    length(p.prioritering) AS len
                FROM prioritering p JOIN omrade o ON o.omrade = p.omrade
                UNION ALL SELECT NULL, omrade, NULL, ordning, 1, 0 FROM omrade),
            agg AS (
                SELECT stodform, strategiskt_omrade AS omrade, NULLIF(prioritering, '') AS prio, \(Self.yearSumsSQL)
                FROM finansiering WHERE ar IN (:y, :p)
                GROUP BY stodform, strategiskt_omrade, NULLIF(prioritering, '')),
            by_sf AS (
                SELECT stodform, omrade, prio, y, p FROM agg
                UNION ALL SELECT 'ALLA', omrade, prio, total(y), total(p) FROM agg GROUP BY omrade, prio),
            tot AS (SELECT stodform, total(y) AS y FROM by_sf GROUP BY stodform)
            SELECT sf.stodform, l.omrade, l.prio, l.namn, c.y, c.p, t.y AS ty
            FROM sf CROSS JOIN lines l
            LEFT JOIN by_sf c ON c.stodform = sf.stodform AND c.omrade = l.omrade AND c.prio IS l.prio
            LEFT JOIN tot t ON t.stodform = sf.stodform
            ORDER BY sf.ord, l.grp, l.aord, l.len, l.prio
            """, arguments: arguments)
        return ComparisonText.table("prioriteringar", [
            ("stodform", .text), ("omrade", .text), ("prioritering", .text), ("prioritering_namn", .text),
            ("belopp_kr", .amount), ("andel_procent", .percent), ("belopp_jamforelsear_kr", .amount),
            ("forandring_kr", .amount), ("forandring_procent", .percent),
        ], rows: rows.map { r in
            let (y, p) = (r.amount("y"), before(r.amount("p")))
            let area: Int = r["omrade"]
            let name: TableValue = r["prio"] == nil
                ? .text(ComparisonText.priorityNotGiven(area: area)) : r.text("namn")
            return yearCells + [r.text("stodform"), .text(String(area)), r.text("prio"), name,
                                A.amount(y), A.share(y, of: r.amount("ty")), A.amount(p),
                                A.difference(y, p), A.changePercent(y, from: p)]
        })
    }

    func regioner() throws -> FollowUpModel.Table {
        let rows = try Row.fetchAll(db, sql: """
            WITH sf AS (\(Self.instrumentsSQL)), areas AS (\(Self.areasSQL)),
            \(Self.yearCubeSQL(keys: ["region_kod"])),
            grid AS (
                SELECT sf.stodform, sf.ord AS sord, a.omrade, a.ord AS oord, r.region_kod,
                    r.organisation, COALESCE(c.y, 0) AS y, COALESCE(c.p, 0) AS p
                FROM sf CROSS JOIN areas a CROSS JOIN region r
                LEFT JOIN cube c ON c.stodform = sf.stodform AND c.omrade = a.omrade AND c.region_kod = r.region_kod)
            SELECT stodform, omrade, region_kod, organisation, y, p,
                total(y) OVER (PARTITION BY stodform, omrade) AS ty,
                RANK() OVER (PARTITION BY stodform, omrade ORDER BY y DESC) AS rang
            FROM grid ORDER BY sord, oord, region_kod
            """, arguments: arguments)
        return ComparisonText.table("regioner", [
            ("stodform", .text), ("omrade", .text), ("region_kod", .text), ("region_namn", .text),
            ("belopp_kr", .amount), ("andel_procent", .percent), ("rang", .integer),
            ("belopp_jamforelsear_kr", .amount), ("forandring_kr", .amount),
        ], rows: rows.map { r in
            let (y, p) = (r.amount("y"), before(r.amount("p")))
            return yearCells + [r.text("stodform"), r.text("omrade"), r.text("region_kod"), r.text("organisation"),
                                A.amount(y), A.share(y, of: r.amount("ty")),
                                .integer(r.int64("rang")), A.amount(p), A.difference(y, p)]
        })
    }

    func stodformer() throws -> FollowUpModel.Table {
        let sources = ["eruf_kr", "jtf_kr", "region_kr", "kommun_kr", "annan_offentlig_kr", "privat_kr"]
        let sums = sources.map { "total(CASE WHEN ar = :y THEN \($0) ELSE 0 END) AS \($0)" }.joined(separator: ", ")
        let totals = sources.map { "total(\($0))" }.joined(separator: ", ")
        let rows = try Row.fetchAll(db, sql: """
            WITH sf AS (\(Self.instrumentsSQL)),
            agg AS (
                SELECT stodform, SUM(ar = :y) AS n, SUM(ar = :p) AS np, \(Self.yearSumsSQL), \(sums)
                FROM finansiering WHERE ar IN (:y, :p) GROUP BY stodform),
            cube AS (
                SELECT * FROM agg
                UNION ALL SELECT 'ALLA', SUM(n), SUM(np), total(y), total(p), \(totals) FROM agg)
            SELECT sf.stodform, CASE WHEN sf.stodform = 'ALLA' THEN :allaSf ELSE COALESCE(s.namn, sf.stodform) END AS namn,
                c.*, (SELECT y FROM cube WHERE stodform = 'ALLA') AS ty
            FROM sf LEFT JOIN cube c ON c.stodform = sf.stodform
            LEFT JOIN stodform s ON s.stodform = sf.stodform
            ORDER BY sf.ord
            """, arguments: arguments)
        return ComparisonText.table("stodformer", [
            ("stodform", .text), ("stodform_namn", .text), ("antal_beslut", .integer), ("belopp_kr", .amount),
            ("andel_procent", .percent),
        ] + sources.map { ($0, FollowUpModel.Table.Kind.amount) } + [
            ("antal_beslut_jamforelsear", .integer), ("belopp_jamforelsear_kr", .amount),
            ("forandring_kr", .amount), ("forandring_procent", .percent),
        ], rows: rows.map { r in
            let (y, p) = (r.amount("y"), before(r.amount("p")))
            return yearCells + [.text(r["stodform"]), r.text("namn"), .integer(r.int64("n")), A.amount(y),
                                A.share(y, of: r.amount("ty"))]
                + sources.map { A.amount(r.amount($0)) }
                + [beforeCount(r.int64("np")), A.amount(p), A.difference(y, p), A.changePercent(y, from: p)]
        })
    }
}
