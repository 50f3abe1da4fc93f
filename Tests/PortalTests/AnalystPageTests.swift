import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Pipeline
import Testing
@testable import Portal

/// The analysts' pages (issue 13): coverage, a region's submissions, the comparison tables
/// and their downloads, finding statistics, the nightly runs and a run's log.
struct AnalystPageTests {
    @Test func aCellGoesFromMissingToWaitingToAcceptedAndLinksToTheRegionsSubmissions() async throws {
        let fixture = try PortalFixture()
        let valid = try fixture.sample("14", "14_2021_insatser.csv")
        try await fixture.app().test(.router) { client in
            var ada = Browser(client: client)
            try await ada.signIn("ada")
            let before = String(buffer: try await ada.get("/analys/tackning?ar=2021").body)
            let missing = try #require(AnalystHelpers.cell(before, region: "14", report: "insatser"))
            #expect(missing.status == "saknas" && missing.text == "Saknas")
            // 21 regions × 4 reports, all missing; the deadline is 37 days away on 15 January 2022.
            #expect(before.components(separatedBy: #"<td class="cov cov-saknas">"#).count - 1 == 84)
            #expect(before.contains("37 dagar kvar"))

            var anna = Browser(client: client)
            try await anna.signIn("anna")
            let csrf = try await anna.sessionCSRF()
            _ = try await anna.upload("/skicka-in", files: [("14_2021_insatser.csv", valid)], fields: ["csrf": csrf, "action": "submit"])
            let waiting = String(buffer: try await ada.get("/analys/tackning?ar=2021").body)
            #expect(AnalystHelpers.cell(waiting, region: "14", report: "insatser")?.text == "Inskickad, väntar")

            try AnalystHelpers.nightly(fixture)
            let after = String(buffer: try await ada.get("/analys/tackning?ar=2021").body)
            let accepted = try #require(AnalystHelpers.cell(after, region: "14", report: "insatser"))
            #expect(accepted.status == "godkand" && accepted.text == "Godkänd")
            #expect(accepted.href == "/analys/region/14?ar=2021")
            #expect(AnalystHelpers.cell(after, region: "14", report: "finansiering")?.text == "Saknas")
            #expect(AnalystHelpers.cell(after, region: "12", report: "insatser")?.text == "Saknas")
            #expect(after.contains(#"<span class="cov cov-godkand">Godkänd</span> 1"#))
            #expect(after.contains(#"<span class="cov cov-saknas">Saknas</span> 83"#))

            // The link leads to the region's submissions, with its receipt and archived file.
            let region = try await ada.get(accepted.href)
            #expect(region.status == .ok)
            let page = String(buffer: region.body)
            #expect(page.contains("14_2021_insatser.csv"))
            let receipt = try #require(page.range(of: #"/historik/[^"/]+/kvitto\.txt"#, options: .regularExpression))
            let text = try await ada.get(String(page[receipt]))
            #expect(text.status == .ok)
            #expect(String(buffer: text.body).contains("14_2021_insatser.csv"))
            let file = try await ada.get(String(page[receipt]).replacingOccurrences(of: "/kvitto.txt", with: "/fil"))
            #expect(Data(buffer: file.body) == valid)
            // Another region's page of the same year has nothing.
            let other = String(buffer: try await ada.get("/analys/region/12?ar=2021").body)
            #expect(!other.contains("14_2021_insatser"))
            #expect(try await ada.get("/analys/region/99").status == .notFound)
            #expect(try await ada.get("/analys/tackning?ar=abc").status == .notFound)
        }
    }

