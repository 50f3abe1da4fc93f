import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Pipeline
import Testing
@testable import Portal

/// Who may open the analysts' pages: analysts and admins; a region gets 403 on every one,
/// its own region's page too; without signing in, the sign-in page.
struct AnalystAccessTests {
    static let routes = [
        "/analys/tackning", "/analys/tackning?ar=2021", "/analys/region/14", "/analys/region/12?ar=2021",
        "/analys/tabeller", "/analys/tabeller?ar=2021", "/analys/tabeller/2021/jamforelse-2021.xlsx",
        "/analys/tabeller/2021/omraden.csv", "/analys/tabeller/2021/omraden-excel-sv.csv",
        "/analys/tabeller/2021/rapport-2021.html", "/analys/tabeller/2021/jamforelse-2021.md",
        "/analys/tabeller/2021/jamforelse-2021.json", "/analys/fynd", "/analys/fynd?ar=2021",
        "/analys/korningar", "/analys/korningar/1",
    ]

    @Test func aRegionGets403OnEveryAnalystRouteAndSeesNoOtherRegion() async throws {
        let fixture = try PortalFixture()
        try AnalystHelpers.drop(fixture, region: "12", name: "12_2021_insatser.csv", data: try fixture.sample("12", "12_2021_insatser.csv"))
        try AnalystHelpers.nightly(fixture)
        try await fixture.app().test(.router) { client in
            var anna = Browser(client: client)
            try await anna.signIn("anna")
            for uri in Self.routes {
                let r = try await anna.get(uri)
                #expect(r.status == .forbidden, "\(uri)")
                #expect(!String(buffer: r.body).contains("12_2021_insatser"), "\(uri)")
            }
            // A region token is refused alike.
            let (_, secret) = try fixture.services.tokens.add(name: "region", role: .region, region: "14")
            for uri in Self.routes {
                let r = try await client.execute(uri: uri, method: .get, headers: [.authorization: "Bearer \(secret)"])
                #expect(r.status == .forbidden, "\(uri)")
            }
            // Region 12's receipt stays out of region 14's reach.
            var ada = Browser(client: client)
            try await ada.signIn("ada")
            let page = String(buffer: try await ada.get("/analys/region/12?ar=2021").body)
            let receipt = try #require(page.range(of: #"/historik/[^"/]+/kvitto\.txt"#, options: .regularExpression))
            #expect(try await ada.get(String(page[receipt])).status == .ok)
            #expect(try await anna.get(String(page[receipt])).status == .notFound)
            // The navigation shows the analysts' pages to the analyst, not to the region.
            #expect(page.contains(#"href="/analys/tackning""#))
            #expect(!String(buffer: try await anna.get("/oversikt").body).contains("/analys/"))
        }
    }

    @Test func withoutSigningInEveryAnalystRouteLeadsToTheSignInPage() async throws {
        let fixture = try PortalFixture()
        try await fixture.app().test(.router) { client in
            for uri in Self.routes {
                let r = try await client.execute(uri: uri, method: .get)
                #expect(r.status == .seeOther, "\(uri)")
                #expect(r.headers[.location] == "/logga-in", "\(uri)")
            }
        }
    }

    @Test func anAdminOpensEveryAnalystPage() async throws {
        let fixture = try PortalFixture()
        try fixture.services.accounts.add(username: "drift", role: .admin, region: nil, password: PortalFixture.password)
        try AnalystHelpers.drop(fixture, region: "12", name: "12_2021_insatser.csv", data: try fixture.sample("12", "12_2021_insatser.csv"))
        try AnalystHelpers.nightly(fixture)
        try await fixture.app().test(.router) { client in
            var drift = Browser(client: client)
            try await drift.signIn("drift")
            for uri in Self.routes {
                #expect(try await drift.get(uri).status == .ok, "\(uri)")
            }
        }
    }
}
