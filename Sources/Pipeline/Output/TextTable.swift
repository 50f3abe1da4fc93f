import Foundation
import FollowUpModel
import Texts

/// Renders a table as aligned plain text for a terminal. Status codes are shown as the
/// words people read (`Godkänd`), as in the HTML report and the workbook.
enum TextTable {
    static func render(_ table: Table, dropping: Set<String>) -> String {
        let keep = table.columns.indices.filter { !dropping.contains(table.columns[$0].name) }
        let header = keep.map { table.columns[$0].name }
        let rows = table.rows.map { row in
            keep.map { i -> String in
                let text = row[i].plainText
                return ComparisonText.statusWord(table: table.name, column: table.columns[i].name, code: text) ?? text
            }
        }
        var widths = header.map(\.count)
        for r in rows { for (i, c) in r.enumerated() { widths[i] = max(widths[i], c.count) } }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { i, c in c.padding(toLength: widths[i], withPad: " ", startingAt: 0) }
                .joined(separator: "  ").trimmingCharacters(in: .whitespaces) + "\n"
        }
        return line(header) + line(widths.map { String(repeating: "-", count: $0) }) + rows.map(line).joined()
    }
}
