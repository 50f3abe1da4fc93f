import Foundation
import FollowUpModel

/// `followup template`: an empty file with the right header and a Swedish guide to its
/// columns, generated from the schema (so it can never drift from what is checked).
public struct Template {
    public let schema: Schema
    public let catalog: SchemaCatalog

    public init(report: ReportKind, year: Int, catalog: SchemaCatalog) throws {
        guard let schema = catalog.schema(for: report, year: year) else {
            throw PipelineError.configuration("inget schema för rapporten \(report.rawValue) år \(year) i \(catalog.directory.path)")
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
        let r = schema.report.rawValue
        var t = "\(TemplateText.heading) \(r)"
        if let sfs = schema.sfs { t += " (\(sfs))" }
        t += "\n"
        if let d = schema.description { t += d + "\n" }
        t += "\(TemplateText.fileName): <regionkod>_<år>_\(r).csv, \(TemplateText.example) 14_2025_\(r).csv\n"
        t += TemplateText.dialect + "\n"
        if schema.report == .strategi { t += TemplateText.oneRow + "\n" }
        if let pk = schema.primaryKey, !pk.isEmpty {
            t += "\(TemplateText.key): \(pk.joined(separator: " + "))\n"
        }
        t += "\n\(TemplateText.header):\n\(headerLine)\n\n\(TemplateText.columns):\n"
        let width = schema.fields.map(\.name.count).max() ?? 0
        for f in schema.fields {
            let need = f.isRequired ? TemplateText.required : TemplateText.optional
            var line = "  \(f.name.padding(toLength: width, withPad: " ", startingAt: 0))  \(need), \(TemplateText.type(f))"
            if let d = f.description { line += ". \(d)" }
            if let codes = codes(for: f) { line += " \(TemplateText.allowed): \(codes)." }
            t += line + "\n"
        }
        t += "\n" + TemplateText.check(r) + "\n"
        return t
    }

    /// The allowed codes of a field tied to a short code list (or a fixed set).
    private func codes(for field: Field) -> String? {
        if let values = field.constraints?.enum { return values.joined(separator: ", ") }
        guard let fk = schema.foreignKeys?.first(where: { $0.fields == [field.name] }),
              let list = catalog.codeList(fk.reference.resource), field.name != "region_kod" else { return nil }
        return list.codes.count <= 16 ? list.codes.joined(separator: ", ") : "\(TemplateText.see) \(list.name).csv"
    }
}

/// The template guide's Swedish words.
enum TemplateText {
    static let heading = "Mall för rapporten"
    static let fileName = "Filnamn"
    static let example = "t.ex."
    static let dialect = "Spara som CSV (UTF-8 eller Excels \"CSV (semikolonavgränsad)\"); kolumnerna får stå i valfri ordning men alla ska finnas."
    static let oneRow = "Filen ska ha exakt en datarad."
    static let key = "Unik nyckel i filen"
    static let header = "Rubrikrad"
    static let columns = "Kolumner"
    static let required = "obligatorisk"
    static let optional = "valfri (får vara tom)"
    static let allowed = "Tillåtna värden"
    static let see = "se kodlistan"

    static func type(_ f: Field) -> String {
        var s: String
        switch f.type {
        case .string: s = "text"
        case .integer: s = f.name.hasSuffix("_kr") ? "heltal i kronor, t.ex. 1250000 eller 1 250 000" : "heltal"
        case .number: s = "tal, t.ex. 12,5 eller 12.5 (decimalkomma bara i filer med ; eller tabb)"
        case .boolean: s = "ja/nej (även true/false eller 1/0)"
        case .date: s = "datum ÅÅÅÅ-MM-DD"
        case .list: s = "lista med koder åtskilda med |"
        }
        if let c = f.constraints {
            if let min = c.minimum, let max = c.maximum { s += ", \(fmt(min))–\(fmt(max))" }
            else if let min = c.minimum { s += ", minst \(fmt(min))" }
            else if let max = c.maximum { s += ", högst \(fmt(max))" }
            if let maxLength = c.maxLength { s += ", högst \(maxLength) tecken" }
        }
        return s
    }

    static func check(_ report: String) -> String {
        "Kontrollera filen innan du skickar den: followup validate 14_2025_\(report).csv"
    }

    private static func fmt(_ d: Double) -> String { d == d.rounded() ? String(Int(d)) : String(d) }
}
