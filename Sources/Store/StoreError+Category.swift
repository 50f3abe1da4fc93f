import FollowUpModel

extension StoreError: CategorizedError {
    /// A schema the store does not know is a broken installation (a migration is missing);
    /// every other store error is a bug: the validation accepted what the store refuses.
    public var category: ErrorCategory {
        switch self {
        case .unknownColumn: return .configuration
        case .unknownReport, .keyViolationInValidFile, .rowRefused, .submissionReference, .foreignKeysNotRestored:
            return .internalError
        }
    }
}
