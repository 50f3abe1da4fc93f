import GRDB
import FollowUpModel

/// Reading the history of submissions and their findings.
extension FollowUpStore {
    /// The first non-duplicate submission with these bytes, if any.
    public func submission(withSHA256 sha: String) throws -> StoredSubmission? {
        try dbQueue.read { db in
            try StoredSubmission.fetchOne(db, sql: """
                SELECT * FROM submission WHERE sha256 = ? ORDER BY (status = ?), id LIMIT 1
                """, arguments: [sha, SubmissionStatus.duplicate])
        }
    }

    /// A submission recorded for exactly this inbox file (same name, bytes and received
    /// time): the file's outcome was committed but the run stopped before it left the inbox.
    public func submission(fileName: String, sha256: String, receivedUnix: Double) throws -> StoredSubmission? {
        try dbQueue.read { db in
            try StoredSubmission.fetchOne(db, sql: """
                SELECT * FROM submission WHERE file_name = ? AND sha256 = ? AND received_unix = ?
                ORDER BY id DESC LIMIT 1
                """, arguments: [fileName, sha256, receivedUnix])
        }
    }

    /// The findings recorded for a submission, in their order.
    public func findings(ofSubmission id: Int64) throws -> [Finding] {
        try dbQueue.read { db in
            try Row.fetchAll(db, sql: """
                SELECT s.file_name, f.* FROM finding f JOIN submission s ON s.id = f.submission_id
                WHERE f.submission_id = ? ORDER BY f.seq
                """, arguments: [id]).compactMap { row in
                guard let code = IssueCode(rawValue: row["code"]) else { return nil }
                return Finding(code: code, file: row["file_name"], line: row["line"],
                               column: row["column_name"], value: row["value"], message: row["message"])
            }
        }
    }

    /// Every submission, oldest first.
    public func submissions() throws -> [StoredSubmission] {
        try dbQueue.read { db in
            try StoredSubmission.fetchAll(db, sql: "SELECT * FROM submission ORDER BY received_unix, id")
        }
    }
}
