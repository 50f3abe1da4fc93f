/// The analysts' pages of the portal (roles `analytiker` and `admin`).
public enum AnalystText {
    public static let coverageNav = "Täckning"
    public static let tablesNav = "Tabeller"
    public static let findingsNav = "Fynd"
    public static let runsNav = "Körningar"

    // Statuses in the coverage grid (a word in every cell, colour only as a help).
    public static let accepted = "Godkänd"
    public static let rejected = "Avvisad"
    public static let waiting = "Inskickad, väntar"
    public static let missing = "Saknas"
    public static let lateMark = "sen"
    public static let late = "Sen"

    // Coverage
    public static func coverageHeading(year: Int) -> String { "Täckning, rapportår \(year)" }
    public static func coverageCaption(year: Int) -> String {
        "Regionernas fyra rapporter för \(year). Varje ruta leder till regionens inskickade filer och kvitton."
    }
    public static let coverageLegend = "Godkänd: en godkänd version gäller. Avvisad: senaste filen hade fel och ingen godkänd version gäller. Inskickad, väntar: en fil ligger i inkorgen och körs i natt. Saknas: inget har kommit in. Sen: kom in efter sista dag."
    public static let countsHeading = "Antal per status"
    public static let region = "Region"
    public static let otherYears = "Andra år"

    // A region's submissions (for analysts)
    public static func regionHeading(name: String, code: String, year: Int) -> String {
        "Region \(name) (\(code)): inskickade filer \(year)"
    }
    public static let backToCoverage = "Tillbaka till täckningen"
    public static let noSubmissions = "Regionen har inte skickat in något för året."

    // Tables
    public static func tablesHeading(year: Int) -> String { "Jämförelsetabeller \(year) mot \(year - 1)" }
    public static let tablesTitle = "Jämförelsetabeller"
    public static func noData(year: Int) -> String {
        "Det finns inga godkända rapporter för \(year) i databasen, så det finns inga tabeller att visa. Välj ett annat år."
    }
    public static let noStore = "Databasen finns inte än: ingen nattlig körning har gjorts."
    public static let downloads = "Ladda ner"
    public static let downloadsIntro = "Samma filer som followup export skriver, gjorda av samma exportkod ur databasen just nu."
    public static let workbook = "Arbetsbok (XLSX)"
    public static let htmlReport = "Rapport (HTML, öppnas i webbläsaren)"
    public static let markdown = "Markdown"
    public static let json = "JSON"
    public static let csvStandard = "CSV (standard: komma, punkt som decimaltecken)"
    public static let csvExcel = "CSV för svenskt Excel (semikolon, decimalkomma)"
    public static let table = "Tabell"
    public static let views = "Diagram och tabeller"
    public static let charts = "Diagram"

    // Findings
    public static func findingsHeading(year: Int) -> String { "Fynd i inskickade filer \(year) och \(year - 1)" }
    public static let findingsIntro = "Hur ofta varje felkod förekom i filerna som nattens körning tog emot (godkända med varningar och avvisade; dubbletter räknas inte). Antalet fynd per fil är begränsat av kontrollens tak, så en mycket trasig fil räknas högst så många gånger."
    public static let byCode = "Vanligaste koderna"
    public static let byReport = "Per rapport"
    public static let byRegion = "Per region"
    public static let code = "Kod"
    public static let severity = "Allvarlighet"
    public static let error = "fel"
    public static let warning = "varning"
    public static func findingsIn(_ year: Int) -> String { "Fynd \(year)" }
    public static func filesIn(_ year: Int) -> String { "Filer \(year)" }
    public static let example = "Exempel"
    public static let exampleReceipt = "kvitto"
    public static func noFindings(year: Int) -> String { "Inga fynd registrerade för \(year) eller \(year - 1)." }

    // Runs
    public static let runsHeading = "Nattliga körningar"
    public static let runsIntro = "Varje körning som databasen har registrerat (nattliga körningar och ombyggnader), senaste först."
    public static let run = "Körning"
    public static let started = "Startad"
    public static let finished = "Klar"
    public static let duration = "Tid"
    public static let outcome = "Utfall"
    public static let acceptedCount = "Godkända"
    public static let rejectedCount = "Avvisade"
    public static let duplicateCount = "Dubbletter"
    public static let quarantinedCount = "Karantän"
    public static let noRuns = "Ingen körning är registrerad än."
    public static let statusDone = "klar"
    public static let statusFailed = "misslyckades"
    public static let statusRunning = "pågår"
    public static func seconds(_ s: Int?) -> String {
        guard let s else { return "–" }
        return s < 60 ? "\(s) s" : "\(s / 60) min \(s % 60) s"
    }
    public static func runHeading(_ id: Int64) -> String { "Körning \(id)" }
    public static let rejectedFiles = "Avvisade filer"
    public static let file = "Fil"
    public static let errors = "Fel"
    public static let noLog = "Ingen logg finns för körningen (loggar rensas efter en tid, och ombyggnader skriver en egen logg utan körningens nummer)."
    public static let logHeading = "Logg"
    public static let time = "Tid (UTC)"
    public static let level = "Nivå"
    public static let event = "Händelse"
    public static let details = "Detaljer"
    public static let problems = "Varningar och fel i loggen"
    public static func logCut(_ limit: Int) -> String { "Loggen är lång: de första \(limit) raderna visas." }
    public static let backToRuns = "Tillbaka till körningarna"
    public static let codeMeanings = "Vad koderna betyder"
}