    @Test func theTablesPageShowsTheStoresNumbersAndEveryDownloadIsTheExportersFile() async throws {
        let fixture = try PortalFixture()
        let finansiering = try fixture.sample("14", "14_2021_finansiering.csv")
        for report in ["insatser", "finansiering", "indikatorer", "strategi"] {
            try AnalystHelpers.drop(fixture, region: "14", name: "14_2021_\(report).csv", data: try fixture.sample("14", "14_2021_\(report).csv"))
        }
        #expect(try AnalystHelpers.nightly(fixture).accepted == 4)
        // The region's granted total, summed from the sample itself.
        let text = try #require(String(data: finansiering, encoding: .utf8))
        let lines = text.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        let column = try #require(lines[0].firstIndex(of: "beviljat_kr"))
        let total = lines.dropFirst().compactMap { Int64($0[column]) }.reduce(0, +)
        #expect(total > 1_000_000)
        try await fixture.app().test(.router) { client in
            var ada = Browser(client: client)
            try await ada.signIn("ada")
            let charts = String(buffer: try await ada.get("/analys/tabeller?ar=2021").body)
            #expect(charts.contains("Jämförelsetabeller 2021 mot 2020"))
            #expect(charts.contains("<svg class=\"diagram\""))
            // The report's time series and map, with the report's colour classes in the
            // portal's own stylesheet (the CSP allows no inline style).
            #expect(charts.contains(#"id="diagram-tidsserie""#))
            #expect(charts.contains(#"data-region="14""#))
            let css = String(buffer: try await ada.get("/static/portal.css").body)
            #expect(css.contains("svg .klass-5 {") && css.contains("svg.tidsserie g.linje-1 {"))
            // Every table has its view, linked from the page, without inline style.
            for name in APIRoutes.tableNames {
                #expect(charts.contains(#"href="/analys/tabeller?ar=2021&amp;tabell=\#(name)""#), "\(name)")
                let view = String(buffer: try await ada.get("/analys/tabeller?ar=2021&tabell=\(name)").body)
                #expect(view.contains(#"id="tabell-\#(name)""#), "\(name)")
                #expect(!view.contains("<style") && !view.contains("style=\""))
            }
            #expect(try await ada.get("/analys/tabeller?ar=2021&tabell=okand").status == .notFound)
            let page = String(buffer: try await ada.get("/analys/tabeller?ar=2021&tabell=regioner").body)
            // The granted total in kronor appears in the regions' table (whole kronor or MSEK).
            let msek = String(format: "%.1f", Double(total) / 1_000_000).replacingOccurrences(of: ".", with: ",")
            #expect(page.contains(">\(msek)<"), "\(msek)")

            let xlsx = try await ada.get("/analys/tabeller/2021/jamforelse-2021.xlsx")
            #expect(xlsx.status == .ok)
            #expect(xlsx.headers[.contentDisposition] == "attachment; filename=\"jamforelse-2021.xlsx\"")
            let zip = Data(buffer: xlsx.body)
            #expect(zip.prefix(4) == Data([0x50, 0x4B, 0x03, 0x04]))
            #expect(zip.range(of: Data("xl/workbook.xml".utf8)) != nil)

            let csv = String(buffer: try await ada.get("/analys/tabeller/2021/omraden.csv").body)
            #expect(csv.hasPrefix("ar,jamforelsear,stodform,omrade,omrade_namn,belopp_kr,"))
            let excel = Data(buffer: try await ada.get("/analys/tabeller/2021/omraden-excel-sv.csv").body)
            #expect(excel.prefix(3) == Data([0xEF, 0xBB, 0xBF]))
            #expect(String(decoding: excel.dropFirst(3), as: UTF8.self).hasPrefix("ar;jamforelsear;stodform;"))
            let html = try await ada.get("/analys/tabeller/2021/rapport-2021.html")
            #expect(html.headers[.contentDisposition]?.hasPrefix("attachment;") == true)
            #expect(String(buffer: html.body).contains("<html lang=\"sv\">"))
            let json = try await ada.get("/analys/tabeller/2021/jamforelse-2021.json")
            let doc = try #require(try JSONSerialization.jsonObject(with: Data(buffer: json.body)) as? [String: Any])
            #expect(doc["ar"] as? Int == 2021)
            let md = String(buffer: try await ada.get("/analys/tabeller/2021/jamforelse-2021.md").body)
            #expect(md.hasPrefix("#"))

            // Names not on the page, another year's names and years without data are 404.
            for uri in ["/analys/tabeller/2021/jamforelse-2020.xlsx", "/analys/tabeller/2021/okand.csv",
                        "/analys/tabeller/2021/..%2Ffollowup.sqlite", "/analys/tabeller/2019/jamforelse-2019.xlsx",
                        "/analys/tabeller/abc/omraden.csv"] {
                #expect(try await ada.get(uri).status == .notFound, "\(uri)")
            }
            // A year without data: a Swedish message, not an error.
            let empty = try await ada.get("/analys/tabeller?ar=2019")
            #expect(empty.status == .ok)
            #expect(String(buffer: empty.body).contains("Det finns inga godkända rapporter för 2019"))
        }
    }

