/// A code list from `Schemas/codelists/<name>.csv`: the first column is the code.
public struct CodeList: Sendable, Hashable {
    public let name: String
    public let columns: [String]
    /// Rows in file order, one value per column.
    public let rows: [[String]]
    private let indexByCode: [String: Int]

    /// Parses a small UTF-8 CSV (`,`, RFC 4180 quotes) with a header row.
    public init(name: String, csv text: String) throws {
        var records = Self.parse(text)
        guard !records.isEmpty, let key = records.first?.first, !key.isEmpty else {
            throw SchemaCatalogError.invalidCodeList(name: name, reason: "header saknas")
        }
        self.name = name
        self.columns = records.removeFirst()
        self.rows = records.filter { !($0.count == 1 && $0[0].isEmpty) }
        var index: [String: Int] = [:]
        for (i, row) in rows.enumerated() {
            guard row.count == columns.count else {
                throw SchemaCatalogError.invalidCodeList(name: name, reason: "rad \(i + 2) har \(row.count) celler, väntade \(columns.count)")
            }
            index[row[0]] = i
        }
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

    static func parse(_ text: String) -> [[String]] {
        var records: [[String]] = []
        var row: [String] = []
        var cell = ""
        var quoted = false
        var chars = Array(text.unicodeScalars)
        if chars.first == "\u{FEFF}" { chars.removeFirst() }
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if quoted {
                if c == "\"" {
                    if i + 1 < chars.count && chars[i + 1] == "\"" { cell.unicodeScalars.append("\""); i += 1 } else { quoted = false }
                } else {
                    cell.unicodeScalars.append(c)
                }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                row.append(cell); cell = ""
            } else if c == "\n" {
                row.append(cell); cell = ""
                records.append(row); row = []
            } else if c != "\r" {
                cell.unicodeScalars.append(c)
            }
            i += 1
        }
        if !cell.isEmpty || !row.isEmpty { row.append(cell); records.append(row) }
        return records
    }
}
