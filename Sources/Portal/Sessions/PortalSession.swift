import Foundation
import GRDB

/// What a session holds: the account and the CSRF token of its forms.
public struct PortalSession: Codable, Sendable, Equatable {
    public var userID: Int64
    public var username: String
    public var csrf: String
    public var signedInAt: Double

    public init(userID: Int64, username: String, csrf: String = Secrets.randomHex(), signedInAt: Date = Date()) {
        self.userID = userID
        self.username = username
        self.csrf = csrf
        self.signedInAt = signedInAt.timeIntervalSince1970
    }
}

/// SQL on the session table beyond the persist driver's key/value operations.
enum PortalSessionRecord {
    /// Ends every session of an account (disabled, or a new password).
    static func deleteSessions(ofUser username: String, db: Database) throws {
        try db.execute(sql: "DELETE FROM portal_session WHERE json_extract(value, '$.username') = ? COLLATE NOCASE",
                       arguments: [username])
    }
}
