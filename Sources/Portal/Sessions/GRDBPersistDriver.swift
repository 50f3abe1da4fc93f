import Foundation
import GRDB
import Hummingbird

/// Hummingbird's key/value persistence over `portal.sqlite`, so that sessions survive a
/// restart of the server. Values are stored as JSON text; expired rows read as absent and
/// are swept on each write.
public struct GRDBPersistDriver: PersistDriver {
    let db: PortalDatabase

    public init(database: PortalDatabase) { db = database }

    static func expiry(_ expires: Duration?) -> Double? {
        expires.map { Date().timeIntervalSince1970 + Double($0.components.seconds) + Double($0.components.attoseconds) / 1e18 }
    }

    static func encode(_ value: some Encodable) throws -> String {
        String(decoding: try JSONEncoder().encode(value), as: UTF8.self)
    }

    public func create<Object: Codable & Sendable>(key: String, value: Object, expires: Duration?) async throws {
        let text = try Self.encode(value)
        let now = Date().timeIntervalSince1970
        try await db.queue.write { db in
            try db.execute(sql: "DELETE FROM portal_session WHERE expires_unix IS NOT NULL AND expires_unix <= ?", arguments: [now])
            if try Row.fetchOne(db, sql: "SELECT 1 FROM portal_session WHERE key = ?", arguments: [key]) != nil {
                throw PersistError.duplicate
            }
            try db.execute(sql: "INSERT INTO portal_session (key, value, expires_unix) VALUES (?, ?, ?)",
                           arguments: [key, text, Self.expiry(expires)])
        }
    }

    public func set<Object: Codable & Sendable>(key: String, value: Object, expires: Duration?) async throws {
        let text = try Self.encode(value)
        let expiry = Self.expiry(expires)
        let now = Date().timeIntervalSince1970
        try await db.queue.write { db in
            try db.execute(sql: "DELETE FROM portal_session WHERE expires_unix IS NOT NULL AND expires_unix <= ?", arguments: [now])
            if let expiry {
                try db.execute(sql: "INSERT OR REPLACE INTO portal_session (key, value, expires_unix) VALUES (?, ?, ?)",
                               arguments: [key, text, expiry])
            } else {
                try db.execute(sql: """
                    INSERT INTO portal_session (key, value, expires_unix) VALUES (?, ?, NULL)
                    ON CONFLICT(key) DO UPDATE SET value = excluded.value
                    """, arguments: [key, text])
            }
        }
    }

    public func get<Object: Codable & Sendable>(key: String, as: Object.Type) async throws -> Object? {
        try await getWithTTL(key: key, as: Object.self)?.object
    }

    public func getWithTTL<Object: Codable & Sendable>(key: String, as: Object.Type) async throws -> (object: Object, ttl: Duration?)? {
        let now = Date().timeIntervalSince1970
        let row = try await db.queue.read { db in
            try Row.fetchOne(db, sql: "SELECT value, expires_unix FROM portal_session WHERE key = ?", arguments: [key])
                .map { ($0["value"] as String, $0["expires_unix"] as Double?) }
        }
        guard let (text, expiry) = row else { return nil }
        if let expiry, expiry <= now { return nil }
        do {
            let object = try JSONDecoder().decode(Object.self, from: Data(text.utf8))
            return (object, expiry.map { .seconds($0 - now) })
        } catch {
            throw PersistError.invalidConversion
        }
    }

    public func remove(key: String) async throws {
        try await db.queue.write { db in
            try db.execute(sql: "DELETE FROM portal_session WHERE key = ?", arguments: [key])
        }
    }
}
