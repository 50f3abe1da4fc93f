import FollowUpModel
import Texts

/// The self-contained Swedish report page: intro, charts and every table.
///
/// The markup is also well-formed XML (void elements closed, no named entities, nothing
/// external: no scripts, fonts, images or links out — the only links are to the CSV and
/// workbook written beside it), so tests can parse it.
///
/// A table of more than `maxRows` rows (the activity list: one row per activity) shows its
/// first `maxRows` rows and links to the files that hold them all, so the page stays
/// readable and its size does not grow with the data.
struct HTMLReport {
    let tables: [Table]
    let year: Int
    let comparisonYear: Int
    let generatedAt: String?
    /// The formats written beside the report: the links of a shortened table go to these.
    var formats: Set<ExportFormat> = []

    static let maxRows = 1000

    /// Tables longer than this scroll inside their own box on screen (print shows all rows).
    static let longTable = 25

    var html: String { document.string }

    /// The page (tests; `make()` reports a failure to read a streamed table).
    var document: ChunkedText { (try? make()) ?? ChunkedText() }

    /// The page, in chunks: the long tables never make one large text.
    func make() throws -> ChunkedText {
        let e = XMLText.escape
        let title = ReportTexts.documentTitle(year: year, comparisonYear: comparisonYear)
        let charts = HTMLCharts(tables: tables, year: year, comparisonYear: comparisonYear)
        var out = ChunkedText("<!DOCTYPE html>\n<html lang=\"sv\">\n<head>\n<meta charset=\"utf-8\"/>\n")
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
        out += "<title>\(e(title))</title>\n<style>\n\(HTMLStyle.css)\n</style>\n</head>\n<body>\n"
        out += "<header class=\"sidhuvud\">\n<h1>\(e(title))</h1>\n"
        out += "<p class=\"ingress\">\(e(ReportTexts.intro(year: year, comparisonYear: comparisonYear)))</p>\n"
        if let generatedAt { out += "<p class=\"skapad\">\(e(ReportTexts.generated(generatedAt)))</p>\n" }
        out += "</header>\n"
        out += contents(charts: charts)
        out += "<main>\n"
        out += areaSection(charts)
        out += seriesSection(charts)
        // The map (the overview of the regions' shares) before the per-area share charts: in
        // print the last of those then shares its page with the first table, not with white.
        out += mapSection()
        out += regionSection(charts)
        for table in tables { try section(for: table, into: &out) }
        out += "</main>\n</body>\n</html>\n"
        return out
    }

    func contents(charts: HTMLCharts) -> String {
        let e = XMLText.escape
        var out = "<nav aria-label=\"\(e(ReportTexts.contents))\">\n<h2>\(e(ReportTexts.contents))</h2>\n<ol>\n"
        if charts.hasAreaCharts {
            out += "<li><a href=\"#diagram-omraden\">\(e(ReportTexts.areasChartHeading))</a></li>\n"
        }
        if seriesChart(charts) != nil {
            out += "<li><a href=\"#\(Self.seriesID)\">\(e(ReportTexts.seriesHeading))</a></li>\n"
        }
        if CountyMap(tables: tables, year: year) != nil {
            out += "<li><a href=\"#\(CountyMap.id)\">\(e(ReportTexts.mapHeading))</a></li>\n"
        }
        if charts.hasRegionCharts {
            out += "<li><a href=\"#diagram-regioner\">\(e(ReportTexts.regionsChartHeading))</a></li>\n"
        }
        for table in tables {
            out += "<li><a href=\"#tabell-\(e(table.name))\">\(e(table.title))</a></li>\n"
        }
        return out + "</ol>\n</nav>\n"
    }

    func areaSection(_ charts: HTMLCharts) -> String {
        guard let main = charts.areaChart(instrument: "ALLA", compact: false) else { return "" }
        let e = XMLText.escape
        var out = "<section id=\"diagram-omraden\">\n<h2>\(e(ReportTexts.areasChartHeading))</h2>\n"
        out += figure(main)
        let others = charts.instruments.compactMap { charts.areaChart(instrument: $0, compact: true) }
        if !others.isEmpty {
            out += "<h3>\(e(ReportTexts.perInstrument))</h3>\n<div class=\"rutnat\">\n"
            for chart in others { out += figure(chart) }
            out += "</div>\n"
        }
        return out + "</section>\n"
    }

