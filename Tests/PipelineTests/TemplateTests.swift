import Foundation
import Testing
import FollowUpModel
@testable import Pipeline

struct TemplateTests {
    static let catalog: SchemaCatalog = {
        let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return try! SchemaCatalog(directory: repo.appendingPathComponent("Schemas"))
    }()

    @Test(arguments: ReportKind.allCases)
    func headerAndGuideComeFromTheSchema(_ report: ReportKind) throws {
        let t = try Template(report: report, year: 2025, catalog: Self.catalog)
        let fields = Self.catalog.schema(for: report, year: 2025)!.fields
        #expect(t.headerLine == fields.map(\.name).joined(separator: ","))
        for f in fields {
            #expect(t.guide.contains("\n  \(f.name) "), "guide lists \(f.name)")
        }
        #expect(t.guide.contains("_\(report.rawValue).csv"))
        let excel = String(decoding: t.excelFile, as: UTF8.self)
        #expect(excel == "\u{FEFF}" + fields.map(\.name).joined(separator: ";") + "\r\n")
    }

    @Test func theExcelTemplateWithOneRowFilledInValidates() throws {
        let t = try Template(report: .strategi, year: 2025, catalog: Self.catalog)
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("followup-template-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let values = ["region_kod": "14", "ar": "2025", "rus_namn": "Västra Götaland 2030", "antagen_ar": "2020",
                      "giltig_till_ar": "2030", "oversyn_pagar": "nej", "antal_handlingsplaner": "4",
                      "agenda2030_integrerad": "ja", "antal_analyser": "2", "antal_utvarderingar": "1"]
        let row = Self.catalog.schema(for: .strategi, year: 2025)!.fields.map { values[$0.name] ?? "" }.joined(separator: ";")
        var data = t.excelFile
        data.append(Data((row + "\r\n").utf8))
        let url = dir.appendingPathComponent("14_2025_strategi.csv")
        try data.write(to: url)
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: 1_770_000_000)], ofItemAtPath: url.path)
        let report = try validateFiles([url], catalog: Self.catalog,
                                       options: CheckOptions(now: Date(timeIntervalSince1970: 1_780_000_000)))
        #expect(report.valid, "\(report.files.first?.findings ?? [])")
    }
}
