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
    public static let actions = ["login", "login-failed", "login-throttled", "logout", "check", "submit", "download",
                                 "account-add", "account-disable", "account-enable", "account-password", "token-add", "token-revoke"]

    public func record(who: String, address: String?, action: String, detail: String? = nil, at: Date = Date()) async {
        try? await db.queue.write { db in
            try db.execute(sql: "INSERT INTO audit_log (at, who, address, action, detail) VALUES (?, ?, ?, ?, ?)",
                           arguments: [PortalDatabase.timestamp(at), who, address, action, detail])
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
        try entries(Filter(), limit: limit, offset: 0)
    }

    /// What the operators' page narrows the log by; nil means "any".
    public struct Filter: Sendable, Equatable {
        /// Part of the name (case-insensitive).
        public var who: String?
        /// One action exactly (`login`, `account-add`, …).
        public var action: String?
        /// From this UTC day on (`YYYY-MM-DD`), inclusive.
        public var from: String?
        /// Up to and including this UTC day (`YYYY-MM-DD`).
        public var to: String?
        /// The start of the address (`10.1.` matches `10.1.2.3`).
        public var address: String?

        public init(who: String? = nil, action: String? = nil, from: String? = nil, to: String? = nil, address: String? = nil) {
            self.who = who
            self.action = action
            self.from = from
            self.to = to
            self.address = address
        }

        /// The WHERE clause and its arguments. Times are stored as `YYYY-MM-DDTHH:MM:SSZ`, so
        /// a day compares as text; LIKE patterns escape `%`, `_` and `\` of the input.
        var sql: (String, StatementArguments) {
            var clauses: [String] = []
            var args: [(any DatabaseValueConvertible)?] = []
            if let who { clauses.append(#"who LIKE ? ESCAPE '\'"#); args.append("%" + Self.likeEscaped(who) + "%") }
            if let action { clauses.append("action = ?"); args.append(action) }
            if let from { clauses.append("at >= ?"); args.append(from) }
            if let to { clauses.append("at < ?"); args.append(to + "T99") }
            if let address { clauses.append(#"address LIKE ? ESCAPE '\'"#); args.append(Self.likeEscaped(address) + "%") }
            return (clauses.isEmpty ? "" : "WHERE " + clauses.joined(separator: " AND "), StatementArguments(args))
        }

        static func likeEscaped(_ s: String) -> String {
            var out = ""
            for c in s {
                if c == "%" || c == "_" || c == "\\" { out.append("\\") }
                out.append(c)
            }
            return out
        }
    }

    /// The entries that match `filter`, newest first.
    public func entries(_ filter: Filter, limit: Int, offset: Int) throws -> [Entry] {
        let (whereClause, args) = filter.sql
        return try db.queue.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM audit_log \(whereClause) ORDER BY id DESC LIMIT ? OFFSET ?",
                             arguments: args + [limit, offset]).map {
                Entry(at: $0["at"], who: $0["who"], address: $0["address"], action: $0["action"], detail: $0["detail"])
            }
        }
    }

    /// How many entries match `filter`.
    public func count(_ filter: Filter) throws -> Int {
        let (whereClause, args) = filter.sql
        return try db.queue.read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM audit_log \(whereClause)", arguments: args) ?? 0
        }
    }

    /// The time of each user's last successful sign-in (by user name, lower-cased).
    public func lastSignIns() throws -> [String: String] {
        try db.queue.read { db in
            var out: [String: String] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT lower(who) AS who, MAX(at) AS at FROM audit_log WHERE action = 'login' GROUP BY lower(who)") {
                let who: String = row["who"], at: String = row["at"]
                out[who] = at
            }
            return out
        }
    }
}