    @Test func findingStatisticsCountAKnownRejectedFile() async throws {
        let fixture = try PortalFixture()
        let broken = try AnalystHelpers.withTypeErrors(try fixture.sample("13", "13_2021_finansiering.csv"), count: 3)
        try AnalystHelpers.drop(fixture, region: "13", name: "13_2021_finansiering.csv", data: broken)
        let summary = try AnalystHelpers.nightly(fixture)
        #expect(summary.rejected == 1)
        try await fixture.app().test(.router) { client in
            var ada = Browser(client: client)
            try await ada.signIn("ada")
            let page = String(buffer: try await ada.get("/analys/fynd?ar=2021").body)
            // Per code: 3 findings in 1 file in 2021, none in 2020, with a link to the receipt.
            let row = try #require(page.range(of: #"<tr><td><code>type-error</code></td><td>fel</td><td class="tal">3</td><td class="tal">1</td><td class="tal">0</td><td class="tal">0</td><td><a href="(/historik/[^"]+/kvitto\.txt)">"#,
                                              options: .regularExpression))
            let href = try #require(String(page[row]).range(of: #"/historik/[^"]+/kvitto\.txt"#, options: .regularExpression))
            let receipt = try await ada.get(String(String(page[row])[href]))
            #expect(receipt.status == .ok)
            #expect(String(buffer: receipt.body).contains("13_2021_finansiering.csv"))
            // The section's heading names the table; its caption is for screen readers only,
            // so the name is not shown twice.
            #expect(page.contains(#"<h2 id="per-kod">Vanligaste koderna</h2>"#))
            #expect(page.contains(#"<caption class="vh">Vanligaste koderna</caption>"#))
            // What the code means, in words, once.
            #expect(page.contains("<dt><code>type-error</code></dt><dd>Ett värde har fel typ (heltal, tal, datum eller ja/nej).</dd>"))
            // Per report and per region.
            #expect(page.contains(#"<tr><th scope="row">finansiering</th><td><code>type-error</code></td><td>fel</td><td class="tal">3</td>"#))
            #expect(page.contains(#"<tr><th scope="row">13 "#))
            // The year after sees them as last year's.
            let next = String(buffer: try await ada.get("/analys/fynd?ar=2022").body)
            #expect(next.contains(#"<tr><td><code>type-error</code></td><td>fel</td><td class="tal">0</td><td class="tal">0</td><td class="tal">3</td><td class="tal">1</td>"#))
            let none = String(buffer: try await ada.get("/analys/fynd?ar=2019").body)
            #expect(none.contains("Inga fynd registrerade för 2019"))
        }
    }

    @Test func theRunsPageListsARunWithItsCountsAndItsLog() async throws {
        let fixture = try PortalFixture()
        try AnalystHelpers.drop(fixture, region: "14", name: "14_2021_insatser.csv", data: try fixture.sample("14", "14_2021_insatser.csv"))
        let broken = try AnalystHelpers.withTypeErrors(try fixture.sample("13", "13_2021_finansiering.csv"), count: 1)
        try AnalystHelpers.drop(fixture, region: "13", name: "13_2021_finansiering.csv", data: broken)
        try AnalystHelpers.nightly(fixture)
        try await fixture.app().test(.router) { client in
            var ada = Browser(client: client)
            try await ada.signIn("ada")
            let page = String(buffer: try await ada.get("/analys/korningar").body)
            #expect(page.contains(#"<a href="/analys/korningar/1">Körning 1</a>"#))
            #expect(page.contains(#"<td class="run-done">klar</td><td class="tal">1</td><td class="tal">1</td><td class="tal">0</td><td class="tal">0</td>"#))

            let log = String(buffer: try await ada.get("/analys/korningar/1").body)
            #expect(log.contains("<td>run-started</td>"))
            #expect(log.contains("<td>run-finished</td>"))
            // The rejected file with its error count as its receipt states it.
            let receipts = fixture.zones.receipts.appendingPathComponent("13", isDirectory: true)
            let name = try #require(try FileManager.default.contentsOfDirectory(atPath: receipts.path).first { $0.hasSuffix(".kvitto.json") })
            let receipt = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: receipts.appendingPathComponent(name))) as? [String: Any])
            let errors = try #require(receipt["errors"] as? Int)
            #expect(errors >= 1)
            #expect(log.contains(#"<td>13</td><td>finansiering</td><th scope="row">13_2021_finansiering.csv</th><td class="tal">\#(errors)</td>"#))
            for uri in ["/analys/korningar/2", "/analys/korningar/0", "/analys/korningar/abc", "/analys/korningar/-1",
                        "/analys/korningar/..%2F..%2Fetc"] {
                #expect(try await ada.get(uri).status == .notFound, "\(uri)")
            }
        }
    }

    @Test func pagesWithoutAStoreSayNothingHasRunYet() async throws {
        let fixture = try PortalFixture()
        try await fixture.app().test(.router) { client in
            var ada = Browser(client: client)
            try await ada.signIn("ada")
            for uri in ["/analys/tackning", "/analys/tabeller", "/analys/fynd", "/analys/korningar", "/analys/region/14"] {
                #expect(try await ada.get(uri).status == .ok, "\(uri)")
            }
            #expect(String(buffer: try await ada.get("/analys/korningar").body).contains("Ingen körning är registrerad än."))
            #expect(String(buffer: try await ada.get("/analys/tabeller").body).contains("Databasen finns inte än"))
        }
    }
}
