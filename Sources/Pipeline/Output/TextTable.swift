import Foundation
import FollowUpModel

/// Renders a table as aligned plain text for a terminal.
enum TextTable {
    static func render(_ table: Table, dropping: Set<String>) -> String {
        let keep = table.columns.indices.filter { !dropping.contains(table.columns[$0].name) }
        let header = keep.map { table.columns[$0].name }
        let rows = table.rows.map { row in keep.map { row[$0].plainText } }
        var widths = header.map(\.count)
        for r in rows { for (i, c) in r.enumerated() { widths[i] = max(widths[i], c.count) } }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { i, c in c.padding(toLength: widths[i], withPad: " ", startingAt: 0) }
                .joined(separator: "  ").trimmingCharacters(in: .whitespaces) + "\n"
        }
        return line(header) + line(widths.map { String(repeating: "-", count: $0) }) + rows.map(line).joined()
    }
}
