import FollowUpModel

/// The Swedish text of the comparison tables: table titles, column titles and the labels of
/// rows that no code list names (names of codes come from the code lists, through the store).
public enum ComparisonText {
    static let tableTitles: [String: String] = [
        "omraden": "Finansiering per strategiskt område",
        "prioriteringar": "Finansiering per prioritering",
        "regioner": "Regionernas andelar inom varje område",
        "stodformer": "Stödformer och medfinansiering",
        "insatser": "Insatser per område, roll, hållbarhet och status",
        "indikatorer": "Indikatorvärden på länsnivå",
        "inlamning": "Inlämnade rapporter",
        "insatslista": "Samtliga godkända insatser",
        "tidsserie": "Finansiering per område och år",
    ]

    /// Sheet names of the workbook: whole Swedish words within Excel's 31 characters
    /// (the titles above are longer than that for some tables).
    static let sheetNames: [String: String] = [
        "omraden": "Finansiering per område",
        "prioriteringar": "Finansiering per prioritering",
        "regioner": "Regionernas andelar",
        "stodformer": "Stödformer och medfinansiering",
        "insatser": "Insatser per område",
        "indikatorer": "Indikatorvärden på länsnivå",
        "inlamning": "Inlämnade rapporter",
        "insatslista": "Samtliga godkända insatser",
        "tidsserie": "Finansiering per område och år",
    ]

    /// The workbook's sheet name of table `name`, nil for a table not in the catalogue.
    public static func sheetName(_ name: String) -> String? { sheetNames[name] }

    /// The status codes of `inlamning` as people read them (HTML, XLSX); CSV and JSON keep
    /// the codes.
    public static let submissionStatusWords: [String: String] = [
        "GODKAND": "Godkänd", "AVVISAD": "Avvisad", "SAKNAS": "Saknas",
    ]

    /// The word for a status code in column `column` of table `table`, or nil when the
    /// cell is not a status code (it is then shown as it is).
    public static func statusWord(table: String, column: String, code: String) -> String? {
        switch (table, column) {
        case ("inlamning", "status"): return submissionStatusWords[code]
        case ("insatslista", "status"): return activityStatus.first { $0.kod == code }?.namn
        case ("insatser", "dimension"): return activityDimensionWords[code]
        default: return nil
        }
    }

    /// What a row of `insatser` counts, as people read it (the codes stay in CSV and JSON).
    static let activityDimensionWords = [
        "total": "Samtliga", "roll": "Roll", "hallbarhet": "Hållbarhet", "status": "Status",
    ]

    /// Amount columns are titled without a unit: the export adds it (kr in CSV, MSEK in XLSX).
    static let columnTitles: [String: String] = [
        "ar": "År",
        "jamforelsear": "Jämförelseår",
        "serie_ar": "År i serien",
        "stodform": "Stödform",
        "stodform_namn": "Stödformens namn",
        "omrade": "Strategiskt område",
        "omrade_namn": "Områdets namn",
        "prioritering": "Prioritering",
        "prioritering_namn": "Prioriteringens namn",
        "region_kod": "Regionkod",
        "region_namn": "Region",
        "belopp_kr": "Belopp",
        "andel_procent": "Andel (%)",
        "belopp_jamforelsear_kr": "Belopp jämförelseåret",
        "andel_jamforelsear_procent": "Andel jämförelseåret (%)",
        "forandring_kr": "Förändring",
        "forandring_procent": "Förändring (%)",
        "rang": "Rang",
        "antal_beslut": "Antal beslut",
        "eruf_kr": "ERUF",
        "jtf_kr": "JTF",
        "region_kr": "Region",
        "kommun_kr": "Kommun",
        "annan_offentlig_kr": "Annan offentlig",
        "privat_kr": "Privat",
        "antal_beslut_jamforelsear": "Antal beslut jämförelseåret",
        "dimension": "Dimension",
        "kod": "Kod",
        "namn": "Namn",
        "antal": "Antal",
        "antal_jamforelsear": "Antal jämförelseåret",
        "forandring": "Förändring",
        "indikator_kod": "Indikatorkod",
        "indikator_namn": "Indikator",
        "enhet": "Enhet",
        "varde": "Värde",
        "varde_kvinnor": "Värde kvinnor",
        "varde_man": "Värde män",
        "varde_jamforelsear": "Värde jämförelseåret",
        "rapport": "Rapport",
        "status": "Status",
        "mottagen": "Mottagen",
        "sen": "Sen",
        "fel": "Fel",
        "varningar": "Varningar",
        "versioner": "Godkända versioner",
        "insats_id": "Insats-id",
        "titel": "Titel",
        "roll": "Roll",
        "hallbarhet": "Hållbarhet",
        "startdatum": "Startdatum",
        "slutdatum": "Slutdatum",
        "beviljat_kr": "Beviljat",
    ]

    /// Name of the `ALLA` row of the instruments.
    public static let allInstruments = "Samtliga stödformer"
    /// Name of the `ALLA` row of the areas.
    public static let allAreas = "Samtliga områden"
    /// Name of the `total` row of the activities.
    public static let allActivities = "Samtliga insatser"
    /// Name of the "not given" priority row of an area.
    public static func priorityNotGiven(area: Int) -> String { "Ej angiven prioritering (område \(area))" }

    public static let activityStatus: [(kod: String, namn: String)] = [
        ("PLANERAD", "Planerad"),
        ("PAGAENDE", "Pågående"),
        ("AVSLUTAD", "Avslutad"),
    ]

    public static let yes = "ja"
    public static let no = "nej"

    /// Builds a column whose Swedish title comes from the catalogue.
    static func column(_ name: String, _ kind: FollowUpModel.Table.Kind) -> FollowUpModel.Table.Column {
        FollowUpModel.Table.Column(name, columnTitles[name] ?? name, kind)
    }

    /// A table with the catalogue's title; the first two columns are always `ar`, `jamforelsear`.
    public static func table(_ name: String, _ columns: [(String, FollowUpModel.Table.Kind)], rows: [[TableValue]]) -> FollowUpModel.Table {
        let all = [("ar", FollowUpModel.Table.Kind.integer), ("jamforelsear", .integer)] + columns
        return FollowUpModel.Table(name: name, title: tableTitles[name] ?? name,
                     columns: all.map { column($0.0, $0.1) }, rows: rows)
    }
}
