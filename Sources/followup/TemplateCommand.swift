import ArgumentParser
import Foundation
import FollowUpModel
import Pipeline

struct TemplateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "template",
        abstract: "Skriv en tom mall med rätt rubrikrad och en guide till kolumnerna.",
        discussion: """
            Utan --out skrivs guiden (med rubrikraden) ut. Med --out DIR skrivs också \
            mall_<rapport>.csv (semikolon, öppnas direkt i Excel) och mall_<rapport>.txt. \
            --header-only skriver bara rubrikraden, för att skapa en fil: \
            followup template --report insatser --header-only > 14_2025_insatser.csv
            """
    )

    @Option(help: "Rapporten: insatser, finansiering, indikatorer eller strategi.")
    var report: ReportKind

    @Option(help: "Redovisningsåret mallen gäller (väljer schemaversion; standard: senaste).")
    var year: Int = ReportingCalendar.lastYear

    @Option(help: "Mapp där mallen och guiden skrivs.")
    var out: String?

    @Flag(help: "Skriv bara rubrikraden (kommaseparerad).")
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
                throw PipelineError.io(path: folder.path, reason: error.localizedDescription)
            }
            print("\nSkrev \(folder.appendingPathComponent("\(name).csv").path) och \(name).txt")
        }
    }
}
