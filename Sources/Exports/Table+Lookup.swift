import FollowUpModel

extension Table {
    func columnIndex(_ name: String) -> Int? { columns.firstIndex { $0.name == name } }
}

extension TableValue {
    /// The text of a text cell, or the canonical text of a number (codes such as `omrade` may come as either).
    var code: String { plainText }

    /// Whole kronor or counts as an integer; nil for text and empty cells.
    var integerValue: Int64? {
        switch self {
        case .integer(let i): return i
        case .tenths(let t): return t / 10
        case .number(let d): return d.isFinite ? Int64(d.rounded()) : nil
        case .text, .empty: return nil
        }
    }

    /// A share in tenths of a percent (589 = 58.9 %); nil for text and empty cells.
    var tenthsValue: Int64? {
        switch self {
        case .tenths(let t): return t
        case .integer(let i): return i * 10
        case .number(let d): return d.isFinite ? Int64((d * 10).rounded()) : nil
        case .text, .empty: return nil
        }
    }
}
