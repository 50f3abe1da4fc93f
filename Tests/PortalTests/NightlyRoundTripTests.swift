import FollowUpModel
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Pipeline
import Testing
@testable import Portal

/// The whole way: submit through the portal, the nightly run claims and loads the file, the
/// receipt and the status show up in the portal; another region cannot reach that receipt.
struct NightlyRoundTripTests {
    @Test func aSubmittedFileIsLoadedByTheNightlyRunAndItsReceiptShowsUp() async throws {
        let fixture = try PortalFixture()
        let valid = try fixture.sample("14", "14_2021_insatser.csv")
        let receiptID = try await fixture.app().test(.router) { client -> String in
            var anna = Browser(client: client)
            try await anna.signIn("anna")
            let csrf = try await anna.sessionCSRF()
            let r = try await anna.upload("/skicka-in", files: [("14_2021_insatser.csv", valid)], fields: ["csrf": csrf, "action": "submit"])
            #expect(String(buffer: r.body).contains("Inskickad."))

            // The nightly run (its wall clock is today; the upload time is older than the settle time).
            var config = PipelineConfiguration()
            config.dataDir = fixture.dir.path
            config.schemasDir = PortalFixture.repo.appendingPathComponent("Schemas").path
            let env = try PipelineEnvironment(config: config, now: PortalFixture.now.addingTimeInterval(3600))
            let summary = try NightlyRun(environment: env, showProgress: false).run()
            #expect(summary.accepted == 1)

            let history = String(buffer: try await anna.get("/historik").body)
            #expect(history.contains("godkänd"))
            #expect(!history.contains("väntar på nattens körning"))
            let overview = String(buffer: try await anna.get("/oversikt?ar=2021").body)
            #expect(overview.contains("status-godkand"))
            let list = try await client.execute(uri: "/api/v1/submissions?year=2021", method: .get, headers: anna.headers())
            let items = try #require(try JSONSerialization.jsonObject(with: Data(buffer: list.body)) as? [[String: Any]])
            let id = try #require(items.first?["id"] as? String)
            #expect(try await client.execute(uri: "/api/v1/receipts/\(id)", method: .get, headers: anna.headers()).status == .ok)
            let file = try await anna.get("/historik/\(id)/fil")
            #expect(file.status == .ok)
            #expect(Data(buffer: file.body) == valid)
            return id
        }
        try await fixture.app().test(.router) { client in
            var bo = Browser(client: client)
            try await bo.signIn("bo")
            for uri in ["/historik/\(receiptID)/kvitto.json", "/historik/\(receiptID)/fil", "/api/v1/receipts/\(receiptID)"] {
                let r = try await bo.get(uri)
                #expect(r.status == .notFound, "\(uri)")
            }
            let list = String(buffer: try await bo.get("/historik").body)
            #expect(!list.contains("14_2021_insatser"))
        }
    }
}
