import FollowUpModel
import Texts

/// All tables as one Markdown document with GitHub pipe tables.
///
/// Headers are the Swedish column titles with the unit of the plain numbers, `(kr)` or `(%)`;
/// numbers are the canonical plain texts (no grouping, decimal point) so that the file is
/// byte-stable and easy to re-read.
enum MarkdownWriter {
    static func text(of tables: [Table], year: Int, comparisonYear: Int) -> String {
        document(of: tables, year: year, comparisonYear: comparisonYear).string
    }

    static func document(of tables: [Table], year: Int, comparisonYear: Int) -> ChunkedText {
        var out = ChunkedText("# \(escape(ReportTexts.documentTitle(year: year, comparisonYear: comparisonYear)))\n")
        for table in tables {
            out += "\n## \(escape(table.title))\n\n"
            out += "`\(table.name)` – \(ReportTexts.rowCount(table.rows.count))\n\n"
            guard !table.columns.isEmpty else { continue }
            out += "| " + table.columns.map { escape(heading($0)) }.joined(separator: " | ") + " |\n"
            out += "|" + table.columns.map { isNumeric($0.kind) ? " ---: " : " --- " }.joined(separator: "|") + "|\n"
            for row in table.rows {
                out += "| " + row.map { escape($0.plainText) }.joined(separator: " | ") + " |\n"
            }
        }
        return out
    }

    static func heading(_ column: Table.Column) -> String {
        switch column.kind {
        case .amount: return ColumnHeading.withUnit(column.title, unit: ReportTexts.unitKronor)
        case .percent: return ColumnHeading.withUnit(column.title, unit: "%")
        default: return column.title
        }
    }

    static func isNumeric(_ kind: Table.Kind) -> Bool { kind != .text }

    /// Escapes what would break a pipe table or turn into formatting; line breaks become spaces.
    static func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\", "|", "*", "_", "`", "[", "]", "<", ">":
                out.append("\\")
                out.unicodeScalars.append(scalar)
            case "\r", "\n", "\t":
                out.append(" ")
            default:
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
