import Foundation
import Testing
import FollowUpModel
import Texts

/// The text of findings as receipts and `followup validate` print them, pinned literally.
struct FindingTextTests {
    static let file = "14_2025_insatser.csv"

    static let cp1252 = Finding(code: .encodingCp1252, file: file, message: "Filen är sparad i Windows-1252.")
    static let blank = Finding(code: .blankRow, file: file, line: 4, message: "Rad 4 är tom och hoppas över.")
    static let titel = Finding(code: .constraintError, file: file, line: 7, column: "titel", value: "",
                               message: "Kolumnen titel på rad 7 får inte vara tom.")
    static let datum = Finding(code: .typeError, file: file, line: 3, column: "startdatum", value: "2025-13-01",
                               message: "Kolumnen startdatum på rad 3 ska vara ett datum.")
    static let kod = Finding(code: .foreignKey, file: file, line: 3, column: "roll", value: "X",
                             message: "Koden \"X\" finns inte.")

    @Test func aFindingIsOneLineWithSeverityCodePlaceAndMessage() {
        #expect(FindingText.line(Self.titel)
                == "FEL [constraint-error] rad 7, kolumn titel: Kolumnen titel på rad 7 får inte vara tom.")
        #expect(FindingText.line(Self.cp1252)
                == "VARNING [encoding-cp1252] hela filen: Filen är sparad i Windows-1252.")
        #expect(FindingText.line(Self.blank) == "VARNING [blank-row] rad 4: Rad 4 är tom och hoppas över.")
    }

    @Test func errorsComeFirstThenWarningsEachByLineAndInFoundOrderWithinALine() {
        let found = [Self.cp1252, Self.datum, Self.blank, Self.titel, Self.kod]
        #expect(FindingText.list(found, total: 5, truncated: false) == """
              FEL [type-error] rad 3, kolumn startdatum: Kolumnen startdatum på rad 3 ska vara ett datum.
              FEL [foreign-key] rad 3, kolumn roll: Koden "X" finns inte.
              FEL [constraint-error] rad 7, kolumn titel: Kolumnen titel på rad 7 får inte vara tom.
              VARNING [encoding-cp1252] hela filen: Filen är sparad i Windows-1252.
              VARNING [blank-row] rad 4: Rad 4 är tom och hoppas över.

            """)
    }

    @Test func aShortenedListSaysHowManyAreLeftOut() {
        #expect(FindingText.list([Self.titel], total: 1_200, truncated: true, indent: "") == """
            FEL [constraint-error] rad 7, kolumn titel: Kolumnen titel på rad 7 får inte vara tom.
            … och 1199 synpunkter till som inte listas här (1200 totalt). Rätta de listade och kontrollera filen igen.

            """)
    }

    @Test func oneFindingLeftOutIsSingular() {
        #expect(FindingText.truncated(listed: 1_000, total: 1_001) == "… och 1 synpunkt till som inte listas här (1001 totalt). Rätta de listade och kontrollera filen igen.")
    }

    @Test func countsAreSingularForOne() {
        #expect(Plural.count(1, .dataRows) == "1 datarad")
        #expect(Plural.count(2, .dataRows) == "2 datarader")
        #expect(Plural.count(1, .files) == "1 fil")
        #expect(Plural.count(0, .files) == "0 filer")
        #expect(Plural.count(1, .errors) == "1 fel")
        #expect(Plural.count(1, .warnings) == "1 varning")
        #expect(Plural.count(2, .warnings) == "2 varningar")
        #expect(Plural.count(1, .findings) == "1 synpunkt")
        #expect(Plural.count(1, .cells) == "1 cell")
        #expect(Plural.count(1, .accepted) == "1 godkänd")
        #expect(Plural.count(3, .rejected) == "3 underkända")
        #expect(InboxText.nothingNew(stillUploading: 1) == "Inget nytt i inkorgen (1 fil laddas fortfarande upp och väntar till nästa körning)")
        #expect(CommandText.exported(files: 1, year: 2025, to: "x") == "Skrev 1 fil för 2025 (jämfört med 2024) i x")
        #expect(Messages.extraCell(line: 3, cells: 1, expected: 2) == "Rad 3 har 1 cell men rubrikraden har 2. Ta bort de extra cellerna, eller citera texten om den innehåller avgränsaren.")
    }

    @Test func validatePrintsAVerdictCountsFindingsAndASummary() {
        var rejected = FindingList()
        rejected.append(contentsOf: [Self.blank, Self.titel])
        var accepted = FindingList()
        accepted.append(Self.cp1252)
        let report = ValidationReport(files: [
            FileReport(file: Self.file, region: "14", year: 2025, report: .insatser, rows: 6, findings: rejected),
            FileReport(file: "14_2025_strategi.csv", region: "14", year: 2025, report: .strategi, rows: 1, findings: accepted),
        ])
        #expect(ValidationReportText.render(report) == """
            14_2025_insatser.csv: Underkänd
              region 14, år 2025, rapport insatser, 6 datarader, 1 fel, 1 varning
              FEL [constraint-error] rad 7, kolumn titel: Kolumnen titel på rad 7 får inte vara tom.
              VARNING [blank-row] rad 4: Rad 4 är tom och hoppas över.

            14_2025_strategi.csv: Godkänd
              region 14, år 2025, rapport strategi, 1 datarad, 0 fel, 1 varning
              VARNING [encoding-cp1252] hela filen: Filen är sparad i Windows-1252.

            Sammanfattning: 2 filer, 1 godkänd, 1 underkänd.

            """)
    }
}

/// Issue 15: the system's reasons in Swedish.
@Suite struct SystemErrorTextTests {
    @Test func posixAndCocoaErrorsAreSwedish() {
        #expect(SystemErrorText.reason(errno: ENOENT) == "filen eller mappen finns inte")
        #expect(SystemErrorText.reason(errno: EACCES) == "behörighet saknas")
        #expect(SystemErrorText.reason(errno: ENOSPC) == "disken är full")
        #expect(SystemErrorText.reason(CocoaError(.fileNoSuchFile)) == "filen eller mappen finns inte")
        #expect(SystemErrorText.reason(CocoaError(.fileWriteNoPermission)) == "behörighet saknas")
        #expect(SystemErrorText.reason(CocoaError(.fileWriteOutOfSpace)) == "disken är full")
        #expect(SystemErrorText.reason(NSError(domain: NSPOSIXErrorDomain, code: Int(EROFS))) == "filsystemet är skrivskyddat")
        let wrapped = NSError(domain: NSCocoaErrorDomain, code: 512, userInfo: [NSUnderlyingErrorKey: NSError(domain: NSPOSIXErrorDomain, code: Int(ENOTDIR))])
        #expect(SystemErrorText.reason(wrapped) == "en del av sökvägen är ingen mapp")
    }

    @Test func argumentParsersMessagesAreSwedish() {
        #expect(CommandLineText.usageError("Missing expected argument '<files> ...'", command: "validate")
                == "ange minst en fil att kontrollera, t.ex. followup validate 14_2025_insatser.csv (se followup validate --help)")
        #expect(CommandLineText.usageError("Unknown option '--fromat'. Did you mean '--format'?", command: "validate")
                == "okänd flagga --fromat; menade du --format? (se followup validate --help)")
        #expect(CommandLineText.usageError("2 unexpected arguments: 'a', 'b'", command: "template")
                == "2 oväntade argument: \"a\", \"b\" (se followup template --help)")
        // The commands' own errors are Swedish already: not ArgumentParser's, left alone.
        #expect(CommandLineText.usageError("filen finns inte eller är ingen vanlig fil: x.csv", command: "validate") == nil)
    }
}
