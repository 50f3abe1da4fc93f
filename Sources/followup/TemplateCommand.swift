import ArgumentParser
import Foundation
import FollowUpModel
import Pipeline
import Texts

struct TemplateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "template",
        abstract: CommandText.templateAbstract,
        discussion: CommandText.templateDiscussion
    )

    @Option(help: ArgumentHelp(CommandText.templateReport))
    var report: ReportKind

    @Option(help: ArgumentHelp(CommandText.templateYear))
    var year: Int = ReportingCalendar.lastYear

    @Option(help: ArgumentHelp(CommandText.templateOut))
    var out: String?

    @Flag(help: ArgumentHelp(CommandText.templateHeaderOnly))
    var headerOnly = false

    @OptionGroup var schemaDirectory: SchemaDirectoryOption<Swedish>

    func run() throws {
        let catalog = try SchemaCatalog.load(configured: schemaDirectory.url)
        let template = try Template(report: report, year: year, catalog: catalog)
        if headerOnly {
            print(template.headerLine)
            return
        }
        print(template.guide, terminator: "")
        if let out {
            let folder = URL(fileURLWithPath: out, isDirectory: true)
            let name = "mall_\(report.rawValue)"
            do {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                try template.excelFile.write(to: folder.appendingPathComponent("\(name).csv"))
                try Data(template.guide.utf8).write(to: folder.appendingPathComponent("\(name).txt"))
            } catch {
                throw PipelineError.io(path: folder.path, reason: SystemErrorText.reason(error))
            }
            print("\n" + CommandText.templateWritten(csv: folder.appendingPathComponent("\(name).csv").path, guide: "\(name).txt"))
        }
    }
}
