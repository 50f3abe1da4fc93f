import Foundation

/// A comparison table as a plain value: what the store computes and the exports write.
public struct Table: Sendable, Hashable {
    /// Machine name, e.g. `omraden`; also the CSV file name.
    public var name: String
    /// Swedish title for XLSX sheets and the HTML report.
    public var title: String
    public var columns: [Column]
    public var rows: [[TableValue]]
    /// Set for a table too long to hold (one row per activity): its rows are read from the
    /// store when a writer asks (`forEachRow`), and `rows` is empty.
    public var source: RowSource? = nil

    public init(name: String, title: String, columns: [Column], rows: [[TableValue]]) {
        self.name = name
        self.title = title
        self.columns = columns
        self.rows = rows
    }

    public struct Column: Sendable, Hashable {
        /// Fixed machine name (CSV header, JSON key).
        public var name: String
        /// Swedish header for XLSX and HTML.
        public var title: String
        public var kind: Kind

        public init(_ name: String, _ title: String, _ kind: Kind) {
            self.name = name
            self.title = title
            self.kind = kind
        }
    }

    /// How a column is shown. The stored value never changes with the format.
    public enum Kind: Sendable, Hashable {
        case text
        /// A plain whole number (year, count, rank).
        case integer
        /// Whole kronor; XLSX shows MSEK with one decimal.
        case amount
        /// A percentage with one decimal (value 58.9 means 58.9 %).
        case percent
        /// Any other decimal number (indicator values).
        case decimal
    }
}

/// A table cell.
public enum TableValue: Sendable, Hashable {
    case empty
    case text(String)
    case integer(Int64)
    /// A fixed-point number with one decimal: `tenths(589)` is 58.9.
    case tenths(Int64)
    case number(Double)

    /// The canonical text: integers plain, decimals with `.`, no grouping, empty for `.empty`.
    public var plainText: String {
        switch self {
        case .empty: return ""
        case .text(let s): return s
        case .integer(let i): return String(i)
        case .tenths(let t):
            let sign = t < 0 ? "-" : ""
            let a = t.magnitude
            return "\(sign)\(a / 10).\(a % 10)"
        case .number(let d): return Self.format(d)
        }
    }

    /// Shortest text that reads back as the same Double, never in exponent form.
    public static func format(_ d: Double) -> String {
        if d.isNaN || d.isInfinite { return "" }
        if d == d.rounded(), abs(d) < 1e15 { return String(Int64(d)) }
        var s = "\(d)"
        if s.contains("e") {
            s = String(format: "%.15f", d)
            while s.hasSuffix("0") { s.removeLast() }
            if s.hasSuffix(".") { s.removeLast() }
        }
        return s
    }
}
