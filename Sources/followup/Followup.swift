import ArgumentParser

@main
struct Followup: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "followup",
        abstract: "Uppföljning av det regionala utvecklingsarbetet (SFS 2024:99): läs, validera, lagra och jämför regionernas rapporter.",
        subcommands: [ValidateCommand.self]
    )
}
