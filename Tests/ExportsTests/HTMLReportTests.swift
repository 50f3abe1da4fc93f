import Foundation
import Testing
import FollowUpModel
@testable import Exports

@Suite struct HTMLReportTests {
    static let html = HTMLReport(tables: DemoTables.all, year: 2021, comparisonYear: 2020,
                                 generatedAt: "2022-03-01 02:00").html

    @Test func isWellFormedSwedishAndSelfContained() throws {
        let document = try XMLElements(Data(Self.html.utf8))
        #expect(document.named("html").first?.attributes["lang"] == "sv")
        #expect(document.named("meta").contains { $0.attributes["charset"] == "utf-8" })
        #expect(Self.html.hasPrefix("<!DOCTYPE html>\n"))
        for external in ["http", "src=", "<script", "<link", "@import", "url("] {
            #expect(!Self.html.contains(external), "found \(external)")
        }
    }

    @Test func everyTableIsASectionWithCaptionAndColumnHeaders() throws {
        let document = try XMLElements(Data(Self.html.utf8))
        let ids = document.named("section").compactMap { $0.attributes["id"] }
        // Issue 15: the map of the regions' shares (from `regioner`) comes before their charts;
        // its text alternative is one more table (4 columns, a row per county).
        #expect(ids == ["diagram-omraden", "karta-regioner", "diagram-regioner"] + DemoTables.all.map { "tabell-\($0.name)" })
        #expect(document.named("table").count == DemoTables.all.count + 1)
        #expect(document.named("caption").count == DemoTables.all.count + 1)
        let headerCount = DemoTables.all.reduce(0) { $0 + $1.columns.count }
        #expect(document.named("th").filter { $0.attributes["scope"] == "col" }.count == headerCount + 4)
        #expect(document.named("tr").count == DemoTables.all.reduce(0) { $0 + $1.rows.count + 1 } + 1 + 21)
    }

    @Test func numbersAreSwedishAndRightAligned() {
        // PROJ area 3: 287 800 000 kr as MSEK, its share of PROJ, the change with a minus sign.
        #expect(Self.html.contains(#"<td class="tal">287,8</td>"#))
        #expect(Self.html.contains(#"<td class="tal">70,0\#u{00A0}%</td>"#))
        #expect(Self.html.contains("<td class=\"tal\">\u{2212}6,7</td>"))
        #expect(Self.html.contains(#"<th scope="col" class="tal">Belopp (MSEK)</th>"#))
        // Activity amounts stay in kronor, grouped.
        #expect(Self.html.contains(#"<th scope="col" class="tal">Beviljat (kr)</th>"#))
        #expect(Self.html.contains("<td class=\"tal\">150\u{00A0}000</td>"))
        #expect(Self.html.contains(#"<td class="tal tom">–</td>"#))
        // Binary noise in indicator values is hidden on screen (the CSV keeps the exact value).
        #expect(Self.html.contains(#"<td class="tal">28,77</td>"#))
        #expect(!Self.html.contains("00000000"))
        // Short codes never wrap, long names do.
        #expect(Self.html.contains(#"<td class="kort">Stockholms län</td>"#))
        #expect(Self.html.contains(#"<td class="lang-text">Kompetensförsörjning och kompetensutveckling i hela landet</td>"#))
        // Years are not grouped.
        #expect(Self.html.contains(#"<td class="tal">2021</td>"#))
    }

    @Test func chartsNameInstrumentsAsTheStodformerTableDoes() {
        let titles = Self.html.components(separatedBy: "<figcaption>").dropFirst()
            .map { String($0.prefix { $0 != "<" }) }
        #expect(Array(titles.prefix(5)) == [
            "Samtliga stödformer: beviljade medel per strategiskt område 2021 och 2020, MSEK",
            "Stöd till projektverksamhet: beviljade medel per strategiskt område 2021 och 2020, MSEK",
            "Regionalt investeringsstöd: beviljade medel per strategiskt område 2021 och 2020, MSEK",
            "Främjandestöd (regionalt bidrag till företagsutveckling): beviljade medel per strategiskt område 2021 och 2020, MSEK",
            "Stöd till kommersiell service: beviljade medel per strategiskt område 2021 och 2020, MSEK",
        ])
        // Without the table that names them, a chart names the instrument by its code.
        let bare = HTMLReport(tables: [DemoTables.omraden], year: 2021, comparisonYear: 2020, generatedAt: nil).html
        #expect(bare.contains("<figcaption>FRAM: beviljade medel per strategiskt område 2021 och 2020, MSEK</figcaption>"))
        #expect(bare.contains("<figcaption>ALLA: beviljade medel per strategiskt område 2021 och 2020, MSEK</figcaption>"))
    }

    @Test func chartsAreAccessibleInlineSVG() throws {
        let document = try XMLElements(Data(Self.html.utf8))
        let charts = document.named("svg")
        // One for all instruments, four per instrument, five areas of regions, the map (issue 15).
        #expect(charts.count == 11)
        for chart in charts {
            #expect(chart.attributes["role"] == "img")
            #expect(chart.attributes["aria-labelledby"]?.isEmpty == false)
        }
        #expect(Self.html.contains("Samtliga stödformer: beviljade medel per strategiskt område 2021 och 2020, MSEK</title>"))
        #expect(Self.html.contains("3 Innovation och förnyelse samt entreprenörskap och företagande i hela landet, 2021: 422,9</title>"))
        #expect(Self.html.contains(#"<rect class="ar""#))
        // In the regions' charts the largest share comes first: the rank-1 region of area 0.
        let regioner = DemoTables.regioner
        let leader = try #require(regioner.rows.first {
            $0[2] == .text("ALLA") && $0[3] == .text("0") && $0[8] == .integer(1)
        })
        let start = try #require(Self.html.range(of: #"id="diagram-regioner-0-titel""#))
        let chart = Self.html[start.upperBound...]
        let firstLabel = try #require(chart.range(of: #"class="etikett""#))
        let labelText = chart[firstLabel.upperBound...].drop { $0 != ">" }.dropFirst().prefix { $0 != "<" }
        #expect(String(labelText) == leader[5].plainText)
        #expect(Self.html.contains(#"<rect class="jamforelsear""#))
    }

    @Test func escapesTextAndPrintsSectionsOnPagesOfTheirOwn() throws {
        let table = Table(name: "t", title: "<script>alert(1)</script>", columns: [.init("titel", "Titel & \"namn\"", .text)],
                          rows: [[.text("<b>fet</b> & 'citat'")]])
        let html = HTMLReport(tables: [table], year: 2021, comparisonYear: 2020, generatedAt: nil).html
        _ = try XMLElements(Data(html.utf8))
        #expect(!html.contains("<script>"))
        #expect(html.contains("&lt;b&gt;fet&lt;/b&gt; &amp; &apos;citat&apos;"))
        #expect(html.contains("Titel &amp; &quot;namn&quot;"))
        #expect(!html.contains("Skapad"))
        #expect(!html.contains("<svg"), "no charts without omraden and regioner")
        #expect(html.contains("@media print"))
        #expect(!html.contains("break-before: page"), "issue 15: no lone chart per page")
    }

    @Test func longTablesScrollInTheirOwnBox() {
        #expect(Self.html.contains(#"<section id="tabell-regioner">"# + "\n<h2>Regionernas andelar inom områdena</h2>\n"
            + #"<div class="tabellram lang">"#))
        #expect(Self.html.contains(#"<section id="tabell-stodformer">"# + "\n<h2>Stödformer och medfinansiering</h2>\n"
            + #"<div class="tabellram">"#))
    }
}
