import FollowUpModel

/// The guide of `followup template`: a Swedish description of a report's file, made from its
/// schema so that it can never drift from what is checked.
public enum TemplateText {
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

    /// The guide a region's officer reads.
    ///
    /// - Parameters:
    ///   - schema: the report's schema for the year.
    ///   - headerLine: the header as the template writes it.
    ///   - codes: the allowed codes of a field, already as text (a list, or `seeCodeList`), or nil.
    ///   - meanings: the allowed codes of a field with what each means (from its code list),
    ///     one line each under the column; nil for a field whose codes `codes` gives.
    public static func guide(_ schema: Schema, headerLine: String, codes: (Field) -> String?,
                             meanings: (Field) -> [(code: String, meaning: String)]? = { _ in nil }) -> String {
        let r = schema.report.rawValue
        var t = "\(heading) \(r)"
        if let sfs = schema.sfs { t += " (\(sfs))" }
        t += "\n"
        if let d = schema.description { t += d + "\n" }
        t += "\(fileName): <regionkod>_<år>_\(r).csv, \(example) 14_2025_\(r).csv\n"
        t += dialect + "\n"
        if schema.report == .strategi { t += oneRow + "\n" }
        if let pk = schema.primaryKey, !pk.isEmpty {
            t += "\(key): \(pk.joined(separator: " + "))\n"
        }
        t += "\n\(header):\n\(headerLine)\n\n\(columns):\n"
        let width = schema.fields.map(\.name.count).max() ?? 0
        for f in schema.fields {
            let need = f.isRequired ? required : optional
            var line = "  \(f.name.padding(toLength: width, withPad: " ", startingAt: 0))  \(need), \(type(f))"
            if let d = f.description { line += ". \(d)" }
            if let listed = meanings(f), !listed.isEmpty {
                line += " \(allowed):"
                let indent = String(repeating: " ", count: width + 6)
                let codeWidth = listed.map(\.code.count).max() ?? 0
                for (code, meaning) in listed {
                    line += "\n" + indent + code.padding(toLength: codeWidth, withPad: " ", startingAt: 0) + "  " + meaning
                }
            } else if let codes = codes(f) {
                line += " \(allowed): \(codes)."
            }
            t += line + "\n"
        }
        t += "\n" + check(r) + "\n"
        return t
    }

    /// Where the guide points instead of listing a long code list.
    public static func seeCodeList(_ name: String) -> String { "se kodlistan \(name).csv" }

    /// A long code list the guide does not print: how many codes, and where they are.
    public static func seeCodeList(_ name: String, count: Int) -> String { "\(count) koder, se kodlistan \(name).csv" }

    /// What a code of a list means, as the guide prints it: its name, and its unit
    /// (indicators) or its strategic area (priorities) when the list has them.
    public static func meaning(name: String, unit: String?, area: String?) -> String {
        if let unit, !unit.isEmpty { return "\(name) (enhet: \(unit))" }
        if let area, !area.isEmpty { return "\(name) (område \(area))" }
        return name
    }

    static func type(_ f: Field) -> String {
        var s: String
        switch f.type {
        case .string: s = "text"
        case .integer: s = f.name.hasSuffix("_kr") ? "heltal i kronor, t.ex. 1250000 eller 1 250 000" : "heltal"
        case .number: s = "tal, t.ex. 12,5 eller 12.5 (decimalkomma bara i filer med ; eller tabb)"
        case .boolean: s = "ja/nej (även true/false, SANT/FALSKT eller 1/0)"
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

    /// A whole bound as the findings write it (`Messages.bound`: 1 000 000 000 000, but 2000).
    private static func fmt(_ d: Double) -> String { d == d.rounded() ? Messages.bound(d) : String(d) }
}
