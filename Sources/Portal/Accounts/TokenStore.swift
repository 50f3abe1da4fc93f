import Foundation
import GRDB

/// One API token as listed (the token itself is never stored, only its SHA-256).
public struct APIToken: Sendable, Equatable {
    public var id: Int64
    public var name: String
    public var role: PortalRole
    public var region: String?
    public var createdAt: String
    public var revoked: Bool

    init(row: Row) {
        id = row["id"]
        name = row["name"]
        role = PortalRole(rawValue: row["role"]) ?? .region
        region = row["region_kod"]
        createdAt = row["created_at"]
        revoked = row["revoked"]
    }

    public var identity: PortalIdentity {
        PortalIdentity(name: "token:\(id):\(name)", role: role, region: region, tokenID: id)
    }
}

/// API tokens in `portal.sqlite`: `followup tokens …` and bearer authentication.
public struct TokenStore: Sendable {
    let db: PortalDatabase
    let regions: Set<String>?

    public init(database: PortalDatabase, regions: Set<String>? = nil) {
        db = database
        self.regions = regions
    }

    /// Creates a token; returns it with the secret, which is shown once.
    public func add(name: String, role: PortalRole, region: String?) throws -> (token: APIToken, secret: String) {
        guard role != .admin else { throw AccountError.adminToken }
        try AccountStore(database: db, regions: regions).checkRole(role, region: region)
        let secret = "fu_" + Secrets.randomHex(bytes: 32)
        let token = try db.queue.write { db in
            try db.execute(sql: """
                INSERT INTO api_token (name, role, region_kod, token_sha256, created_at) VALUES (?, ?, ?, ?, ?)
                """, arguments: [name, role.rawValue, region, Secrets.sha256Hex(secret), PortalDatabase.timestamp()])
            return APIToken(row: try Row.fetchOne(db, sql: "SELECT * FROM api_token WHERE id = ?", arguments: [db.lastInsertedRowID])!)
        }
        return (token, secret)
    }

    public func list() throws -> [APIToken] {
        try db.queue.read { db in try Row.fetchAll(db, sql: "SELECT * FROM api_token ORDER BY id").map(APIToken.init(row:)) }
    }

    public func revoke(id: Int64) throws {
        try db.queue.write { db in
            try db.execute(sql: "UPDATE api_token SET revoked = 1 WHERE id = ?", arguments: [id])
            if db.changesCount == 0 { throw AccountError.noSuchToken(id) }
        }
    }

    /// The token whose hash matches, when it is not revoked. The lookup is by hash (an
    /// index probe on a value an attacker cannot steer); the hex digests are then compared
    /// in constant time.
    public func authenticate(_ secret: String) async throws -> APIToken? {
        let hash = Secrets.sha256Hex(secret)
        let found = try await db.queue.read { db in
            try Row.fetchOne(db, sql: "SELECT *, token_sha256 FROM api_token WHERE token_sha256 = ?", arguments: [hash])
                .map { (APIToken(row: $0), $0["token_sha256"] as String) }
        }
        guard let (token, stored) = found, Secrets.constantTimeEqual(stored, hash), !token.revoked else { return nil }
        return token
    }
}
