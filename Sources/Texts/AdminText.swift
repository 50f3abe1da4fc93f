/// The operators' pages of the portal (role `admin`).
public enum AdminText {
    public static let accountsNav = "Konton"
    public static let tokensNav = "API-token"

    // Accounts
    public static let accountsHeading = "Konton"
    public static let accountsCaption = "Portalens konton"
    public static let noAccounts = "Inga konton ännu."
    public static let userName = "Användarnamn"
    public static let role = "Roll"
    public static let region = "Region"
    public static let fullName = "Namn"
    public static let email = "E-post"
    public static let state = "Status"
    public static let lastSignIn = "Senast inloggad"
    public static let never = "aldrig"
    public static let actions = "Åtgärder"
    public static let active = "aktiv"
    public static let disabled = "spärrad"
    public static let you = "(du)"
    public static let disable = "Spärra"
    public static let enable = "Aktivera"
    public static let resetPassword = "Nytt lösenord"
    public static let createAccountHeading = "Skapa ett konto"
    public static let createAccount = "Skapa kontot"
    public static let userNameHint = "Det namn personen loggar in med. Högst 64 tecken, inga mellanslag."
    public static let regionHint = "Bara för rollen region: kontot ser och skickar in den regionens filer."
    public static let noRegion = "Ingen region (analytiker, admin)"
    public static let optional = "(frivilligt)"
    public static let selfNote = "Du kan inte spärra ditt eget konto eller byta ditt eget lösenord här; be en annan administratör eller använd followup users."

    public static func roleName(_ role: String) -> String {
        switch role {
        case "region": return "region"
        case "analytiker": return "analytiker"
        case "admin": return "admin"
        default: return role
        }
    }

    // One-time secrets
    public static func accountCreated(_ user: String) -> String { "Kontot \(user) är skapat." }
    public static func passwordWasReset(_ user: String) -> String { "Lösenordet för \(user) är bytt och kontots inloggningar är avslutade." }
    public static let oneTimePasswordLabel = "Engångslösenord"
    public static let oneTimePasswordNote = "Lösenordet visas bara nu och sparas inte i klartext. Ge det till personen på ett säkert sätt; sidan kan inte visas igen."
    public static let backToAccounts = "Tillbaka till kontona"
    public static func tokenCreated(_ id: Int64, _ name: String) -> String { "API-nyckel \(id) (\(name)) är skapad." }
    public static let tokenLabel = "API-nyckel"
    public static let tokenNote = "Nyckeln visas bara nu; bara en kontrollsumma av den sparas. Systemet skickar den som Authorization: Bearer …"
    public static let backToTokens = "Tillbaka till API-nycklarna"

    // Results after a change (shown on the list page)
    public static func userDisabledNote(_ user: String) -> String { "Kontot \(user) är spärrat och dess inloggningar är avslutade." }
    public static func userEnabledNote(_ user: String) -> String { "Kontot \(user) är aktivt igen." }
    public static func tokenRevokedNote(_ id: Int64) -> String { "API-nyckel \(id) är återkallad." }

    // Tokens
    public static let tokensHeading = "API-nycklar"
    public static let tokensCaption = "API-nycklar för regionernas och myndighetens system"
    public static let noTokens = "Inga API-nycklar ännu."
    public static let tokenID = "Nr"
    public static let tokenName = "Namn"
    public static let tokenRole = "Behörighet"
    public static let created = "Skapad"
    public static let revoked = "återkallad"
    public static let revoke = "Återkalla"
    public static let createTokenHeading = "Skapa en API-nyckel"
    public static let createToken = "Skapa nyckeln"
    public static let tokenNameHint = "Vad nyckeln används till, t.ex. ekonomisystemet."
    public static let tokenRoleHint = "En regionnyckel skickar in och läser den regionens filer; en analytikernyckel läser allt men skickar inget. Admin-nycklar finns inte."
    public static let tokenRegion = "region (en regions system)"
    public static let tokenAnalyst = "analytiker (läser alla regioner)"

    // Validation (the form is shown again with the message beside its field)
    public static let errorSummary = "Rätta följande:"
    public static let userNameEmpty = "Ange ett användarnamn."
    public static let userNameInvalid = "Användarnamnet får ha högst 64 tecken och inga mellanslag eller styrtecken."
    public static func userNameTaken(_ user: String) -> String { "Användarnamnet \(user) finns redan. Välj ett annat." }
    public static let roleInvalid = "Välj en roll: region, analytiker eller admin."
    public static let regionMissing = "Välj en region för rollen region."
    public static let regionNotAllowed = "Region anges bara för rollen region. Välj \u{201D}Ingen region\u{201D}."
    public static func regionUnknown(_ code: String) -> String { "Regionkoden \(code) finns inte i kodlistan. Välj en region ur listan." }
    public static let emailInvalid = "E-postadressen ser inte rätt ut (den ska vara som namn@exempel.se)."
    public static let textTooLong = "Texten är för lång (högst 200 tecken)."
    public static let tokenNameEmpty = "Ange vad nyckeln är till för."
    public static let tokenRoleInvalid = "En API-nyckel kan bara ha behörigheten region eller analytiker."
    public static let adminToken = "API-nycklar kan inte ha rollen admin."
    public static let cannotDisableSelf = "Du kan inte spärra ditt eget konto. Be en annan administratör om det."
    public static let cannotResetSelf = "Du kan inte byta ditt eget lösenord här. Be en annan administratör, eller använd followup users reset-password."

    // The audit log's filters
    public static let filterHeading = "Filtrera"
    public static let filterWho = "Vem (del av namnet)"
    public static let filterAction = "Händelse"
    public static let filterAllActions = "Alla händelser"
    public static let filterFrom = "Från och med datum"
    public static let filterTo = "Till och med datum"
    public static let filterDateHint = "Datum som ÅÅÅÅ-MM-DD; loggens tider är i UTC."
    public static let filterAddress = "Adress (början)"
    public static let filterApply = "Visa"
    public static let filterClear = "Rensa filtren"
    public static let dateInvalid = "Skriv datumet som ÅÅÅÅ-MM-DD, t.ex. 2026-02-21."
    public static let dateOrder = "Slutdatumet ligger före startdatumet."
    public static let noEntries = "Inga händelser matchar filtren."
    public static func entriesShown(from: Int, to: Int, total: Int) -> String {
        total == 0 ? "Inga händelser." : "Händelse \(from)–\(to) av \(total), nyast först."
    }
    public static let pages = "Sidor i händelseloggen"
    public static let newer = "Nyare"
    public static let older = "Äldre"
}
