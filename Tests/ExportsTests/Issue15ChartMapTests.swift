import Foundation
import Testing
import FollowUpModel
@testable import Exports

/// Issue 15, analysts: the report's time series of funding per area over every stored year
/// and its map of Sweden coloured by the regions' shares.
@Suite struct Issue15ChartMapTests {
    // MARK: - The time series

    /// A `tidsserie` table as the store writes it: rows only for years with accepted data,
    /// per instrument and area, `ALLA` rollups included.
    static func tidsserie(_ amounts: [Int: [String: Int64]], year: Int = 2021) -> Table {
        var rows: [[TableValue]] = []
        for serieYear in amounts.keys.sorted() {
            let byArea = amounts[serieYear]!
            for form in ["PROJ", "ALLA"] {
                for area in ["0", "1", "2", "ALLA"] {
                    let value = area == "ALLA" ? byArea.values.reduce(0, +) : byArea[area] ?? 0
                    rows.append([.integer(Int64(year)), .integer(Int64(year - 1)), .integer(Int64(serieYear)),
                                 .text(form), .text(area), .integer(value), .empty])
                }
            }
        }
        return Table(name: "tidsserie", title: "Finansiering över tid", columns: [
            .init("ar", "År", .integer), .init("jamforelsear", "Jämförelseår", .integer),
            .init("serie_ar", "År i serien", .integer), .init("stodform", "Stödform", .text),
            .init("omrade", "Område", .text), .init("belopp_kr", "Belopp", .amount),
            .init("andel_procent", "Andel", .percent),
        ], rows: rows)
    }

    /// 2018, 2019 and 2021 have accepted data; 2020 has none.
    static let withGap = tidsserie([
        2018: ["0": 1_000_000, "1": 12_000_000, "2": 30_000_000],
        2019: ["0": 0, "1": 14_500_000, "2": 28_000_000],
        2021: ["0": 2_000_000, "1": 16_250_000, "2": 35_000_000],
    ])

    @Test func theSeriesHasOnePointPerStoredYearAndAGapForAYearWithoutData() throws {
        let series = try #require(FundingSeries(tables: [Self.withGap], year: 2021, areaName: { "Område \($0)" }))
        #expect(series.years == [2018, 2019, 2020, 2021])
        #expect(series.lines.map(\.code) == ["0", "1", "2"])
        #expect(series.lines[1].values == [12_000_000, 14_500_000, nil, 16_250_000])
        // A stored year in which an area got nothing is a real 0, not a gap.
        #expect(series.lines[0].values == [1_000_000, 0, nil, 2_000_000])
        #expect(series.missingYears == [2020])
    }

    @Test func theChartBreaksItsLinesAtTheGapAndDrawsAPointPerKnownValue() throws {
        let html = HTMLReport(tables: [Self.withGap], year: 2021, comparisonYear: 2020, generatedAt: nil).html
        let elements = try XMLElements(Data(html.utf8))
        let svg = try #require(html.range(of: "<svg class=\"diagram tidsserie\"").map { html[$0.lowerBound...] })
        let chart = String(svg[..<svg.range(of: "</svg>")!.upperBound])
        // Three areas, three known years each: nine points, none at 2020.
        #expect(chart.components(separatedBy: "<circle cx=").count - 1 == 9 + 3 /* legend markers */)
        #expect(!chart.contains(", 2020: "))
        #expect(chart.contains("<title>Område 1, 2019: 14,5 MSEK</title>"))
        // Each line is two pieces (2018–2019, then 2021 alone): one "M…L…" piece, no line across 2020.
        let paths = elements.named("path").compactMap { $0.attributes["d"] }.filter { !$0.isEmpty }
        #expect(paths.count == 3)
        for d in paths {
            #expect(d.filter { $0 == "M" }.count == 1, "\(d)")
            #expect(d.filter { $0 == "L" }.count == 1, "\(d)")
        }
        #expect(chart.contains(">saknas</text>"))
        #expect(html.contains("<li><a href=\"#diagram-tidsserie\">"))
    }

