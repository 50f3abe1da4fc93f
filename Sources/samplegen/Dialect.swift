import Foundation

/// How a region's files look on disk: what Swedish Excel writes, or plain RFC 4180 UTF-8.
struct Dialect {
    enum Encoding { case utf8, utf8BOM, windows1252 }

    var delimiter: UInt8 = UInt8(ascii: ",")
    var crlf = false
    var encoding: Encoding = .utf8
    /// Decimal comma in numbers (only in `;` or TAB files).
    var decimalComma = false
    /// Group the thousands of every `groupEvery`-th row's integers (0 = never).
    var groupEvery = 0
    /// The grouping character (space, or no-break space as Excel writes it).
    var groupSeparator: Character = " "
    /// `ja`/`nej`, `1`/`0` or `true`/`false`.
    var booleans: (yes: String, no: String) = ("ja", "nej")
    /// Columns written in this order instead of the schema's (a permutation), if set.
    var columnOrder: [String]? = nil

    static let plain = Dialect()

    /// Swedish Excel, "CSV (semikolonavgränsad)": Windows-1252, `;`, CRLF, decimal comma.
    static func excel(groupEvery: Int = 3, nbsp: Bool = false) -> Dialect {
        var d = Dialect()
        d.delimiter = UInt8(ascii: ";")
        d.crlf = true
        d.encoding = .windows1252
        d.decimalComma = true
        d.groupEvery = groupEvery
        d.groupSeparator = nbsp ? "\u{00A0}" : " "
        return d
    }

    var name: String {
        let enc: String
        switch encoding {
        case .utf8: enc = "UTF-8"
        case .utf8BOM: enc = "UTF-8 med BOM"
        case .windows1252: enc = "Windows-1252"
        }
        let delim = delimiter == UInt8(ascii: ";") ? "`;`" : delimiter == 9 ? "TAB" : "`,`"
        var parts = [enc, delim, crlf ? "CRLF" : "LF"]
        if decimalComma { parts.append("decimalkomma") }
        if groupEvery > 0 { parts.append(groupSeparator == " " ? "tusental med mellanslag" : "tusental med hårt mellanslag") }
        if columnOrder != nil { parts.append("annan kolumnordning") }
        return parts.joined(separator: ", ")
    }

    // MARK: formatting

    func format(_ cell: Cell, row: Int) -> String {
        switch cell {
        case .empty: return ""
        case .text(let s): return s
        case .int(let v): return String(v)
        case .amount(let v):
            if groupEvery > 0, row % groupEvery == 0, abs(v) >= 1000 { return grouped(v) }
            return String(v)
        case .fixed(let scaled, let places):
            let neg = scaled < 0
            var p = 1
            for _ in 0..<places { p *= 10 }
            let whole = abs(scaled) / p
            var frac = String(abs(scaled) % p)
            while frac.count < places { frac = "0" + frac }
            let sep = decimalComma ? "," : "."
            return (neg ? "-" : "") + String(whole) + (places > 0 ? sep + frac : "")
        }
    }

    private func grouped(_ v: Int) -> String {
        let digits = Array(String(abs(v)))
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(groupSeparator) }
            out.append(ch)
        }
        return (v < 0 ? "-" : "") + out
    }

    func quoted(_ s: String) -> String {
        let delim = Character(UnicodeScalar(delimiter))
        let needs = s.contains(delim) || s.contains("\"") || s.contains("\n") || s.contains("\r")
            || s.first == " " || s.last == " "
        guard needs else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// The whole file's bytes.
    func render(_ table: ReportTable) -> [UInt8] {
        let order: [Int]
        if let co = columnOrder {
            order = co.map { name in table.header.firstIndex(of: name)! }
        } else {
            order = Array(table.header.indices)
        }
        let eol = crlf ? "\r\n" : "\n"
        let delim = String(UnicodeScalar(delimiter))
        var text = order.map { table.header[$0] }.joined(separator: delim) + eol
        for (r, row) in table.rows.enumerated() {
            text += order.map { quoted(format(row[$0], row: r + 1)) }.joined(separator: delim) + eol
        }
        switch encoding {
        case .utf8: return Array(text.utf8)
        case .utf8BOM: return [0xEF, 0xBB, 0xBF] + Array(text.utf8)
        case .windows1252: return Windows1252.encode(text)
        }
    }
}

enum Windows1252 {
    /// The code points Windows-1252 puts at 0x80–0x9F (0x81, 0x8D, 0x8F, 0x90, 0x9D undefined).
    static let high: [UInt32: UInt8] = [
        0x20AC: 0x80, 0x201A: 0x82, 0x0192: 0x83, 0x201E: 0x84, 0x2026: 0x85, 0x2020: 0x86,
        0x2021: 0x87, 0x02C6: 0x88, 0x2030: 0x89, 0x0160: 0x8A, 0x2039: 0x8B, 0x0152: 0x8C,
        0x017D: 0x8E, 0x2018: 0x91, 0x2019: 0x92, 0x201C: 0x93, 0x201D: 0x94, 0x2022: 0x95,
        0x2013: 0x96, 0x2014: 0x97, 0x02DC: 0x98, 0x2122: 0x99, 0x0161: 0x9A, 0x203A: 0x9B,
        0x0153: 0x9C, 0x017E: 0x9E, 0x0178: 0x9F,
    ]

    static func encode(_ s: String) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count)
        for u in s.unicodeScalars {
            let v = u.value
            if v < 0x80 || (v >= 0xA0 && v <= 0xFF) {
                out.append(UInt8(v))
            } else if let b = high[v] {
                out.append(b)
            } else {
                fatalError("samplegen: \(u) cannot be written in Windows-1252")
            }
        }
        return out
    }
}
