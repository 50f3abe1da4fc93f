import FollowUpModel

/// The words of `followup status`.
public enum StatusText {
    public static let noAcceptedReports = "Inga godkända rapporter ännu.\n"
    public static func yearHeading(_ year: Int) -> String {
        "Inlämning \(year) (frist \(ReportingCalendar.deadlineDayOfFebruary) februari \(year + 1))\n"
    }
}
