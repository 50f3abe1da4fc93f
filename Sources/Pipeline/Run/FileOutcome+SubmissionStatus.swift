import Store

extension FileOutcome {
    /// The receipt's outcome of a file the store recorded: the one mapping from the store's
    /// `SubmissionStatus` (a quarantined file has no submission, so it has no status).
    init(_ status: SubmissionStatus) {
        switch status {
        case .accepted: self = .accepted
        case .rejected: self = .rejected
        case .duplicate: self = .duplicate
        }
    }
}
