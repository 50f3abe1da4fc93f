import FollowUpModel

/// Every Swedish message of a finding, in one place, grouped by the finding's code
/// (`spec/issue-codes.md`). A message names the line, the column, the value and what would be
/// right, so that a region's staff can act on it without help.
///
/// ```swift
/// Messages.required(field, line: 7)   // "Kolumnen titel på rad 7 får inte vara tom. …"
/// ```
public enum Messages {
    /// A value as a finding quotes it: in quotes, at most 100 characters, escaped (`VisibleText`).
    static func q(_ value: String) -> String { VisibleText.quoted(shortened(value)) }
    static func shortened(_ s: String, max: Int = 100) -> String {
        s.count <= max ? s : String(s.prefix(max - 1)) + "…"
    }
    static func codes(_ list: [String], max: Int = 20) -> String {
        list.count <= max ? list.joined(separator: ", ") : list.prefix(max).joined(separator: ", ") + " …"
    }
    static func number(_ d: Double) -> String {
        TableValue.format(d).replacingOccurrences(of: ".", with: ",")
    }

    // MARK: The file as a whole

    static let fileNameForm = "Filnamnet ska ha formen <region_kod>_<år>_<rapport>.csv, t.ex. 14_2025_finansiering.csv, där rapport är insatser, finansiering, indikatorer eller strategi."

    /// `file-name`
    public static func fileNameShape(_ name: String) -> String {
        "Filen \(q(name)) behandlas inte. \(fileNameForm)"
    }
    /// `file-name`
    public static func fileNameRegion(_ name: String, region: String, known: [String]) -> String {
        "Filnamnet \(q(name)) börjar med regionkoden \(q(region)), som inte finns. Giltiga regionkoder: \(codes(known, max: 30))."
    }
    /// `file-name`
    public static func fileNameReport(_ name: String, report: String) -> String {
        "Filnamnet \(q(name)) anger rapporten \(q(report)), som inte finns. Rapporten ska vara insatser, finansiering, indikatorer eller strategi (små bokstäver)."
    }
    /// `file-name`
    public static func fileNameYear(_ name: String, year: String, latest: Int) -> String {
        "Filnamnet \(q(name)) anger året \(q(year)). Året ska vara mellan \(ReportingCalendar.firstYear) och \(latest) (inte senare än innevarande år)."
    }
    /// `file-name`
    public static func fileNameNoSchema(_ name: String, report: ReportKind, year: Int) -> String {
        "Det finns inget schema för rapporten \(report.rawValue) år \(year) (filen \(q(name)))."
    }
    /// `region-directory`
    public static func regionDirectory(nameRegion: String, folderRegion: String) -> String {
        "Filnamnet anger region \(nameRegion) men filen ligger i mappen för region \(folderRegion). En region kan bara lämna filer för sig själv: byt namn på filen eller lägg den i rätt mapp."
    }
    /// `file-too-large`
    public static func fileTooLarge(bytes: Int, limit: Int) -> String {
        "Filen är \(bytes) byte stor; största tillåtna storlek är \(limit) byte. Dela upp filen eller kontakta Tillväxtverket."
    }
    /// `file-too-large`
    public static func cellTooLong(line: Int?, characters: Int, limit: Int) -> String {
        "En cell i posten som börjar på rad \(line ?? 0) är längre än \(limit) tecken (minst \(characters)). Korta texten; ofta beror detta på ett citattecken (\") som aldrig stängs."
    }
    /// `file-too-large`
    public static func tooManyCells(line: Int?, limit: Int) -> String {
        "Posten som börjar på rad \(line ?? 0) har fler än \(Plural.count(limit, .cells)). Kontrollera att rätt avgränsare (komma, semikolon eller tabb) används och att citattecken är stängda."
    }
    /// `file-too-large`
    public static func tooManyRows(limit: Int) -> String {
        "Filen har fler än \(Plural.count(limit, .dataRows)), vilket är det största tillåtna antalet. Filen har inte lästs färdigt."
    }
    /// `empty-file`
    public static let emptyFile = "Filen är tom eller saknar rubrikrad. Första raden ska innehålla kolumnnamnen."
    /// `encoding-error`
    public static func nulByte(line: Int?) -> String {
        "Filen innehåller ett NUL-tecken (byte 0) på rad \(line ?? 0) och är troligen inte en textfil. Spara den som CSV (UTF-8) och skicka igen."
    }
    /// `encoding-error`
    public static func undecodableByte(_ byte: UInt8, line: Int?) -> String {
        let hex = String(byte, radix: 16, uppercase: true)
        return "Filen är varken giltig UTF-8 eller Windows-1252: byten 0x\(hex) på rad \(line ?? 0) kan inte läsas. Spara filen som \"CSV UTF-8 (kommaavgränsad)\" och skicka igen."
    }
    /// `encoding-cp1252`
    public static let encodingCp1252 = "Filen är sparad i Windows-1252 (ANSI) och har lästs om till UTF-8. Kontrollera att å, ä och ö ser rätt ut; spara gärna som \"CSV UTF-8\" nästa gång."
    /// `source-error`
    public static func unclosedQuote(line: Int?) -> String {
        "Ett citattecken (\") som öppnas i posten som börjar på rad \(line ?? 0) stängs aldrig. Stäng citatet eller ta bort det."
    }
    /// `source-error`
    public static func misplacedQuote(line: Int?) -> String {
        "Posten som börjar på rad \(line ?? 0) har ett citattecken (\") på fel ställe. Ett citattecken inuti en cell ska skrivas dubbelt (\"\") och hela cellen omges av citattecken."
    }
    /// `row-count`
    public static func rowCount(_ rows: Int) -> String {
        "Rapporten strategi ska ha exakt en datarad; filen har \(rows)."
    }
    /// `late-submission` in a check before the file is submitted (`followup validate`):
    /// when it would be late, never when it "came in".
    public static func lateIfSubmittedNow(year: Int) -> String {
        "Sista dag för \(year) är \(ReportingCalendar.deadlineDayOfFebruary) februari \(year + 1); lämnas filen in nu räknas den som sen. Den tas ändå emot men markeras som sen."
    }
    /// `late-submission`
    public static func lateSubmission(year: Int, received: String) -> String {
        "Rapporten för \(year) kom in \(received), efter sista dagen \(ReportingCalendar.deadlineDayOfFebruary) februari \(year + 1). Den tas emot men markeras som sen."
    }

