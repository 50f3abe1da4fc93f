import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
@testable import Portal

/// Sign-in, sessions, cookies and the security headers.
struct SignInTests {
    @Test func signInSetsAStrictHttpOnlyCookieAndShowsTheOverviewInSwedish() async throws {
        let fixture = try PortalFixture()
        try await fixture.app().test(.router) { client in
            var browser = Browser(client: client)
            let response = try await browser.signIn("anna")
            #expect(response.status == .seeOther)
            #expect(response.headers[.location] == "/oversikt")
            let cookie = try #require(Browser.setCookie("followup_session", in: response))
            #expect(cookie.contains("HttpOnly"))
            #expect(cookie.contains("SameSite=Strict"))
            #expect(!cookie.contains("Secure"))
            let page = try await browser.get("/oversikt")
            #expect(page.status == .ok)
            let html = String(buffer: page.body)
            #expect(html.contains(#"<html lang="sv">"#))
            #expect(html.contains(##"href="#innehall""##))
            #expect(html.contains("Västra Götaland"))
            #expect(html.contains("rapportår 2021"))
            #expect(html.contains("37 dagar kvar"))
            #expect(html.contains("saknas"))
        }
    }

    @Test func secureCookiesWhenConfigured() async throws {
        let fixture = try PortalFixture { $0.secureCookies = true }
        try await fixture.app().test(.router) { client in
            var browser = Browser(client: client)
            let response = try await browser.signIn("anna")
            #expect(Browser.setCookie("followup_session", in: response)?.contains("Secure") == true)
        }
    }

    @Test func everyAnswerCarriesTheSecurityHeaders() async throws {
        let fixture = try PortalFixture()
        try await fixture.app().test(.router) { client in
            for uri in ["/logga-in", "/finns-inte", "/api/v1/status", "/static/portal.css"] {
                let r = try await client.execute(uri: uri, method: .get)
                let csp = try #require(r.headers[.contentSecurityPolicy])
                #expect(csp.contains("frame-ancestors 'none'"))
                #expect(!csp.contains("unsafe-inline"))
                #expect(!csp.contains("script-src"))  // default-src 'none': no script at all
                #expect(r.headers[.xContentTypeOptions] == "nosniff")
                #expect(r.headers[HTTPField.Name("Referrer-Policy")!] == "no-referrer")
            }
        }
    }

    @Test func wrongPasswordIsRefusedAndRepeatedFailuresAreThrottled() async throws {
        let fixture = try PortalFixture()
        try await fixture.app().test(.router) { client in
            var browser = Browser(client: client)
            for _ in 0..<3 {
                let r = try await browser.signIn("anna", "fel-lösenord-000")
                #expect(r.status == .unauthorized)
                #expect(String(buffer: r.body).contains("Fel användarnamn eller lösenord."))
            }
            // Even the right password waits now.
            let r = try await browser.signIn("anna")
            #expect(r.status == .tooManyRequests)
            #expect(browser.cookie == nil)
            // Another user is not throttled by anna's failures.
            let other = try await browser.signIn("bo")
            #expect(other.status == .seeOther)
        }
        let actions = try fixture.services.audit.entries().map(\.action)
        #expect(actions.filter { $0 == "login-failed" }.count == 3)
        #expect(actions.contains("login-throttled"))
        #expect(actions.contains("login"))
    }

    @Test func signInWithoutTheFormTokenIsRefused() async throws {
        let fixture = try PortalFixture()
        try await fixture.app().test(.router) { client in
            let r = try await client.execute(uri: "/logga-in", method: .post,
                                             headers: [.contentType: "application/x-www-form-urlencoded"],
                                             body: ByteBuffer(string: "username=anna&password=\(PortalFixture.password)&csrf=00"))
            #expect(r.status == .forbidden)
            #expect(Browser.value(of: "followup_session", in: r) == nil)
        }
    }

