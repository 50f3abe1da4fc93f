import FollowUpModel

/// How a table column is shown in the HTML report.
struct HTMLColumnFormat {
    let column: Table.Column
    /// Whether this amount column is shown in MSEK with one decimal (else whole kronor).
    let showsMSEK: Bool

    init(column: Table.Column, tableShowsMSEK: Bool) {
        self.column = column
        showsMSEK = column.kind == .amount && tableShowsMSEK
    }

    /// A table's amounts are shown in MSEK when the median of its non-zero amounts reaches one
    /// million kronor; tables of smaller sums (single activities, say) keep whole kronor so that
    /// they do not round to 0,0. One unit per table keeps a row's amounts comparable.
    static func showsMSEK(_ table: Table) -> Bool {
        let amountColumns = table.columns.indices.filter { table.columns[$0].kind == .amount }
        let magnitudes = table.rows.flatMap { row in
            amountColumns.compactMap { row[$0].integerValue?.magnitude }.filter { $0 != 0 }
        }.sorted()
        guard !magnitudes.isEmpty else { return false }
        return magnitudes[magnitudes.count / 2] >= 1_000_000
    }

    var isNumeric: Bool { column.kind != .text }

    var heading: String {
        guard column.kind == .amount else { return column.title }
        return ColumnHeading.withUnit(column.title, unit: showsMSEK ? ReportTexts.unitMSEK : ReportTexts.unitKronor)
    }

    /// Swedish display text (not yet HTML-escaped); empty numbers show as an en dash.
    func text(_ value: TableValue) -> String {
        switch value {
        case .empty: return isNumeric ? "–" : ""
        case .text(let s): return s
        case .integer(let i) where showsMSEK: return NumberText.swedish(plain: NumberText.msekPlain(i))
        default:
            let shown = NumberText.swedish(plain: value.plainText)
            return column.kind == .percent ? shown + "\u{00A0}%" : shown
        }
    }
}
