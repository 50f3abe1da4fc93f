/// Every Swedish text the exports add themselves. Titles and column titles come with the
/// tables (`ComparisonText`), and so do the names of codes (from the code lists).
public enum ReportTexts {
    public static func documentTitle(year: Int, comparisonYear: Int) -> String {
        "Uppföljning av regionalt utvecklingsarbete \(year) – jämförelse med \(comparisonYear)"
    }

    public static func intro(year: Int, comparisonYear: Int) -> String {
        "Rapporten jämför regionernas redovisade och godkända uppgifter för \(year) med \(comparisonYear). "
            + "Belopp anges i miljoner kronor (MSEK) där inget annat sägs; andelar i procent med en decimal. "
            + "Samma tabeller finns som CSV, Excel, Markdown och JSON."
    }

    public static func generated(_ at: String) -> String { "Skapad \(at)" }
    public static let contents = "Innehåll"
    public static let noRows = "Inga rader."
    public static func rowCount(_ n: Int) -> String { n == 1 ? "1 rad" : "\(n) rader" }

    public static let areasChartHeading = "Diagram: beviljade medel per strategiskt område"
    public static func areasChartTitle(instrument: String, year: Int, comparisonYear: Int) -> String {
        "\(instrument): beviljade medel per strategiskt område \(year) och \(comparisonYear), MSEK"
    }
    public static let regionsChartHeading = "Diagram: regionernas andelar inom varje område"
    public static func regionsChartTitle(area: String, year: Int) -> String {
        "\(area): regionernas andel av beviljade medel \(year), procent (alla stödformer)"
    }
    public static let regionsChartNote =
        "Staplarna visar varje regions andel av alla stödformers medel inom området, störst först."
    /// An area in a chart title: "Område 1", then its name from the code list when known.
    public static func area(_ code: String) -> String { "Område \(code)" }

    public static let unitMSEK = "MSEK"
    public static let unitKronor = "kr"
    public static let emptyXLSX = "Inga tabeller"

    public static let noFunding = "Inga beviljade medel under året."
    public static let perInstrument = "Per stödform"
    /// Under a table the report shows only the start of (`shown` of `total` rows); `files`
    /// are the links to the files with every row, already made (may be empty).
    public static func longTableNote(shown: Int, total: Int) -> String {
        "Tabellen har \(total) rader; här visas de första \(shown). Hela tabellen finns i "
    }
    public static let longTableNoFiles = "de exporterade filerna (CSV, Excel, Markdown och JSON)."
    public static func workbookLink(_ file: String) -> String { "arbetsboken \(file)" }
    public static func csvLink(_ file: String) -> String { "CSV-filen \(file)" }
    public static let and = " och "

    /// The caption of a table in the report: its Swedish title (never the machine name).
    public static func tableCaption(title: String, rows: Int, msek: Bool) -> String {
        "\(title), \(rowCount(rows))" + (msek ? ", belopp i MSEK" : "")
    }

    // Issue 15: the time series of funding per area and the map of the regions' shares.

    public static let seriesHeading = "Diagram: beviljade medel per strategiskt område över tid"
    public static func seriesTitle(from first: Int, to last: Int) -> String {
        "Beviljade medel per strategiskt område \(first)–\(last), MSEK (alla stödformer)"
    }
    public static let seriesNote =
        "Linjerna visar varje års godkända uppgifter. Ett år utan godkända uppgifter lämnas tomt i diagrammet – det visas inte som noll."
    public static let seriesYearWithoutData = "saknas"
    public static let seriesYearColumn = "År"
    public static let seriesNoDataCell = "inga godkända uppgifter"
    public static func seriesTableCaption(from first: Int, to last: Int) -> String {
        "Beviljade medel per strategiskt område och år \(first)–\(last), MSEK"
    }
    /// The chart's short description (`<desc>`); the numbers are in the table after it.
    public static func seriesDescription(areas: Int, years: Int, missing: [Int]) -> String {
        let base = "Linjediagram med \(areas == 1 ? "1 område" : "\(areas) områden") och \(years == 1 ? "1 år" : "\(years) år")"
        guard !missing.isEmpty else { return base + ". Siffrorna finns i tabellen efter diagrammet." }
        let list = missing.map(String.init).joined(separator: ", ")
        return base + "; utan godkända uppgifter: \(list). Siffrorna finns i tabellen efter diagrammet."
    }
    public static func seriesPoint(area: String, year: Int, msek: String) -> String { "\(area), \(year): \(msek) MSEK" }

    public static let mapHeading = "Karta: regionernas andel av beviljade medel"
    public static func mapTitle(year: Int) -> String {
        "Regionernas andel av beviljade medel \(year), procent (alla stödformer och områden)"
    }
    public static let mapNote =
        "Varje län har färgen för regionens andel av alla beviljade medel under året. Håll muspekaren över ett län för att se andelen."
    public static let mapRegionColumn = "Region"
    public static let mapShareColumn = "Andel, procent"
    public static let mapAmountColumn = "Beviljade medel, MSEK"
    public static let mapClassColumn = "Färgklass"
    public static func mapTableCaption(year: Int) -> String { "Regionernas andel av beviljade medel \(year)" }
    public static func mapDescription(regions: Int) -> String {
        "Karta över Sveriges \(regions) län, färgade efter regionens andel. Andelarna finns i tabellen efter kartan."
    }
    public static let mapLegendTitle = "Andel av medlen"
    public static let mapClassNone = "Inga beviljade medel"
    public static let mapClassMissing = "Uppgift saknas"
    /// A colour class of the map: shares from `low` to `high` tenths of a percent
    /// (`high` nil: and more), written with one decimal.
    public static func mapClass(lowText: String?, highText: String?) -> String {
        switch (lowText, highText) {
        case (nil, let high?): return "under \(high) %"
        case (let low?, nil): return "\(low) % eller mer"
        case (let low?, let high?): return "\(low)–\(high) %"
        case (nil, nil): return ""
        }
    }
    public static func mapCountyTitle(region: String, share: String, msek: String?) -> String {
        msek.map { "\(region): \(share) % (\($0) MSEK)" } ?? "\(region): \(share) %"
    }
    public static func mapCountyMissing(region: String) -> String { "\(region): uppgift saknas" }
    public static func county(_ code: String) -> String { "Län \(code)" }
    public static let dataTableNote = "Tabell med diagrammets siffror"
}
