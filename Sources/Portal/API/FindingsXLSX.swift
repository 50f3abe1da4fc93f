import CSVReading
import FollowUpModel
import Foundation
import Texts
import ZIPFoundation

/// The error report as an Excel workbook: the region's own file on the first sheet with the
/// offending cells marked (red for errors, yellow for warnings; a finding without a column
/// marks the row's first cell), and every finding listed on the second. Cells are inline
/// strings, so nothing from the file can become a formula. Files longer than `maxRows`
/// rows get only the list.
enum FindingsXLSX {
    static let maxRows = 50_000

    static func make(file url: URL?, name: String, findings: [Finding]) throws -> Data {
        var sheets: [(String, String)] = []
        if let url, let sheet = try? fileSheet(url, findings: findings) { sheets.append((PortalText.file, sheet)) }
        sheets.append((PortalText.findingsSheet, findingsSheet(name: name, findings: findings)))
        let archive = try Archive(accessMode: .create)
        var parts: [(String, String)] = [
            ("[Content_Types].xml", contentTypes(sheets.count)),
            ("_rels/.rels", rootRels),
            ("xl/workbook.xml", workbook(sheets.map(\.0))),
            ("xl/_rels/workbook.xml.rels", workbookRels(sheets.count)),
            ("xl/styles.xml", styles),
        ]
        for (i, sheet) in sheets.enumerated() { parts.append(("xl/worksheets/sheet\(i + 1).xml", sheet.1)) }
        for (path, text) in parts {
            let data = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let data = archive.data else { throw PortalError.notFound }
        return data
    }

    // MARK: Sheets

    static func fileSheet(_ url: URL, findings: [Finding]) throws -> String? {
        var records: [RawRecord] = []
        var tooLong = false
        _ = try CSVReader.read(fileAt: url) { record in
            if records.count >= maxRows { tooLong = true; return }
            records.append(record)
        }
        guard !tooLong, let header = records.first else { return nil }
        let columnIndex = Dictionary(header.cells.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        // (line, column) → style: 1 error, 2 warning
        var marks: [Int: [Int: Int]] = [:]
        for f in findings {
            guard let line = f.line else { continue }
            let col = f.column.flatMap { columnIndex[$0] } ?? 0
            let style = f.severity == .error ? 1 : 2
            let old = marks[line]?[col] ?? 3
            marks[line, default: [:]][col] = min(old, style)
        }
        var rows: [String] = []
        for (r, record) in records.enumerated() {
            let rowMarks = marks[record.line] ?? [:]
            var cells = ""
            let count = max(record.cells.count, (rowMarks.keys.max() ?? -1) + 1)
            for c in 0..<count {
                let value = c < record.cells.count ? record.cells[c] : ""
                let style = r == 0 && rowMarks[c] == nil ? 3 : (rowMarks[c] ?? 0)
                cells += cell(column: c, row: r + 1, value: value, style: style)
            }
            rows.append(#"<row r="\#(r + 1)">\#(cells)</row>"#)
        }
        return sheet(rows.joined())
    }

    static func findingsSheet(name: String, findings: [Finding]) -> String {
        let header = [PortalText.file, PortalText.line, PortalText.column, PortalText.value, PortalText.code,
                      PortalText.severity, PortalText.message]
        var rows = [row(1, header, style: 3)]
        for (i, f) in findings.enumerated() {
            rows.append(row(i + 2, [name, f.line.map(String.init) ?? "", f.column ?? "", f.value ?? "", f.code.rawValue,
                                    f.severity == .error ? PortalText.error : PortalText.warning, f.message],
                            style: f.severity == .error ? 1 : 2, onlyColumn: 6))
        }
        return sheet(rows.joined())
    }

    static func row(_ r: Int, _ values: [String], style: Int, onlyColumn: Int? = nil) -> String {
        let cells = values.enumerated().map { c, v in
            cell(column: c, row: r, value: v, style: onlyColumn == nil || onlyColumn == c ? style : 0)
        }.joined()
        return #"<row r="\#(r)">\#(cells)</row>"#
    }

    static func cell(column: Int, row: Int, value: String, style: Int) -> String {
        let ref = columnName(column) + String(row)
        let s = style == 0 ? "" : #" s="\#(style)""#
        if value.isEmpty { return style == 0 ? "" : #"<c r="\#(ref)"\#(s)/>"# }
        return #"<c r="\#(ref)"\#(s) t="inlineStr"><is><t xml:space="preserve">\#(escape(value))</t></is></c>"#
    }

    static func columnName(_ index: Int) -> String {
        var n = index + 1, out = ""
        while n > 0 {
            let r = (n - 1) % 26
            out = String(UnicodeScalar(UInt8(65 + r))) + out
            n = (n - 1) / 26
        }
        return out
    }

    /// XML text: the five entities escaped, characters XML 1.0 forbids dropped.
    static func escape(_ text: String) -> String {
        var out = ""
        for s in text.unicodeScalars {
            switch s {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default:
                let v = s.value
                if v == 0x9 || v == 0xA || v == 0xD || (0x20...0xD7FF).contains(v) || (0xE000...0xFFFD).contains(v) || v >= 0x10000 {
                    out.unicodeScalars.append(s)
                }
            }
        }
        return out
    }

    // MARK: Package parts

    static let head = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"

    static func sheet(_ rows: String) -> String {
        head + #"<worksheet xmlns="\#(main)"><sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews><sheetData>\#(rows)</sheetData></worksheet>"#
    }

    static func contentTypes(_ n: Int) -> String {
        var out = head + #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#
        out += #"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#
        out += #"<Default Extension="xml" ContentType="application/xml"/>"#
        out += #"<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>"#
        for i in 0..<n {
            out += #"<Override PartName="/xl/worksheets/sheet\#(i + 1).xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"#
        }
        out += #"<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>"#
        return out + "</Types>"
    }

    static let rootRels = head + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#

    static func workbook(_ names: [String]) -> String {
        let sheets = names.enumerated().map { i, name in
            #"<sheet name="\#(escape(name))" sheetId="\#(i + 1)" r:id="rId\#(i + 1)"/>"#
        }.joined()
        return head + #"<workbook xmlns="\#(main)" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>\#(sheets)</sheets></workbook>"#
    }

    static func workbookRels(_ n: Int) -> String {
        var out = head + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
        for i in 0..<n {
            out += #"<Relationship Id="rId\#(i + 1)" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet\#(i + 1).xml"/>"#
        }
        out += #"<Relationship Id="rId\#(n + 1)" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>"#
        return out + "</Relationships>"
    }

    /// Styles: 0 plain, 1 error (red fill), 2 warning (yellow fill), 3 bold heading.
    static let styles = head + #"<styleSheet xmlns="\#(main)">"#
        + #"<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>"#
        + #"<fills count="4"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>"#
        + #"<fill><patternFill patternType="solid"><fgColor rgb="FFFFC7CE"/><bgColor indexed="64"/></patternFill></fill>"#
        + #"<fill><patternFill patternType="solid"><fgColor rgb="FFFFEB9C"/><bgColor indexed="64"/></patternFill></fill></fills>"#
        + #"<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"#
        + #"<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>"#
        + #"<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>"#
        + #"<xf numFmtId="0" fontId="0" fillId="2" borderId="0" xfId="0" applyFill="1"/>"#
        + #"<xf numFmtId="0" fontId="0" fillId="3" borderId="0" xfId="0" applyFill="1"/>"#
        + #"<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>"#
        + #"<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>"#
}
