import ArgumentParser
import Foundation
import Pipeline

struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Which regions have sent which reports, accepted or not, late or not; or the last run's result.",
        discussion: "Without a store, status says so on standard error and exits 4."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @OptionGroup var options: DataOptions

    @Option(help: "Only this reporting year (default: every year in the store).")
    var year: Int?

    @Flag(help: "The last run instead: start, end, outcome, counts, rejected files and the warnings and errors of its log.")
    var lastRun = false

    @Option(help: "Output of --last-run: text or json.")
    var format: Format = .text

    func validate() throws {
        if format == .json && !lastRun { throw ValidationError("--format json needs --last-run") }
        if lastRun && year != nil { throw ValidationError("--year and --last-run exclude each other") }
    }

    func run() throws {
        let env = try options.environment()
        if lastRun {
            let last = try LastRun.read(env)
            print(format == .json ? try last.json() : last.text(), terminator: "")
            return
        }
        print(try StatusReport.text(env, year: year), terminator: "")
    }
}