    @Test func theSeriesTextAlternativeHoldsTheNumbersAndTheMissingYear() throws {
        let html = HTMLReport(tables: [Self.withGap], year: 2021, comparisonYear: 2020, generatedAt: nil).html
        let start = try #require(html.range(of: "<table class=\"dold-skarm\" id=\"diagram-tidsserie-tabell\">"))
        let table = String(html[start.lowerBound...])
        let body = String(table[..<table.range(of: "</table>")!.upperBound])
        #expect(body.contains("<tr><th scope=\"row\">2019</th><td class=\"tal\">0,0</td><td class=\"tal\">14,5</td><td class=\"tal\">28,0</td></tr>"))
        #expect(body.contains("<tr><th scope=\"row\">2020</th><td colspan=\"3\">inga godkända uppgifter</td></tr>"))
        #expect(body.contains("<tr><th scope=\"row\">2021</th><td class=\"tal\">2,0</td><td class=\"tal\">16,3</td><td class=\"tal\">35,0</td></tr>"))
        #expect(html.contains("utan godkända uppgifter: 2020."))
    }

    /// The report's year is on the axis even when its own data are missing (e.g. exported
    /// with empty tables allowed); no year after it is invented.
    @Test func theAxisRunsFromTheFirstStoredYearToTheReportsYear() throws {
        let table = Self.tidsserie([2019: ["1": 5_000_000], 2020: ["1": 6_000_000]], year: 2022)
        let series = try #require(FundingSeries(tables: [table], year: 2022, areaName: { $0 }))
        #expect(series.years == [2019, 2020, 2021, 2022])
        #expect(series.missingYears == [2021, 2022])
    }

    @Test func axisTicksAreRoundMSEKAndCoverTheLargestValue() {
        let a = SVGLineChart.ticks(smallest: 0, largest: 35_000_000)
        #expect(a.step == 10_000_000 && a.low == 0 && a.top == 40_000_000)
        let b = SVGLineChart.ticks(smallest: 0, largest: 430_000)
        #expect(b.step == 100_000 && b.top == 500_000)
        let c = SVGLineChart.ticks(smallest: -1_500_000, largest: 3_000_000)
        #expect(c.low == -2_000_000 && c.top == 3_000_000 && c.step == 1_000_000)
        // Whole MSEK ticks show no decimals; tenths show one.
        #expect(SVGLineChart.tickText(1_200_000_000, step: 200_000_000) == "1200")
        #expect(SVGLineChart.tickText(12_000_000_000, step: 2_000_000_000) == "12\u{00A0}000")
        #expect(SVGLineChart.tickText(500_000, step: 100_000) == "0,5")
    }

    @Test func noSeriesWithoutATimeSeriesTable() {
        let html = HTMLReport(tables: [DemoTables.omraden], year: 2021, comparisonYear: 2020, generatedAt: nil).html
        #expect(!html.contains("diagram-tidsserie"))
    }

    // MARK: - The map

    static let countyCodes = ["01", "03", "04", "05", "06", "07", "08", "09", "10", "12", "13", "14",
                              "17", "18", "19", "20", "21", "22", "23", "24", "25"]

    /// A `regioner` table whose `ALLA`/`ALLA` rows carry the given shares (tenths) and amounts.
    static func regioner(_ regions: [(code: String, name: String, tenths: Int64?, kronor: Int64)]) -> Table {
        var rows: [[TableValue]] = []
        for area in ["1", "ALLA"] {
            for r in regions {
                // Area 1 rows carry other shares: the map must read the ALLA/ALLA ones.
                let share: TableValue = area == "ALLA" ? r.tenths.map(TableValue.tenths) ?? .empty : .tenths(500)
                rows.append([.integer(2021), .integer(2020), .text("ALLA"), .text(area), .text(r.code), .text(r.name),
                             .integer(r.kronor), share, .integer(1), .integer(0), .integer(0)])
            }
        }
        let demo = DemoTables.regioner
        return Table(name: demo.name, title: demo.title, columns: demo.columns, rows: rows)
    }

