/// The Swedish texts of the e-mail the nightly run sends (issue 13): the regions' receipts,
/// the deadline reminders and the agency's morning summary. Plain text; the run puts the
/// subjects in headers (encoded) and the bodies in the message as they are.
public enum MailText {
    // MARK: Receipts to a region

    /// The subject of one region's receipts from one run, e.g.
    /// `Kvitto på inlämnade filer, Stockholms län: 2 filer (1 godkänd, 1 avvisad)`.
    public static func receiptSubject(regionName: String, files: Int, accepted: Int, rejected: Int) -> String {
        "Kvitto på inlämnade filer, \(regionName): \(Plural.count(files, .files))"
            + " (\(Plural.count(accepted, "godkänd", "godkända")), \(Plural.count(rejected, "avvisad", "avvisade")))"
    }

    public static func receiptIntro(regionName: String, files: Int) -> String {
        "Hej,\n\nNattens körning av uppföljningen har behandlat \(Plural.count(files, "fil", "filer")) från \(regionName). "
            + "Kvittot för varje fil följer nedan; samma kvitto finns också i portalen."
    }

    public static func portalLink(_ url: String) -> String { "Portalen: \(url)" }

    public static let receiptSeparator = String(repeating: "-", count: 60)

    // MARK: Reminders

    public static func reminderSubject(regionName: String, year: Int, deadline: String) -> String {
        "Påminnelse: uppföljningen \(year) ska vara inlämnad senast \(deadline) (\(regionName))"
    }

    /// The reminder's body before the list of missing reports.
    public static func reminderIntro(regionName: String, year: Int, deadline: String, daysLeft: Int) -> String {
        let left = daysLeft == 0 ? "Sista dagen är i dag." : "Det är \(Plural.count(daysLeft, "dag", "dagar")) kvar."
        return "Hej,\n\nEnligt förordningen (2024:99) ska regionens redovisning av det regionala utvecklingsarbetet "
            + "för \(year) lämnas till Tillväxtverket senast \(deadline). \(left)\n\n"
            + "För \(regionName) saknas ännu en godkänd version av följande rapporter:"
    }

    /// One line of the list of missing reports, e.g. `  - finansiering (inskickad men avvisad)`.
    public static func missingReport(_ report: String, rejectedBefore: Bool) -> String {
        "  - \(report)" + (rejectedBefore ? " (inskickad men avvisad; skicka en rättad fil)" : "")
    }

    public static let reminderOutro = "Har ni redan skickat in filerna i dag behandlas de i nattens körning, "
        + "och då kan ni bortse från den här påminnelsen. Mallar och kvitton finns i portalen."

    // MARK: The agency's morning summary

    public static func summarySubject(date: String, accepted: Int, rejected: Int, failed: Bool) -> String {
        (failed ? "Nattens körning MISSLYCKADES \(date)" : "Nattens körning \(date)")
            + ": \(Plural.count(accepted, "godkänd", "godkända")), \(Plural.count(rejected, "avvisad", "avvisade"))"
    }

    public static func summaryStarted(_ iso: String) -> String { "Körningen startade \(iso)." }

    public static func summaryFailed(_ reason: String) -> String {
        "Körningen misslyckades och avbröts: \(reason)\nInget av det som inte hann bli klart har skrivits; nästa körning försöker igen. Se loggen."
    }

    public static let summaryCountsHeading = "Filer i natt"

    public static func summaryCounts(accepted: Int, rejected: Int, duplicates: Int, quarantined: Int) -> String {
        "Godkända: \(accepted)  Avvisade: \(rejected)  Dubbletter: \(duplicates)  Karantän: \(quarantined)"
    }

    public static let summaryByRegionHeading = "Per region"

    public static func summaryRegionLine(region: String, name: String, accepted: Int, rejected: Int, other: Int) -> String {
        "  \(region) \(name): \(Plural.count(accepted, "godkänd", "godkända")), \(Plural.count(rejected, "avvisad", "avvisade"))"
            + (other > 0 ? ", \(other) övriga (dubbletter, karantän)" : "")
    }

    public static let summaryNoFiles = "  Inga nya filer."

    public static let summaryProblemsHeading = "Att se över"