    // MARK: Header

    /// `blank-label`
    public static func blankLabel(position: Int) -> String {
        "Rubrikraden har en tom kolumnrubrik i kolumn \(position). Ge kolumnen rätt namn eller ta bort den."
    }
    /// `duplicate-label`
    public static func duplicateLabel(_ label: String, column: String, position: Int) -> String {
        "Kolumnen \(column) finns mer än en gång i rubrikraden (igen i kolumn \(position): \(q(label))). Ta bort den extra kolumnen."
    }
    /// `missing-label`
    public static func missingLabel(_ column: String, field: Field) -> String {
        "Kolumnen \(column) saknas i rubrikraden. Lägg till den\(field.isRequired ? "" : " (den får vara tom)"): \(field.description ?? "")"
    }
    /// `extra-label`
    public static func extraLabel(_ label: String, position: Int, known: [String]) -> String {
        "Kolumnen \(q(label)) (kolumn \(position)) ingår inte i rapporten. Ta bort den eller rätta namnet. Kolumnerna är: \(known.joined(separator: ", "))."
    }

    // MARK: Rows

    /// `extra-cell`
    public static func extraCell(line: Int, cells: Int, expected: Int) -> String {
        "Rad \(line) har \(Plural.count(cells, .cells)) men rubrikraden har \(expected). Ta bort de extra cellerna, eller citera texten om den innehåller avgränsaren."
    }
    /// `missing-cell`
    public static func missingCell(line: Int, cells: Int, expected: Int, missing: [String]) -> String {
        "Rad \(line) har \(Plural.count(cells, .cells)) men rubrikraden har \(expected); det saknas värden för \(missing.joined(separator: ", "))."
    }
    /// `blank-row`
    public static func blankRow(line: Int) -> String {
        "Rad \(line) är tom och hoppas över."
    }

