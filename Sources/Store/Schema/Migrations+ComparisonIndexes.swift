import GRDB

extension Migrations {
    /// Indexes for the comparison tables, which read the facts by year: without them every
    /// table scans all years of a table ordered by region first.
    static func registerComparisonIndexes(_ m: inout DatabaseMigrator) {
        m.registerMigration("v2-comparison-indexes") { db in
            try db.execute(sql: """
                -- omraden, prioriteringar, regioner, tidsserie: covering, no table lookups.
                CREATE INDEX finansiering_ar_grid
                    ON finansiering(ar, stodform, strategiskt_omrade, prioritering, region_kod, beviljat_kr);
                -- insatslista: the decisions pointing to an activity.
                CREATE INDEX finansiering_ar_insats
                    ON finansiering(ar, region_kod, insats_id) WHERE insats_id IS NOT NULL;
                -- insatser, insatslista (in the list's order).
                CREATE INDEX insats_ar ON insats(ar, region_kod, insats_id);
                -- indikatorer: county level of one year (partial: municipality rows, the bulk
                -- of a large file, do not pay for it).
                CREATE INDEX indikatorvarde_ar
                    ON indikatorvarde(ar, indikator_kod, region_kod, kon, varde) WHERE kommun_kod = '';
                -- inlamning
                CREATE INDEX submission_ar ON submission(ar, region_kod, rapport);
                """)
        }
    }
}
