import FollowUpModel

/// The Swedish text of every error a user can meet, one function per error case (the
/// cases of `PipelineError`, `SchemaCatalogError`, `StoreError` and the command line's
/// usage errors). An error's `description` is its text from here; which exit code or HTTP
/// status it gets is decided by its `ErrorCategory`, elsewhere.
public enum ErrorTexts {
    // MARK: PipelineError

    public static func lockHeld(path: String, holder: String) -> String {
        "En annan körning pågår redan (låset \(path) hålls av \(holder)). Avbryter utan att ändra något."
    }

    public static func configuration(_ reason: String) -> String {
        "Fel i konfigurationen: \(reason)"
    }

    public static func io(path: String, reason: String) -> String {
        "Kunde inte läsa eller skriva \(path): \(reason)"
    }

    /// `followup export` of a year that has no accepted report in force.
    public static func noAcceptedData(year: Int) -> String {
        "\(year) har inga godkända rapporter, så jämförelsetabellerna skulle bli tomma. Inget skrevs. Välj ett år med godkända rapporter, eller ange --allow-empty för att ändå skriva tomma tabeller."
    }

    /// Why an entry that should be a file cannot be read as one (a FIFO, a device, a link).
    public static let notARegularFile = "är ingen vanlig fil (en länk, en namngiven pipe eller en enhet öppnas aldrig)"

    /// The run's log cannot be written (full disk); said once on standard error, the run goes on.
    public static func logWriteFailed(path: String, reason: String) -> String {
        "Kan inte skriva körningens logg \(path): \(reason). Körningen fortsätter; fler loggrader kan saknas."
    }

    /// Who holds the lock when the lock file names nobody.
    public static let unknownLockHolder = "okänd process"

    // MARK: Reasons of a broken configuration (`PipelineError.configuration`)

    public static func configurationUnreadable(path: String, reason: String) -> String {
        "kan inte läsa \(path): \(reason)"
    }

    public static func configurationInvalid(path: String, reason: String) -> String {
        "\(path) är inte giltig: \(reason)"
    }

    public static func unknownExportFormat(source: String, format: String) -> String {
        "\(source): okänt exportformat \"\(format)\" (tillåtna: xlsx, csv, html, md, json)"
    }

    public static func unknownCSVDialect(source: String, dialect: String) -> String {
        "\(source): csv_dialect ska vara standard eller excel-sv, inte \"\(dialect)\""
    }

    public static func emptyTemporarySuffix(source: String) -> String {
        "\(source): temporary_suffixes får inte innehålla en tom ändelse (då skulle varje fil räknas som pågående uppladdning för alltid)"
    }

    public static func limitsNotPositive(source: String) -> String {
        "\(source): gränserna ska vara positiva tal"
    }

    /// The schemas or code lists cannot be used; `reason` is a `SchemaCatalogError`'s text.
    public static func schemasUnreadable(directory: String, reason: String) -> String {
        "kan inte läsa scheman och kodlistor i \(directory): \(reason) (ange schemas_dir i konfigurationen, --schemas eller miljövariabeln FOLLOWUP_SCHEMAS)"
    }

    // MARK: SchemaCatalogError

    public static func text(for error: SchemaCatalogError) -> String {
        switch error {
        case .directoryNotFound(let d): return "Schemakatalogen \(d) finns inte."
        case .unreadable(let f, let r): return "Kan inte läsa \(f): \(r)"
        case .invalidSchema(let f, let r): return "Schemat \(f) är felaktigt: \(r)"
        case .foreignKeyNotToCode(let f, let list, let key):
            return "Schemat \(f) är felaktigt: en främmande nyckel ska peka på kodkolumnen \(key) i \(list)"
        case .foreignKeyOnUnknownColumn(let f, let column):
            return "Schemat \(f) är felaktigt: främmande nyckel på okänd kolumn \(column)"
        case .invalidCodeList(let n, let problem): return "Kodlistan \(n).csv är felaktig: \(problem)"
        case .codeListWithoutHeader(let n): return "Kodlistan \(n).csv är felaktig: header saknas"
        case .codeListRowWidth(let n, let line, let cells, let expected):
            return "Kodlistan \(n).csv är felaktig: rad \(line) har \(Plural.count(cells, .cells)), väntade \(expected)"
        case .missingCodeList(let n, let by): return "Kodlistan \(n).csv saknas (behövs av \(by ?? "katalogen"))."
        case .invalidPattern(let f, let field, let pattern, let reason):
            return "Schemat \(f) är felaktigt: fältet \(field) har mönstret (pattern) \(pattern), som inte är ett giltigt reguljärt uttryck: \(reason)"
        }
    }

    // MARK: ValidationEngineError

