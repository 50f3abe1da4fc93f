import FollowUpModel

/// How a table column is shown in the HTML report.
struct HTMLColumnFormat {
    let column: Table.Column
    /// Amount columns whose largest value reaches one million kronor are shown in MSEK with one
    /// decimal; smaller amounts (single activities, say) keep whole kronor so nothing rounds to 0,0.
    let showsMSEK: Bool

    init(column: Table.Column, values: [TableValue]) {
        self.column = column
        if column.kind == .amount {
            let largest = values.compactMap { $0.integerValue?.magnitude }.max() ?? 0
            showsMSEK = largest >= 1_000_000
        } else {
            showsMSEK = false
        }
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
