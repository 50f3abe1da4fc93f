import FollowUpModel

/// The workbook's cell styles. Amounts are kronor shown as MSEK with one decimal: in
/// `#,##0.0,,` each trailing comma divides the shown value by 1 000, so 28 550 000 shows as
/// 28.6 (28,6 in a Swedish Excel) while the cell keeps the exact kronor. Shares are stored as
/// fractions (58.9 % → 0.589) and shown with `0.0%`, so they compute as percentages.
enum XLSXStyles {
    static let amountFormatCode = "#,##0.0,,"
    static let percentFormatCode = "0.0%"
    /// Whole kronor (the amounts of single activities: 606 000 kr, not 0,6 MSEK).
    static let kronorFormatCode = "#,##0"

    /// Tables whose amounts are kronor, not MSEK: one row per activity.
    static let kronorTables: Set<String> = ["insatslista"]

    /// Indexes into `cellXfs`.
    enum Style: Int {
        case general = 0, header = 1, integer = 2, amount = 3, percent = 4
        /// Text that begins like a formula (`=`, `+`, `-`, `@`): `quotePrefix`, as Excel
        /// stores such text, so that it stays text when edited and shows no apostrophe.
        case quotedText = 5
        case kronor = 6
    }

    static func style(for kind: Table.Kind, inKronor: Bool = false) -> Style {
        switch kind {
        case .text, .decimal: return .general
        case .integer: return .integer
        case .amount: return inKronor ? .kronor : .amount
        case .percent: return .percent
        }
    }

    static let xml = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
        <numFmts count="2">\
        <numFmt numFmtId="164" formatCode="\(XMLText.escape(amountFormatCode))"/>\
        <numFmt numFmtId="165" formatCode="\(XMLText.escape(percentFormatCode))"/>\
        </numFmts>\
        <fonts count="2">\
        <font><sz val="11"/><name val="Calibri"/><family val="2"/></font>\
        <font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font>\
        </fonts>\
        <fills count="3">\
        <fill><patternFill patternType="none"/></fill>\
        <fill><patternFill patternType="gray125"/></fill>\
        <fill><patternFill patternType="solid"><fgColor rgb="FFDCE6F0"/><bgColor indexed="64"/></patternFill></fill>\
        </fills>\
        <borders count="2">\
        <border><left/><right/><top/><bottom/><diagonal/></border>\
        <border><left/><right/><top/><bottom style="thin"><color auto="1"/></bottom><diagonal/></border>\
        </borders>\
        <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
        <cellXfs count="7">\
        <xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
        <xf numFmtId="0" fontId="1" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>\
        <xf numFmtId="1" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
        <xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
        <xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
        <xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" quotePrefix="1"/>\
        <xf numFmtId="3" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
        </cellXfs>\
        <cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>\
        </styleSheet>
        """
}
