import ArgumentParser
import Foundation
import Pipeline
import Texts

struct BackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "Write a consistent copy of the store into <data>/backups/ (SQLite VACUUM INTO), keeping backups_keep copies.",
        discussion: "Safe while a run is going: the copy is one read transaction. Save the archive and the latest backup off the machine."
    )

    @OptionGroup var options: DataOptions
    @OptionGroup var owner: OwnerOption

    func run() throws {
        let env = try options.environment()
        // A backup as root must not leave a root-owned backups/ behind for the next run.
        try ZoneAccess.check(env.zones, allowOtherOwner: owner.allowOtherOwner)
        let url = try Backups.take(env)
        print(OperationsText.backupWritten(url.path))
    }
}

struct RestoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore",
        abstract: "Put a backup in place of the store; the replaced store is kept as followup.sqlite.replaced-<UTC>.",
        discussion: "Refused (exit 3) while a run holds the lock. Files archived after the backup are only in the archive: followup rebuild replays the whole archive."
    )

    @Argument(help: "The backup file (e.g. <data>/backups/followup-….sqlite).")
    var file: String

    @OptionGroup var options: DataOptions
    @OptionGroup var owner: OwnerOption

    func run() throws {
        let env = try options.environment()
        let aside = try Backups.restore(env, from: URL(fileURLWithPath: file).standardizedFileURL,
                                        allowOtherOwner: owner.allowOtherOwner)
        print(OperationsText.restored(from: file, to: env.zones.store.path, keptAside: aside?.path))
    }
}
