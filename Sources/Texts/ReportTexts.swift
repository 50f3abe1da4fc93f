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
}
