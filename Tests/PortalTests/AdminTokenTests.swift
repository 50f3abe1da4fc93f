import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
@testable import Portal

/// /admin/token: the operations of `followup tokens` from the browser, with real effects.
struct AdminTokenTests {
    @Test func aTokenMadeOnThePageWorksOnTheAPIUntilItIsRevoked() async throws {
        let fixture = try PortalFixture.withAdmin()
        try await fixture.app().test(.router) { client in
            var op = Browser(client: client)
            try await op.signIn(PortalFixture.adminName)
            let page = try await op.get("/admin/token")
            #expect(page.status == .ok)
            #expect(String(buffer: page.body).contains("Inga API-nycklar ännu."))
            let r = try await op.post("/admin/token", [("csrf", try await op.csrf(from: "/admin/token")), ("name", "ekonomisystemet"),
                                                       ("role", "region"), ("region", "14")])
            #expect(r.status == .created)
            #expect(r.headers[.cacheControl] == "no-store")
            let html = String(buffer: r.body)
            #expect(html.contains("API-nyckel 1 (ekonomisystemet) är skapad."))
            let secret = try #require(Browser.secret(in: html))
            #expect(secret.hasPrefix("fu_") && secret.count == 67)
            let token = try #require(try fixture.services.tokens.list().first)
            #expect(token.name == "ekonomisystemet" && token.role == .region && token.region == "14" && !token.revoked)

            let auth: HTTPFields = [.authorization: "Bearer \(secret)"]
            let status = try await client.execute(uri: "/api/v1/status?year=2021", method: .get, headers: auth)
            #expect(status.status == .ok)
            #expect(String(buffer: status.body).contains("\"region_kod\" : \"14\""))

            let list = String(buffer: try await op.get("/admin/token").body)
            #expect(!list.contains(secret))
            #expect(list.contains(#"<tr id="nyckel-1"><th scope="row">1</th><td>ekonomisystemet</td><td>region</td><td>14 Västra Götalands län</td>"#))

            let revoke = try await op.post("/admin/token/1/aterkalla", [("csrf", try await op.csrf(from: "/admin/token"))])
            #expect(revoke.status == .seeOther)
            #expect(revoke.headers[.location] == "/admin/token?klart=aterkallad&nyckel=1")
            let after = String(buffer: try await op.get(revoke.headers[.location]!).body)
            #expect(after.contains("API-nyckel 1 är återkallad."))
            #expect(!after.contains("/admin/token/1/aterkalla"))  // no button for a revoked token
            #expect(try await client.execute(uri: "/api/v1/status?year=2021", method: .get, headers: auth).status == .unauthorized)
        }
        let actions = try fixture.services.audit.entries().filter { $0.who == PortalFixture.adminName }.map { "\($0.action) \($0.detail ?? "")" }
        #expect(actions.contains("token-add 1 ekonomisystemet region 14"))
        #expect(actions.contains("token-revoke 1"))
    }

    @Test func anAnalystTokenReadsEveryRegion() async throws {
        let fixture = try PortalFixture.withAdmin()
        try await fixture.app().test(.router) { client in
            var op = Browser(client: client)
            try await op.signIn(PortalFixture.adminName)
            let r = try await op.post("/admin/token", [("csrf", try await op.csrf(from: "/admin/token")), ("name", "uppföljning"),
                                                       ("role", "analytiker"), ("region", "")])
            #expect(r.status == .created)
            let secret = try #require(Browser.secret(in: String(buffer: r.body)))
            let status = try await client.execute(uri: "/api/v1/status?year=2021", method: .get, headers: [.authorization: "Bearer \(secret)"])
            let body = String(buffer: status.body)
            #expect(body.contains("\"region_kod\" : \"01\"") && body.contains("\"region_kod\" : \"25\""))
        }
        #expect(try fixture.services.tokens.list().map(\.role) == [.analytiker])
    }

    @Test(arguments: [
        ([("name", ""), ("role", "region"), ("region", "14")], "nyckel-namn", "Ange vad nyckeln är till för."),
        ([("name", "x"), ("role", "admin"), ("region", "")], "nyckel-roll", "bara ha behörigheten region eller analytiker"),
        ([("name", "x"), ("role", "region"), ("region", "")], "nyckel-region", "Välj en region för rollen region."),
        ([("name", "x"), ("role", "region"), ("region", "00")], "nyckel-region", "Regionkoden 00 finns inte"),
        ([("name", "x"), ("role", "analytiker"), ("region", "14")], "nyckel-region", "Region anges bara för rollen region."),
    ] as [([(String, String)], String, String)])
    func aRefusedTokenFormNamesItsField(fields: [(String, String)], field: String, message: String) async throws {
        let fixture = try PortalFixture.withAdmin()
        try await fixture.app().test(.router) { client in
            var op = Browser(client: client)
            try await op.signIn(PortalFixture.adminName)
            let r = try await op.post("/admin/token", [("csrf", try await op.csrf(from: "/admin/token"))] + fields)
            #expect(r.status == .unprocessableContent)
            let html = String(buffer: r.body)
            #expect(html.contains(message))
            #expect(html.contains(##"<a href="#\##(field)">"##))
            #expect(html.range(of: #"id="\#(field)" [^>]*aria-describedby="[^"]*\#(field)-fel""#, options: .regularExpression) != nil)
            #expect(Browser.secret(in: html) == nil)
        }
        #expect(try fixture.services.tokens.list().isEmpty)
    }

