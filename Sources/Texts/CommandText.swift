/// The Swedish words of the command line: the summaries of `rebuild` and `export` (the run's are in `InboxText`) and
/// the help of the commands regions use (`validate`, `template`).
public enum CommandText {
    // MARK: followup rebuild

    public static func rebuilt(files: Int, accepted: Int, rejected: Int, duplicates: Int) -> String {
        "Databasen återskapad ur arkivet: \(Plural.count(files, .files)) (godkända \(accepted), avvisade \(rejected), dubbletter \(duplicates))."
    }

    // MARK: followup export

    public static func exported(files: Int, year: Int, to path: String) -> String {
        "Skrev \(Plural.count(files, .files)) för \(year) (jämfört med \(year - 1)) i \(path)"
    }

    // MARK: Help of the commands regions use

    public static let rootAbstract =
        "Uppföljning av det regionala utvecklingsarbetet (SFS 2024:99): läs, validera, lagra och jämför regionernas rapporter."

    public static let validateAbstract = "Kontrollera rapportfiler som nattkörningen skulle göra, utan att spara något."
    public static let validateDiscussion =
        "Slutkod 0 om alla filer är godkända, 1 om någon fil är underkänd, 2 vid felaktig användning, 4 om scheman, konfiguration eller en fil inte kan läsas."
    public static let validateFiles = "CSV-filerna som ska kontrolleras, t.ex. 14_2025_finansiering.csv."
    public static let validateFormat = "Utdataformat: text (för läsare) eller json."

    public static let templateAbstract = "Skriv en tom mall med rätt rubrikrad och en guide till kolumnerna."
    public static let templateDiscussion = """
        Utan --out skrivs guiden (med rubrikraden) ut. Med --out <mapp> skrivs också \
        mall_<rapport>.csv (semikolon, öppnas direkt i Excel) och mall_<rapport>.txt. \
        --header-only skriver bara rubrikraden, för att skapa en fil: \
        followup template --report insatser --header-only > 14_2025_insatser.csv
        """
    public static let templateReport = "Rapporten: insatser, finansiering, indikatorer eller strategi."
    public static let templateYear = "Redovisningsåret mallen gäller (väljer schemaversion; standard: senaste)."
    public static let templateOut = "Mapp där mallen och guiden skrivs."
    /// After `template --out`: the files written.
    public static func templateWritten(csv: String, guide: String) -> String { "Skrev \(csv) och \(guide)" }
    public static let templateHeaderOnly = "Skriv bara rubrikraden (kommaseparerad)."

    public static let optionDataDir =
        "Datamapp med databasen: insats_id och jämförelsen med föregående år görs då också mot det lagrade."
    public static let optionNow = "Fast tidpunkt i ISO 8601 i stället för klockan, t.ex. 2026-02-01T12:00:00+01:00."
    public static let optionSchemas = "Katalog med scheman och kodlistor (standard: Schemas/ som hittas automatiskt)."
}
