/// A typed value of a validated row, ready to be stored.
public enum CellValue: Sendable, Hashable {
    case null
    case text(String)
    case integer(Int64)
    case number(Double)
    case boolean(Bool)
    /// ISO 8601 date, `YYYY-MM-DD`.
    case date(String)
    /// Codes of a list column, in the order given.
    case list([String])
}

/// A validated data row: one value per schema field, in the schema's field order, and the
/// physical line of the file it came from (lineage).
public struct TypedRow: Sendable, Hashable {
    public var line: Int
    public var values: [CellValue]

    public init(line: Int, values: [CellValue]) {
        self.line = line
        self.values = values
    }
}
