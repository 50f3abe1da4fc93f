import GRDB
import FollowUpModel

extension FollowUpStore {
    /// The first non-duplicate submission with these bytes of the same region, year and
    /// report, if any: a file is a duplicate only of its own report's earlier version,
    /// never of another region's file (issue 11, item 2).
    public func submission(withSHA256 sha: String, region: String, year: Int, report: String) throws -> StoredSubmission? {
        try dbQueue.read { db in
            try StoredSubmission.fetchOne(db, sql: """
                SELECT * FROM submission WHERE sha256 = ? AND region_kod = ? AND ar = ? AND rapport = ?
                ORDER BY (status = ?), id LIMIT 1
                """, arguments: [sha, region, year, report, SubmissionStatus.duplicate])
        }
    }
}
