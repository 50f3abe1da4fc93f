import FollowUpModel

extension StoreError: CategorizedError {
    /// A schema the store does not know is a broken installation (a migration is missing);
    /// a store not there yet is its own category, and so is a damaged or lost one (repaired by `rebuild`); every other store error is a bug: the validation accepted what the store refuses.
    public var category: ErrorCategory {
        switch self {
        case .unknownColumn, .storeOutdated: return .configuration
        case .storeMissing: return .storeMissing
        case .storeDamaged, .storeLost: return .storeDamaged
        case .keyViolationInValidFile, .rowRefused, .submissionReference, .foreignKeysNotRestored, .writerClosed:
            return .internalError
        }
    }
}
