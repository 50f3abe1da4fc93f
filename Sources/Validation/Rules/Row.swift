import FollowUpModel

/// One data row as the rules see it: for every schema field (by index, `RuleContext.index`)
/// its trimmed text and its typed value. A value is nil when the cell is missing, empty, or
/// broke a check of its field — the finding is already made, so rules stay silent then.
///
/// ```swift
/// if let a = row.integer(area), a == 0, row.validText(instrument) != "PROJ" { … }
/// ```
struct Row {
    /// The physical line on which the row begins (header = line 1).
    var line: Int
    /// Set by the engine (`RowReader`): the trimmed texts, nil where only `cells` holds them.
    var texts: [String?]
    /// Set by the engine: the typed values.
    var values: [CellValue?]
    /// Set by the engine: a good number's bytes, whose `String` is made only when asked for.
    var cells: [CellBytes?]

    init(fields: Int) {
        line = 0
        texts = Array(repeating: nil, count: fields)
        values = Array(repeating: nil, count: fields)
        cells = Array(repeating: nil, count: fields)
    }

    /// The trimmed text of field `i`, "" for an empty cell, nil when the cell is missing.
    func string(_ i: Int) -> String? {
        if let t = texts[i] { return t }
        return cells[i]?.string
    }

    /// The trimmed text of field `i`, nil when the field is unknown, missing or empty.
    func text(_ i: Int?) -> String? {
        guard let i, let t = string(i), !t.isEmpty else { return nil }
        return t
    }

    /// The text of a field whose value passed its own checks (type, pattern, code list).
    func validText(_ i: Int?) -> String? {
        guard let i, let v = values[i], v != .null else { return nil }
        return string(i)
    }

    /// A good integer.
    func integer(_ i: Int?) -> Int64? {
        guard let i, case .integer(let v)? = values[i] else { return nil }
        return v
    }

    /// A good number.
    func number(_ i: Int?) -> Double? {
        guard let i, case .number(let v)? = values[i] else { return nil }
        return v
    }

    /// A good date, as its `YYYY-MM-DD` text.
    func date(_ i: Int?) -> String? {
        guard let i, case .date(let v)? = values[i] else { return nil }
        return v
    }
}
