import Foundation
import FollowUpModel
import Texts

/// How a table column is shown in the HTML report.
struct HTMLColumnFormat {
    let column: Table.Column
    /// Whether this amount column is shown in MSEK with one decimal (else whole kronor).
    let showsMSEK: Bool

    /// Text columns whose values are all short (codes, names, dates) never wrap.
    let isShortText: Bool

    /// The table's machine name: which status codes its cells hold.
    let table: String

    init(column: Table.Column, values: [TableValue], tableShowsMSEK: Bool, table: String = "") {
        self.column = column
        self.table = table
        showsMSEK = column.kind == .amount && tableShowsMSEK
        isShortText = column.kind == .text && values.allSatisfy { $0.plainText.count <= 24 }
    }

    var cellClass: String? {
        if isNumeric { return "tal" }
        return isShortText ? "kort" : "lang-text"
    }

    /// Twelve significant digits hide binary noise (28.770000000000003 → 28.77) on screen;
    /// the CSV and JSON keep the exact value.
    static func displayText(_ d: Double) -> String {
        guard d.isFinite else { return "" }
        var text = String(format: "%.12g", d)
        if text.contains("e") { return TableValue.format(d) }
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text
    }

    /// A table's amounts are shown in MSEK when the median of its non-zero amounts reaches one
    /// million kronor; tables of smaller sums (single activities, say) keep whole kronor so that
    /// they do not round to 0,0. One unit per table keeps a row's amounts comparable.
    static func showsMSEK(_ table: Table, rows: [[TableValue]]? = nil) -> Bool {
        let amountColumns = table.columns.indices.filter { table.columns[$0].kind == .amount }
        let magnitudes = (rows ?? table.rows).flatMap { row in
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
        case .text(let s):
            // Status codes as the words people read (`Godkänd`); CSV and JSON keep the codes.
            return ComparisonText.statusWord(table: table, column: column.name, code: s) ?? s
        case .integer(let i) where showsMSEK: return NumberText.swedish(plain: NumberText.msekPlain(i))
        case .number(let d): return NumberText.swedish(plain: Self.displayText(d)) + (column.kind == .percent ? "\u{00A0}%" : "")
        default:
            let shown = NumberText.swedish(plain: value.plainText)
            return column.kind == .percent ? shown + "\u{00A0}%" : shown
        }
    }
}
