/// Counts in words: `1 datarad`, `2 datarader`. Every count a user reads goes through here,
/// so singular and plural are right everywhere.
///
/// ```swift
/// Plural.count(1, "fil", "filer")   // "1 fil"
/// Plural.count(3, .warnings)        // "3 varningar"
/// ```
public enum Plural {
    /// The nouns counted in the product's texts.
    public enum Noun: Sendable {
        case files, dataRows, rows, cells, errors, warnings, findings, municipalities, years
        /// Adjectives that agree with a count of files: `1 godkänd`, `2 godkända`.
        case accepted, rejected

        var forms: (one: String, many: String) {
            switch self {
            case .files: return ("fil", "filer")
            case .dataRows: return ("datarad", "datarader")
            case .rows: return ("rad", "rader")
            case .cells: return ("cell", "celler")
            case .accepted: return ("godkänd", "godkända")
            case .rejected: return ("underkänd", "underkända")
            case .errors: return ("fel", "fel")
            case .warnings: return ("varning", "varningar")
            case .findings: return ("synpunkt", "synpunkter")
            case .municipalities: return ("kommun", "kommuner")
            case .years: return ("år", "år")
            }
        }
    }

    /// `n` and the noun in the form that fits: singular only for exactly 1.
    public static func count(_ n: Int, _ one: String, _ many: String) -> String {
        "\(n) \(n == 1 ? one : many)"
    }

    public static func count(_ n: Int, _ noun: Noun) -> String {
        let forms = noun.forms
        return count(n, forms.one, forms.many)
    }

    /// The noun alone, for a count written elsewhere.
    public static func noun(_ n: Int, _ noun: Noun) -> String {
        n == 1 ? noun.forms.one : noun.forms.many
    }
}
