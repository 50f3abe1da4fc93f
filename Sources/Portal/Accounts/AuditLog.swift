import Foundation
import GRDB

/// The audit log in `portal.sqlite`: who, when, from which address, what.
public struct AuditLog: Sendable {
    let db: PortalDatabase

    public init(database: PortalDatabase) { db = database }

    public struct Entry: Sendable, Equatable {
        public var at: String
        public var who: String
        public var address: String?
        public var action: String
        public var detail: String?
    }

    /// Actions written: `login`, `login-failed`, `login-throttled`, `logout`, `check`,
    /// `submit`, `download`, `account-add`, `account-disable`, `account-enable`,
    /// `account-password`, `token-add`, `token-revoke`.
    public func record(who: String, address: String?, action: String, detail: String? = nil) async {
        try? await db.queue.write { db in
            try db.execute(sql: "INSERT INTO audit_log (at, who, address, action, detail) VALUES (?, ?, ?, ?, ?)",
                           arguments: [PortalDatabase.timestamp(), who, address, action, detail])
        }
    }

    /// The same, for the command line.
    public func recordNow(who: String, action: String, detail: String? = nil) throws {
        try db.queue.write { db in
            try db.execute(sql: "INSERT INTO audit_log (at, who, address, action, detail) VALUES (?, ?, ?, ?, ?)",
                           arguments: [PortalDatabase.timestamp(), who, "cli", action, detail])
        }
    }

    public func entries(limit: Int = 1000) throws -> [Entry] {
        try db.queue.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM audit_log ORDER BY id DESC LIMIT ?", arguments: [limit]).map {
                Entry(at: $0["at"], who: $0["who"], address: $0["address"], action: $0["action"], detail: $0["detail"])
            }
        }
    }
}
