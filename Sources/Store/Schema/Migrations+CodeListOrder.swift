import GRDB

extension Migrations {
    /// The order of instruments and areas in the comparison tables is the code lists' row
    /// order, kept in `ordning` (as `kod.ordning` keeps it for the smaller lists) and set by
    /// every seeding (`FollowUpStore.seed`), so no query writes the codes out.
    static func registerCodeListOrder(_ m: inout DatabaseMigrator) {
        m.registerMigration("v3-codelist-order") { db in
            try db.execute(sql: """
                ALTER TABLE omrade ADD COLUMN ordning INTEGER;
                ALTER TABLE stodform ADD COLUMN ordning INTEGER;
                """)
        }
    }
}
