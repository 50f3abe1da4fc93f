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

/// The JSON report of spec/issue-codes.md: `null` written out where a value is absent.
enum ValidationReportJSON {
    struct Report: Encodable {
        let report: ValidationReport
        enum K: String, CodingKey { case valid, files }
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: K.self)
            try c.encode(report.valid, forKey: .valid)
            try c.encode(report.files.map(File.init), forKey: .files)
        }
    }
    struct File: Encodable {
        let f: FileReport
        enum K: String, CodingKey { case file, region, year, report, valid, rows, errors, warnings, findingsTruncated, findings }
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: K.self)
            try c.encode(f.file, forKey: .file)
            try c.encode(f.region, forKey: .region)
            try c.encode(f.year, forKey: .year)
            try c.encode(f.report?.rawValue, forKey: .report)
            try c.encode(f.valid, forKey: .valid)
            try c.encode(f.rows, forKey: .rows)
            try c.encode(f.errors, forKey: .errors)
            try c.encode(f.warnings, forKey: .warnings)
            try c.encode(f.findingsTruncated, forKey: .findingsTruncated)
            try c.encode(f.findings.map(Item.init), forKey: .findings)
        }
    }
    struct Item: Encodable {
        let f: Finding
        enum K: String, CodingKey { case code, severity, file, line, column, value, message }
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: K.self)
            try c.encode(f.code.rawValue, forKey: .code)
            try c.encode(f.severity.rawValue, forKey: .severity)
            try c.encode(f.file, forKey: .file)
            try c.encode(f.line, forKey: .line)
            try c.encode(f.column, forKey: .column)
            try c.encode(f.value, forKey: .value)
            try c.encode(f.message, forKey: .message)
        }
    }

    static func render(_ report: ValidationReport) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(Report(report: report)), as: UTF8.self)
    }
}
