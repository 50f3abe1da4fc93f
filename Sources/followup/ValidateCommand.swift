import ArgumentParser
import FollowUpModel
import Foundation
import Pipeline
import Texts

/// `followup validate FILE... [--format text|json] [--schemas DIR]`: checks files as the
/// nightly run would and writes nothing. Exit 0 when every file is valid, 1 otherwise.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: CommandText.validateAbstract,
        discussion: CommandText.validateDiscussion
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: ArgumentHelp(CommandText.validateFiles))
    var files: [String]

    @Option(help: ArgumentHelp(CommandText.validateFormat))
    var format: Format = .text

    @OptionGroup var schemaDirectory: SchemaDirectoryOption<Swedish>
    @OptionGroup var dataDirectory: DataDirectoryOption<Swedish>
    @OptionGroup var clock: ClockOption<Swedish>

    func validate() throws {
        if files.isEmpty { throw ValidationError(ErrorTexts.noFiles) }
        // Only regular files (a link to one is fine): a FIFO or device would block the read.
        let missing = files.filter { file in
            (try? FileManager.default.attributesOfItem(atPath: URL(fileURLWithPath: file).resolvingSymlinksInPath().path)[.type]
                as? FileAttributeType) != .typeRegular
        }
        if !missing.isEmpty { throw ValidationError(ErrorTexts.missingFiles(missing)) }
    }

    func run() throws {
        let catalog = try SchemaCatalog.load(configured: schemaDirectory.url)
        let options = CheckOptions(now: clock.date ?? Date(), precheck: true)
        let store = try dataDirectory.dataDir.flatMap { try StoreLookups(dataDir: $0) }
        // The reader never follows a link; a link named on the command line is read as its target.
        let urls = files.map { file -> URL in
            let url = URL(fileURLWithPath: file)
            let isLink = (try? FileManager.default.destinationOfSymbolicLink(atPath: file)) != nil
            return isLink ? url.resolvingSymlinksInPath() : url
        }
        let report = try validateFiles(urls, catalog: catalog, options: options, store: store)
        switch format {
        case .text: print(ValidationReportText.render(report), terminator: "")
        case .json: print(try ValidationReportJSON.render(report))
        }
        if !report.valid { throw ExitCode.someFileInvalid }
    }
}
