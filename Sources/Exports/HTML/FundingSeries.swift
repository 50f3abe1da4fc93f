import FollowUpModel
import Texts

/// Funding per strategic area over every stored year up to the report's year (all
/// instruments), from the `tidsserie` table: the store lists there only the years that have
/// an accepted report in force, so a year between them without one is a gap (`nil`), never 0.
struct FundingSeries {
    struct Line {
        let code: String
        let label: String
        /// One value per `years` entry, in kronor; nil = no accepted data that year (or an
        /// amount too large to read exactly).
        let values: [Int64?]
    }

    /// Every year from the first stored one to the report's year.
    let years: [Int]
    let lines: [Line]

    /// The years in `years` without accepted data.
    var missingYears: [Int] { years.enumerated().filter { i, _ in lines.allSatisfy { $0.values[i] == nil } }.map(\.1) }

    /// The series of `tables`' `tidsserie`, or nil without that table or any row of it.
    /// `areaName` names an area code for the legend and the text alternative.
    init?(tables: [Table], year: Int, areaName: (String) -> String) {
        guard let t = tables.first(where: { $0.name == "tidsserie" }),
              let yearColumn = t.columnIndex("serie_ar"), let form = t.columnIndex("stodform"),
              let area = t.columnIndex("omrade"), let amount = t.columnIndex("belopp_kr")
        else { return nil }
        var sums: [String: [Int: Int64?]] = [:]
        var codes: [String] = []
        var stored: Set<Int> = []
        for row in t.rows where row[form].code == "ALLA" && row[area].code != "ALLA" {
            guard let y = row[yearColumn].integerValue.map(Int.init) else { continue }
            let code = row[area].code
            if sums[code] == nil { codes.append(code); sums[code] = [:] }
            sums[code]![y] = row[amount].integerValue
            stored.insert(y)
        }
        guard let first = stored.min() else { return nil }
        let last = max(stored.max() ?? first, year)
        let allYears = Array(first...last)
        years = allYears
        lines = codes.map { code in
            Line(code: code, label: areaName(code),
                 values: allYears.map { y in sums[code]?[y] ?? nil })
        }
    }

    /// Whether `values[i]` of some line is known: a year that has accepted data.
    func hasData(_ i: Int) -> Bool { lines.contains { $0.values[i] != nil } }
}

/// The line chart of a `FundingSeries` as inline SVG: one line per area, broken where a year
/// has no data, a dot on every known value (so a lone year shows), Swedish labels.
struct SVGLineChart {
    let id: String
    let title: String
    let description: String
    let series: FundingSeries
    var width = 760.0

    /// Room above the plot for the unit, so it never touches the top tick's label.
    static let plotTop = 28.0
    static let plotHeight = 240.0
    static let left = 64.0
    static let right = 24.0
    static let legendLine = 18.0
    /// The classes of the lines (colour and dash pattern differ, for readers who cannot
    /// tell the colours apart).
    static let lineClasses = ["linje-1", "linje-2", "linje-3", "linje-4", "linje-5", "linje-6"]

    private var axisBottom: Double { Self.plotTop + Self.plotHeight }
    private var legendTop: Double { axisBottom + 44 }
    var height: Double { legendTop + Double(series.lines.count) * Self.legendLine + 6 }

    /// The axis in kronor: a step of 1, 2 or 5 × 10ⁿ kr (at least 100 000 kr, 0,1 MSEK), the
    /// lowest tick (0, or below it for a negative amount) and the highest, at most 6 steps apart.
    static func ticks(smallest: Int64, largest: Int64) -> (step: Int64, low: Int64, top: Int64) {
        let (lo, hi) = (min(smallest, 0), max(largest, 0))
        guard hi > lo else { return (1_000_000, 0, 1_000_000) }
        var decade: Int64 = 100_000
        while true {
            for m: Int64 in [1, 2, 5] {
                let step = m * decade
                let top = (hi + step - 1) / step * step
                let low = lo < 0 ? -((-lo + step - 1) / step * step) : 0
                if (top - low) / step <= 6 { return (step, low, top) }
            }
            decade *= 10
        }
    }

    /// A tick in MSEK: whole when the step is whole MSEK ("1200", "12 000"), else one decimal ("0,5").
    static func tickText(_ kronor: Int64, step: Int64) -> String {
        step % 1_000_000 == 0
            ? NumberText.swedish(plain: String(kronor / 1_000_000)) : NumberText.swedish(plain: NumberText.msekPlain(kronor))
    }

    func x(_ i: Int) -> Double {
        let plotWidth = width - Self.left - Self.right
        guard series.years.count > 1 else { return Self.left + plotWidth / 2 }
        return Self.left + 12 + Double(i) * (plotWidth - 24) / Double(series.years.count - 1)
    }

