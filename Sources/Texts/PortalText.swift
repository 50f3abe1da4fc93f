/// The words of the portal (`followup serve`) and of `followup users` / `followup tokens`.
public enum PortalText {
    // Page furniture
    public static let siteName = "Regional uppföljning"
    public static let skipLink = "Hoppa till innehållet"
    public static let signIn = "Logga in"
    public static let signOut = "Logga ut"
    public static let overview = "Översikt"
    public static let checkAndSubmit = "Kontrollera och skicka in"
    public static let history = "Inskickade filer och kvitton"
    public static let templates = "Mallar"
    public static let mainNavigation = "Huvudmeny"
    public static let signedInAs = "Inloggad som"

    // Sign-in
    public static let userName = "Användarnamn"
    public static let password = "Lösenord"
    public static let signInFailed = "Fel användarnamn eller lösenord."
    public static let signInThrottled = "För många misslyckade inloggningar. Vänta en stund och försök igen."
    public static let formExpired = "Formuläret har gått ut. Ladda om sidan och försök igen."

    // Overview
    public static func overviewHeading(region: String, name: String, year: Int) -> String {
        "Region \(name) (\(region)), rapportår \(year)"
    }
    public static func daysLeft(_ days: Int, year: Int) -> String {
        if days > 0 { return "\(days) dagar kvar till sista dag för inlämning, 21 februari \(year + 1)." }
        if days == 0 { return "I dag är sista dag för inlämning (21 februari \(year + 1))." }
        return "Sista dag för inlämning (21 februari \(year + 1)) har passerat."
    }
    public static let report = "Rapport"
    public static let status = "Status"
    public static let received = "Mottagen"
    public static let late = "Sen"
    public static let yes = "ja"
    public static let no = "nej"
    public static let statusAccepted = "godkänd"
    public static let statusRejected = "avvisad"
    public static let statusDuplicate = "dubblett"
    public static let statusQuarantined = "karantän"
    public static let statusWaiting = "inskickad, väntar på nattens körning"
    public static let statusMissing = "saknas"
    public static let otherYears = "Andra år"

    // Check and submit
    public static let chooseFiles = "Välj en eller flera CSV-filer"
    public static let filesHint = "Du kan välja årets fyra rapporter på en gång, så att insats_id i finansieringen kan kontrolleras mot insatserna."
    public static let checkOnly = "Kontrollera (sparar inget)"
    public static let checkAndSend = "Kontrollera och skicka in felfria filer"
    public static let noFilesChosen = "Välj minst en fil."
    public static let findingsHeading = "Resultat av kontrollen"
    public static let line = "Rad"
    public static let column = "Kolumn"
    public static let value = "Värde"
    public static let message = "Meddelande"
    public static let code = "Kod"
    public static let severity = "Allvarlighet"
    public static let error = "fel"
    public static let warning = "varning"
    public static func fileSummary(rows: Int, errors: Int, warnings: Int) -> String {
        "\(rows) \(rows == 1 ? "rad" : "rader"), \(errors) fel, \(warnings) \(warnings == 1 ? "varning" : "varningar")."
    }
    public static let fileHasErrors = "Filen har fel och kan inte skickas in. Rätta filen och kontrollera igen."
    public static let fileIsValid = "Filen är godkänd i kontrollen och kan skickas in."
    public static let submitted = "Inskickad. Nattens körning läser in filen; kvittot visas sedan under Inskickade filer och kvitton."
    public static let alreadyWaiting = "Inte inskickad: en tidigare inskickad fil med samma namn väntar redan på nattens körning. Försök igen efter nattens körning."
    public static let notSubmittedErrors = "Inte inskickad: filen har fel."
    public static let nightlyNote = "Inskickade filer läses in vid nattens körning."
    public static let uploadTooLarge = "Filerna är större än vad portalen tar emot."
    public static let badForm = "Formuläret kunde inte läsas."

