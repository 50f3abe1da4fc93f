/// Swedish texts of operating `followup`: permissions, backups, restore, the last run's
/// status and the strict configuration (issue 14).
public enum OperationsText {
    // MARK: Permissions (`ErrorCategory.permission`, exit 5)

    public static func notWritable(path: String, owner: String, user: String) -> String {
        "Användaren \(user) kan inte skriva i \(path) (ägare: \(owner)). Ingenting har ändrats. "
            + "Ge mappen tillbaka till tjänstens användare, t.ex. chown -R \(user) \(path), eller kör som dess ägare."
    }

    public static func otherOwner(path: String, owner: String, user: String) -> String {
        "Datakatalogen \(path) ägs av \(owner), inte av \(user). Kör som \(owner) (t.ex. sudo -u \(owner) followup …), "
            + "annars kan filer som \(owner) sedan inte ändrar bli kvar. Ingenting har ändrats. "
            + "--allow-other-owner kör ändå."
    }

    // MARK: Configuration

    public static func unknownKey(source: String, key: String, suggestion: String?) -> String {
        "okänd nyckel \"\(key)\" i \(source)" + (suggestion.map { "; menade du \"\($0)\"?" } ?? "")
    }

    public static func retentionNegative(source: String) -> String {
        "backups_keep, log_retention_days och quarantine_retention_days i \(source) får inte vara negativa"
    }

    // MARK: Backup and restore

    public static func backupWritten(_ path: String) -> String { "Säkerhetskopia skriven: \(path)" }

    public static func restored(from: String, to: String, keptAside: String?) -> String {
        "Återställde \(to) från \(from)."
            + (keptAside.map { " Den ersatta databasen ligger kvar som \($0)." } ?? "")
            + " Filer arkiverade efter kopian finns bara i arkivet: followup rebuild läser in allt från arkivet."
    }

    public static func notAStore(_ path: String, reason: String) -> String {
        "\(path) är ingen läsbar followup-databas: \(reason)"
    }

    // MARK: status --last-run

    public static let noRunYet = "Ingen körning är registrerad ännu."

    public static func lastRun(id: Int64, started: String, finished: String?, status: String) -> String {
        "Senaste körning: nr \(id), start \(started), slut \(finished ?? "–"), utfall \(status)"
    }

    public static func lastRunCounts(accepted: Int, rejected: Int, duplicates: Int, quarantined: Int) -> String {
        "Godkända \(accepted), avvisade \(rejected), dubbletter \(duplicates), i karantän \(quarantined)"
    }

    public static func rejectedFile(region: String, report: String, file: String, errors: Int) -> String {
        "Avvisad: region \(region), \(report), \(file): \(errors) fel"
    }

    public static func logProblem(level: String, event: String, detail: String) -> String {
        "Logg (\(level)): \(event)" + (detail.isEmpty ? "" : " – \(detail)")
    }

    public static func logFile(_ path: String) -> String { "Logg: \(path)" }
}
