import FollowUpModel
import Texts

/// One table as a worksheet: Swedish headers in row 1 (frozen, with an autofilter, printed
/// on every page, as high as their wrapped text),
/// numbers as numbers, text as inline strings, column widths from the content.
struct XLSXWorksheet {
    let table: Table
    let isSelected: Bool

    /// Excel's limit for the text of one cell, in UTF-16 units.
    static let maxCellText = 32_767

    var lastColumn: Int { table.columns.count - 1 }
    var lastRow: Int { table.rowCount + 1 }

    /// Rows looked at for the column widths (held or streamed alike, so that both give the
    /// same bytes).
    static let widthSample = 1000

    /// The widest column, in characters: the code lists' longest name (area 4, 78
    /// characters) shows whole. Issue 15: at 60, LibreOffice and Excel cut the area names
    /// ("… genom digital kommunikation och transportsyst").
    static let maxWidth = 80

    /// Characters a heading needs beyond its length: it is bold.
    static let boldHeadingExtra = 2

    /// The used range, e.g. `A1:K31`; nil for a table without columns.
    var range: String? {
        guard !table.columns.isEmpty else { return nil }
        return "A1:" + XLSXCellReference.cell(column: lastColumn, row: lastRow)
    }

    /// The autofilter range in absolute form for the workbook's defined name.
    var absoluteRange: String? {
        guard !table.columns.isEmpty else { return nil }
        return "$A$1:$\(XLSXCellReference.column(lastColumn))$\(lastRow)"
    }

    /// Whether this sheet's amounts are whole kronor (single activities), not MSEK.
    var inKronor: Bool { XLSXStyles.kronorTables.contains(table.name) }

    func heading(_ column: Table.Column) -> String {
        guard column.kind == .amount else { return column.title }
        return ColumnHeading.withUnit(column.title, unit: inKronor ? ReportTexts.unitKronor : ReportTexts.unitMSEK)
    }

    /// The text a person reads in a text cell: a status code as its Swedish word.
    func shownText(_ s: String, column: Int) -> String {
        ComparisonText.statusWord(table: table.name, column: table.columns[column].name, code: s) ?? s
    }

    /// Lines the wrapped header needs in a column `width` characters wide.
    static func headerLines(_ heading: String, width: Double) -> Int {
        let usable = max(1, Int(width) - 2)
        var lines = 1, current = 0
        for word in heading.split(separator: " ") {
            let n = word.count
            if current == 0 { current = n } else if current + 1 + n <= usable { current += 1 + n } else {
                lines += 1; current = n
            }
            while current > usable { lines += 1; current -= usable }
        }
        return lines
    }

    /// The sheet in memory (tests, small tables).
    var xml: ChunkedText {
        var out = ChunkedText()
        try? write(to: &out)
        return out
    }

