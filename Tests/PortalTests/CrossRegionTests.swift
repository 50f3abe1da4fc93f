import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
@testable import Portal

/// A region user cannot read, download, submit for or detect another region's data by
/// any route, parameter or file name.
struct CrossRegionTests {
    func allInboxFiles(_ fixture: PortalFixture) -> [String] {
        let root = fixture.zones.inbox
        guard let e = FileManager.default.enumerator(atPath: root.path) else { return [] }
        return e.compactMap { $0 as? String }.sorted()
    }

    @Test func anotherRegionsReceiptAnswersExactlyLikeAMissingOne() async throws {
        let fixture = try PortalFixture()
        try fixture.plantReceipt(region: "12", id: "12_2021_insatser.20220110T090000.abcdef12", file: "12_2021_insatser.csv")
        try fixture.plantReceipt(region: "14", id: "14_2021_insatser.20220110T090000.abcdef12", file: "14_2021_insatser.csv")
        try await fixture.app().test(.router) { client in
            var anna = Browser(client: client)
            try await anna.signIn("anna")
            let own = try await anna.get("/historik/14_2021_insatser.20220110T090000.abcdef12/kvitto.json")
            #expect(own.status == .ok)
            #expect(try await anna.get("/historik/14_2021_insatser.20220110T090000.abcdef12/fil").status == .ok)
            let missing = try await anna.get("/historik/14_2021_insatser.20990101T000000.00000000/kvitto.json")
            #expect(missing.status == .notFound)
            for uri in ["/historik/12_2021_insatser.20220110T090000.abcdef12/kvitto.json",
                        "/historik/12_2021_insatser.20220110T090000.abcdef12/kvitto.txt",
                        "/historik/12_2021_insatser.20220110T090000.abcdef12/fil",
                        "/historik/..%2F12%2F12_2021_insatser.20220110T090000.abcdef12/kvitto.json",
                        "/historik/../12/12_2021_insatser.20220110T090000.abcdef12/kvitto.json",
                        "/historik/%2E%2E%2F12%2F12_2021_insatser.20220110T090000.abcdef12/fil"] {
                let r = try await anna.get(uri)
                #expect(r.status == .notFound, "\(uri)")
                #expect(r.body == missing.body, "\(uri)")
            }
            let history = String(buffer: try await anna.get("/historik").body)
            #expect(history.contains("14_2021_insatser.csv"))
            #expect(!history.contains("12_2021_insatser"))
            // Times as people read them: Swedish local time to the minute, not ISO 8601.
            #expect(history.contains(">2022-01-10 09:00<"))
            #expect(!history.contains("2022-01-10T09:00:00+01:00"))

            // The API answers alike.
            let apiMissing = try await client.execute(uri: "/api/v1/receipts/nothing", method: .get, headers: anna.headers())
            let apiOther = try await client.execute(uri: "/api/v1/receipts/12_2021_insatser.20220110T090000.abcdef12", method: .get,
                                                    headers: anna.headers())
            #expect(apiMissing.status == .notFound && apiOther.status == .notFound)
            #expect(apiMissing.body == apiOther.body)
            let list = String(buffer: try await client.execute(uri: "/api/v1/submissions?year=2021", method: .get, headers: anna.headers()).body)
            #expect(list.contains("14_2021_insatser.csv") && !list.contains("12_2021"))
            let status = String(buffer: try await client.execute(uri: "/api/v1/status?year=2021", method: .get, headers: anna.headers()).body)
            #expect(status.contains("\"region_kod\" : \"14\"") && !status.contains("\"region_kod\" : \"12\""))

            // An analyst reads every region.
            var ada = Browser(client: client)
            try await ada.signIn("ada")
            #expect(try await ada.get("/historik/12_2021_insatser.20220110T090000.abcdef12/kvitto.txt").status == .ok)
        }
    }

    @Test func fileNamesCannotReachAnotherRegionOrAPath() async throws {
        let fixture = try PortalFixture()
        let other = try fixture.sample("12", "12_2021_insatser.csv")
        try await fixture.app().test(.router) { client in
            var anna = Browser(client: client)
            try await anna.signIn("anna")
            let csrf = try await anna.sessionCSRF()
            let names = ["12_2021_insatser.csv", "../12_2021_insatser.csv", "..%2F12%2F12_2021_insatser.csv",
                         "..\\12\\12_2021_insatser.csv", "/tmp/12_2021_insatser.csv", ".12_2021_insatser.csv"]
            let r = try await anna.upload("/api/v1/submissions", files: names.map { ($0, other) }, fields: ["csrf": csrf])
            #expect(r.status == .unprocessableContent)
            let json = try #require(try JSONSerialization.jsonObject(with: Data(buffer: r.body)) as? [String: Any])
            let files = try #require(json["files"] as? [[String: Any]])
            #expect(files.count == names.count)
            for (i, f) in files.enumerated() {
                #expect(f["file"] as? String == names[i])
                #expect(f["submitted"] as? Bool == false)
                let codes = ((f["findings"] as? [[String: Any]]) ?? []).compactMap { $0["code"] as? String }
                #expect(codes.contains("region-directory") || codes.contains("file-name"), "\(names[i]): \(codes)")
            }
            let first = ((files[0]["findings"] as? [[String: Any]]) ?? []).compactMap { $0["code"] as? String }
            #expect(first.contains("region-directory"))
        }
        #expect(allInboxFiles(fixture).isEmpty)
        #expect(!FileManager.default.fileExists(atPath: fixture.dir.appendingPathComponent("12_2021_insatser.csv").path))
    }

    @Test func aRegionKodColumnOfAnotherRegionStaysAFinding() async throws {
        let fixture = try PortalFixture()
        let other = try fixture.sample("12", "12_2021_insatser.csv")
        try await fixture.app().test(.router) { client in
            var anna = Browser(client: client)
            try await anna.signIn("anna")
            let csrf = try await anna.sessionCSRF()
            let r = try await anna.upload("/api/v1/submissions", files: [("14_2021_insatser.csv", other)], fields: ["csrf": csrf])
            #expect(r.status == .unprocessableContent)
            #expect(String(buffer: r.body).contains("\"submitted\" : false"))
        }
        #expect(allInboxFiles(fixture).isEmpty)
    }

    @Test func onlyRegionUsersSubmit() async throws {
        let fixture = try PortalFixture()
        let valid = try fixture.sample("14", "14_2021_insatser.csv")
        try await fixture.app().test(.router) { client in
            var ada = Browser(client: client)
            try await ada.signIn("ada")
            let csrf = try await ada.sessionCSRF()
            let r = try await ada.upload("/api/v1/submissions", files: [("14_2021_insatser.csv", valid)], fields: ["csrf": csrf])
            #expect(r.status == .forbidden)
        }
        #expect(allInboxFiles(fixture).isEmpty)
    }
}
