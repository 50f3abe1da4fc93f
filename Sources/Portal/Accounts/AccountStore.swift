import Foundation
import GRDB
import Synchronization

/// Accounts in `portal.sqlite`: what `followup users …` and the sign-in page use.
public struct AccountStore: Sendable {
    let db: PortalDatabase
    public let hasher: PasswordHasher
    /// Region codes that exist (from the code list); nil accepts any two-digit code.
    let regions: Set<String>?

    public init(database: PortalDatabase, hasher: PasswordHasher = PasswordHasher(), regions: Set<String>? = nil) {
        db = database
        self.hasher = hasher
        self.regions = regions
    }

    func checkRole(_ role: PortalRole, region: String?) throws {
        if role == .region {
            guard let region else { throw AccountError.regionRequired }
            if let regions, !regions.contains(region) { throw AccountError.unknownRegion(region) }
            if regions == nil, !(region.count == 2 && region.allSatisfy(\.isNumber)) { throw AccountError.unknownRegion(region) }
        } else if region != nil {
            throw AccountError.regionOnlyForRegionRole
        }
    }

    /// Creates an account. - Throws: `AccountError`.
    @discardableResult
    public func add(username: String, role: PortalRole, region: String?, displayName: String? = nil,
                    email: String? = nil, password: String) throws -> Account {
        try checkRole(role, region: region)
        guard password.count >= 12 else { throw AccountError.passwordTooShort }
        let hash = hasher.hash(password)
        return try db.queue.write { db in
            if try Row.fetchOne(db, sql: "SELECT 1 FROM portal_user WHERE username = ?", arguments: [username]) != nil {
                throw AccountError.userExists(username)
            }
            try db.execute(sql: """
                INSERT INTO portal_user (username, display_name, email, role, region_kod, password_hash, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """, arguments: [username, displayName, email, role.rawValue, region, hash, PortalDatabase.timestamp()])
            return Account(row: try Row.fetchOne(db, sql: "SELECT * FROM portal_user WHERE id = ?", arguments: [db.lastInsertedRowID])!)
        }
    }

    public func list() throws -> [Account] {
        try db.queue.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM portal_user ORDER BY username").map(Account.init(row:))
        }
    }

    public func find(username: String) throws -> Account? {
        try db.queue.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM portal_user WHERE username = ?", arguments: [username]).map(Account.init(row:))
        }
    }

    public func find(id: Int64) async throws -> Account? {
        try await db.queue.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM portal_user WHERE id = ?", arguments: [id]).map(Account.init(row:))
        }
    }

    public func setDisabled(_ username: String, _ disabled: Bool) throws {
        try db.queue.write { db in
            try db.execute(sql: "UPDATE portal_user SET disabled = ? WHERE username = ?", arguments: [disabled, username])
            if db.changesCount == 0 { throw AccountError.noSuchUser(username) }
            if disabled {
                // Signed-in sessions of the account end now.
                try PortalSessionRecord.deleteSessions(ofUser: username, db: db)
            }
        }
    }

    public func setPassword(_ username: String, _ password: String) throws {
        guard password.count >= 12 else { throw AccountError.passwordTooShort }
        let hash = hasher.hash(password)
        try db.queue.write { db in
            try db.execute(sql: "UPDATE portal_user SET password_hash = ? WHERE username = ?", arguments: [hash, username])
            if db.changesCount == 0 { throw AccountError.noSuchUser(username) }
            try PortalSessionRecord.deleteSessions(ofUser: username, db: db)
        }
    }

    /// A hash to verify against when the user does not exist, so that a missing user costs
    /// as long as a wrong password (made once per cost).
    static let dummyHashes = Mutex<[UInt8: String]>([:])

    func dummyHash() -> String {
        let cost = hasher.cost
        if let h = Self.dummyHashes.withLock({ $0[cost] }) { return h }
        let h = hasher.hash(Secrets.randomHex(bytes: 16))
        Self.dummyHashes.withLock { $0[cost] = h }
        return h
    }

    /// The account when `password` is right and the account is active; bcrypt runs off the
    /// event loop.
    public func verify(username: String, password: String) async throws -> Account? {
        let account = try await db.queue.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM portal_user WHERE username = ?", arguments: [username]).map(Account.init(row:))
        }
        let ok = try await hasher.verifyOffLoop(password, hash: account?.passwordHash ?? dummyHash())
        guard ok, let account, !account.disabled else { return nil }
        return account
    }
}
