import Foundation
import Texts

/// Failures of the store that are not about a region's data. Their Swedish text is in the
/// catalogue (`ErrorTexts`).
public enum StoreError: Error, CustomStringConvertible {
    case unknownColumn(table: String, column: String)
    case keyViolationInValidFile(file: String, rows: Int)
    case rowRefused(table: String, line: Int, reason: String)
    case submissionReference(region: String, runID: Int64)
    case foreignKeysNotRestored
    case writerClosed
    case storeMissing(path: String)
    case storeOutdated(path: String)
    /// The store fails SQLite's check or its schema is not what the migrations made.
    case storeDamaged(path: String, reason: String)
    /// The store is missing or has no tables while the archive holds processed files.
    case storeLost(path: String, archive: String)

    public var description: String {
        switch self {
        case .unknownColumn(let table, let column): return ErrorTexts.storeUnknownColumn(table: table, column: column)
        case .keyViolationInValidFile(let file, let rows): return ErrorTexts.storeKeyViolationInValidFile(file: file, rows: rows)
        case .submissionReference(let region, let runID): return ErrorTexts.storeSubmissionReference(region: region, runID: runID)
        case .foreignKeysNotRestored: return ErrorTexts.storeForeignKeysNotRestored
        case .writerClosed: return ErrorTexts.storeWriterClosed
        case .storeMissing(let path): return ErrorTexts.storeMissing(path: path)
        case .storeOutdated(let path): return ErrorTexts.storeOutdated(path: path)
        case .storeDamaged(let path, let reason): return ErrorTexts.storeDamaged(path: path, reason: reason)
        case .storeLost(let path, let archive): return ErrorTexts.storeLost(path: path, archive: archive)
        case .rowRefused(let table, let line, let reason): return ErrorTexts.storeRowRefused(table: table, line: line, reason: reason)
        }
    }
}
