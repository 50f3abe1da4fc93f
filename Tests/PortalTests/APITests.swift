import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
@testable import Portal

/// The JSON API, region side, with bearer tokens.
struct APITests {
    @Test func withoutCredentialsTheAPIAnswers401() async throws {
        let fixture = try PortalFixture()
        try await fixture.app().test(.router) { client in
            for (uri, method) in [("/api/v1/status", HTTPRequest.Method.get), ("/api/v1/submissions", .get),
                                  ("/api/v1/receipts/x", .get), ("/api/v1/check", .post), ("/api/v1/submissions", .post)] {
                let r = try await client.execute(uri: uri, method: method)
                #expect(r.status == .unauthorized, "\(uri)")
                #expect(r.headers[.contentType]?.hasPrefix("application/json") == true)
            }
            let bad = try await client.execute(uri: "/api/v1/status", method: .get, headers: [.authorization: "Bearer fu_nope"])
            #expect(bad.status == .unauthorized)
        }
    }

    @Test func aTokenChecksSubmitsAndReadsItsRegion() async throws {
        let fixture = try PortalFixture()
        let (_, secret) = try fixture.services.tokens.add(name: "ekonomisystemet", role: .region, region: "14")
        let valid = try fixture.sample("14", "14_2021_insatser.csv")
        try await fixture.app().test(.router) { client in
            let browser = Browser(client: client)
            let auth: HTTPFields = [.authorization: "Bearer \(secret)"]
            let check = try await browser.upload("/api/v1/check", files: [("14_2021_insatser.csv", valid)], headers: auth)
            #expect(check.status == .ok)
            let report = try #require(try JSONSerialization.jsonObject(with: Data(buffer: check.body)) as? [String: Any])
            #expect(report["valid"] as? Bool == true)
            #expect(((report["files"] as? [[String: Any]])?.first?["file"] as? String) == "14_2021_insatser.csv")
            #expect(!FileManager.default.fileExists(atPath: fixture.zones.inbox.appendingPathComponent("14").path))

            let submit = try await browser.upload("/api/v1/submissions", files: [("14_2021_insatser.csv", valid)], headers: auth)
            #expect(submit.status == .accepted)
            #expect(String(buffer: submit.body).contains("\"submitted\" : true"))
            let again = try await browser.upload("/api/v1/submissions", files: [("14_2021_insatser.csv", valid)], headers: auth)
            #expect(again.status == .unprocessableContent)
            #expect(String(buffer: again.body).contains("already-waiting"))

            let list = try await client.execute(uri: "/api/v1/submissions?year=2021", method: .get, headers: auth)
            #expect(String(buffer: list.body).contains("\"outcome\" : \"inskickad\""))
            let status = try await client.execute(uri: "/api/v1/status?year=2021", method: .get, headers: auth)
            #expect(String(buffer: status.body).contains("\"status\" : \"inskickad\""))
        }
    }

    @Test func theOpenAPIDocumentIsServedAndIsJSON() async throws {
        let fixture = try PortalFixture()
        try await fixture.app().test(.router) { client in
            let r = try await client.execute(uri: "/api/v1/openapi.json", method: .get)
            #expect(r.status == .ok)
            let doc = try #require(try JSONSerialization.jsonObject(with: Data(buffer: r.body)) as? [String: Any])
            let paths = try #require(doc["paths"] as? [String: Any])
            #expect(Set(paths.keys) == ["/check", "/submissions", "/receipts/{id}", "/status",
                                        "/tables/{year}/{table}.csv", "/tables/{year}/{table}.json"])
        }
    }

    @Test func anAnalystTokenReadsButCannotSubmit() async throws {
        let fixture = try PortalFixture()
        let (_, secret) = try fixture.services.tokens.add(name: "analys", role: .analytiker, region: nil)
        try await fixture.app().test(.router) { client in
            let auth: HTTPFields = [.authorization: "Bearer \(secret)"]
            #expect(try await client.execute(uri: "/api/v1/status?year=2021", method: .get, headers: auth).status == .ok)
            let r = try await Browser(client: client).upload("/api/v1/submissions", files: [("14_2021_insatser.csv", Data("a".utf8))], headers: auth)
            #expect(r.status == .forbidden)
        }
    }

    @Test func sessionRequestsToTheAPINeedTheCSRFToken() async throws {
        let fixture = try PortalFixture()
        let valid = try fixture.sample("14", "14_2021_insatser.csv")
        try await fixture.app().test(.router) { client in
            var anna = Browser(client: client)
            try await anna.signIn("anna")
            let refused = try await anna.upload("/api/v1/check", files: [("14_2021_insatser.csv", valid)])
            #expect(refused.status == .forbidden)
            let csrf = try await anna.sessionCSRF()
            let ok = try await anna.upload("/api/v1/check", files: [("14_2021_insatser.csv", valid)],
                                           headers: [HTTPField.Name("X-CSRF-Token")!: csrf])
            #expect(ok.status == .ok)
        }
    }
}
