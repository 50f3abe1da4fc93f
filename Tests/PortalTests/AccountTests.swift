import Foundation
import Testing
@testable import Portal

/// Accounts, password hashes and tokens in portal.sqlite.
struct AccountTests {
    @Test func productionHashesCostAtLeastTwelve() throws {
        #expect(PortalConfiguration().bcryptCost == 12)
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("portal-\(UUID().uuidString).yaml")
        try "portal:\n  bcrypt_cost: 4\n  listen: 0.0.0.0:9090\n".write(to: url, atomically: true, encoding: .utf8)
        let config = try PortalConfiguration.load(from: url)
        #expect(config.bcryptCost == 12)
        #expect(config.listen == "0.0.0.0:9090")
        #expect(PortalConfiguration.parseListen("127.0.0.1:8080")! == ("127.0.0.1", 8080))
        #expect(PortalConfiguration.parseListen("nope") == nil)
    }

    @Test func passwordsAreStoredAsBcryptHashes() throws {
        let fixture = try PortalFixture()
        let account = try #require(try fixture.services.accounts.find(username: "anna"))
        #expect(account.passwordHash.hasPrefix("$2"))
        #expect(!account.passwordHash.contains(PortalFixture.password))
        #expect(account.role == .region && account.region == "14")
    }

    @Test func accountRulesAreChecked() throws {
        let fixture = try PortalFixture()
        let accounts = fixture.services.accounts
        #expect(throws: AccountError.userExists("anna")) {
            try accounts.add(username: "anna", role: .region, region: "14", password: PortalFixture.password)
        }
        #expect(throws: AccountError.regionRequired) {
            try accounts.add(username: "x", role: .region, region: nil, password: PortalFixture.password)
        }
        #expect(throws: AccountError.unknownRegion("99")) {
            try accounts.add(username: "x", role: .region, region: "99", password: PortalFixture.password)
        }
        #expect(throws: AccountError.regionOnlyForRegionRole) {
            try accounts.add(username: "x", role: .admin, region: "14", password: PortalFixture.password)
        }
        #expect(throws: AccountError.passwordTooShort) {
            try accounts.add(username: "x", role: .admin, region: nil, password: "kort")
        }
        #expect(throws: AccountError.noSuchUser("nobody")) { try accounts.setDisabled("nobody", true) }
    }

    @Test func tokensAreStoredAsSHA256AndCanBeRevoked() async throws {
        let fixture = try PortalFixture()
        let tokens = fixture.services.tokens
        let (token, secret) = try tokens.add(name: "ekonomisystemet", role: .region, region: "14")
        let stored = try await fixture.services.database.queue.read { db in
            try String.fetchOne(db, sql: "SELECT token_sha256 FROM api_token WHERE id = ?", arguments: [token.id])
        }
        #expect(stored == Secrets.sha256Hex(secret))
        #expect(stored != secret)
        #expect(try await tokens.authenticate(secret)?.id == token.id)
        #expect(try await tokens.authenticate(secret + "x") == nil)
        try tokens.revoke(id: token.id)
        #expect(try await tokens.authenticate(secret) == nil)
        #expect(try tokens.list().first?.revoked == true)
    }

    @Test func constantTimeComparison() {
        #expect(Secrets.constantTimeEqual("abc", "abc"))
        #expect(!Secrets.constantTimeEqual("abc", "abd"))
        #expect(!Secrets.constantTimeEqual("abc", "abcd"))
    }

    @Test func thePersistDriverKeepsAndExpiresValues() async throws {
        let fixture = try PortalFixture()
        let driver = GRDBPersistDriver(database: fixture.services.database)
        // An hour, not a minute: on a loaded 2-core machine the cooperative pool can starve
        // this test for over a minute between its steps (seen once in scripts/test).
        try await driver.set(key: "k", value: "v", expires: .seconds(3600))
        #expect(try await driver.get(key: "k", as: String.self) == "v")
        try await driver.set(key: "gone", value: "v", expires: .seconds(-1))
        #expect(try await driver.get(key: "gone", as: String.self) == nil)
        await #expect(throws: (any Error).self) { try await driver.create(key: "k", value: "w", expires: nil) }
        try await driver.remove(key: "k")
        #expect(try await driver.get(key: "k", as: String.self) == nil)
    }
}
