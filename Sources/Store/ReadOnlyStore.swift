import Foundation
import GRDB
import FollowUpModel

/// A read-only view of the store for the portal: a pool of read-only connections that never
/// migrate or write, so many requests read at once while the nightly run writes.
public final class ReadOnlyStore: Sendable {
    let pool: DatabasePool

    /// Opens an existing store. - Throws: a GRDB error when it cannot be opened.
    public init(path: String) throws {
        var config = Configuration()
        config.readonly = true
        config.busyMode = .timeout(5)
        pool = try DatabasePool(path: path, configuration: config)
    }

    /// The `inlamning` table of `year` (who has reported what).
    public func submissionTable(year: Int) throws -> FollowUpModel.Table {
        try pool.read { db in try ComparisonQuery(db: db, year: year).inlamning() }
    }

    /// Whether `year` has at least one accepted report in force.
    public func hasAcceptedData(year: Int) throws -> Bool {
        try pool.read { db in try ComparisonQuery.hasAcceptedData(db, year: year) }
    }

    /// The nine comparison tables of `year` as `FollowUpStore.withComparisonTables` gives
    /// them (`insatslista` streamed), inside one read of the store; the tables must not be
    /// used after `body` returns.
    public func withComparisonTables<T>(year: Int, _ body: ([FollowUpModel.Table]) throws -> T) throws -> T {
        try pool.read { db in
            let q = try ComparisonQuery(db: db, year: year)
            return try body([
                try q.omraden(), try q.prioriteringar(), try q.regioner(), try q.stodformer(),
                try q.insatser(), try q.indikatorer(), try q.inlamning(), try q.insatslistaStreamed(),
                try q.tidsserie(),
            ])
        }
    }
}

extension FollowUpStore {
    /// The `inlamning` table of `year`, read through a read-only connection that never
    /// migrates or writes; nil when there is no store yet.
    /// - Throws: a GRDB error when the store cannot be read.
    public static func readOnlySubmissionTable(path: String, year: Int) throws -> FollowUpModel.Table? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        return try ReadOnlyStore(path: path).submissionTable(year: year)
    }
}