    func regionSection(_ charts: HTMLCharts) -> String {
        let all = charts.areaCodes.compactMap { charts.regionChart(area: $0) }
        guard !all.isEmpty else { return "" }
        let e = XMLText.escape
        var out = "<section id=\"diagram-regioner\">\n<h2>\(e(ReportTexts.regionsChartHeading))</h2>\n"
        out += "<p class=\"meta\">\(e(ReportTexts.regionsChartNote))</p>\n<div class=\"rutnat\">\n"
        for chart in all { out += figure(chart) }
        return out + "</div>\n</section>\n"
    }

    func figure(_ chart: SVGBarChart) -> String {
        "<figure>\n\(chart.svg)\n<figcaption>\(XMLText.escape(chart.title))</figcaption>\n</figure>\n"
    }

    func section(for table: Table, into out: inout ChunkedText) throws {
        let e = XMLText.escape
        let total = table.rowCount
        let rows = total > Self.maxRows ? try table.firstRows(Self.maxRows) : try table.firstRows(total)
        let msek = HTMLColumnFormat.showsMSEK(table, rows: rows)
        let formats = table.columns.enumerated().map { c, column in
            HTMLColumnFormat(column: column, values: rows.map { $0[c] }, tableShowsMSEK: msek, table: table.name)
        }
        out += "<section id=\"tabell-\(e(table.name))\">\n<h2>\(e(table.title))</h2>\n"
        guard !rows.isEmpty else {
            out += "<p class=\"meta\">\(e(ReportTexts.noRows))</p>\n</section>\n"
            return
        }
        if rows.count < total { out += shortenedNote(table, shown: rows.count, total: total) }
        let isLong = rows.count > Self.longTable
        out += "<div class=\"tabellram\(isLong ? " lang" : "")\">\n<table>\n"
        let caption = ReportTexts.tableCaption(title: table.title, rows: total, msek: formats.contains(where: \.showsMSEK))
        out += "<caption>\(e(caption))</caption>\n<thead>\n<tr>"
        for format in formats {
            out += "<th scope=\"col\"\(format.isNumeric ? " class=\"tal\"" : "")>\(e(format.heading))</th>"
        }
        out += "</tr>\n</thead>\n<tbody>\n"
        for row in rows {
            out += "<tr>"
            for (c, value) in row.enumerated() {
                let format = formats[c]
                var classes: [String] = []
                if let cellClass = format.cellClass { classes.append(cellClass) }
                if value == .empty { classes.append("tom") }
                let classAttribute = classes.isEmpty ? "" : " class=\"\(classes.joined(separator: " "))\""
                out += "<td\(classAttribute)>\(e(format.text(value)))</td>"
            }
            out += "</tr>\n"
        }
        out += "</tbody>\n</table>\n</div>\n</section>\n"
    }

    /// The note above a shortened table: how many rows it has and where they all are.
    func shortenedNote(_ table: Table, shown: Int, total: Int) -> String {
        let e = XMLText.escape
        var links: [String] = []
        if formats.contains(.xlsx) {
            let file = ExportFileNames.xlsx(year: year)
            links.append("<a href=\"\(e(file))\">\(e(ReportTexts.workbookLink(file)))</a>")
        }
        if formats.contains(.csv) {
            let file = ExportFileNames.csv(table: table.name)
            links.append("<a href=\"\(e(file))\">\(e(ReportTexts.csvLink(file)))</a>")
        }
        let whereAll = links.isEmpty ? e(ReportTexts.longTableNoFiles) : links.joined(separator: e(ReportTexts.and)) + "."
        return "<p class=\"meta\">\(e(ReportTexts.longTableNote(shown: shown, total: total)))\(whereAll)</p>\n"
    }
}