    public static func expected(_ field: Field, decimalComma: Bool) -> String {
        switch field.type {
        case .integer:
            return field.name.hasSuffix("_kr")
                ? "ett heltal i kronor, t.ex. 1250000 eller 1 250 000"
                : "ett heltal, t.ex. 12 eller 1 250 (utan decimaler)"
        case .number:
            return decimalComma
                ? "ett tal, t.ex. 12,5 eller 1 250,75"
                : "ett tal med punkt som decimaltecken, t.ex. 12.5 (filen är kommaavgränsad)"
        case .boolean: return "ja eller nej (även true/false, SANT/FALSKT eller 1/0 godtas)"
        case .date: return "ett datum i formen ÅÅÅÅ-MM-DD, t.ex. 2025-03-14"
        case .string, .list: return "en text"
        }
    }
    /// `type-error`
    public static func typeError(_ field: Field, line: Int, value: String, decimalComma: Bool) -> String {
        "Kolumnen \(field.name) på rad \(line) ska vara \(expected(field, decimalComma: decimalComma)); värdet var \(q(value))."
    }
    /// `constraint-error`
    public static func required(_ field: Field, line: Int) -> String {
        "Kolumnen \(field.name) på rad \(line) får inte vara tom. \(field.description ?? "")"
    }
    /// `constraint-error`
    public static func notInEnum(_ field: Field, line: Int, value: String, allowed: [String]) -> String {
        "Kolumnen \(field.name) på rad \(line) ska vara en av \(allowed.joined(separator: ", ")) (stora bokstäver); värdet var \(q(value))."
    }
    /// `pattern`: with `allowed` and `length` when the pattern is a simple `^[class]{m,n}$`.
    public static func pattern(_ field: Field, line: Int, value: String, pattern: String,
                               allowed: String?, length: ClosedRange<Int>?) -> String {
        if let chars = allowed, let n = length {
            let length = n.lowerBound == n.upperBound ? "exakt \(n.lowerBound)" : "\(n.lowerBound)–\(n.upperBound)"
            return "Kolumnen \(field.name) på rad \(line) får bara innehålla \(chars) och ska vara \(length) tecken lång; värdet var \(q(value))."
        }
        return "Kolumnen \(field.name) på rad \(line) ska ha formen \(pattern); värdet var \(q(value))."
    }
    /// `constraint-error`
    public static func range(_ field: Field, line: Int, value: String, minimum: Double?, maximum: Double?) -> String {
        let rule: String
        switch (minimum, maximum) {
        case let (lo?, hi?): rule = "mellan \(bound(lo)) och \(bound(hi))"
        case let (lo?, nil): rule = "minst \(bound(lo))"
        case let (nil, hi?): rule = "högst \(bound(hi))"
        default: rule = "inom gränserna"
        }
        return "Kolumnen \(field.name) på rad \(line) ska vara \(rule); värdet var \(q(value))."
    }
    /// `constraint-error`
    public static func length(_ field: Field, line: Int, value: String, count: Int, minLength: Int?, maxLength: Int?) -> String {
        if let maxLength, count > maxLength {
            return "Kolumnen \(field.name) på rad \(line) får vara högst \(maxLength) tecken lång; texten har \(count) tecken och börjar \(q(value))."
        }
        return "Kolumnen \(field.name) på rad \(line) ska vara minst \(minLength ?? 1) tecken lång; värdet var \(q(value))."
    }
    /// `constraint-error`
    public static func listEmptyCode(_ field: Field, line: Int, value: String) -> String {
        "Kolumnen \(field.name) på rad \(line) har en tom kod mellan |-tecknen; skriv koderna åtskilda med ett | utan tomma platser, t.ex. KUNSKAP|SAMORDNARE. Värdet var \(q(value))."
    }
    /// `constraint-error`
    public static func listRepeatedCode(_ field: Field, line: Int, code: String) -> String {
        "Kolumnen \(field.name) på rad \(line) anger koden \(q(code)) mer än en gång; varje kod får stå en gång."
    }
    /// `constraint-error`
    public static func adoptedAfterYear(line: Int, value: Int64, year: Int) -> String {
        "Kolumnen antagen_ar på rad \(line) är \(value), men strategin kan inte vara antagen efter redovisningsåret \(year)."
    }
    /// `constraint-error`
    public static func validBeforeAdopted(line: Int, value: Int64, adopted: Int64) -> String {
        "Kolumnen giltig_till_ar på rad \(line) är \(value), vilket är före antagen_ar (\(adopted)). giltig_till_ar ska vara samma år eller senare."
    }