    @Test func theMapHas21CountiesKeyedByRegionCode() throws {
        #expect(CountyMapData.counties.map(\.code) == Self.countyCodes)
        let html = HTMLReport(tables: [DemoTables.regioner], year: 2021, comparisonYear: 2020, generatedAt: nil).html
        let elements = try XMLElements(Data(html.utf8))
        let counties = elements.named("path").filter { $0.attributes["class"]?.hasPrefix("lan ") == true }
        #expect(counties.map { $0.attributes["data-region"] ?? "" } == Self.countyCodes)
        #expect(counties.allSatisfy { ($0.attributes["d"] ?? "").count > 100 })
        #expect(html.contains("<li><a href=\"#karta-regioner\">"))
    }

    @Test func countiesAreColouredByTheirShareClass() throws {
        var regions: [(code: String, name: String, tenths: Int64?, kronor: Int64)] = [
            ("01", "Region Stockholm", 150, 15_000_000), ("03", "Region Uppsala", 19, 1_900_000),
            ("04", "Region Sörmland", 20, 2_000_000), ("05", "Region Östergötland", 69, 6_900_000),
            ("06", "Region Jönköpings län", 70, 7_000_000), ("07", "Region Kronoberg", 0, 0),
            ("08", "Region Kalmar län", 99, 9_900_000), ("09", "Region Gotland", 0, 40_000),
            ("10", "Region Blekinge", 100, 10_000_000),
        ]
        // Every other county but Norrbotten (25), which the table does not list.
        for code in Self.countyCodes.dropFirst(9).dropLast() { regions.append((code, "Region \(code)", 40, 4_000_000)) }
        let map = try #require(CountyMap(tables: [Self.regioner(regions)], year: 2021))
        let classes = Dictionary(uniqueKeysWithValues: map.regions.map { ($0.code, map.fillClass($0)) })
        #expect(classes["01"] == "klass-5")  // 15,0 %: 10,0 % or more
        #expect(classes["03"] == "klass-1")  // 1,9 %: under 2,0 %
        #expect(classes["04"] == "klass-2")  // 2,0 %
        #expect(classes["05"] == "klass-3")  // 6,9 %
        #expect(classes["06"] == "klass-4")  // 7,0 %
        #expect(classes["07"] == "klass-0")  // nothing granted
        #expect(classes["08"] == "klass-4")  // 9,9 %
        #expect(classes["09"] == "klass-1")  // 40 000 kr rounds to 0,0 % but is funding
        #expect(classes["10"] == "klass-5")  // 10,0 %
        #expect(classes["12"] == "klass-3")  // 4,0 %
        #expect(classes["25"] == "klass-saknas")
        let svg = map.svg
        #expect(svg.contains("<title>Region Stockholm: 15,0 % (15,0 MSEK)</title>"))
        #expect(svg.contains("<title>Län 25: uppgift saknas</title>"))
        #expect(svg.contains(">Uppgift saknas</text>"))
        for legend in ["Inga beviljade medel", "under 2,0 %", "2,0–3,9 %", "4,0–6,9 %", "7,0–9,9 %", "10,0 % eller mer"] {
            #expect(svg.contains(">\(legend)</text>"), "\(legend)")
        }
        _ = try XMLElements(Data(svg.utf8))
    }

    @Test func theMapsTextAlternativeHoldsTheShares() throws {
        let regions = Self.countyCodes.enumerated().map { i, code in
            (code: code, name: "Region \(code)", tenths: Int64?(Int64(i == 0 ? 123 : 40)), kronor: Int64(i == 0 ? 12_300_000 : 4_000_000))
        }
        let html = HTMLReport(tables: [Self.regioner(regions)], year: 2021, comparisonYear: 2020, generatedAt: nil).html
        let start = try #require(html.range(of: "<table class=\"kartdata\" id=\"karta-regioner-tabell\">"))
        let table = String(html[start.lowerBound...])
        let body = String(table[..<table.range(of: "</table>")!.upperBound])
        // Largest share first, with its amount and colour class in words.
        let firstRow = try #require(body.components(separatedBy: "<tbody>\n").last?.split(separator: "\n").first)
        #expect(firstRow == "<tr><th scope=\"row\">Region 01</th><td class=\"tal\">12,3</td><td class=\"tal\">12,3</td><td>10,0 % eller mer</td></tr>")
        #expect(body.contains("<tr><th scope=\"row\">Region 25</th><td class=\"tal\">4,0</td><td class=\"tal\">4,0</td><td>4,0–6,9 %</td></tr>"))
        #expect(body.components(separatedBy: "<tr><th scope=\"row\">").count - 1 == 21)
    }

