import ArgumentParser
import Foundation
import Exports
import Pipeline
import Texts

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the comparison tables of a year (against the year before)."
    )

    @OptionGroup var options: DataOptions

    @Option(help: "The year to compare with the year before.")
    var year: Int

    @Option(name: .customLong("format"), parsing: .upToNextOption,
            help: "xlsx, csv, html, md or json (repeatable; default: all).")
    var formats: [ExportFormat] = []

    @Option(help: "Output folder (default: <data-dir>/exports/<year>).")
    var out: String?

    @Option(help: "standard (RFC 4180) or excel-sv (BOM, ';', decimal comma, CRLF).")
    var csvDialect: CSVDialect?

    @Flag(help: "Write the tables even when the year has no accepted report (by default refused, exit 2).")
    var allowEmpty = false

    func validate() throws {
        guard (2000...2100).contains(year) else { throw ValidationError("--year \(year) is not a reporting year") }
    }

    func run() throws {
        let env = try options.environment()
        let dir = out.map { URL(fileURLWithPath: $0, isDirectory: true) }
            ?? env.zones.exports.appendingPathComponent(String(year), isDirectory: true)
        let files = try ExportRequest(year: year, formats: formats.isEmpty ? nil : Set(formats),
                                      dialect: csvDialect, directory: dir, allowEmpty: allowEmpty).run(env)
        print(CommandText.exported(files: files.count, year: year, to: dir.path))
    }
}
