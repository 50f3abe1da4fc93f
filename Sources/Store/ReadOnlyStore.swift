import Foundation
import GRDB
import FollowUpModel

extension FollowUpStore {
    /// The `inlamning` table of `year`, read through a read-only connection that never
    /// migrates or writes (the portal's view of the store); nil when there is no store yet.
    /// - Throws: a GRDB error when the store cannot be read.
    public static func readOnlySubmissionTable(path: String, year: Int) throws -> FollowUpModel.Table? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        var config = Configuration()
        config.readonly = true
        config.busyMode = .timeout(5)
        let queue = try DatabaseQueue(path: path, configuration: config)
        return try queue.read { db in try ComparisonQuery(db: db, year: year).inlamning() }
    }
}
