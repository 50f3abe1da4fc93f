import FollowUpModel

extension ReportKind {
    /// The store's table for the facts of this report.
    var factTable: String {
        switch self {
        case .insatser: return "insats"
        case .finansiering: return "finansiering"
        case .indikatorer: return "indikatorvarde"
        case .strategi: return "strategi"
        }
    }
}
