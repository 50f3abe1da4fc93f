import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
@testable import Portal

/// /admin/logg: the filters (who, action, dates, address) narrow the log, and it pages.
struct AdminAuditTests {
    static func day(_ s: String) -> Date {
        let f = ISO8601DateFormatter()
        return f.date(from: s + "T12:00:00Z")!
    }

    /// Six known entries on three days (besides op's sign-in of today).
    static func plant(_ audit: AuditLog) async {
        await audit.record(who: "anna", address: "10.1.2.3", action: "login", at: day("2026-01-10"))
        await audit.record(who: "anna", address: "10.1.2.3", action: "submit", detail: "14_2025_insatser.csv", at: day("2026-01-11"))
        await audit.record(who: "bo", address: "10.9.0.1", action: "login-failed", at: day("2026-01-11"))
        await audit.record(who: "bo", address: "192.168.1.5", action: "login", at: day("2026-01-12"))
        await audit.record(who: "annika", address: "10.1.7.7", action: "check", at: day("2026-01-12"))
        await audit.record(who: "50%_rabatt", address: nil, action: "login-failed", at: day("2026-01-12"))
    }

    /// The rows of the log's table as "who action" pairs, in order.
    static func rows(_ html: String) -> [String] {
        let re = try! NSRegularExpression(pattern: #"<tr><td>[^<]*</td><td>([^<]*)</td><td>[^<]*</td><td>([^<]*)</td>"#)
        return re.matches(in: html, range: NSRange(html.startIndex..., in: html)).map {
            "\(html[Range($0.range(at: 1), in: html)!]) \(html[Range($0.range(at: 2), in: html)!])"
        }
    }

    @Test(arguments: [
        ("", ["50%_rabatt login-failed", "annika check", "bo login", "bo login-failed", "anna submit", "anna login"]),
        ("vem=ann", ["annika check", "anna submit", "anna login"]),
        ("vem=ANNA", ["anna submit", "anna login"]),
        ("vem=%25", ["50%_rabatt login-failed"]),  // % is a character, not a wildcard
        ("vem=_", ["50%_rabatt login-failed"]),
        ("handelse=login-failed", ["50%_rabatt login-failed", "bo login-failed"]),
        ("fran=2026-01-11&till=2026-01-11", ["bo login-failed", "anna submit"]),
        ("fran=2026-01-12", ["50%_rabatt login-failed", "annika check", "bo login"]),
        ("till=2026-01-10", ["anna login"]),
        ("adress=10.1.", ["annika check", "anna submit", "anna login"]),
        ("adress=10.", ["annika check", "bo login-failed", "anna submit", "anna login"]),
        ("vem=bo&handelse=login", ["bo login"]),
        ("vem=ingen", []),
    ])
    func filtersNarrowTheLog(query: String, expected: [String]) async throws {
        let fixture = try PortalFixture.withAdmin()
        await Self.plant(fixture.services.audit)
        try await fixture.app().test(.router) { client in
            var op = Browser(client: client)
            try await op.signIn(PortalFixture.adminName)
            // op's own sign-in of today is left out by a date filter that ends in January 2026.
            let uri = "/admin/logg?" + (query.isEmpty ? "till=2026-01-31" : query + (query.contains("till=") ? "" : "&till=2026-01-31"))
            let r = try await op.get(uri)
            #expect(r.status == .ok)
            let html = String(buffer: r.body)
            #expect(Self.rows(html) == expected, "\(query)")
            if expected.isEmpty { #expect(html.contains("Inga händelser matchar filtren.")) }
        }
    }

    @Test func theFormKeepsTheFiltersWithLabelsAndABadDateIs400AtItsField() async throws {
        let fixture = try PortalFixture.withAdmin()
        try await fixture.app().test(.router) { client in
            var op = Browser(client: client)
            try await op.signIn(PortalFixture.adminName)
            let ok = String(buffer: try await op.get("/admin/logg?vem=bo&handelse=login&adress=10.").body)
            #expect(ok.contains(#"<form method="get" action="/admin/logg""#))
            #expect(ok.contains(#"<input id="logg-vem" name="vem" type="text" value="bo""#))
            #expect(ok.contains(#"<option value="login" selected>login</option>"#))
            #expect(ok.contains(#"<input id="logg-adress" name="adress" type="text" value="10.""#))
            for id in ["logg-vem", "logg-handelse", "logg-fran", "logg-till", "logg-adress"] {
                #expect(ok.contains(#"<label for="\#(id)">"#), "\(id)")
            }
            for bad in ["fran=2026-02-30", "fran=ig%C3%A5r", "till=2026-1-5"] {
                let r = try await op.get("/admin/logg?" + bad)
                #expect(r.status == .badRequest, "\(bad)")
                let html = String(buffer: r.body)
                #expect(html.contains("Skriv datumet som ÅÅÅÅ-MM-DD"))
                #expect(html.range(of: #"aria-describedby="logg-(fran|till)-hjalp logg-(fran|till)-fel" aria-invalid="true""#,
                                   options: .regularExpression) != nil)
                #expect(Self.rows(html).isEmpty)
            }
            let order = try await op.get("/admin/logg?fran=2026-02-01&till=2026-01-01")
            #expect(order.status == .badRequest)
            #expect(String(buffer: order.body).contains("Slutdatumet ligger före startdatumet."))
        }
    }

