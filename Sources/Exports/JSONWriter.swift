import FollowUpModel

/// All tables as one JSON document, written by hand for byte-stable output:
///
/// ```json
/// {
///   "ar": 2021,
///   "jamforelsear": 2020,
///   "tabeller": {
///     "omraden": [
///       {"ar": 2021, "jamforelsear": 2020, "stodform": "PROJ", "andel_procent": 58.9, "forandring_procent": null},
///       …
///     ]
///   }
/// }
/// ```
/// Tables keep their order, keys keep column order, one row per line. Integers are JSON
/// integers, tenths have exactly one decimal (`-0.5`, `100.0`), other decimals the shortest
/// text that reads back the same; empty cells and non-finite numbers are `null`.
enum JSONWriter {
    static func text(of tables: [Table], year: Int, comparisonYear: Int) -> String {
        document(of: tables, year: year, comparisonYear: comparisonYear).string
    }

    static func document(of tables: [Table], year: Int, comparisonYear: Int) -> ChunkedText {
        var out = ChunkedText("{\n  \"ar\": \(year),\n  \"jamforelsear\": \(comparisonYear),\n  \"tabeller\": {")
        for (t, table) in tables.enumerated() {
            out += t == 0 ? "\n" : ",\n"
            out += "    \(string(table.name)): ["
            for (r, row) in table.rows.enumerated() {
                out += r == 0 ? "\n      {" : ",\n      {"
                for (c, column) in table.columns.enumerated() {
                    if c > 0 { out += ", " }
                    out += "\(string(column.name)): \(value(row[c]))"
                }
                out += "}"
            }
            out += table.rows.isEmpty ? "]" : "\n    ]"
        }
        out += tables.isEmpty ? "}\n}\n" : "\n  }\n}\n"
        return out
    }

    static func value(_ value: TableValue) -> String {
        switch value {
        case .empty: return "null"
        case .text(let s): return string(s)
        case .integer, .tenths: return value.plainText
        case .number(let d): return d.isFinite ? value.plainText : "null"
        }
    }

    static func string(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
