import GRDB

/// The years whose exports must be written again (`pending_export`): marked in the same
/// transaction as the accepted file that changed them, cleared only after they were
/// written, so a run killed during the exports redoes them next time.
extension FollowUpStore {
    /// Years whose exports are due (an accepted file touched them and their exports were not
    /// yet written).
    public func pendingExportYears() throws -> [Int] {
        try dbQueue.read { db in try Int.fetchAll(db, sql: "SELECT ar FROM pending_export ORDER BY ar") }
    }

    public func markExportPending(years: [Int]) throws {
        try dbQueue.write { db in try markExportPending(db, years: years) }
    }

    public func clearPendingExport(year: Int) throws {
        try dbQueue.write { db in
            try db.execute(sql: "DELETE FROM pending_export WHERE ar = ?", arguments: [year])
        }
    }

    func markExportPending(_ db: Database, years: [Int]) throws {
        for y in years {
            try db.execute(sql: "INSERT OR IGNORE INTO pending_export (ar) VALUES (?)", arguments: [y])
        }
    }
}
