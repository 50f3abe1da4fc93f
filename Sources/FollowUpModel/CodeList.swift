/// A code list from `Schemas/codelists/<name>.csv`: the first column is the code.
public struct CodeList: Sendable, Hashable {
    public let name: String
    public let columns: [String]
    /// Rows in file order, one value per column.
    public let rows: [[String]]
    private let indexByCode: [String: Int]

    /// A code list from records already read (the header first), e.g. by `CSVReader`.
    /// Blank rows are skipped.
    ///
    /// ```swift
    /// let list = try CodeList(name: "omraden", records: [
    ///     RawRecord(cells: ["kod", "namn"], line: 1), RawRecord(cells: ["1", "Likvärdiga möjligheter"], line: 2)])
    /// ```
    /// - Throws: `SchemaCatalogError.codeListWithoutHeader` or `.codeListRowWidth`.
    public init(name: String, records: [RawRecord]) throws {
        guard let header = records.first, let key = header.cells.first, !key.isEmpty else {
            throw SchemaCatalogError.codeListWithoutHeader(name: name)
        }
        self.name = name
        self.columns = header.cells
        var rows: [[String]] = []
        var index: [String: Int] = [:]
        for record in records.dropFirst() where !(record.cells.count == 1 && record.cells[0].isEmpty) {
            guard record.cells.count == columns.count else {
                throw SchemaCatalogError.codeListRowWidth(name: name, line: record.line, cells: record.cells.count, expected: columns.count)
            }
            index[record.cells[0]] = rows.count
            rows.append(record.cells)
        }
        self.rows = rows
        self.indexByCode = index
    }

    /// The code column's name (e.g. `region_kod`).
    public var keyColumn: String { columns[0] }
    /// The codes in file order.
    public var codes: [String] { rows.map { $0[0] } }

    public func contains(_ code: String) -> Bool { indexByCode[code] != nil }

    /// The value of `column` for `code`, e.g. `value(of: "omrade", for: "1.3")` is `"1"`.
    public func value(of column: String, for code: String) -> String? {
        guard let i = indexByCode[code], let c = columns.firstIndex(of: column) else { return nil }
        return rows[i][c]
    }

    /// The human name of a code: the `namn` column, else the second column.
    public func name(of code: String) -> String? {
        guard let i = indexByCode[code], columns.count > 1 else { return nil }
        return rows[i][columns.firstIndex(of: "namn") ?? 1]
    }
}