    @Test func theMapDataIsSmallAndEveryPathStaysInsideTheViewBox() throws {
        let size = CountyMapData.counties.reduce(0) { $0 + $1.path.utf8.count }
        #expect(size < 60_000)
        for county in CountyMapData.counties {
            #expect(county.path.allSatisfy { "MLZ0123456789.,-".contains($0) }, "\(county.code)")
            let numbers = county.path.split { "MLZ,".contains($0) }.compactMap { Double($0) }
            #expect(numbers.count % 2 == 0 && numbers.count >= 8)
            for (i, value) in numbers.enumerated() {
                let limit = i % 2 == 0 ? CountyMapData.width : CountyMapData.height
                #expect(value >= 0 && value <= limit, "\(county.code) \(value)")
            }
        }
    }

    /// The series' table is hidden on screen only (read by screen readers, printed: paper
    /// has no tooltips); the map and its table print side by side.
    @Test func theSeriesTableIsHiddenOnScreenButPrintedAndTheMapPrintsWithItsTable() {
        let css = HTMLStyle.css
        let screen = css.range(of: "@media screen {")!
        let print = css.range(of: "@media print {")!
        let hidden = css.range(of: "table.dold-skarm { position: absolute;")!
        #expect(screen.upperBound < hidden.lowerBound && hidden.lowerBound < print.lowerBound)
        #expect(css.contains("svg.karta { max-height: 150mm;"))
        #expect(css.contains(".kartlayout { flex-wrap: nowrap; break-inside: avoid; }"))
    }
}

/// Issue 15, workbook checked in LibreOffice (PDF): the longest area name was cut at the
/// 60-character column cap ("… digital kommunikation och transportsyst").
@Suite struct Issue15WorkbookWidthTests {
    @Test func theLongestAreaNameFitsItsColumn() throws {
        let sheet = XLSXWorksheet(table: DemoTables.omraden, isSelected: false)
        let widths = try sheet.columnWidths()
        let column = try #require(DemoTables.omraden.columnIndex("omrade_namn"))
        let longest = "Tillgänglighet i hela landet genom digital kommunikation och transportsystemet"
        #expect(longest.count == 78)
        #expect(try #require(Double(widths[column])) >= Double(longest.count + 2))
    }

    /// Before, a column as wide as its heading's characters + 2 let the bold heading touch the
    /// next one in LibreOffice ("Kommun (MSEK)Annan offentlig (MSEK)").
    @Test func aBoldHeadingHasRoomBesideItsNeighbour() throws {
        let table = Table(name: "stodformer", title: "Stödformer", columns: [
            .init("kommun_kr", "Kommun", .amount), .init("annan_offentlig_kr", "Annan offentlig", .amount),
        ], rows: [[.integer(61_800_000), .integer(20_800_000)]])
        let sheet = XLSXWorksheet(table: table, isSelected: false)
        let widths = try sheet.columnWidths().map { try #require(Double($0)) }
        #expect(sheet.heading(table.columns[0]) == "Kommun (MSEK)")
        #expect(widths[0] >= Double("Kommun (MSEK)".count + 4))
        #expect(widths[1] >= Double("Annan offentlig (MSEK)".count + 4))
    }

    @Test func freeTextStillHasACap() throws {
        let table = Table(name: "insatslista", title: "Insatser", columns: [.init("titel", "Titel", .text)],
                          rows: [[.text(String(repeating: "lång titel ", count: 30))]])
        let widths = try XLSXWorksheet(table: table, isSelected: false).columnWidths()
        #expect(widths == ["80.0"])
    }
}