    public static func summaryQuarantined(_ n: Int) -> String {
        "  \(Plural.count(n, "fil", "filer")) i karantän (kunde inte knytas till region och rapport)"
    }

    public static func summarySkipped(_ n: Int) -> String {
        "  \(n) mappar eller filer i inkorgen som körningen inte fick skriva i (se varningarna i loggen)"
    }

    public static func summaryStillUploading(_ n: Int) -> String {
        "  \(Plural.count(n, "fil", "filer")) laddades fortfarande upp och väntar till nästa körning"
    }

    public static func summaryMailFailed(_ n: Int) -> String {
        "  \(Plural.count(n, "e-postmeddelande", "e-postmeddelanden")) kunde inte skickas (se loggen)"
    }

    public static func summaryNoContacts(_ regions: [String]) -> String {
        "  Ingen e-postadress för region \(regions.joined(separator: ", ")): inga kvitton eller påminnelser skickades dit"
    }

    public static func summaryContactLines(_ n: Int) -> String {
        "  \(Plural.count(n, "rad", "rader")) i kontaktfilen kunde inte läsas (se loggen)"
    }

    public static let summaryNothingToReview = "  Inget."

    public static func summaryMissingHeading(year: Int, deadline: String) -> String {
        "Saknar godkänd rapport för \(year) (senast \(deadline))"
    }

    public static func summaryMissingLine(region: String, name: String, reports: [String]) -> String {
        "  \(region) \(name): \(reports.joined(separator: ", "))"
    }

    public static let summaryNoneMissing = "  Alla regioner har en godkänd version av varje rapport."

    public static func summaryReminders(_ n: Int) -> String {
        "Påminnelser skickade i natt: \(n)"
    }

    public static func summaryExported(_ years: [Int]) -> String {
        "Exporterade år: " + (years.isEmpty ? "inga" : years.map(String.init).joined(separator: ", "))
    }

    public static func summaryLog(_ path: String) -> String { "Logg: \(path)" }

    // MARK: Shared

    public static let signature = "Med vänliga hälsningar\nUppföljningen av det regionala utvecklingsarbetet (followup)\n"
        + "Det här är ett automatiskt meddelande."

    // MARK: Operator

    /// `followup run`'s line when mail could not be sent; the run itself is done.
    public static func runMailFailed(_ n: Int, log: String) -> String {
        "Varning: \(Plural.count(n, "e-postmeddelande", "e-postmeddelanden")) kunde inte skickas; se \(log)"
    }

    /// Configuration: a bad value under `mail:`.
    public static func badAddress(source: String, key: String, value: String) -> String {
        "mail.\(key) i \(source): \"\(value)\" är ingen giltig e-postadress"
    }

    public static func noFrom(source: String) -> String {
        "mail.from i \(source) behövs när mail.enabled är true"
    }

    public static func emptyCommand(source: String) -> String {
        "mail.sendmail_command i \(source) får inte vara tom"
    }

    public static func badReminderDays(source: String) -> String {
        "mail.reminder_days i \(source) får bara innehålla heltal från 0 till 60"
    }

    /// Why the sendmail command failed, for the log.
    public static func sendmailExit(_ status: Int32, stderr: String) -> String {
        "sendmail avslutades med status \(status)" + (stderr.isEmpty ? "" : ": \(stderr)")
    }

    public static func sendmailNotStarted(_ command: String, reason: String) -> String {
        "sendmail (\(command)) kunde inte startas: \(reason)"
    }

    public static let emptyCommand = "tomt kommando"

    public static func sendmailTimedOut(_ seconds: Int) -> String {
        "sendmail svarade inte inom \(seconds) sekunder och avbröts"
    }

    /// A line of the contacts file that is not `region_kod;epost`.
    public static func contactLineInvalid(line: Int, reason: String) -> String { "rad \(line): \(reason)" }
    public static let contactNotTwoFields = "väntade två fält, region_kod;epost"
    public static func contactUnknownRegion(_ code: String) -> String { "okänd region_kod \"\(code)\"" }
    public static func contactBadAddress(_ address: String) -> String { "\"\(address)\" är ingen giltig e-postadress" }
}
