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
        var out = ChunkedText()
        try? write(tables, year: year, comparisonYear: comparisonYear, to: &out)
        return out
    }

    /// Writes the document into `out`, a row at a time (streamed tables are read as written).
    static func write<S: TextSink>(_ tables: [Table], year: Int, comparisonYear: Int, to out: inout S) throws {
        try out.write("# \(escape(ReportTexts.documentTitle(year: year, comparisonYear: comparisonYear)))\n")
        for table in tables {
            try out.write("\n## \(escape(table.title))\n\n")
            try out.write("`\(table.name)` – \(ReportTexts.rowCount(table.rowCount))\n\n")
            guard !table.columns.isEmpty else { continue }
            try out.write("| " + table.columns.map { escape(heading($0)) }.joined(separator: " | ") + " |\n")
            try out.write("|" + table.columns.map { isNumeric($0.kind) ? " ---: " : " --- " }.joined(separator: "|") + "|\n")
            try table.forEachRow { row in
                try out.write("| " + row.map { escape($0.plainText) }.joined(separator: " | ") + " |\n")
            }
        }
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
