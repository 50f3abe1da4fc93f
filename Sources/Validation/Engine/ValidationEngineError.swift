/// What the validation engine throws: only I/O of its own temporary files (bad data is
/// findings, never an error).
public enum ValidationEngineError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A temporary file (primary keys of a large file) could not be created, written or read.
    case temporaryFile(path: String, reason: String)

    public var description: String {
        switch self {
        case .temporaryFile(let path, let reason): return "temporary file in \(path): \(reason)"
        }
    }
}
