import Foundation
import Testing
import FollowUpModel
@testable import Exports

@Suite struct ExporterTests {
    @Test func writesTheSpecFileNamesInAFixedOrder() throws {
        let directory = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let target = directory.appendingPathComponent("exports/2021")
        let files = try Exporter.write(DemoTables.all, year: 2021, comparisonYear: 2020, to: target,
                                       options: ExportOptions())
        #expect(files.map(\.lastPathComponent) == [
            "omraden.csv", "regioner.csv", "stodformer.csv", "indikatorer.csv", "insatslista.csv",
            "jamforelse-2021.xlsx", "rapport-2021.html", "jamforelse-2021.md", "jamforelse-2021.json",
        ])
        let present = try FileManager.default.contentsOfDirectory(atPath: target.path).sorted()
        #expect(present == files.map(\.lastPathComponent).sorted(), "no temporary files are left behind")
    }

    @Test func onlyTheChosenFormats() throws {
        let directory = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let files = try Exporter.write([SmallTable.table], year: 2021, comparisonYear: 2020, to: directory,
                                       options: ExportOptions(formats: [.json, .md], csvDialect: .excelSv))
        #expect(files.map(\.lastPathComponent) == ["jamforelse-2021.md", "jamforelse-2021.json"])
    }

    @Test func csvMarkdownAndJSONAreByteIdenticalAcrossRunsAndCarryNoTime() throws {
        let first = try makeTemporaryDirectory()
        let second = try makeTemporaryDirectory()
        defer {
            try? FileManager.default.removeItem(at: first)
            try? FileManager.default.removeItem(at: second)
        }
        let formats: Set<ExportFormat> = [.csv, .md, .json, .html]
        let a = try Exporter.write(DemoTables.all, year: 2021, comparisonYear: 2020, to: first,
                                   options: ExportOptions(formats: formats, generatedAt: "2022-03-01 02:00"))
        let b = try Exporter.write(DemoTables.all, year: 2021, comparisonYear: 2020, to: second,
                                   options: ExportOptions(formats: formats, generatedAt: "2022-03-02 03:15"))
        for (x, y) in zip(a, b) where x.pathExtension != "html" {
            #expect(try Data(contentsOf: x) == Data(contentsOf: y), "\(x.lastPathComponent) differs")
            #expect(!(try readText(x)).contains("2022-03"))
        }
        let html = try readText(try #require(a.first { $0.pathExtension == "html" }))
        #expect(html.contains("Skapad 2022-03-01 02:00"))
    }

    @Test func overwritesAnEarlierExport() throws {
        let directory = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("omraden.csv")
        try Data("gammalt innehåll som är längre än det nya\n".utf8).write(to: file)
        try Exporter.write([SmallTable.table], year: 2021, comparisonYear: 2020, to: directory,
                           options: ExportOptions(formats: [.csv]))
        #expect(try readText(file) == CSVWriter.text(of: SmallTable.table, dialect: .standard))
    }

    @Test func rejectsTablesThatCannotBeWritten() throws {
        let directory = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let options = ExportOptions(formats: [.csv])
        var bad = SmallTable.table
        bad.name = "../omraden"
        #expect(throws: ExportError.invalidTableName("../omraden")) {
            try Exporter.write([bad], year: 2021, comparisonYear: 2020, to: directory, options: options)
        }
        #expect(throws: ExportError.duplicateTableName("omraden")) {
            try Exporter.write([SmallTable.table, SmallTable.table], year: 2021, comparisonYear: 2020,
                               to: directory, options: options)
        }
        var ragged = SmallTable.table
        ragged.rows.append([.integer(2021)])
        #expect(throws: ExportError.rowWidthMismatch(table: "omraden", row: 3, expected: 7, found: 1)) {
            try Exporter.write([ragged], year: 2021, comparisonYear: 2020, to: directory, options: options)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
    }

    @Test func failsCleanlyWhenTheDirectoryCannotBeMade() throws {
        let directory = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let blocker = directory.appendingPathComponent("fil")
        try Data().write(to: blocker)
        #expect(throws: ExportError.self) {
            try Exporter.write([SmallTable.table], year: 2021, comparisonYear: 2020,
                               to: blocker.appendingPathComponent("2021"), options: ExportOptions(formats: [.csv]))
        }
    }

    /// Writes the demo set in every format and dialect; set EXPORTS_DEMO_DIR to keep it for a
    /// look (open the report in a browser, the workbook in LibreOffice).
    @Test(arguments: CSVDialect.allCases)
    func demoExportWritesEveryFormat(_ dialect: CSVDialect) throws {
        let kept = ProcessInfo.processInfo.environment["EXPORTS_DEMO_DIR"].map { URL(fileURLWithPath: $0) }
        let directory = try kept.map { $0.appendingPathComponent(dialect.rawValue) } ?? makeTemporaryDirectory("demo")
        defer { if kept == nil { try? FileManager.default.removeItem(at: directory) } }
        let files = try Exporter.write(DemoTables.all, year: 2021, comparisonYear: 2020, to: directory,
                                       options: ExportOptions(csvDialect: dialect, generatedAt: "2022-03-01 02:00"))
        #expect(files.count == DemoTables.all.count + 4)
        for file in files {
            let size = try #require(try FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int)
            #expect(size > 200, "\(file.lastPathComponent) is \(size) bytes")
        }
        let regioner = try readText(directory.appendingPathComponent("regioner.csv"))
        let lineEnd = dialect == .standard ? "\n" : "\r\n"
        #expect(regioner.components(separatedBy: lineEnd).count == 5 * 6 * 21 + 2)
    }
}
