import Foundation

/// Failures of the store that are not about a region's data.
public enum StoreError: Error, CustomStringConvertible {
    case unknownColumn(table: String, column: String)
    case keyViolationInValidFile(file: String, rows: Int)
    case rowRefused(table: String, line: Int, reason: String)
    case submissionReference(region: String, runID: Int64)
    case foreignKeysNotRestored
    case writerClosed
    case storeMissing(path: String)
    case storeOutdated(path: String)

    public var description: String {
        switch self {
        case .unknownColumn(let table, let column):
            return "Schemat har kolumnen \(column) som tabellen \(table) i databasen saknar; en migrering behövs."
        case .keyViolationInValidFile(let file, let rows):
            return "Internt fel: \(file) godkändes av valideringen men \(rows) rader bryter mot databasens nyckel; filen lagras inte. Rapportera felet."
        case .submissionReference(let region, let runID):
            return "Internt fel: inlämningen hänvisar till en region (\(region)) eller körning (\(runID)) som inte finns i databasen; filen lagras inte. Rapportera felet."
        case .foreignKeysNotRestored:
            return "Internt fel: databasens kontroll av referenser kunde inte slås på igen efter en inläsning; körningen avbryts. Rapportera felet."
        case .writerClosed:
            return "Internt fel: en inlämnings rader skrevs efter att inlämningen avslutats. Rapportera felet."
        case .storeMissing(let path):
            return "Databasen \(path) finns inte ännu; kör först followup run."
        case .storeOutdated(let path):
            return "Databasen \(path) har ett äldre schema än den här versionen; kör followup run, som uppdaterar den."
        case .rowRefused(let table, let line, let reason):
            return "Internt fel: rad \(line) godkändes av valideringen men databasen tar inte emot den i \(table) (\(reason)); filen lagras inte. Rapportera felet."
        }
    }
}
