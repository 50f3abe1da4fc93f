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
        subcommands: [RunCommand.self, StatusCommand.self, ExportCommand.self, RebuildCommand.self]
    )
}
