import Foundation
import ArgumentParser

@main
struct Followup: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "followup",
        abstract: "Uppföljning av det regionala utvecklingsarbetet (SFS 2024:99): läs, validera, lagra och jämför regionernas rapporter.",
        discussion: """
            Exit codes: 0 done, 1 some file invalid (validate), 2 usage error, 3 another run holds the lock, \
            4 configuration or I/O failure.
            """,
        subcommands: [RunCommand.self, ValidateCommand.self, StatusCommand.self, ExportCommand.self, RebuildCommand.self, TemplateCommand.self]
    )

    /// ArgumentParser exits 64 on a usage error; the spec says 2. Everything else (help,
    /// version, the commands' own exit codes) is left to ArgumentParser.
    static func main() {
        MemoryTuning.apply()
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            if exitCode(for: error) == .validationFailure {
                let text = fullMessage(for: error)
                FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