    /// `primary-key`
    public static func primaryKey(columns: [String], values: [String], line: Int, firstLine: Int) -> String {
        let pairs = zip(columns, values).map { "\($0.0) = \(q($0.1))" }.joined(separator: ", ")
        return "Rad \(line) har samma \(pairs) som rad \(firstLine). Varje \(columns.joined(separator: " + ")) får förekomma en gång i filen."
    }
    /// `foreign-key`
    public static func foreignKey(_ field: Field, line: Int, code: String, list: CodeList) -> String {
        "Koden \(q(code)) i kolumnen \(field.name) på rad \(line) finns inte i kodlistan \(list.name). Giltiga koder (skiftlägeskänsliga): \(codes(list.codes))."
    }
    /// `foreign-key`
    public static func unknownIndicator(line: Int, code: String, region: String, list: CodeList) -> String {
        "Indikatorn \(q(code)) på rad \(line) finns inte i kodlistan indikatorer. Ange en kod ur listan (\(codes(list.codes))) eller en egen indikator i formen RUS-\(region)-<namn>, där namn är 1–30 tecken A–Z, a–z, 0–9, _ eller -."
    }
    /// `foreign-key`
    public static func unknownActivity(line: Int, id: String, region: String, year: Int, anyKnown: Bool) -> String {
        anyKnown
            ? "insats_id \(q(id)) på rad \(line) finns inte bland region \(region)s godkända insatser för \(year). Ange ett insats_id ur insatsrapporten eller lämna cellen tom."
            : "insats_id \(q(id)) på rad \(line) kan inte kontrolleras: det finns ingen godkänd insatsrapport för region \(region) år \(year). Skicka insatsrapporten först (eller samtidigt), eller lämna cellen tom."
    }
    /// `region-mismatch`
    public static func regionMismatch(line: Int, value: String, fileRegion: String) -> String {
        "Kolumnen region_kod på rad \(line) är \(q(value)), men filen gäller region \(fileRegion). Alla rader ska ha region_kod \(fileRegion)."
    }
    /// `year-mismatch`
    public static func yearMismatch(line: Int, value: String, fileYear: Int) -> String {
        "Kolumnen ar på rad \(line) är \(q(value)), men filen gäller år \(fileYear). Alla rader ska ha ar \(fileYear)."
    }
    /// `priority-area`
    public static func priorityArea(line: Int, priority: String, area: Int64, priorityArea: Int) -> String {
        "Prioriteringen \(q(priority)) på rad \(line) hör till strategiskt område \(priorityArea), men strategiskt_omrade är \(area). Rätta området eller prioriteringen."
    }
    /// `unassigned-area`
    public static func unassignedArea(line: Int, instrument: String) -> String {
        "Rad \(line) har strategiskt_omrade 0 (ej kopplat till område) med stödformen \(q(instrument)). Område 0 får bara användas för PROJ; ange område 1–4."
    }
    /// `service-area`
    public static func serviceArea(line: Int, area: Int64?, priority: String?) -> String {
        "Stödformen SERV på rad \(line) ska ha strategiskt_omrade 1 och, om prioritering anges, prioriteringen 1.3 (värdena var område \(area.map(String.init) ?? "–") och prioritering \(q(priority ?? "")))."
    }
    /// `date-order`
    public static func dateOrder(line: Int, start: String, end: String) -> String {
        "slutdatum \(end) på rad \(line) är före startdatum \(start). Slutdatum ska vara samma dag eller senare."
    }
    /// `decision-date-year`
    public static func decisionDateYear(line: Int, date: String, year: Int) -> String {
        "beslutsdatum \(date) på rad \(line) ligger inte i redovisningsåret \(year). Rapporten för \(year) ska bara innehålla beslut fattade \(year)-01-01–\(year)-12-31."
    }
    /// `kommun-region`
    public static func kommunRegion(line: Int, kommun: String, region: String) -> String {
        "Kommunkoden \(q(kommun)) på rad \(line) hör inte till län \(region): en kommunkod i länet börjar med \(region). Lämna cellen tom för hela länet."
    }
    /// `unit-mismatch`
    public static func unitMismatch(line: Int, indicator: String, unit: String, expected: String) -> String {
        "Indikatorn \(indicator) på rad \(line) ska redovisas i enheten \(q(expected)) enligt indikatorlistan; värdet var \(q(unit))."
    }
    /// `yoy-change`
    public static func yoyChange(line: Int, indicator: String, previous: Double, value: Double, year: Int) -> String {
        let percent = Int((abs(value - previous) / abs(previous) * 100).rounded())
        return "Indikatorn \(indicator) på rad \(line) har värdet \(number(value)) mot \(number(previous)) år \(year - 1), en förändring på \(percent) %. Kontrollera värdet (varning, hindrar inte)."
    }
}

