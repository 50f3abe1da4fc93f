import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
@testable import Portal

/// The overview's "Andra år" lists every reporting year from the first (2020) to the
/// current one, not the last five: no year before reporting began, none with data left out.
struct OverviewYearsTests {
    @Test func otherYearsAreEveryReportingYearSinceTheFirst() async throws {
        let fixture = try PortalFixture()   // the clock: 15 January 2022, reporting year 2021
        try await fixture.app().test(.router) { client in
            var anna = Browser(client: client)
            try await anna.signIn("anna")
            let page = String(buffer: try await anna.get("/oversikt?ar=2021").body)
            #expect(page.contains(#"href="/oversikt?ar=2020""#))
            #expect(!page.contains(#"href="/oversikt?ar=2019""#))
            #expect(!page.contains(#"href="/oversikt?ar=2017""#))
        }
    }
}
