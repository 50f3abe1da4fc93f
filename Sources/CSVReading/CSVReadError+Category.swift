import FollowUpModel

extension CSVReadError: CategorizedError {
    /// A file that cannot be opened or read is an I/O failure; libcsv failing to start is a bug.
    public var category: ErrorCategory {
        switch self {
        case .cannotOpen, .notARegularFile, .readFailed: return .io
        case .parserInit: return .internalError
        }
    }
}
