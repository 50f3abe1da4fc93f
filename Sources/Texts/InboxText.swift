/// What the nightly run says about entries in the inbox and about itself: the kinds of
/// entries it quarantines unopened, and the summary `followup run` prints.
public enum InboxText {
    public static let symbolicLink = "symbolisk länk"
    public static let notARegularFile = "inte en vanlig fil"
    public static let nameNotUTF8 = "ett filnamn som inte är giltig UTF-8 (t.ex. Latin-1); byt namn på filen"

    public static func nothingNew(stillUploading: Int) -> String {
        "Inget nytt i inkorgen" + (stillUploading > 0 ? " (\(Plural.count(stillUploading, .files)) laddas fortfarande upp och väntar till nästa körning)" : "")
    }

    public static let nothingChanged = "Inget har ändrats."

    public static func counts(accepted: Int, rejected: Int, duplicates: Int, quarantined: Int) -> String {
        "Godkända: \(accepted)  Avvisade: \(rejected)  Dubbletter: \(duplicates)  Karantän: \(quarantined)"
    }

    public static func resumed(_ n: Int) -> String { "  (varav \(n) avslutade från en avbruten körning)" }
    public static func waiting(_ n: Int) -> String { "  Väntar (uppladdning pågår): \(n)" }
    public static func receipts(_ path: String) -> String { "Kvitton: \(path)" }

    /// Folders or files the run could not write: skipped, named in the log.
    public static func skipped(_ n: Int, log: String) -> String {
        "Hoppade över: \(n) (mappar eller filer i inkorgen som körningen inte får skriva i; se varningarna i \(log))"
    }

    public static func exported(_ years: [Int], to dir: String) -> String {
        "Exporterade år: \(years.map(String.init).joined(separator: ", ")) → \(dir)"
    }

    /// Nothing new, but exports a failed run left pending are written now.
    public static func exportedPending(_ years: [Int], to dir: String) -> String {
        "Exporterar det som väntade från en tidigare körning (år \(years.map(String.init).joined(separator: ", "))) → \(dir)"
    }

    public static func logFile(_ path: String) -> String { "Logg: \(path)" }
}
