import ArgumentParser
import Texts

@main
struct Followup: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "followup",
        abstract: CommandText.rootAbstract,
        discussion: """
            Exit codes: 0 done, 1 some file invalid (validate), 2 usage error, 3 another run holds the lock, \
            4 configuration or I/O failure, or no or a damaged store, 5 a zone of the data directory is not \
            writable by this user or the data directory belongs to another user.
            """,
        version: Version.current,
        subcommands: [RunCommand.self, ValidateCommand.self, StatusCommand.self, ExportCommand.self, RebuildCommand.self,
                      BackupCommand.self, RestoreCommand.self, TemplateCommand.self,
                      ServeCommand.self, UsersCommand.self, TokensCommand.self,
                      PublishCommand.self]
    )

    /// Parses, runs, and reports a failure as one line with the exit code of its category
    /// (`ExitCode+Category.swift`). Help, `--version` and a command's own exit code are
    /// left to ArgumentParser.
    static func main() {
        MemoryTuning.apply()
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            RegionsCommandLine.handle(error)
            CommandFailure(error)?.exit()
            exit(withError: error)
        }
    }
}
