/// The fixed parts of the package: content types, relationships, workbook, properties.
enum XLSXPackageParts {
    static let header = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
    static let mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let packageRelationshipNamespace = "http://schemas.openxmlformats.org/package/2006/relationships"

    static func sheetPath(_ index: Int) -> String { "xl/worksheets/sheet\(index + 1).xml" }

    static func contentTypes(sheetCount: Int) -> String {
        var out = header + #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#
        out += #"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#
        out += #"<Default Extension="xml" ContentType="application/xml"/>"#
        out += #"<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>"#
        for i in 0..<sheetCount {
            out += #"<Override PartName="/\#(sheetPath(i))" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"#
        }
        out += #"<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>"#
        out += #"<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>"#
        out += #"<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>"#
        return out + "</Types>"
    }

    static let rootRelationships = header
        + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
        + #"<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>"#
        + #"<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>"#
        + #"<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>"#
        + "</Relationships>"

    static func workbookRelationships(sheetCount: Int) -> String {
        var out = header + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
        for i in 0..<sheetCount {
            out += #"<Relationship Id="rId\#(i + 1)" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet\#(i + 1).xml"/>"#
        }
        out += #"<Relationship Id="rId\#(sheetCount + 1)" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>"#
        return out + "</Relationships>"
    }

    /// `filterRanges[i]` is sheet i's autofilter range (e.g. `$A$1:$K$31`), nil without one.
    static func workbook(sheetNames: [String], filterRanges: [String?]) -> String {
        var out = header + #"<workbook xmlns="\#(mainNamespace)" xmlns:r="\#(relationshipNamespace)">"#
        out += #"<bookViews><workbookView activeTab="0"/></bookViews><sheets>"#
        for (i, name) in sheetNames.enumerated() {
            out += #"<sheet name="\#(XMLText.escape(name))" sheetId="\#(i + 1)" r:id="rId\#(i + 1)"/>"#
        }
        out += "</sheets>"
        let filters = filterRanges.enumerated().compactMap { i, range in range.map { (i, $0) } }
        if !filters.isEmpty {
            out += "<definedNames>"
            for (i, range) in filters {
                let quoted = "'" + sheetNames[i].replacingOccurrences(of: "'", with: "''") + "'"
                out += #"<definedName name="_xlnm._FilterDatabase" localSheetId="\#(i)" hidden="1">"#
                out += XMLText.escape("\(quoted)!\(range)") + "</definedName>"
                // Print titles: the header row is repeated on every printed page.
                out += #"<definedName name="_xlnm.Print_Titles" localSheetId="\#(i)">"#
                out += XMLText.escape("\(quoted)!$1:$1") + "</definedName>"
            }
            out += "</definedNames>"
        }
        return out + "</workbook>"
    }

    static func coreProperties(title: String) -> String {
        header + #"<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">"#
            + "<dc:title>\(XMLText.escape(title))</dc:title><dc:creator>followup</dc:creator>"
            + "</cp:coreProperties>"
    }

    static let appProperties = header
        + #"<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">"#
        + "<Application>followup</Application></Properties>"
}