// MARK: Issue 11 (reader)

extension Messages {
    /// `encoding-error` for a control character inside a text cell (not TAB, nor a line break
    /// inside a quoted cell).
    public static func controlCharacter(_ field: Field, line: Int, scalar: Unicode.Scalar) -> String {
        let code = "U+" + String(repeating: "0", count: max(0, 4 - String(scalar.value, radix: 16).count))
            + String(scalar.value, radix: 16, uppercase: true)
        return "Kolumnen \(field.name) på rad \(line) innehåller ett osynligt styrtecken (\(code)), som inte hör hemma i en text. Ta bort tecknet (skriv om cellen, eller klistra in texten som oformaterad text) och skicka filen igen."
    }
    /// `type-error` for a whole number with more digits than an integer column holds.
    public static func integerOutOfRange(_ field: Field, line: Int, value: String) -> String {
        "Kolumnen \(field.name) på rad \(line) ska vara ett heltal, men talet \(q(value)) är för stort (högst 9 223 372 036 854 775 807). Kontrollera värdet."
    }
    /// `source-error` when reading went on at the next line.
    public static func misplacedQuoteSkipped(line: Int?) -> String {
        "Posten som börjar på rad \(line ?? 0) har ett citattecken (\") på fel ställe och kunde inte läsas; resten av filen har kontrollerats. Ett citattecken inuti en cell ska skrivas dubbelt (\"\") och hela cellen omges av citattecken."
    }
}

// MARK: Issue 15 (regions)

extension Messages {
    /// `leading-zero`: given once per file and column, on the first value that lost its zeros.
    public static func leadingZero(column: String, line: Int, value: String, code: String) -> String {
        "Kolumnen \(column) på rad \(line) är \(q(value)) och har lästs som \(code): Excel tar bort inledande nollor i koder som ser ut som tal. Det gäller alla sådana värden i kolumnen i den här filen (varning, hindrar inte). Behåll nollorna genom att formatera kolumnen som Text i Excel (markera kolumnen, välj Formatera celler och sedan Text) innan koderna skrivs in, eller genom att öppna CSV-filen via Data > Från text/CSV och ange kolumntypen Text."
    }
    /// How many of a county's municipalities a `foreign-key` message on `kommun_kod` names.
    static let municipalitiesNamed = 10

    /// `foreign-key` on `kommun_kod`: the code is not in `kommuner.csv`; names the county's
    /// municipalities (the first ten, and how many more) as a hint.
    public static func unknownMunicipality(line: Int, kommun: String, county: String?,
                                           municipalities: [(code: String, name: String)]) -> String {
        var text = "Kommunkoden \(q(kommun)) på rad \(line) finns inte i kodlistan kommuner."
        if let county, !municipalities.isEmpty {
            let named = municipalities.prefix(municipalitiesNamed).map { "\($0.code) \($0.name)" }.joined(separator: ", ")
            let rest = municipalities.count - min(municipalities.count, municipalitiesNamed)
            text += " Kommuner i \(county): \(named)"
            text += rest > 0 ? " och \(Plural.count(rest, "kommun", "kommuner")) till (se kodlistan kommuner)." : "."
        }
        return text + " Lämna cellen tom för hela länet."
    }
}
