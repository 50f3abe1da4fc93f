import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
@testable import Portal

/// "Kontrollera och skicka in": the check of `validate --data-dir`, findings per file,
/// submitting only error-free files into the inbox, and the upload limit.
struct CheckAndSubmitTests {
    static let broken = Data("region_kod,ar,insats_id\n14,2021,X\n".utf8)

    func inboxFiles(_ fixture: PortalFixture, _ region: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: fixture.zones.inbox.appendingPathComponent(region).path)) ?? []).sorted()
    }

    @Test func checkShowsEveryFindingGroupedByFileAndWritesNothing() async throws {
        let fixture = try PortalFixture()
        let valid = try fixture.sample("14", "14_2021_insatser.csv")
        try await fixture.app().test(.router) { client in
            var browser = Browser(client: client)
            try await browser.signIn("anna")
            let csrf = try await browser.sessionCSRF()
            let r = try await browser.upload("/skicka-in", files: [("14_2021_finansiering.csv", Self.broken),
                                                                   ("14_2021_insatser.csv", valid)],
                                             fields: ["csrf": csrf, "action": "check"])
            #expect(r.status == .ok)
            let html = String(buffer: r.body)
            #expect(html.contains("<h3>14_2021_finansiering.csv</h3>"))
            #expect(html.contains("<h3>14_2021_insatser.csv</h3>"))
            #expect(html.contains("Filen har fel och kan inte skickas in."))
            #expect(html.contains("Filen är godkänd i kontrollen och kan skickas in."))
            #expect(html.contains("<th scope=\"col\">Rad</th>"))
        }
        #expect(inboxFiles(fixture, "14").isEmpty)
        // No uploaded bytes stay behind; only the findings, for the error report's download.
        let leftovers = (try? FileManager.default.contentsOfDirectory(atPath: fixture.services.uploadArea.path)) ?? []
        #expect(leftovers.filter { $0 != "reports" }.isEmpty)
    }

    /// A check is a pre-check, as `validate` is: it says when the file would be late, never
    /// that it "kom in"; and the page lists errors before warnings, as receipts do.
    @Test func aLateFileIsAPreCheckAndErrorsComeFirst() async throws {
        let fixture = try PortalFixture()
        try await fixture.app().test(.router) { client in
            var browser = Browser(client: client)
            try await browser.signIn("anna")
            let csrf = try await browser.sessionCSRF()
            let late = Data("region_kod,ar,insats_id\n14,2020,X\n".utf8)
            let r = try await browser.upload("/skicka-in", files: [("14_2020_finansiering.csv", late)],
                                             fields: ["csrf": csrf, "action": "check"])
            let html = String(buffer: r.body)
            #expect(html.contains("lämnas filen in nu räknas den som sen"))
            #expect(!html.contains("kom in"))
            let error = try #require(html.range(of: "missing-label"))
            let warning = try #require(html.range(of: "late-submission"))
            #expect(error.lowerBound < warning.lowerBound)
        }
    }

    @Test func submitPlacesOnlyErrorFreeFilesWithTheUploadTimeAndNeverOverwrites() async throws {
        let fixture = try PortalFixture()
        let valid = try fixture.sample("14", "14_2021_insatser.csv")
        try await fixture.app().test(.router) { client in
            var browser = Browser(client: client)
            try await browser.signIn("anna")
            let csrf = try await browser.sessionCSRF()
            let r = try await browser.upload("/skicka-in", files: [("14_2021_insatser.csv", valid),
                                                                   ("14_2021_finansiering.csv", Self.broken)],
                                             fields: ["csrf": csrf, "action": "submit"])
            #expect(r.status == .ok)
            #expect(String(buffer: r.body).contains("Inskickad."))
            #expect(inboxFiles(fixture, "14") == ["14_2021_insatser.csv"])
            let placed = fixture.zones.inbox.appendingPathComponent("14/14_2021_insatser.csv")
            #expect(try Data(contentsOf: placed) == valid)
            let mtime = try FileManager.default.attributesOfItem(atPath: placed.path)[.modificationDate] as? Date
            #expect(mtime.map { abs($0.timeIntervalSince(PortalFixture.now)) < 1 } == true)

            // A second upload of the same name waits for the nightly run; the first stays.
            var changed = valid
            changed.append(contentsOf: Array("\n".utf8))
            let again = try await browser.upload("/skicka-in", files: [("14_2021_insatser.csv", changed)],
                                                 fields: ["csrf": csrf, "action": "submit"])
            #expect(String(buffer: again.body).contains("väntar redan"))
            #expect(try Data(contentsOf: placed) == valid)
            #expect(inboxFiles(fixture, "14") == ["14_2021_insatser.csv"])

            // History and overview show it as waiting for the nightly run.
            #expect(String(buffer: try await browser.get("/historik").body).contains("väntar på nattens körning"))
            #expect(String(buffer: try await browser.get("/oversikt").body).contains("inskickad, väntar på nattens körning"))
        }
        #expect(try fixture.services.audit.entries().contains { $0.action == "submit" && $0.who == "anna" })
    }

    @Test func uploadsWithoutTheFormTokenAreRefused() async throws {
        let fixture = try PortalFixture()
        let valid = try fixture.sample("14", "14_2021_insatser.csv")
        try await fixture.app().test(.router) { client in
            var browser = Browser(client: client)
            try await browser.signIn("anna")
            let r = try await browser.upload("/skicka-in", files: [("14_2021_insatser.csv", valid)], fields: ["action": "submit"])
            #expect(r.status == .forbidden)
        }
        #expect(inboxFiles(fixture, "14").isEmpty)
    }

    @Test func tooLargeUploadsAreAnswered413() async throws {
        let fixture = try PortalFixture { $0.maxUploadBytes = 10_000 }
        try await fixture.app().test(.router) { client in
            var browser = Browser(client: client)
            try await browser.signIn("anna")
            let csrf = try await browser.sessionCSRF()
            let big = Data(repeating: UInt8(ascii: "a"), count: 50_000)
            let r = try await browser.upload("/skicka-in", files: [("14_2021_insatser.csv", big)], fields: ["csrf": csrf, "action": "submit"])
            #expect(r.status == .contentTooLarge)
            #expect(String(buffer: r.body).contains("större än"))
        }
        #expect(inboxFiles(fixture, "14").isEmpty)
        let leftovers = (try? FileManager.default.contentsOfDirectory(atPath: fixture.services.uploadArea.path)) ?? []
        #expect(leftovers.isEmpty)
    }

    @Test func whatARegionWroteIsEscaped() async throws {
        let fixture = try PortalFixture()
        try await fixture.app().test(.router) { client in
            var browser = Browser(client: client)
            try await browser.signIn("anna")
            let csrf = try await browser.sessionCSRF()
            let evil = Data("region_kod,ar,insats_id\n14,<script>alert(1)</script>,X\n".utf8)
            let r = try await browser.upload("/skicka-in", files: [("<img src=x>.csv", evil)], fields: ["csrf": csrf, "action": "check"])
            let html = String(buffer: r.body)
            #expect(!html.contains("<script>alert(1)</script>"))
            #expect(!html.contains("<img src=x>"))
            #expect(html.contains("&lt;img src=x&gt;.csv"))
        }
    }

    @Test func templatesAndGuidesAreServed() async throws {
        let fixture = try PortalFixture()
        try await fixture.app().test(.router) { client in
            var browser = Browser(client: client)
            try await browser.signIn("anna")
            #expect(String(buffer: try await browser.get("/mallar").body).contains("/mallar/2021/insatser.csv"))
            let csv = try await browser.get("/mallar/2021/insatser.csv")
            #expect(csv.status == .ok)
            #expect(String(buffer: csv.body).contains("region_kod;ar;insats_id"))
            #expect(try await browser.get("/mallar/2021/insatser.txt").status == .ok)
            #expect(try await browser.get("/mallar/2021/nothing.csv").status == .notFound)
        }
    }
}