    public static let downloadFindings = "Ladda ned felrapporten (CSV för Excel)"
    public static let findingsCSV = "felrapport (CSV)"
    public static let findingsXLSX = "felrapport (Excel, felen markerade)"
    public static let downloadFindingsXLSX = "Ladda ned filen som Excel med felen markerade"
    public static let findingsSheet = "Fel"

    // History
    public static let noHistory = "Inga inskickade filer ännu."
    public static let file = "Fil"
    public static let outcome = "Utfall"
    public static let receipt = "Kvitto"
    public static let receiptText = "kvitto (text)"
    public static let receiptJSON = "kvitto (JSON)"
    public static let archivedFile = "arkiverad fil"

    // Templates
    public static let templateIntro = "Varje rapport har en mall (tom CSV-fil med rätt kolumner) och en handledning."
    public static let template = "mall"
    public static let guide = "handledning"

    // Audit log (admin)
    public static let auditLog = "Händelselogg"
    public static let auditAt = "Tid"
    public static let auditWho = "Vem"
    public static let auditAddress = "Adress"
    public static let auditAction = "Händelse"
    public static let auditDetail = "Detalj"

    // Errors
    public static let notFound = "Sidan eller filen finns inte."
    public static let forbidden = "Du har inte behörighet till detta."
    public static let unauthorized = "Du måste logga in."
    public static let serverError = "Något gick fel i portalen. Försök igen senare."
    public static let unavailable = "Tjänsten är tillfälligt upptagen. Försök igen om en stund."
    public static let badRequest = "Felaktig begäran."
    /// The heading of an error page; the message says the rest.
    public static func errorHeading(status: Int) -> String {
        switch status {
        case 403: "Ingen behörighet"
        case 404: "Finns inte"
        case 413: "För stor fil"
        case 400..<500: "Det gick inte"
        default: "Något gick fel"
        }
    }

    // Command line: users and tokens
    public static func userAdded(_ user: String) -> String { "Användaren \(user) är skapad." }
    public static func oneTimePassword(_ password: String) -> String {
        "Engångslösenord (visas bara nu): \(password)"
    }
    public static func userDisabled(_ user: String) -> String { "Användaren \(user) är spärrad." }
    public static func userEnabled(_ user: String) -> String { "Användaren \(user) är aktiv igen." }
    public static func passwordReset(_ user: String) -> String { "Lösenordet för \(user) är bytt." }
    public static func noSuchUser(_ user: String) -> String { "Användaren \(user) finns inte." }
    public static func userExists(_ user: String) -> String { "Användaren \(user) finns redan." }
    public static func unknownRegion(_ code: String) -> String { "Regionkoden \(code) finns inte i kodlistan." }
    public static let regionRequired = "Rollen region kräver --region."
    public static let regionOnlyForRegionRole = "--region hör bara till rollen region."
    public static let passwordTooShort = "Lösenordet måste ha minst 12 tecken."
    public static let noPasswordOnStdin = "Inget lösenord på standard in."
    public static let noUsers = "Inga användare ännu."
    public static let noTokens = "Inga API-nycklar ännu."
    public static let active = "aktiv"
    public static let disabled = "spärrad"
    public static let revoked = "återkallad"
    public static func tokenAdded(id: Int64, token: String) -> String {
        "API-nyckel \(id) är skapad. Nyckeln visas bara nu:\n\(token)"
    }
    public static func tokenRevoked(_ id: Int64) -> String { "API-nyckel \(id) är återkallad." }
    public static func noSuchToken(_ id: Int64) -> String { "API-nyckel \(id) finns inte." }
    public static func serving(_ url: String) -> String { "Portalen svarar på \(url) (avsluta med Ctrl-C)." }
    public static func badListen(_ value: String) -> String { "Ogiltig adress \(value): ange VÄRD:PORT, t.ex. 127.0.0.1:8080." }
    public static let stopped = "Portalen har stängts."
}
