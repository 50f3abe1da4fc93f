import ArgumentParser
import Foundation
import Pipeline
import Texts

struct PublishCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "publish",
        abstract: "Write a year's comparison tables as open data (Data Package, DCAT-AP-SE, CSV).",
        discussion: """
            Writes datapackage.json (Frictionless Data Package with a Table Schema per table), \
            catalog.rdf (DCAT-AP-SE, RDF/XML) and the tables as standard CSV, licensed CC BY 4.0. \
            Addresses are absolute under publish.base_url (or --base-url): the files of year Y are \
            expected at <base-url>Y/. publish.publisher_name and publish.publisher_email name the \
            publisher and contact point. The folder is replaced as a whole.
            """
    )

    @OptionGroup var options: DataOptions

    @Option(help: "The year to publish.")
    var year: Int

    @Option(help: "Output folder (default: <data-dir>/publish/<year>).")
    var output: String?

    @Option(help: "The public address the publish folders are served from (overrides publish.base_url).")
    var baseURL: String?

    func validate() throws {
        guard (2000...2100).contains(year) else { throw ValidationError("--year \(year) is not a reporting year") }
    }

    func run() throws {
        let env = try options.environment()
        let path = options.config ?? ConfigLocator.defaultConfiguration()?.path
        var publish = try path.map { try PublishConfiguration.load(from: URL(fileURLWithPath: $0)) } ?? PublishConfiguration()
        if let baseURL { publish.baseURL = baseURL }
        let request = PublishRequest(year: year, directory: output.map { URL(fileURLWithPath: $0, isDirectory: true) },
                                     configuration: publish, source: path ?? "konfigurationen")
        let result = try request.run(env)
        print(PublishText.published(files: result.files.count, year: year, to: result.directory.path))
    }
}
