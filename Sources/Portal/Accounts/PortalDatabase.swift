import Foundation
import GRDB

/// The portal's own state, `<data_dir>/portal.sqlite`: accounts, sessions, API tokens and
/// the audit log. Never the facts store.
public final class PortalDatabase: Sendable {
    /// WAL with a pool of readers: sign-in checks and session reads do not wait for each other.
    let queue: DatabasePool

    /// Opens (creating if needed) the file and brings its schema up to date.
    public init(path: String) throws {
        var config = Configuration()
        config.busyMode = .timeout(10)
        queue = try DatabasePool(path: path, configuration: config)
        try Self.migrator.migrate(queue)
    }

    /// The file of a data directory.
    public static func path(dataDir: String) -> String {
        URL(fileURLWithPath: dataDir, isDirectory: true).appendingPathComponent("portal.sqlite").path
    }

    static var migrator: DatabaseMigrator {
        var m = DatabaseMigrator()
        m.registerMigration("v1") { db in
            try db.execute(sql: """
                CREATE TABLE portal_user (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    username TEXT NOT NULL UNIQUE COLLATE NOCASE,
                    display_name TEXT,
                    email TEXT,
                    role TEXT NOT NULL CHECK (role IN ('region', 'analytiker', 'admin')),
                    region_kod TEXT,
                    password_hash TEXT NOT NULL,
                    disabled INTEGER NOT NULL DEFAULT 0,
                    created_at TEXT NOT NULL,
                    CHECK ((role = 'region') = (region_kod IS NOT NULL))
                );
                CREATE TABLE portal_session (
                    key TEXT PRIMARY KEY,
                    value BLOB NOT NULL,
                    expires_unix REAL
                );
                CREATE TABLE api_token (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    name TEXT NOT NULL,
                    role TEXT NOT NULL CHECK (role IN ('region', 'analytiker')),
                    region_kod TEXT,
                    token_sha256 TEXT NOT NULL UNIQUE,
                    created_at TEXT NOT NULL,
                    revoked INTEGER NOT NULL DEFAULT 0,
                    CHECK ((role = 'region') = (region_kod IS NOT NULL))
                );
                CREATE TABLE audit_log (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    at TEXT NOT NULL,
                    who TEXT NOT NULL,
                    address TEXT,
                    action TEXT NOT NULL,
                    detail TEXT
                );
                """)
        }
        return m
    }

    static func timestamp(_ date: Date = Date()) -> String {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime]
        return f.string(from: date)
    }
}
