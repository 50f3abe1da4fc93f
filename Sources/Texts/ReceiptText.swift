/// The receipts' Swedish words, and the messages of the findings only the nightly run makes.
public enum ReceiptText {
    public static let heading = "KVITTO – uppföljning av det regionala utvecklingsarbetet (SFS 2024:99)"
    public static let file = "Fil"
    public static let region = "Region"
    public static let year = "År"
    public static let report = "Rapport"
    public static let received = "Mottagen"
    public static let findingsHeading = "Synpunkter (rad och kolumn i filen; rad 1 är rubrikraden)"
    /// Only on a rejected file: the advice to correct it and send it again.
    public static let footer = "Rätta filen och lägg den i inkorgen igen; en ny godkänd version ersätter den gamla. Kontrollera gärna först med: followup validate FIL"

    // MARK: The outcome of a file

    public static let accepted = "Resultat: GODKÄND – uppgifterna är inlästa och ersätter en eventuell tidigare godkänd version."
    public static let rejected = "Resultat: AVVISAD – filen har fel och ingen rad har lagrats. En tidigare godkänd version av rapporten, om det finns en, gäller fortfarande."
    public static let duplicate = "Resultat: DUBBLETT – exakt samma fil har redan behandlats. Inget har ändrats."
    public static let quarantined = "Resultat: KARANTÄN – filen kunde inte knytas till en region och rapport och har inte behandlats."

    public static func counts(rows: Int, errors: Int, warnings: Int) -> String {
        "Datarader: \(rows)   Fel: \(errors)   Varningar: \(warnings)"
    }

    // MARK: Findings of the nightly run

    /// `duplicate-file`: the same bytes were processed before.
    public static func duplicateMessage(earlierFile: String, receivedAt: String) -> String {
        "Exakt samma fil (samma innehåll) har redan behandlats: \(earlierFile), mottagen \(receivedAt). Inget har ändrats. Vill du ersätta uppgifterna, skicka en ändrad fil."
    }

    /// `file-name`: a file in quarantine, with the folder it lay in (nil: the inbox itself).
    public static func unattributable(folder: String?) -> String {
        "Filen kunde inte knytas till en region, ett år och en rapport\(folder.map { " (mappen \($0))" } ?? " (filen låg direkt i inkorgen, inte i en regions mapp)"). Namnet ska vara <regionkod>_<år>_<rapport>.csv, t.ex. 14_2025_finansiering.csv, och filen ska ligga i regionens egen mapp."
    }

    /// `file-name`: an inbox entry that is not a regular file; `kind` says what it is.
    public static func irregular(kind: String) -> String {
        "Posten i inkorgen är en \(kind), inte en vanlig fil, och har inte lästs. Lägg filen själv (inte en genväg) i inkorgen."
    }
}
