/// The operators' pages of the portal (role `admin`).
public enum AdminText {
    public static let accountsNav = "Konton"
    public static let tokensNav = "API-token"
}