    @Test func aPlantedSessionIdIsNeverKeptAtSignIn() async throws {
        let fixture = try PortalFixture()
        try await fixture.app().test(.router) { client in
            var first = Browser(client: client)
            try await first.signIn("anna")
            let old = try #require(first.cookie)
            // Signing in again with that cookie present gives a new id and ends the old one.
            var second = Browser(client: client)
            try await second.signIn("anna", plantedSession: old)
            let new = try #require(second.cookie)
            #expect(new != old)
            #expect(try await first.get("/oversikt").status == .seeOther)
            #expect(try await second.get("/oversikt").status == .ok)
            // An id the attacker made up is simply unknown.
            var third = Browser(client: client)
            try await third.signIn("anna", plantedSession: "attacker")
            #expect(third.cookie != "attacker")
        }
    }

    @Test func signOutEndsTheSessionOnTheServer() async throws {
        let fixture = try PortalFixture()
        try await fixture.app().test(.router) { client in
            var browser = Browser(client: client)
            try await browser.signIn("anna")
            let csrf = try await browser.sessionCSRF()
            // Without the form's token, nothing happens.
            let refused = try await client.execute(uri: "/logga-ut", method: .post,
                                                   headers: browser.headers([.contentType: "application/x-www-form-urlencoded"]),
                                                   body: ByteBuffer(string: "csrf=0000"))
            #expect(refused.status == .forbidden)
            #expect(try await browser.get("/oversikt").status == .ok)
            let out = try await client.execute(uri: "/logga-ut", method: .post,
                                               headers: browser.headers([.contentType: "application/x-www-form-urlencoded"]),
                                               body: ByteBuffer(string: "csrf=\(csrf)"))
            #expect(out.status == .seeOther)
            // The old cookie, replayed, no longer signs anyone in.
            let after = try await browser.get("/oversikt")
            #expect(after.status == .seeOther)
            #expect(after.headers[.location] == "/logga-in")
        }
    }

    @Test func sessionsSurviveARestart() async throws {
        let fixture = try PortalFixture()
        let cookie = try await fixture.app().test(.router) { client in
            var browser = Browser(client: client)
            try await browser.signIn("anna")
            return try #require(browser.cookie)
        }
        let restarted = try fixture.restarted()
        try await fixture.app(restarted).test(.router) { client in
            let browser = Browser(client: client, cookie: cookie)
            let page = try await browser.get("/oversikt")
            #expect(page.status == .ok)
        }
    }

    @Test func aDisabledAccountLosesItsSessions() async throws {
        let fixture = try PortalFixture()
        try await fixture.app().test(.router) { client in
            var browser = Browser(client: client)
            try await browser.signIn("anna")
            try fixture.services.accounts.setDisabled("anna", true)
            #expect(try await browser.get("/oversikt").status == .seeOther)
            #expect(try await browser.signIn("anna").status == .unauthorized)
        }
    }

    @Test func theAuditLogIsReadableByAdminOnly() async throws {
        let fixture = try PortalFixture()
        try fixture.services.accounts.add(username: "op", role: .admin, region: nil, password: PortalFixture.password)
        try await fixture.app().test(.router) { client in
            var anna = Browser(client: client)
            try await anna.signIn("anna", "fel-lösenord-000")
            try await anna.signIn("anna")
            #expect(try await anna.get("/admin/logg").status == .forbidden)
            var op = Browser(client: client)
            try await op.signIn("op")
            let page = try await op.get("/admin/logg")
            #expect(page.status == .ok)
            let html = String(buffer: page.body)
            #expect(html.contains("login-failed") && html.contains("<td>anna</td>"))
        }
    }

    @Test func pagesNeedASignIn() async throws {
        let fixture = try PortalFixture()
        try await fixture.app().test(.router) { client in
            for uri in ["/oversikt", "/skicka-in", "/historik", "/mallar"] {
                let r = try await client.execute(uri: uri, method: .get)
                #expect(r.status == .seeOther)
                #expect(r.headers[.location] == "/logga-in")
            }
        }
    }
}
