import Foundation
import FollowUpModel
import Store
import Texts

/// `followup status`: the `inlamning` table of each year, as text for a terminal.
public enum StatusReport {
    public static func text(_ env: PipelineEnvironment, year: Int?) throws -> String {
        guard FileManager.default.fileExists(atPath: env.zones.store.path) else {
            return StatusText.noStore(path: env.zones.store.path)
        }
        let store = try env.openStore()
        let years = try year.map { [$0] } ?? store.storedYears()
        if years.isEmpty { return StatusText.noAcceptedReports }
        var out = ""
        for y in years {
            let table = try store.submissionTable(year: y)
            out += StatusText.yearHeading(y)
            out += TextTable.render(table, dropping: ["ar", "jamforelsear"])
            out += "\n"
        }
        return out
    }
}

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
