/// What kind of failure stopped a command. Bad data is never one of these: it becomes a
/// `Finding`. A front end decides, in one place each, what a category means to its user:
/// the command line maps it to an exit code (`Sources/followup/ExitCode+Category.swift`),
/// the portal will map it to an HTTP status.
public enum ErrorCategory: String, Sendable, CaseIterable {
    /// The command was called wrongly: an unknown option, a file that does not exist.
    case usage
    /// The configuration, the schemas or the code lists cannot be read or are wrong.
    case configuration
    /// A file or directory could not be read or written.
    case io
    /// Another run holds the lock of the data directory.
    case lockHeld
    /// This user cannot write a zone of the data directory, or the data directory belongs
    /// to another user (a run as root would leave files the service user cannot change).
    case permission
    /// The store does not exist yet (nothing has been loaded).
    case storeMissing
    /// The store is damaged, or gone while the archive holds the history: only
    /// `followup rebuild` repairs it; nothing may write into it or over the exports.
    case storeDamaged
    /// A bug: something the code promises did not hold. Reported, never expected.
    case internalError
}

/// An error that knows its category. Each module's own errors adopt it (`PipelineError`,
/// `SchemaCatalogError`, `StoreError`, `CSVReadError`); their user text is their
/// `description`, written in `Texts/ErrorTexts.swift`.
///
/// ```swift
/// catch let error as CategorizedError where error.category == .lockHeld { … }
/// ```
public protocol CategorizedError: Error {
    var category: ErrorCategory { get }
}
