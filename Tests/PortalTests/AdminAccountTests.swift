import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
@testable import Portal

/// /admin/konton: the operations of `followup users` from the browser, with real effects.
struct AdminAccountTests {
    /// The table row of an account.
    static func row(_ id: Int64, in html: String) -> String? {
        guard let start = html.range(of: #"<tr id="konto-\#(id)">"#), let end = html.range(of: "</tr>", range: start.upperBound..<html.endIndex)
        else { return nil }
        return String(html[start.lowerBound..<end.upperBound])
    }

    @Test func anAdminCreatesARegionAccountAndItsOneTimePasswordSignsIn() async throws {
        let fixture = try PortalFixture.withAdmin()
        try await fixture.app().test(.router) { client in
            var op = Browser(client: client)
            try await op.signIn(PortalFixture.adminName)
            let list = try await op.get("/admin/konton")
            #expect(list.status == .ok)
            let listHTML = String(buffer: list.body)
            #expect(listHTML.contains("<th scope=\"row\">anna</th>"))
            #expect(listHTML.contains(#"<label for="konto-anvandarnamn">Användarnamn</label>"#))
            #expect(listHTML.contains(#"<option value="14">14 Västra Götalands län</option>"#))

            let created = try await op.post("/admin/konton", [("csrf", try await op.csrf()), ("username", "nils"), ("role", "region"),
                                                              ("region", "14"), ("name", "Nils Ek"), ("email", "nils@vgregion.se")])
            #expect(created.status == .created)
            #expect(created.headers[.cacheControl] == "no-store")
            let html = String(buffer: created.body)
            #expect(html.contains("Kontot nils är skapat."))
            let password = try #require(Browser.secret(in: html))
            #expect(password.count == 20)

            let account = try #require(try fixture.services.accounts.find(username: "nils"))
            #expect(account.role == .region && account.region == "14")
            #expect(account.displayName == "Nils Ek" && account.email == "nils@vgregion.se" && !account.disabled)

            // Shown once: the list does not carry it.
            let listAfter = String(buffer: try await op.get("/admin/konton").body)
            #expect(!listAfter.contains(password))
            #expect(Self.row(account.id, in: listAfter)?.contains("<td>aldrig</td>") == true)

            var nils = Browser(client: client)
            let signIn = try await nils.signIn("nils", password)
            #expect(signIn.status == .seeOther && signIn.headers[.location] == "/oversikt")
            #expect(String(buffer: try await nils.get("/oversikt").body).contains("Västra Götaland"))
            // …and the list now says when nils signed in (it said "aldrig" before).
            let row = try #require(Self.row(account.id, in: String(buffer: try await op.get("/admin/konton").body)))
            #expect(!row.contains("<td>aldrig</td>") && row.contains("<td>20"))
        }
        let entry = try #require(try fixture.services.audit.entries().first { $0.action == "account-add" })
        #expect(entry.who == PortalFixture.adminName)
        #expect(entry.detail == "nils region 14")
    }

    @Test func anAnalystAccountNeedsNoRegionAndEmptyOptionalFieldsStayEmpty() async throws {
        let fixture = try PortalFixture.withAdmin()
        try await fixture.app().test(.router) { client in
            var op = Browser(client: client)
            try await op.signIn(PortalFixture.adminName)
            let r = try await op.post("/admin/konton", [("csrf", try await op.csrf()), ("username", "  greta "), ("role", "analytiker"),
                                                        ("region", ""), ("name", ""), ("email", "")])
            #expect(r.status == .created)
        }
        let greta = try #require(try fixture.services.accounts.find(username: "greta"))
        #expect(greta.role == .analytiker && greta.region == nil && greta.displayName == nil && greta.email == nil)
    }

    /// Each refused form: status, the Swedish message linked to its field, values kept, nothing created.
    @Test(arguments: [
        ([("username", ""), ("role", "region"), ("region", "14")], HTTPResponse.Status.unprocessableContent,
         "konto-anvandarnamn", "Ange ett användarnamn."),
        ([("username", "har mellanslag"), ("role", "region"), ("region", "14")], .unprocessableContent,
         "konto-anvandarnamn", "inga mellanslag"),
        ([("username", "ny"), ("role", "region"), ("region", "99")], .unprocessableContent,
         "konto-region", "Regionkoden 99 finns inte i kodlistan."),
        ([("username", "ny"), ("role", "region"), ("region", "")], .unprocessableContent,
         "konto-region", "Välj en region för rollen region."),
        ([("username", "ny"), ("role", "analytiker"), ("region", "14")], .unprocessableContent,
         "konto-region", "Region anges bara för rollen region."),
        ([("username", "ny"), ("role", "superuser"), ("region", "")], .unprocessableContent,
         "konto-roll", "Välj en roll"),
        ([("username", "ny"), ("role", "region"), ("region", "14"), ("email", "inte en adress")], .unprocessableContent,
         "konto-epost", "E-postadressen ser inte rätt ut"),
        ([("username", "anna"), ("role", "region"), ("region", "14")], .conflict,
         "konto-anvandarnamn", "Användarnamnet anna finns redan."),
        ([("username", "ANNA"), ("role", "region"), ("region", "14")], .conflict,
         "konto-anvandarnamn", "Användarnamnet ANNA finns redan."),
    ] as [([(String, String)], HTTPResponse.Status, String, String)])
    func aRefusedFormIsShownAgainWithTheMessageAtItsField(fields: [(String, String)], status: HTTPResponse.Status,
                                                           field: String, message: String) async throws {
        let fixture = try PortalFixture.withAdmin()
        let before = try fixture.services.accounts.list().count
        try await fixture.app().test(.router) { client in
            var op = Browser(client: client)
            try await op.signIn(PortalFixture.adminName)
            let r = try await op.post("/admin/konton", [("csrf", try await op.csrf())] + fields)
            #expect(r.status == status)
            let html = String(buffer: r.body)
            #expect(html.contains(#"<div class="error-summary" role="alert">"#))
            #expect(html.contains(##"<a href="#\##(field)">"##))
            #expect(html.contains(#"<span id="\#(field)-fel" class="field-error">"#))
            #expect(html.contains(message))
            let describedBy = try #require(html.range(of: #"id="\#(field)" [^>]*aria-describedby="[^"]*\#(field)-fel"[^>]*aria-invalid="true""#,
                                                      options: .regularExpression))
            #expect(!describedBy.isEmpty)
            if let username = fields.first(where: { $0.0 == "username" })?.1, !username.isEmpty {
                #expect(html.contains(#"value="\#(username)""#))  // what was typed is kept
            }
        }
        #expect(try fixture.services.accounts.list().count == before)
    }

    @Test func disablingEndsTheSessionsAndSignInUntilEnabledAgain() async throws {
        let fixture = try PortalFixture.withAdmin()
        let anna = try #require(try fixture.services.accounts.find(username: "anna"))
        try await fixture.app().test(.router) { client in
            var annasBrowser = Browser(client: client)
            try await annasBrowser.signIn("anna")
            #expect(try await annasBrowser.get("/oversikt").status == .ok)

            var op = Browser(client: client)
            try await op.signIn(PortalFixture.adminName)
            let r = try await op.post("/admin/konton/\(anna.id)/sparra", [("csrf", try await op.csrf())])
            #expect(r.status == .seeOther)
            #expect(r.headers[.location] == "/admin/konton?klart=sparrad&konto=\(anna.id)")
            let after = String(buffer: try await op.get(r.headers[.location]!).body)
            #expect(after.contains("Kontot anna är spärrat"))
            #expect(after.contains(#"action="/admin/konton/\#(anna.id)/aktivera""#))
            #expect(try fixture.services.accounts.find(username: "anna")?.disabled == true)

            #expect(try await annasBrowser.get("/oversikt").status == .seeOther)  // back to the sign-in page
            var again = Browser(client: client)
            #expect(try await again.signIn("anna").status == .unauthorized)

            let enable = try await op.post("/admin/konton/\(anna.id)/aktivera", [("csrf", try await op.csrf())])
            #expect(enable.status == .seeOther)
            #expect(try await again.signIn("anna").status == .seeOther)
        }
        let actions = try fixture.services.audit.entries().filter { $0.who == PortalFixture.adminName }.map(\.action)
        #expect(actions.contains("account-disable") && actions.contains("account-enable"))
        #expect(try fixture.services.audit.entries().first { $0.action == "account-disable" }?.detail == "anna")
    }

    @Test func anAdminCannotDisableOrResetThemself() async throws {
        let fixture = try PortalFixture.withAdmin()
        let me = try #require(try fixture.services.accounts.find(username: PortalFixture.adminName))
        try await fixture.app().test(.router) { client in
            var op = Browser(client: client)
            try await op.signIn(PortalFixture.adminName)
            let page = String(buffer: try await op.get("/admin/konton").body)
            #expect(!page.contains("/admin/konton/\(me.id)/sparra"))  // no button for oneself
            let r = try await op.post("/admin/konton/\(me.id)/sparra", [("csrf", try await op.csrf())])
            #expect(r.status == .conflict)
            #expect(String(buffer: r.body).contains("Du kan inte spärra ditt eget konto."))
            let reset = try await op.post("/admin/konton/\(me.id)/losenord", [("csrf", try await op.csrf())])
            #expect(reset.status == .conflict)
            #expect(try await op.get("/admin/konton").status == .ok)  // still signed in
        }
        #expect(try fixture.services.accounts.find(username: PortalFixture.adminName)?.disabled == false)
        #expect(try !fixture.services.audit.entries().contains { $0.action == "account-disable" })
    }

    @Test func aResetPasswordIsShownOnceAndReplacesTheOldOne() async throws {
        let fixture = try PortalFixture.withAdmin()
        let bo = try #require(try fixture.services.accounts.find(username: "bo"))
        try await fixture.app().test(.router) { client in
            var bosBrowser = Browser(client: client)
            try await bosBrowser.signIn("bo")
            var op = Browser(client: client)
            try await op.signIn(PortalFixture.adminName)
            let r = try await op.post("/admin/konton/\(bo.id)/losenord", [("csrf", try await op.csrf())])
            #expect(r.status == .ok)
            #expect(r.headers[.cacheControl] == "no-store")
            let password = try #require(Browser.secret(in: String(buffer: r.body)))
            #expect(try await bosBrowser.get("/oversikt").status == .seeOther)  // bo's session ended
            var fresh = Browser(client: client)
            #expect(try await fresh.signIn("bo").status == .unauthorized)  // the old password
            #expect(try await fresh.signIn("bo", password).status == .seeOther)
        }
        #expect(try fixture.services.audit.entries().contains { $0.action == "account-password" && $0.detail == "bo" && $0.who == "op" })
    }

    @Test func aChangeWithoutTheSessionsFormTokenIsRefused() async throws {
        let fixture = try PortalFixture.withAdmin()
        let anna = try #require(try fixture.services.accounts.find(username: "anna"))
        try await fixture.app().test(.router) { client in
            var op = Browser(client: client)
            try await op.signIn(PortalFixture.adminName)
            let fields = [("username", "mallory"), ("role", "admin"), ("region", "")]
            #expect(try await op.post("/admin/konton", fields).status == .forbidden)
            #expect(try await op.post("/admin/konton", [("csrf", "00ff")] + fields).status == .forbidden)
            #expect(try await op.post("/admin/konton/\(anna.id)/sparra", []).status == .forbidden)
            #expect(try await op.post("/admin/konton/\(anna.id)/losenord", [("csrf", "")]).status == .forbidden)
            // Another session's token does not do either.
            var other = Browser(client: client)
            try await other.signIn("ada")
            let adas = try await other.csrf(from: "/oversikt")
            #expect(!adas.isEmpty)
            #expect(try await op.post("/admin/konton", [("csrf", adas)] + fields).status == .forbidden)
        }
        #expect(try fixture.services.accounts.find(username: "mallory") == nil)
        #expect(try fixture.services.accounts.find(username: "anna")?.disabled == false)
    }

    @Test func anUnknownAccountIs404() async throws {
        let fixture = try PortalFixture.withAdmin()
        try await fixture.app().test(.router) { client in
            var op = Browser(client: client)
            try await op.signIn(PortalFixture.adminName)
            let csrf = try await op.csrf()
            for uri in ["/admin/konton/9999/sparra", "/admin/konton/abc/aktivera", "/admin/konton/-1/losenord"] {
                #expect(try await op.post(uri, [("csrf", csrf)]).status == .notFound, "\(uri)")
            }
        }
    }
}
