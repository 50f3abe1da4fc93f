import ArgumentParser
import Foundation
import Pipeline

struct RebuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rebuild",
        abstract: "Recreate the store from the archive alone (same tables), then re-export every year."
    )

    @OptionGroup var options: DataOptions

    func run() throws {
        let env = try options.environment()
        let s = try Rebuild.run(env)
        print("Databasen återskapad ur arkivet: \(s.files) filer (godkända \(s.accepted), avvisade \(s.rejected), dubbletter \(s.duplicates)).")
        if !s.yearsExported.isEmpty {
            print("Exporterade år: \(s.yearsExported.map(String.init).joined(separator: ", ")) → \(env.zones.exports.path)")
        }
    }
}
