import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
@testable import Portal

/// What can be checked without a browser: every page is Swedish, has one h1, a skip link to
/// the main content, a label for every field, captions on tables, no script and no inline
/// style, and a visible focus in the style sheet.
struct AccessibilityTests {
    func matches(_ pattern: String, in text: String) -> [String] {
        let re = try! NSRegularExpression(pattern: pattern)
        return re.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap {
            Range($0.range(at: 1), in: text).map { String(text[$0]) }
        }
    }

    @Test func everyPageHasTheStructureAssistiveTechnologyNeeds() async throws {
        let fixture = try PortalFixture()
        try fixture.plantReceipt(region: "14", id: "r1", file: "14_2021_insatser.csv")
        try await fixture.app().test(.router) { client in
            let login = String(buffer: try await client.execute(uri: "/logga-in", method: .get).body)
            var anna = Browser(client: client)
            try await anna.signIn("anna")
            let csrf = try await anna.sessionCSRF()
            let checked = String(buffer: try await anna.upload("/skicka-in", files: [("14_2021_insatser.csv", Data("a\n".utf8))],
                                                               fields: ["csrf": csrf, "action": "check"]).body)
            var pages = ["login": login, "check result": checked]
            for uri in ["/oversikt", "/skicka-in", "/historik", "/mallar", "/finns-inte"] {
                pages[uri] = String(buffer: try await anna.get(uri).body)
            }
            for (name, html) in pages {
                #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"sv\">"), "\(name)")
                #expect(html.components(separatedBy: "<h1>").count == 2, "\(name): one h1")
                #expect(html.contains(##"<a class="skip" href="#innehall">Hoppa till innehållet</a>"##), "\(name)")
                #expect(html.contains(#"<main id="innehall" tabindex="-1">"#), "\(name)")
                #expect(!html.contains("<script") && !html.contains("style="), "\(name)")
                let ids = Set(matches(#"<input id="([^"]+)""#, in: html))
                let labels = Set(matches(#"<label for="([^"]+)""#, in: html))
                #expect(ids == labels, "\(name): every field has its label")
                #expect(html.components(separatedBy: "<table>").count == html.components(separatedBy: "<caption>").count, "\(name)")
            }
            let css = String(buffer: try await anna.get("/static/portal.css").body)
            #expect(css.contains(":focus") && css.contains("outline: 3px"))
        }
    }
}
