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
        var out = ChunkedText()
        try? write(tables, year: year, comparisonYear: comparisonYear, to: &out)
        return out
    }

    /// Writes the document into `out`, a row at a time (streamed tables are read as written).
    static func write<S: TextSink>(_ tables: [Table], year: Int, comparisonYear: Int, to out: inout S) throws {
        try out.write("{\n  \"ar\": \(year),\n  \"jamforelsear\": \(comparisonYear),\n  \"tabeller\": {")
        for (t, table) in tables.enumerated() {
            try out.write(t == 0 ? "\n" : ",\n")
            try out.write("    \(string(table.name)): [")
            let keys = table.columns.map { string($0.name) + ": " }
            var r = 0
            try table.forEachRow { row in
                var line = r == 0 ? "\n      {" : ",\n      {"
                for (c, key) in keys.enumerated() {
                    if c > 0 { line += ", " }
                    line += key + value(row[c])
                }
                try out.write(line + "}")
                r += 1
            }
            try out.write(r == 0 ? "]" : "\n    ]")
        }
        try out.write(tables.isEmpty ? "}\n}\n" : "\n  }\n}\n")
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
