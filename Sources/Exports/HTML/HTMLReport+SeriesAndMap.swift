import FollowUpModel
import Texts

/// Issue 15: the time series of funding per area over every stored year, and the map of
/// the regions' shares. Each has a text alternative besides its `<title>` and `<desc>`: a
/// table of its numbers (the series': hidden on screen, read by screen readers and printed;
/// the map's: beside the map).
extension HTMLReport {
    static let seriesID = "diagram-tidsserie"

    /// The series of the `tidsserie` table, or nil without it.
    func fundingSeries(_ charts: HTMLCharts) -> FundingSeries? {
        FundingSeries(tables: tables, year: year, areaName: charts.areaName)
    }

    func seriesChart(_ charts: HTMLCharts) -> SVGLineChart? {
        guard let series = fundingSeries(charts), !series.lines.isEmpty else { return nil }
        let (first, last) = (series.years.first!, series.years.last!)
        return SVGLineChart(
            id: Self.seriesID, title: ReportTexts.seriesTitle(from: first, to: last),
            description: ReportTexts.seriesDescription(areas: series.lines.count, years: series.years.count,
                                                       missing: series.missingYears),
            series: series)
    }

    func seriesSection(_ charts: HTMLCharts) -> String {
        guard let chart = seriesChart(charts) else { return "" }
        let e = XMLText.escape
        var out = "<section id=\"\(Self.seriesID)\">\n<h2>\(e(ReportTexts.seriesHeading))</h2>\n"
        out += "<p class=\"meta\">\(e(ReportTexts.seriesNote))</p>\n"
        out += "<figure>\n\(chart.svg)\n<figcaption>\(e(chart.title))</figcaption>\n</figure>\n"
        return out + chart.table + "</section>\n"
    }

    func mapSection() -> String {
        guard let map = CountyMap(tables: tables, year: year) else { return "" }
        let e = XMLText.escape
        var out = "<section id=\"\(CountyMap.id)\">\n<h2>\(e(ReportTexts.mapHeading))</h2>\n"
        out += "<p class=\"meta\">\(e(ReportTexts.mapNote))</p>\n"
        out += "<div class=\"kartlayout\">\n<figure class=\"kartfigur\">\n\(map.svg)\n"
        out += "<figcaption>\(e(ReportTexts.mapTitle(year: year)))</figcaption>\n</figure>\n"
        return out + "<div class=\"kartdata\">\n" + map.table + "</div>\n</div>\n</section>\n"
    }
}
