import ArgumentParser
import Foundation
import Pipeline

struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Which regions have sent which reports, accepted or not, late or not."
    )

    @OptionGroup var options: DataOptions

    @Option(help: "Only this reporting year (default: every year in the store).")
    var year: Int?

    func run() throws {
        let env = try options.environment()
        print(try StatusReport.text(env, year: year), terminator: "")
    }
}
