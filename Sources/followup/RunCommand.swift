import ArgumentParser
import Foundation
import Pipeline
import Texts

struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "The nightly run: claim new files, validate, load, archive, write receipts, export touched years."
    )

    @OptionGroup var options: DataOptions

    func run() throws {
        let env = try options.environment()
        let s = try NightlyRun(environment: env, showProgress: true).run()
        if s.nothingNew {
            print(CommandText.nothingNew(stillUploading: s.stillUploading))
        } else {
            print(CommandText.runCounts(accepted: s.accepted, rejected: s.rejected, duplicates: s.duplicates,
                                        quarantined: s.quarantined, resumed: s.resumed, stillUploading: s.stillUploading))
            print(CommandText.receiptsAt(env.zones.receipts.path))
        }
        if !s.yearsExported.isEmpty {
            print(CommandText.exportedYears(s.yearsExported, to: s.exportsDir))
        }
        print(CommandText.logAt(s.logFile))
    }
}
