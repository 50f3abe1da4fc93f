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
        TemplateText.guide(schema, headerLine: headerLine, codes: codes(for:))
    }

    /// The allowed codes of a field tied to a short code list (or a fixed set).
    private func codes(for field: Field) -> String? {
        if let values = field.constraints?.enum { return values.joined(separator: ", ") }
        guard let fk = schema.foreignKeys?.first(where: { $0.fields == [field.name] }),
              let list = catalog.codeList(fk.reference.resource), field.name != "region_kod" else { return nil }
        return list.codes.count <= 16 ? list.codes.joined(separator: ", ") : TemplateText.seeCodeList(list.name)
    }
}
