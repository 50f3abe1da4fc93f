/// The four reports a region submits for a year (see spec/submission-format.md).
public enum ReportKind: String, CaseIterable, Codable, Sendable, Comparable {
    case insatser, finansiering, indikatorer, strategi

    /// Processing order within a run: activities first, so that funding decisions in the
    /// same run can point to them.
    public var processingRank: Int {
        switch self {
        case .insatser: return 0
        case .finansiering: return 1
        case .indikatorer: return 2
        case .strategi: return 3
        }
    }

    public static func < (lhs: ReportKind, rhs: ReportKind) -> Bool {
        lhs.processingRank < rhs.processingRank
    }
}
