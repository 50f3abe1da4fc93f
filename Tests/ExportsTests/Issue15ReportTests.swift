import Foundation
import Testing
import FollowUpModel
@testable import Exports

/// Issue 15, analysts: a report to publish as it is.
@Suite struct Issue15ReportTests {
    /// The regions' share chart of an area without funding draws its note instead of the
    /// bars and region names, not over them.
    @Test func anEmptyShareChartDrawsOnlyItsNote() throws {
        let chart = SVGBarChart(id: "d", title: "T", description: "", series: [.init(label: "2021", cssClass: "ar")],
                                groups: [.init(label: "Region Stockholm", values: [0], valueTexts: ["0,0 %"]),
                                         .init(label: "Region Uppsala", values: [0], valueTexts: ["0,0 %"])],
                                width: 540, labelWidth: 190, barHeight: 12, emptyText: "Inga beviljade medel under året.")
        let svg = chart.svg
        #expect(svg.contains("Inga beviljade medel under året."))
        #expect(!svg.contains("Region Stockholm"))
        #expect(!svg.contains("<rect"))
        #expect(chart.height < 60)
        _ = try XMLElements(Data(svg.utf8))
    }

    @Test func aChartWithValuesHasNoNote() {
        let chart = SVGBarChart(id: "d", title: "T", description: "", series: [.init(label: "2021", cssClass: "ar")],
                                groups: [.init(label: "Region Stockholm", values: [10], valueTexts: ["100 %"])],
                                width: 540, labelWidth: 190, barHeight: 12, emptyText: "Inga beviljade medel under året.")
        #expect(chart.svg.contains("Region Stockholm") && !chart.svg.contains("Inga beviljade"))
    }

    @Test func captionsAreSwedishTitlesNotMachineNames() {
        let html = HTMLReport(tables: [DemoTables.omraden], year: 2021, comparisonYear: 2020, generatedAt: nil).html
        #expect(!html.contains("Tabell omraden"))
        #expect(html.contains("<caption>\(XMLText.escape(DemoTables.omraden.title)), "))
    }

    @Test func statusWordsAreSwedishInTheReport() {
        let table = Table(name: "inlamning", title: "Inlämnade rapporter",
                          columns: [.init("region_kod", "Regionkod", .text), .init("status", "Status", .text)],
                          rows: [[.text("01"), .text("GODKAND")], [.text("03"), .text("AVVISAD")]])
        let html = HTMLReport(tables: [table], year: 2021, comparisonYear: 2020, generatedAt: nil).html
        #expect(html.contains(">Godkänd<") && html.contains(">Avvisad<"))
        #expect(!html.contains("GODKAND"))
    }

    /// The dimension of the activity counts is a word where people read it, not `hallbarhet`.
    @Test func activityDimensionsAreSwedishWordsInTheReport() {
        let table = Table(name: "insatser", title: "Insatser per område",
                          columns: [.init("omrade", "Område", .text), .init("dimension", "Dimension", .text),
                                    .init("kod", "Kod", .text)],
                          rows: [[.text("1"), .text("total"), .text("ALLA")], [.text("1"), .text("hallbarhet"), .text("MILJO")],
                                 [.text("1"), .text("roll"), .text("AGARE")]])
        let html = HTMLReport(tables: [table], year: 2021, comparisonYear: 2020, generatedAt: nil).html
        #expect(html.contains(">Hållbarhet<") && html.contains(">Roll<") && html.contains(">Samtliga<"))
        #expect(!html.contains(">hallbarhet<") && !html.contains(">total<"))
    }

    @Test func wideTablesScrollInTheirBoxWithTheFirstColumnKept() {
        let css = HTMLStyle.css
        #expect(css.contains(".tabellram { overflow: auto;"))
        #expect(css.contains("tbody td:first-child { position: sticky; left: 0;"))
        #expect(css.contains("thead th:first-child { left: 0;"))
    }

    @Test func printKeepsFiguresWholeWithoutForcedPageBreaks() {
        let css = HTMLStyle.css
        #expect(!css.contains("break-before: page"))
        #expect(css.contains("figure, .rutnat figure { break-inside: avoid; }"))
        #expect(css.contains("h2, h3, caption { break-after: avoid; }"))
        #expect(css.contains("section > p.meta { break-after: avoid; }"))
    }
}
