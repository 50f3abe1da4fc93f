import Foundation
import Testing
import FollowUpModel
@testable import Exports

/// Opens the workbook in LibreOffice when it is installed (it is not on CI); the structural
/// checks in `XLSXWorkbookTests` run everywhere.
@Suite(.serialized) struct LibreOfficeConversionTests {
    static let office = executableOnPath(["soffice", "libreoffice"])

    /// Converts every sheet to CSV (filter option token 12 = -1) with the shown (formatted) values.
    static func convert(_ workbook: URL, in directory: URL) throws -> (status: Int32, output: String) {
        let profile = directory.appendingPathComponent("profil", isDirectory: true)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(office))
        process.arguments = [
            "-env:UserInstallation=\(profile.absoluteString)", "--headless", "--norestore",
            "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1",
            "--outdir", directory.path, workbook.path,
        ]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, output)
    }

    @Test(.enabled(if: office != nil), .timeLimit(.minutes(3)))
    func libreOfficeOpensTheWorkbookAndShowsMSEKAndPercent() throws {
        let directory = try makeTemporaryDirectory("libreoffice")
        defer { try? FileManager.default.removeItem(at: directory) }
        let files = try Exporter.write(DemoTables.all, year: 2021, comparisonYear: 2020, to: directory,
                                       options: ExportOptions(formats: [.xlsx]))
        let workbook = try #require(files.first)
        let result = try Self.convert(workbook, in: directory)
        #expect(result.status == 0, "\(result.output)")
        let produced = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".csv") }
        #expect(produced.count == DemoTables.all.count, "\(produced) \(result.output)")
        // The sheet "Finansiering per område" (issue 15: whole words within 31 characters), not
        // "Finansiering per område och år".
        let areas = try #require(produced.first { $0.contains("Finansiering per område") && !$0.contains("och år") })
        let text = try readText(directory.appendingPathComponent(areas))
        let lines = text.split(whereSeparator: \.isNewline)
        #expect(lines.first?.hasPrefix("År,Jämförelseår,Stödform,Område,Områdesnamn,Belopp (MSEK),Andel") == true)
        // PROJ, area 3: 287 800 000 kr is shown as 287.8 (MSEK), its share as a percentage.
        let area3 = try #require(lines.first { $0.hasPrefix("2021,2020,PROJ,3,") })
        #expect(area3.contains(",287.8,"), "\(area3)")
        #expect(area3.contains(",70.0%,"), "\(area3)")
    }
}
