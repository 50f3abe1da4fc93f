import FollowUpModel
import Texts

/// What the validation engine throws: only I/O of its own temporary files (bad data is
/// findings, never an error).
public enum ValidationEngineError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A temporary file (primary keys of a large file) could not be created, written or read.
    case temporaryFile(path: String, reason: String)

    public var description: String {
        switch self {
        case .temporaryFile(let path, let reason): return ErrorTexts.temporaryFile(directory: path, reason: reason)
        }
    }
}

extension ValidationEngineError: CategorizedError {
    /// The temporary folder is the machine's, not the file's: an I/O failure (exit 4).
    public var category: ErrorCategory { .io }
}