    var svg: String {
        let e = XMLText.escape
        let known = series.lines.flatMap { $0.values.compactMap { $0 } }
        let (step, low, top) = Self.ticks(smallest: known.min() ?? 0, largest: known.max() ?? 0)
        func y(_ kronor: Int64) -> Double {
            axisBottom - Double(kronor - low) / Double(top - low) * Self.plotHeight
        }
        var out = #"<svg class="diagram tidsserie" role="img" viewBox="0 0 \#(n(width)) \#(n(height))" "#
        out += #"aria-labelledby="\#(id)-titel \#(id)-beskrivning" preserveAspectRatio="xMinYMin meet">"#
        out += #"<title id="\#(id)-titel">\#(e(title))</title>"#
        out += #"<desc id="\#(id)-beskrivning">\#(e(description))</desc>"#
        var tick = low
        while tick <= top {
            let ty = y(tick)
            out += #"<line class="rutlinje" x1="\#(n(Self.left))" y1="\#(n(ty))" x2="\#(n(width - Self.right))" y2="\#(n(ty))"/>"#
            out += #"<text class="axel" x="\#(n(Self.left - 6))" y="\#(n(ty + 4))" text-anchor="end">\#(e(Self.tickText(tick, step: step)))</text>"#
            tick += step
        }
        out += #"<text class="axel" x="0" y="12">\#(e(ReportTexts.unitMSEK))</text>"#
        for (i, year) in series.years.enumerated() {
            let missing = !series.hasData(i)
            out += #"<text class="axel\#(missing ? " saknas" : "")" x="\#(n(x(i)))" y="\#(n(axisBottom + 18))" text-anchor="middle">\#(year)</text>"#
            if missing {
                out += #"<text class="axel saknas" x="\#(n(x(i)))" y="\#(n(axisBottom + 32))" text-anchor="middle">\#(e(ReportTexts.seriesYearWithoutData))</text>"#
            }
        }
        for (l, line) in series.lines.enumerated() {
            let cssClass = Self.lineClasses[l % Self.lineClasses.count]
            // Runs of consecutive known values; a lone value is only its dot.
            var runs: [[String]] = [[]]
            for (i, value) in line.values.enumerated() {
                guard let value else { runs.append([]); continue }
                runs[runs.count - 1].append("\(n(x(i))),\(n(y(value)))")
            }
            let d = runs.filter { $0.count > 1 }.map { "M" + $0.joined(separator: "L") }.joined()
            out += #"<g class="\#(cssClass)">"#
            if !d.isEmpty { out += #"<path d="\#(d)"/>"# }
            for (i, value) in line.values.enumerated() {
                guard let value else { continue }
                let msek = NumberText.swedish(plain: NumberText.msekPlain(value))
                out += #"<circle cx="\#(n(x(i)))" cy="\#(n(y(value)))" r="3">"#
                out += "<title>\(e(ReportTexts.seriesPoint(area: line.label, year: series.years[i], msek: msek)))</title></circle>"
            }
            let ly = legendTop + Double(l) * Self.legendLine
            out += #"<line x1="0" y1="\#(n(ly - 4))" x2="28" y2="\#(n(ly - 4))"/>"#
            out += #"<circle cx="14" cy="\#(n(ly - 4))" r="3"/>"#
            out += #"<text class="forklaring" x="36" y="\#(n(ly))">\#(e(HTMLCharts.shortened(line.label, to: 100)))</text>"#
            out += "</g>"
        }
        return out + "</svg>"
    }

    /// The chart's numbers as a table (years down, areas across): hidden on screen but read
    /// by screen readers (`.dold-skarm`), printed under the chart (paper has no tooltips).
    var table: String {
        let e = XMLText.escape
        let first = series.years.first ?? 0, last = series.years.last ?? 0
        var out = "<table class=\"dold-skarm\" id=\"\(id)-tabell\">\n<caption>\(e(ReportTexts.seriesTableCaption(from: first, to: last)))</caption>\n"
        out += "<thead>\n<tr><th scope=\"col\">\(e(ReportTexts.seriesYearColumn))</th>"
        for line in series.lines { out += "<th scope=\"col\" class=\"tal\">\(e(line.label))</th>" }
        out += "</tr>\n</thead>\n<tbody>\n"
        for (i, year) in series.years.enumerated() {
            out += "<tr><th scope=\"row\">\(year)</th>"
            if !series.hasData(i) {
                out += "<td colspan=\"\(max(series.lines.count, 1))\">\(e(ReportTexts.seriesNoDataCell))</td>"
            } else {
                for line in series.lines {
                    out += "<td class=\"tal\">\(e(line.values[i].map { NumberText.swedish(plain: NumberText.msekPlain($0)) } ?? "–"))</td>"
                }
            }
            out += "</tr>\n"
        }
        return out + "</tbody>\n</table>\n"
    }

    private func n(_ value: Double) -> String { TableValueText.tenths(Int64((value * 10).rounded())) }
}
