import ArgumentParser
import Foundation
import Pipeline

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
            print("Inget nytt i inkorgen\(s.stillUploading > 0 ? " (\(s.stillUploading) filer laddas fortfarande upp och väntar till nästa körning)" : ""). Inget har ändrats.")
        } else {
            print("Godkända: \(s.accepted)  Avvisade: \(s.rejected)  Dubbletter: \(s.duplicates)  Karantän: \(s.quarantined)"
                  + (s.resumed > 0 ? "  (varav \(s.resumed) avslutade från en avbruten körning)" : "")
                  + (s.stillUploading > 0 ? "  Väntar (uppladdning pågår): \(s.stillUploading)" : ""))
            print("Kvitton: \(env.zones.receipts.path)")
        }
        if !s.yearsExported.isEmpty {
            print("Exporterade år: \(s.yearsExported.map(String.init).joined(separator: ", ")) → \(s.exportsDir)")
        }
        print("Logg: \(s.logFile)")
    }
}