    public static func temporaryFile(directory: String, reason: String) -> String {
        "Kunde inte använda en temporär fil i \(directory) för kontrollen av primärnycklar (\(reason)); är den temporära mappen full? Ange en annan med miljövariabeln TMPDIR."
    }

    // MARK: StoreError

    public static func storeUnknownColumn(table: String, column: String) -> String {
        "Schemat har kolumnen \(column) som tabellen \(table) i databasen saknar; en migrering behövs."
    }

    public static func storeKeyViolationInValidFile(file: String, rows: Int) -> String {
        "Internt fel: \(file) godkändes av valideringen men \(Plural.count(rows, .rows)) bryter mot databasens nyckel; filen lagras inte. Rapportera felet."
    }

    public static func storeSubmissionReference(region: String, runID: Int64) -> String {
        "Internt fel: inlämningen hänvisar till en region (\(region)) eller körning (\(runID)) som inte finns i databasen; filen lagras inte. Rapportera felet."
    }

    public static let storeForeignKeysNotRestored =
        "Internt fel: databasens kontroll av referenser kunde inte slås på igen efter en inläsning; körningen avbryts. Rapportera felet."

    public static let storeWriterClosed =
        "Internt fel: en inlämnings rader skrevs efter att inlämningen avslutats. Rapportera felet."

    public static func storeMissing(path: String) -> String {
        "Databasen \(path) finns inte ännu; kör först followup run."
    }

    public static func storeOutdated(path: String) -> String {
        "Databasen \(path) har ett äldre schema än den här versionen; kör followup run, som uppdaterar den."
    }

    public static func refusedValueCount(_ count: Int, expected: Int) -> String {
        "\(count) värden, tabellen väntar \(expected)"
    }

    public static let refusedOtherSubmission = "raden hör inte till inlämningens region och år"

    public static func refusedUnknownCode(column: String, value: String) -> String {
        "\(column) = \(value) saknas i kodlistan"
    }

    public static func noSchema(report: String, year: Int, directory: String) -> String {
        "inget schema för rapporten \(report) år \(year) i \(directory)"
    }

    public static func storeRowRefused(table: String, line: Int, reason: String) -> String {
        "Internt fel: rad \(line) godkändes av valideringen men databasen tar inte emot den i \(table) (\(reason)); filen lagras inte. Rapportera felet."
    }

    // MARK: Usage errors of the commands regions use (`validate`, `template`)

    public static let noFiles = "Ange minst en fil."

    public static func missingFiles(_ files: [String]) -> String {
        "filen finns inte eller är ingen vanlig fil: \(files.joined(separator: ", "))"
    }

    public static func notAnISO8601Time(_ text: String) -> String {
        "--now \(text) är ingen tidpunkt i ISO 8601, t.ex. 2026-02-01T12:00:00+01:00."
    }
}

// The text of a vocabulary error lives here, beside the others; `FollowUpModel` holds no
// Swedish.
extension SchemaCatalogError: CustomStringConvertible {
    public var description: String { ErrorTexts.text(for: self) }
}

extension ErrorTexts {
    // MARK: The store's history (issue 11: a damaged or lost store, rebuild's clock)

    public static func storeDamaged(path: String, reason: String) -> String {
        "Databasen \(path) är skadad (\(reason)). Inget har lästs in, ändrats eller exporterats. Återskapa den ur arkivet med followup rebuild (med samma --data-dir) och kör sedan igen."
    }

    public static func storeLost(path: String, archive: String) -> String {
        "Databasen \(path) saknas eller är tom, men arkivet \(archive) innehåller redan inlästa filer. Ingen ny databas skapas och inga exporter skrivs över. Återskapa den ur arkivet med followup rebuild (med samma --data-dir) och kör sedan igen."
    }

    /// Why a store is damaged (`StoreError.storeDamaged`), beside SQLite's own words.
    public static let storeReasonNoMigrationTable = "tabellen grdb_migrations saknas; filen är inte followups databas"
    public static let storeReasonNoMigrations = "ingen migrering är genomförd"

    public static func storeReasonUnknownMigrations(_ identifiers: [String]) -> String {
        "migreringar som den här versionen inte känner: \(identifiers.joined(separator: ", "))"
    }

    public static func storeReasonSchemaDiffers(_ names: [String]) -> String {
        "tabeller eller index skiljer sig från migreringarnas: \(names.joined(separator: ", "))"
    }

    public static func rebuildClockBeforeArchive(now: String, latest: String) -> String {
        "--now \(now) är tidigare än den senaste arkiverade körningen (\(latest)); återuppbyggnaden avbryts utan att något ändras. Ange --now \(latest) eller senare, eller utelämna --now."
    }
}