    @Test func theStoreRefusesAdminTokensWithTheirOwnMessage() throws {
        let fixture = try PortalFixture()
        #expect(throws: AccountError.adminToken) {
            try fixture.services.tokens.add(name: "x", role: .admin, region: nil)
        }
        #expect(AccountError.adminToken.description == "API-nycklar kan inte ha rollen admin.")
    }

    @Test func revokingNeedsTheFormTokenAndAKnownID() async throws {
        let fixture = try PortalFixture.withAdmin()
        let (token, _) = try fixture.services.tokens.add(name: "s", role: .region, region: "14")
        try await fixture.app().test(.router) { client in
            var op = Browser(client: client)
            try await op.signIn(PortalFixture.adminName)
            #expect(try await op.post("/admin/token/\(token.id)/aterkalla", []).status == .forbidden)
            #expect(try await op.post("/admin/token", [("name", "x"), ("role", "region"), ("region", "14")]).status == .forbidden)
            #expect(try await op.post("/admin/token/999/aterkalla", [("csrf", try await op.csrf())]).status == .notFound)
        }
        #expect(try fixture.services.tokens.list().map(\.revoked) == [false])
        #expect(try fixture.services.tokens.list().count == 1)
    }
}

/// Only `admin` reaches the operators' pages: analytiker and region get 403 on every page and
/// form (signed in or by token), and nothing changes; without sign-in, the sign-in page.
struct AdminAccessTests {
    static let pages = ["/admin/konton", "/admin/token", "/admin/logg", "/admin/logg?vem=anna"]
    static let forms = ["/admin/konton", "/admin/konton/1/sparra", "/admin/konton/1/aktivera", "/admin/konton/1/losenord",
                        "/admin/token", "/admin/token/1/aterkalla"]

    @Test(arguments: ["anna", "ada"])
    func otherRolesGet403Everywhere(user: String) async throws {
        let fixture = try PortalFixture.withAdmin()
        let (token, _) = try fixture.services.tokens.add(name: "s", role: .region, region: "14")
        try await fixture.app().test(.router) { client in
            var browser = Browser(client: client)
            try await browser.signIn(user)
            let csrf = try await browser.csrf(from: "/oversikt")
            #expect(!csrf.isEmpty)
            for uri in Self.pages {
                let r = try await browser.get(uri)
                #expect(r.status == .forbidden, "\(user) \(uri)")
                #expect(String(buffer: r.body).contains("Du har inte behörighet till detta."))
            }
            for uri in Self.forms {
                let r = try await browser.post(uri, [("csrf", csrf), ("username", "x\(user)"), ("role", "admin"), ("name", "x"), ("region", "")])
                #expect(r.status == .forbidden, "\(user) \(uri)")
            }
            // The navigation shows no admin pages to them.
            #expect(!String(buffer: try await browser.get("/oversikt").body).contains("/admin/"))
        }
        #expect(try fixture.services.accounts.find(username: "x\(user)") == nil)
        #expect(try fixture.services.tokens.list() == [token])
        #expect(try fixture.services.accounts.list().allSatisfy { !$0.disabled })
    }

    @Test func tokensOfEitherRoleGet403AndAnonymousGoesToSignIn() async throws {
        let fixture = try PortalFixture.withAdmin()
        let (_, region) = try fixture.services.tokens.add(name: "r", role: .region, region: "14")
        let (_, analyst) = try fixture.services.tokens.add(name: "a", role: .analytiker, region: nil)
        try await fixture.app().test(.router) { client in
            for secret in [region, analyst] {
                for uri in Self.pages {
                    let r = try await client.execute(uri: uri, method: .get, headers: [.authorization: "Bearer \(secret)"])
                    #expect(r.status == .forbidden, "\(uri)")
                }
                let post = try await client.execute(uri: "/admin/token", method: .post,
                                                    headers: [.authorization: "Bearer \(secret)", .contentType: "application/x-www-form-urlencoded"],
                                                    body: ByteBuffer(string: "name=x&role=analytiker&region="))
                #expect(post.status == .forbidden)
            }
            for uri in Self.pages {
                let r = try await client.execute(uri: uri, method: .get)
                #expect(r.status == .seeOther && r.headers[.location] == "/logga-in", "\(uri)")
            }
        }
        #expect(try fixture.services.tokens.list().count == 2)
    }

    @Test func anAdminSeesTheAdminPagesInTheNavigation() async throws {
        let fixture = try PortalFixture.withAdmin()
        try await fixture.app().test(.router) { client in
            var op = Browser(client: client)
            try await op.signIn(PortalFixture.adminName)
            let html = String(buffer: try await op.get("/admin/token").body)
            #expect(html.contains(#"<a href="/admin/konton">Konton</a>"#))
            #expect(html.contains(#"<a href="/admin/token" aria-current="page">API-token</a>"#))
            #expect(html.contains(#"<a href="/admin/logg">Händelselogg</a>"#))
        }
    }
}
