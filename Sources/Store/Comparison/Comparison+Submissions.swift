import GRDB
import FollowUpModel
import Texts

/// `inlamning`: for each region and report of the year, what is in force and what came last.
extension ComparisonQuery {
    func inlamning() throws -> FollowUpModel.Table {
        // The reports in their order (`ReportKind`), as SQL rows `(rapport, ord)`.
        var args = arguments
        args += ["accepted": SubmissionStatus.accepted, "rejected": SubmissionStatus.rejected]
        var reportRows: [String] = []
        for (i, report) in ReportKind.allCases.enumerated() {
            args += ["r\(i)": report.rawValue]
            reportRows.append("SELECT :r\(i) AS rapport, \(i + 1) AS ord")
        }
        let rows = try Row.fetchAll(db, sql: """
            WITH reports AS (\(reportRows.joined(separator: " UNION ALL "))),
            history AS (
                SELECT region_kod, rapport, MAX(is_current) AS in_force, SUM(status = :accepted) AS versions
                FROM submission WHERE ar = :y GROUP BY region_kod, rapport),
            latest AS (
                SELECT region_kod, rapport, received_at, late, errors, warnings,
                    ROW_NUMBER() OVER (PARTITION BY region_kod, rapport ORDER BY received_unix DESC, id DESC) AS n
                FROM submission WHERE ar = :y AND (status = :accepted OR status = :rejected))
            SELECT r.region_kod, r.organisation, rp.rapport, h.in_force, h.versions,
                l.received_at, l.late, l.errors, l.warnings, l.region_kod IS NOT NULL AS has_latest
            FROM region r CROSS JOIN reports rp
            LEFT JOIN history h ON h.region_kod = r.region_kod AND h.rapport = rp.rapport
            LEFT JOIN latest l ON l.region_kod = r.region_kod AND l.rapport = rp.rapport AND l.n = 1
            ORDER BY r.region_kod, rp.ord
            """, arguments: args)
        return ComparisonText.table("inlamning", [
            ("region_kod", .text), ("region_namn", .text), ("rapport", .text), ("status", .text),
            ("mottagen", .text), ("sen", .text), ("fel", .integer), ("varningar", .integer),
            ("versioner", .integer),
        ], rows: rows.map { r in
            let hasLatest: Bool = r["has_latest"]
            let status = r.int64("in_force") == 1 ? "GODKAND" : hasLatest ? "AVVISAD" : "SAKNAS"
            let late: Bool? = r["late"]
            return yearCells + [r.text("region_kod"), r.text("organisation"), r.text("rapport"), .text(status),
                                r.text("received_at"),
                                late.map { .text($0 ? ComparisonText.yes : ComparisonText.no) } ?? .empty,
                                hasLatest ? .integer(r.int64("errors")) : .empty,
                                hasLatest ? .integer(r.int64("warnings")) : .empty,
                                .integer(r.int64("versions"))]
        })
    }
}
