import FollowUpModel

/// What each finding code means, in one short Swedish line (spec/issue-codes.md), for
/// readers who see the code without a finding's own message: the analysts' statistics.
public enum IssueCodeText {
    public static func meaning(_ code: IssueCode) -> String {
        switch code {
        case .fileName: "Filnamnet följer inte mönstret regionkod_år_rapport.csv."
        case .regionDirectory: "Filen ligger i en annan regions inkorg än namnet anger."
        case .fileTooLarge: "Filen är större än tillåtet (storlek, rader eller cellängd)."
        case .emptyFile: "Filen är tom eller saknar rubrikrad."
        case .encodingError: "Filen är varken UTF-8 eller Windows-1252."
        case .encodingCp1252: "Filen var sparad i Windows-1252 och lästes om till UTF-8."
        case .sourceError: "Filen går inte att läsa som CSV (till exempel ett citattecken som inte stängs)."
        case .blankLabel: "En kolumnrubrik är tom."
        case .duplicateLabel: "Två kolumner har samma rubrik."
        case .missingLabel: "En obligatorisk kolumn saknas."
        case .extraLabel: "Filen har en kolumn som rapporten inte har."
        case .extraCell: "En rad har fler celler än rubrikraden."
        case .missingCell: "En rad har färre celler än rubrikraden."
        case .blankRow: "En helt tom rad hoppades över."
        case .typeError: "Ett värde har fel typ (heltal, tal, datum eller ja/nej)."
        case .constraintError: "Ett värde bryter mot en regel (obligatoriskt, tillåtna värden, mönster eller gräns)."
        case .primaryKey: "Samma nyckel förekommer flera gånger i filen."
        case .foreignKey: "En kod finns inte i sin kodlista, eller insats_id pekar på en insats som inte finns."
        case .rowCount: "Rapporten strategi har inte exakt en datarad."
        case .regionMismatch: "En rads regionkod skiljer sig från filens region."
        case .yearMismatch: "En rads år skiljer sig från filens år."
        case .priorityArea: "Prioriteringen hör inte till det strategiska området."
        case .unassignedArea: "Område 0 används med en annan stödform än projektmedel."
        case .serviceArea: "Kommersiell service utanför område 1, prioritering 1.3."
        case .dateOrder: "Slutdatum ligger före startdatum."
        case .decisionDateYear: "Beslutsdatum ligger utanför det redovisade året."
        case .kommunRegion: "Kommunen ligger inte i regionens län."
        case .unitMismatch: "Enheten skiljer sig från indikatorlistans enhet."
        case .leadingZero: "Excel hade tagit bort inledande nollor i en kodkolumn; nollorna lades tillbaka."
        case .lateSubmission: "Filen kom in efter den 21 februari året efter."
        case .yoyChange: "Indikatorn ändrades mer än 50 procent mot föregående år."
        case .duplicateFile: "Exakt samma fil hade redan tagits emot; inget ändrades."
        }
    }
}
