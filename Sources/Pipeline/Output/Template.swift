import Foundation
import FollowUpModel
import Texts

/// `followup template`: an empty file with the right header and a Swedish guide to its
/// columns, generated from the schema (so it can never drift from what is checked).
public struct Template {
    public let schema: Schema
    public let catalog: SchemaCatalog

    public init(report: ReportKind, year: Int, catalog: SchemaCatalog) throws {
        guard let schema = catalog.schema(for: report, year: year) else {
            throw PipelineError.configuration(ErrorTexts.noSchema(report: report.rawValue, year: year, directory: catalog.directory.path))
        }
        self.schema = schema
        self.catalog = catalog
    }

    /// The header line, `,`-separated, for piping into a new file.
    public var headerLine: String { schema.fields.map(\.name).joined(separator: ",") }

    /// The empty file as Swedish Excel opens it directly: BOM, `;`, CRLF.
    public var excelFile: Data {
        Data(("\u{FEFF}" + schema.fields.map(\.name).joined(separator: ";") + "\r\n").utf8)
    }

    /// The guide a region's officer reads.
    public var guide: String {
        TemplateText.guide(schema, headerLine: headerLine, codes: codes(for:), meanings: meanings(for:))
    }

    /// Lists of at most this many codes are printed in the guide with their meanings.
    static let listedCodes = 40

    /// The codes of a field's code list with what each means (roles, dimensions,
    /// instruments, priorities with their area, indicators with their unit); nil for a
    /// long list, an enum or `region_kod` (the file's own region).
    private func meanings(for field: Field) -> [(code: String, meaning: String)]? {
        guard field.constraints?.enum == nil, field.name != "region_kod",
              let fk = schema.foreignKeys?.first(where: { $0.fields == [field.name] }),
              let list = catalog.codeList(fk.reference.resource), list.codes.count <= Self.listedCodes else { return nil }
        return list.codes.map { code in
            (code, TemplateText.meaning(name: list.name(of: code) ?? "", unit: list.value(of: "enhet", for: code),
                                        area: list.value(of: "omrade", for: code)))
        }
    }

    /// The allowed codes of a field tied to a short code list (or a fixed set).
    private func codes(for field: Field) -> String? {
        if let values = field.constraints?.enum { return values.joined(separator: ", ") }
        guard let fk = schema.foreignKeys?.first(where: { $0.fields == [field.name] }),
              let list = catalog.codeList(fk.reference.resource), field.name != "region_kod" else { return nil }
        return list.codes.count <= 16 ? list.codes.joined(separator: ", ") : TemplateText.seeCodeList(list.name, count: list.codes.count)
    }
}
