/// Every Swedish text the exports add themselves (titles and column titles come with the tables).
enum ReportTexts {
    static func documentTitle(year: Int, comparisonYear: Int) -> String {
        "Uppföljning av regionalt utvecklingsarbete \(year) – jämförelse med \(comparisonYear)"
    }

    static func intro(year: Int, comparisonYear: Int) -> String {
        "Rapporten jämför regionernas redovisade och godkända uppgifter för \(year) med \(comparisonYear). "
            + "Belopp anges i miljoner kronor (MSEK) där inget annat sägs; andelar i procent med en decimal. "
            + "Samma tabeller finns som CSV, Excel, Markdown och JSON."
    }

    static func generated(_ at: String) -> String { "Skapad \(at)" }
    static let contents = "Innehåll"
    static let charts = "Diagram"
    static let tables = "Tabeller"
    static let noRows = "Inga rader."
    static func rowCount(_ n: Int) -> String { n == 1 ? "1 rad" : "\(n) rader" }

    static let areasChartHeading = "Diagram: beviljade medel per strategiskt område"
    static func areasChartTitle(instrument: String, year: Int, comparisonYear: Int) -> String {
        "\(instrument): beviljade medel per strategiskt område \(year) och \(comparisonYear), MSEK"
    }
    static let regionsChartHeading = "Diagram: regionernas andelar inom varje område"
    static func regionsChartTitle(area: String, year: Int) -> String {
        "\(area): regionernas andel av beviljade medel \(year), procent (alla stödformer)"
    }
    static let regionsChartNote =
        "Staplarna visar varje regions andel av alla stödformers medel inom området, störst först."

    static let allInstruments = "Alla stödformer"
    static let instrumentNames: [String: String] = [
        "ALLA": allInstruments,
        "PROJ": "Stöd till projektverksamhet",
        "INV": "Regionalt investeringsstöd",
        "FRAM": "Främjandestöd",
        "SERV": "Stöd till kommersiell service",
    ]
    static func area(_ code: String) -> String { code == "ALLA" ? "Alla områden" : "Område \(code)" }

    static let unitMSEK = "MSEK"
    static let unitKronor = "kr"
    static let emptyXLSX = "Inga tabeller"
}

extension ReportTexts {
    static let noFunding = "Inga beviljade medel under året."
    static let perInstrument = "Per stödform"
    static func tableCaption(name: String, rows: Int, msek: Bool) -> String {
        "Tabell \(name), \(rowCount(rows))" + (msek ? ", belopp i MSEK" : "")
    }
}
