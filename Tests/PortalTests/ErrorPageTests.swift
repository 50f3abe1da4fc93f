import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
@testable import Portal

/// An error page a signed-in user meets keeps the navigation and the sign-out button, and
/// its heading is short, not the message twice.
struct ErrorPageTests {
    @Test func aRegionRefusedAnAnalystPageStillHasItsNavigation() async throws {
        let fixture = try PortalFixture()
        try await fixture.app().test(.router) { client in
            var anna = Browser(client: client)
            try await anna.signIn("anna")
            let refused = try await anna.get("/analys/tackning")
            #expect(refused.status == .forbidden)
            let page = String(buffer: refused.body)
            #expect(page.contains("<h1>Ingen behörighet</h1>"))
            #expect(page.contains("<p>Du har inte behörighet till detta.</p>"))
            #expect(page.contains(#"href="/oversikt""#) && page.contains(#"action="/logga-ut""#))
            #expect(refused.headers[.contentSecurityPolicy] != nil)

            let missing = try await anna.get("/historik/finns-inte/kvitto.txt")
            #expect(missing.status == .notFound)
            #expect(String(buffer: missing.body).contains("<h1>Finns inte</h1>"))
            #expect(String(buffer: missing.body).contains(#"action="/logga-ut""#))
        }
    }
}
