import Foundation
import FollowUpModel

/// The HTML report's charts and tables without its page (no `<style>`, no `<head>`), for a
/// page that has its own stylesheet: the portal's analysts' pages. The markup is the
/// report's own (the same sections, classes and inline SVG charts), so the report and the
/// portal never show different numbers.
///
/// ```swift
/// let charts = ReportFragments.charts(tables, year: 2021, comparisonYear: 2020)
/// let one = try ReportFragments.table(tables[0], year: 2021, comparisonYear: 2020)
/// ```
public enum ReportFragments {
    /// The report's chart sections in the report's order (areas, the time series over all
    /// stored years, the map of the regions' shares, then the regions' charts); empty
    /// without the tables they are drawn from.
    public static func charts(_ tables: [Table], year: Int, comparisonYear: Int) -> String {
        let report = HTMLReport(tables: tables, year: year, comparisonYear: comparisonYear, generatedAt: nil)
        let charts = HTMLCharts(tables: tables, year: year, comparisonYear: comparisonYear)
        return report.areaSection(charts) + report.seriesSection(charts) + report.mapSection() + report.regionSection(charts)
    }

    /// The report's rules for the time series and the map (colour classes, line styles,
    /// the screen-reader-only table), for a page with its own stylesheet. Scoped to
    /// `.report`, which also defines the colours they use.
    public static var stylesheet: String {
        ".report { --bla: #1f5f8b; --ljusbla: #9ec3de; --text: #1d232a; --dampad: #5b6670; --linje: #d5dbe1; }\n"
            + HTMLStyle.seriesAndMapCSS + "\n"
    }

    /// One table's section as in the report (a long table shortened as there).
    /// - Throws: when a streamed table cannot be read.
    public static func table(_ table: Table, year: Int, comparisonYear: Int) throws -> String {
        let report = HTMLReport(tables: [table], year: year, comparisonYear: comparisonYear, generatedAt: nil)
        var out = ChunkedText()
        try report.section(for: table, into: &out)
        // A table's box scrolls on its own; with a tab stop a keyboard can scroll it too.
        return out.string.replacingOccurrences(of: "<div class=\"tabellram", with: "<div tabindex=\"0\" class=\"tabellram")
    }
}
