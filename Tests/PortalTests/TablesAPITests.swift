import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Pipeline
import Testing
@testable import Portal

/// The agency side of `/api/v1`: the comparison tables of `followup export`, for analysts
/// and admins; and the OpenAPI document describes exactly the routes the router has.
struct TablesAPITests {
    /// Region 14's 2021 activities, submitted with a region token and loaded by the nightly run.
    static func loaded(_ fixture: PortalFixture, client: some TestClientProtocol) async throws {
        let (_, secret) = try fixture.services.tokens.add(name: "ekonomisystemet", role: .region, region: "14")
        let valid = try fixture.sample("14", "14_2021_insatser.csv")
        let submit = try await Browser(client: client).upload("/api/v1/submissions", files: [("14_2021_insatser.csv", valid)],
                                                              headers: [.authorization: "Bearer \(secret)"])
        #expect(submit.status == .accepted)
        var config = PipelineConfiguration()
        config.dataDir = fixture.dir.path
        config.schemasDir = PortalFixture.repo.appendingPathComponent("Schemas").path
        let env = try PipelineEnvironment(config: config, now: PortalFixture.now.addingTimeInterval(3600))
        let summary = try NightlyRun(environment: env, showProgress: false).run()
        #expect(summary.accepted == 1)
    }

    @Test func anAnalystReadsATableAsCSVAndJSON() async throws {
        let fixture = try PortalFixture()
        let (_, secret) = try fixture.services.tokens.add(name: "analys", role: .analytiker, region: nil)
        try await fixture.app().test(.router) { client in
            try await Self.loaded(fixture, client: client)
            let auth: HTTPFields = [.authorization: "Bearer \(secret)"]
            let csv = try await client.execute(uri: "/api/v1/tables/2021/omraden.csv", method: .get, headers: auth)
            #expect(csv.status == .ok)
            #expect(csv.headers[.contentType]?.hasPrefix("text/csv") == true)
            let header = String(buffer: csv.body).split(separator: "\n").first.map(String.init)
            #expect(header == "ar,jamforelsear,stodform,omrade,omrade_namn,belopp_kr,andel_procent,belopp_jamforelsear_kr,andel_jamforelsear_procent,forandring_kr,forandring_procent")

            let json = try await client.execute(uri: "/api/v1/tables/2021/omraden.json", method: .get, headers: auth)
            #expect(json.status == .ok)
            let doc = try #require(try JSONSerialization.jsonObject(with: Data(buffer: json.body)) as? [String: Any])
            #expect(doc["ar"] as? Int == 2021)
            #expect(doc["jamforelsear"] as? Int == 2020)
            let tables = try #require(doc["tabeller"] as? [String: Any])
            #expect(Array(tables.keys) == ["omraden"])
            #expect((tables["omraden"] as? [[String: Any]])?.isEmpty == false)

            // Every table answers; a session of an analyst reads them too.
            for name in APIRoutes.tableNames {
                let r = try await client.execute(uri: "/api/v1/tables/2021/\(name).json", method: .get, headers: auth)
                #expect(r.status == .ok, "\(name)")
            }
            var ada = Browser(client: client)
            try await ada.signIn("ada")
            #expect(try await ada.get("/api/v1/tables/2021/regioner.csv").status == .ok)

            // Unknown tables and years without data are 404.
            for uri in ["/api/v1/tables/2021/okand.csv", "/api/v1/tables/2021/omraden.xlsx", "/api/v1/tables/1999/omraden.csv",
                        "/api/v1/tables/x/omraden.json"] {
                let r = try await client.execute(uri: uri, method: .get, headers: auth)
                #expect(r.status == .notFound, "\(uri)")
            }
        }
    }

    @Test func anAdminReadsTheTables() async throws {
        let fixture = try PortalFixture()
        // Admins have no API tokens: an admin account's session.
        try fixture.services.accounts.add(username: "drift", role: .admin, region: nil, password: PortalFixture.password)
        try await fixture.app().test(.router) { client in
            try await Self.loaded(fixture, client: client)
            var drift = Browser(client: client)
            try await drift.signIn("drift")
            #expect(try await drift.get("/api/v1/tables/2021/tidsserie.csv").status == .ok)
        }
    }

    @Test func aRegionGets403OnEveryTableWithTheSameBody() async throws {
        let fixture = try PortalFixture()
        let (_, secret) = try fixture.services.tokens.add(name: "region", role: .region, region: "14")
        try await fixture.app().test(.router) { client in
            try await Self.loaded(fixture, client: client)
            var bodies: Set<String> = []
            for name in APIRoutes.tableNames + ["okand"] {
                for ext in ["csv", "json"] {
                    let r = try await client.execute(uri: "/api/v1/tables/2021/\(name).\(ext)", method: .get,
                                                     headers: [.authorization: "Bearer \(secret)"])
                    #expect(r.status == .forbidden, "\(name).\(ext)")
                    bodies.insert(String(buffer: r.body))
                }
            }
            #expect(bodies.count == 1)
            var anna = Browser(client: client)
            try await anna.signIn("anna")
            #expect(try await anna.get("/api/v1/tables/2021/omraden.csv").status == .forbidden)
        }
    }

    @Test func withoutCredentialsTheTablesAnswer401() async throws {
        let fixture = try PortalFixture()
        try await fixture.app().test(.router) { client in
            for uri in ["/api/v1/tables/2021/omraden.csv", "/api/v1/tables/2021/insatslista.json"] {
                let r = try await client.execute(uri: uri, method: .get)
                #expect(r.status == .unauthorized, "\(uri)")
            }
            let bad = try await client.execute(uri: "/api/v1/tables/2021/omraden.csv", method: .get,
                                               headers: [.authorization: "Bearer fu_nope"])
            #expect(bad.status == .unauthorized)
        }
    }

    /// Every `/api/v1` route of the router is in the OpenAPI document, and every path and
    /// operation of the document is a route of the router (Hummingbird's `Router.routes`).
    @Test func theOpenAPIDocumentDescribesExactlyTheRoutesOfTheRouter() throws {
        let fixture = try PortalFixture()
        let router = PortalApplication.router(services: fixture.services)
        let prefix = "api/v1/"
        var routed: Set<String> = []
        for route in router.routes {
            var path = route.path.description
            while path.hasPrefix("/") { path.removeFirst() }
            guard path.hasPrefix(prefix), path != prefix + "openapi.json" else { continue }
            routed.insert("\(route.method.rawValue.lowercased()) /\(path.dropFirst(prefix.count))")
        }
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(OpenAPIDocument.json.utf8)) as? [String: Any])
        let paths = try #require(doc["paths"] as? [String: [String: Any]])
        var documented: Set<String> = []
        for (path, operations) in paths {
            for method in operations.keys where ["get", "post", "put", "patch", "delete", "head", "options"].contains(method) {
                documented.insert("\(method) \(path)")
            }
        }
        #expect(!routed.isEmpty)
        #expect(routed == documented, "only routed: \(routed.subtracting(documented)); only documented: \(documented.subtracting(routed))")
        #expect(routed.contains("get /tables/{year}/{table}.csv"))
    }
}