    /// Writes the sheet into `out` a row at a time (a streamed table is read as written).
    func write<S: TextSink>(to out: inout S) throws {
        var head = XLSXPackageParts.header
        head += #"<worksheet xmlns="\#(XLSXPackageParts.mainNamespace)" xmlns:r="\#(XLSXPackageParts.relationshipNamespace)">"#
        // Printed landscape, one page wide: the tables are wide and long.
        head += #"<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>"#
        head += #"<dimension ref="\#(range ?? "A1")"/>"#
        head += #"<sheetViews><sheetView \#(isSelected ? #"tabSelected="1" "# : "")workbookViewId="0">"#
        head += #"<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>"#
        head += #"<selection pane="bottomLeft" activeCell="A2" sqref="A2"/>"#
        head += "</sheetView></sheetViews>"
        head += #"<sheetFormatPr defaultRowHeight="15"/>"#
        var headerLines = 1
        if !table.columns.isEmpty {
            head += "<cols>"
            for (i, width) in try columnWidths().enumerated() {
                head += #"<col min="\#(i + 1)" max="\#(i + 1)" width="\#(width)" customWidth="1"/>"#
                headerLines = max(headerLines, Self.headerLines(heading(table.columns[i]), width: Double(width) ?? 10))
            }
            head += "</cols>"
        }
        head += "<sheetData>"
        // The header wraps: its row is as high as its longest heading needs (15 points a line).
        head += #"<row r="1" ht="\#(15 * headerLines)" customHeight="1">"#
        for (c, column) in table.columns.enumerated() {
            head += textCell(heading(column), column: c, row: 1, style: .header)
        }
        head += "</row>"
        try out.write(head)
        var row = 2
        try table.forEachRow { values in
            var line = #"<row r="\#(row)">"#
            for (c, value) in values.enumerated() {
                line += cell(value, kind: table.columns[c].kind, column: c, row: row)
            }
            try out.write(line + "</row>")
            row += 1
        }
        var tail = "</sheetData>"
        if let range { tail += #"<autoFilter ref="\#(range)"/>"# }
        tail += #"<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>"#
        tail += #"<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>"#
        try out.write(tail + "</worksheet>")
    }

    func cell(_ value: TableValue, kind: Table.Kind, column: Int, row: Int) -> String {
        let style = XLSXStyles.style(for: kind, inKronor: inKronor)
        switch value {
        case .empty:
            return ""
        case .text(let s):
            // Checked after cleaning: a leading control character that XML drops must not
            // hide a `=` behind it (issue 11 item 14). Text that begins like a formula gets
            // the `quotePrefix` style (Excel's own way: it stays text, no apostrophe shows).
            let text = shownText(XMLText.clean(s), column: column)
            return textCell(text, column: column, row: row,
                            style: FormulaGuard.needsNeutralising(text) ? .quotedText : .general)
        case .integer, .tenths, .number:
            guard let number = Self.storedNumber(value, kind: kind) else { return "" }
            let reference = XLSXCellReference.cell(column: column, row: row)
            let styleAttribute = style == .general ? "" : #" s="\#(style.rawValue)""#
            return #"<c r="\#(reference)"\#(styleAttribute)><v>\#(number)</v></c>"#
        }
    }

    func textCell(_ text: String, column: Int, row: Int, style: XLSXStyles.Style) -> String {
        var text = text
        if text.utf16.count > Self.maxCellText {
            text = String(text.utf16.prefix(Self.maxCellText)) ?? String(text.prefix(Self.maxCellText / 2))
        }
        let reference = XLSXCellReference.cell(column: column, row: row)
        let styleAttribute = style == .general ? "" : #" s="\#(style.rawValue)""#
        return #"<c r="\#(reference)"\#(styleAttribute) t="inlineStr"><is><t xml:space="preserve">\#(XMLText.escape(text))</t></is></c>"#
    }

    /// The number written into `<v>`: percentages as fractions, everything else as is.
    static func storedNumber(_ value: TableValue, kind: Table.Kind) -> String? {
        switch (value, kind) {
        case (.tenths(let t), .percent):
            return NumberText.tenthsAsFraction(t)
        case (.integer(let i), .percent):
            return TableValue.format(Double(i) / 100)
        case (.number(let d), .percent):
            return d.isFinite ? TableValue.format(d / 100) : nil
        case (.number(let d), _):
            return d.isFinite ? value.plainText : nil
        default:
            return value.plainText
        }
    }

    /// Widths in characters: the widest shown value or header (of the first `widthSample`
    /// rows), between 6 and `maxWidth`. Long
    /// headers wrap (the header style wraps), so they count at most 24 characters.
    func columnWidths() throws -> [String] {
        let rows = try table.firstRows(Self.widthSample)
        return table.columns.enumerated().map { c, column in
            // Long headings wrap, but no word of one is cut: at least the longest word fits.
            let longestWord = heading(column).split(separator: " ").map(\.count).max() ?? 0
            // Issue 15 (LibreOffice PDF): a bold heading is wider than as many digits, so a
            // heading as wide as its column touched the next ("Kommun (MSEK)Annan offentlig");
            // it gets two characters more.
            var widest = max(min(heading(column).count, 24), longestWord) + Self.boldHeadingExtra
            for row in rows {
                if case .text(let s) = row[c] {
                    widest = max(widest, shownText(XMLText.clean(s), column: c).count)
                } else {
                    widest = max(widest, Self.shownLength(row[c], kind: column.kind, inKronor: inKronor))
                }
            }
            let width = Double(min(max(widest + 2, 6), Self.maxWidth))
            return String(format: "%.1f", width)
        }
    }

    static func shownLength(_ value: TableValue, kind: Table.Kind, inKronor: Bool = false) -> Int {
        switch (value, kind) {
        case (.empty, _): return 0
        case (.text(let s), _): return XMLText.clean(s).count
        case (.integer(let i), .amount): return groupedLength(inKronor ? String(i) : NumberText.msekPlain(i))
        case (_, .percent): return value.plainText.count + 2
        default: return groupedLength(value.plainText)
        }
    }

    private static func groupedLength(_ plain: String) -> Int {
        let integerDigits = plain.prefix { $0 != "." }.filter(\.isNumber).count
        return plain.count + max(0, (integerDigits - 1) / 3)
    }
}
