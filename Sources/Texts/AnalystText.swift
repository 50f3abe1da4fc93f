/// The analysts' pages of the portal (roles `analytiker` and `admin`).
public enum AnalystText {
    public static let coverageNav = "Täckning"
    public static let tablesNav = "Tabeller"
    public static let findingsNav = "Fynd"
    public static let runsNav = "Körningar"
}
