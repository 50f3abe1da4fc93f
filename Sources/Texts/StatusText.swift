import FollowUpModel

/// The words of `followup status`.
public enum StatusText {
    public static func noStore(path: String) -> String {
        "Databasen \(path) finns inte ännu: inga filer har lästs in.\n"
    }
    public static let noAcceptedReports = "Inga godkända rapporter ännu.\n"
    public static func yearHeading(_ year: Int) -> String {
        "Inlämning \(year) (frist \(ReportingCalendar.deadlineDayOfFebruary) februari \(year + 1))\n"
    }
}
