import FollowUpModel

/// How a comparison table's columns are described in a Table Schema: the type of each
/// column, and the columns that identify a row.
enum TableSchemaFields {
    /// The Table Schema type of a column, from its kind; dates and the yes/no column `sen`
    /// get their own types, as every value the store writes there is one.
    static func type(of column: Table.Column) -> (type: String, extra: [(String, String)]) {
        switch column.name {
        case "startdatum", "slutdatum": return ("date", [])
        case "sen": return ("boolean", [("trueValues", "[\"ja\"]"), ("falseValues", "[\"nej\"]")])
        default: break
        }
        switch column.kind {
        case .text: return ("string", [])
        case .integer, .amount: return ("integer", [])
        case .percent, .decimal: return ("number", [])
        }
    }

    /// The columns whose values together are unique in each table (`ar` and
    /// `jamforelsear` are the same on every row). `prioriteringar` has none: the rows
    /// without a priority have an empty `prioritering`, and a key may not be empty.
    static let primaryKeys: [String: [String]] = [
        "omraden": ["stodform", "omrade"],
        "regioner": ["stodform", "omrade", "region_kod"],
        "stodformer": ["stodform"],
        "insatser": ["omrade", "dimension", "kod"],
        "indikatorer": ["indikator_kod", "region_kod"],
        "inlamning": ["region_kod", "rapport"],
        "insatslista": ["region_kod", "insats_id"],
        "tidsserie": ["serie_ar", "stodform", "omrade"],
    ]

    /// The primary key of `table`, when every column of it is there.
    static func primaryKey(of table: Table) -> [String]? {
        guard let key = primaryKeys[table.name],
              key.allSatisfy({ name in table.columns.contains { $0.name == name } }) else { return nil }
        return key
    }
}
