// TEMPORARY STUBS — replaced by the validation and exports branches.
import Foundation
import FollowUpModel
import Store
public enum ExportFormat: String, CaseIterable { case xlsx, csv, html, md, json }
public enum CSVDialect: String { case standard, excelSv = "excel-sv" }
public struct ExportOptions { public var formats: Set<ExportFormat>; public var csvDialect: CSVDialect; public var generatedAt: String?
  public init(formats: Set<ExportFormat>, csvDialect: CSVDialect, generatedAt: String?) { self.formats = formats; self.csvDialect = csvDialect; self.generatedAt = generatedAt } }
public enum Exporter { public static func write(_ tables: [Table], year: Int, comparisonYear: Int, to directory: URL, options: ExportOptions) throws -> [URL] { [] } }
extension SchemaCatalog { func regionName(_ code: String) -> String? { nil }; func schema(for r: ReportKind, year: Int) -> Schema? { nil } }
func makeSeed(_ catalog: SchemaCatalog) -> CodeListSeed { CodeListSeed() }