    @Test func theLogPagesByAHundredKeepingTheFilters() async throws {
        let fixture = try PortalFixture.withAdmin()
        for i in 0..<230 {
            await fixture.services.audit.record(who: "robot", address: "10.0.0.\(i % 7)", action: "check", detail: "n\(i)",
                                                at: Self.day("2026-01-05"))
        }
        try await fixture.app().test(.router) { client in
            var op = Browser(client: client)
            try await op.signIn(PortalFixture.adminName)
            let first = String(buffer: try await op.get("/admin/logg?vem=robot").body)
            #expect(Self.rows(first).count == 100)
            #expect(first.contains("<td>n229</td>"))  // newest first
            #expect(first.contains("Händelse 1–100 av 230, nyast först."))
            #expect(first.contains(#"<a href="/admin/logg?vem=robot&amp;sida=2" rel="next">Äldre</a>"#))
            #expect(!first.contains("rel=\"prev\""))
            let third = String(buffer: try await op.get("/admin/logg?vem=robot&sida=3").body)
            #expect(Self.rows(third).count == 30)
            #expect(third.contains("<td>n0</td>") && !third.contains("<td>n30</td>"))
            #expect(third.contains(#"<a href="/admin/logg?vem=robot&amp;sida=2" rel="prev">Nyare</a>"#))
            #expect(!third.contains("rel=\"next\""))
        }
    }

    @Test func everyChangeOnTheAdminPagesIsInTheLogWithWhoAndWhat() async throws {
        let fixture = try PortalFixture.withAdmin()
        let bo = try #require(try fixture.services.accounts.find(username: "bo"))
        try await fixture.app().test(.router) { client in
            var op = Browser(client: client)
            try await op.signIn(PortalFixture.adminName)
            let csrf = try await op.csrf()
            _ = try await op.post("/admin/konton", [("csrf", csrf), ("username", "ny1"), ("role", "analytiker"), ("region", "")])
            _ = try await op.post("/admin/konton/\(bo.id)/sparra", [("csrf", csrf)])
            _ = try await op.post("/admin/konton/\(bo.id)/aktivera", [("csrf", csrf)])
            _ = try await op.post("/admin/konton/\(bo.id)/losenord", [("csrf", csrf)])
            _ = try await op.post("/admin/token", [("csrf", csrf), ("name", "n"), ("role", "region"), ("region", "01")])
            _ = try await op.post("/admin/token/1/aterkalla", [("csrf", csrf)])
            let html = String(buffer: try await op.get("/admin/logg?vem=op").body)
            #expect(Self.rows(html) == ["op token-revoke", "op token-add", "op account-password", "op account-enable",
                                        "op account-disable", "op account-add", "op login"])
        }
    }
}

/// The admin pages have the structure of the region pages (AccessibilityTests): one h1, a
/// label for every field and select, captions on tables, no script, no inline style; every
/// `aria-describedby` names elements that exist.
struct AdminPageStructureTests {
    static func matches(_ pattern: String, in text: String) -> [String] {
        let re = try! NSRegularExpression(pattern: pattern)
        return re.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap {
            Range($0.range(at: 1), in: text).map { String(text[$0]) }
        }
    }

    @Test func everyAdminPageIsLabelledAndLinked() async throws {
        let fixture = try PortalFixture.withAdmin()
        try await fixture.app().test(.router) { client in
            var op = Browser(client: client)
            try await op.signIn(PortalFixture.adminName)
            let csrf = try await op.csrf()
            var pages: [String: String] = [:]
            for uri in ["/admin/konton", "/admin/token", "/admin/logg", "/admin/logg?fran=fel&till=2026-13-01"] {
                pages[uri] = String(buffer: try await op.get(uri).body)
            }
            pages["account errors"] = String(buffer: try await op.post("/admin/konton", [("csrf", csrf), ("username", ""), ("role", "region"),
                                                                                         ("region", "99"), ("email", "x")]).body)
            pages["token errors"] = String(buffer: try await op.post("/admin/token", [("csrf", csrf), ("name", ""), ("role", "admin")]).body)
            pages["secret"] = String(buffer: try await op.post("/admin/token", [("csrf", csrf), ("name", "n"), ("role", "analytiker"),
                                                                                ("region", "")]).body)
            for (name, html) in pages {
                #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"sv\">"), "\(name)")
                #expect(html.components(separatedBy: "<h1>").count == 2, "\(name): one h1")
                #expect(!html.contains("<script") && !html.contains("style="), "\(name)")
                let ids = Set(Self.matches(#"<(?:input|select) id="([^"]+)""#, in: html))
                let labels = Set(Self.matches(#"<label for="([^"]+)""#, in: html))
                #expect(!ids.isEmpty && ids == labels, "\(name): every field has its label")
                #expect(html.components(separatedBy: "<table>").count == html.components(separatedBy: "<caption>").count, "\(name)")
                let allIDs = Set(Self.matches(#" id="([^"]+)""#, in: html))
                for described in Self.matches(#"aria-describedby="([^"]+)""#, in: html) {
                    for id in described.split(separator: " ") { #expect(allIDs.contains(String(id)), "\(name): \(id)") }
                }
                for target in Self.matches(##"<li><a href="#([^"]+)">"##, in: html) {
                    #expect(ids.contains(target), "\(name): the error links to its field \(target)")
                }
            }
            #expect(pages["account errors"]!.components(separatedBy: "class=\"field-error\"").count == 4)  // user name, region, e-mail
            let css = String(buffer: try await op.get("/static/portal.css").body)
            #expect(css.contains("select:focus"))
        }
    }
}
