import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import ZIPFoundation
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import Portal

/// "Felrapport": the findings of a check or a receipt as CSV for Swedish Excel.
struct FindingsReportTests {
    @Test func aChecksFindingsDownloadAsExcelCSVForTheCheckerOnly() async throws {
        let fixture = try PortalFixture()
        let broken = Data("region_kod,ar,insats_id\n14,=HYPERLINK(1),X\n".utf8)
        try await fixture.app().test(.router) { client in
            var anna = Browser(client: client)
            try await anna.signIn("anna")
            let csrf = try await anna.sessionCSRF()
            let page = String(buffer: try await anna.upload("/skicka-in", files: [("14_2021_insatser.csv", broken)],
                                                            fields: ["csrf": csrf, "action": "check"]).body)
            let range = try #require(page.range(of: #"/skicka-in/felrapport/[0-9a-f]{32}\.csv"#, options: .regularExpression))
            let link = String(page[range])
            let csv = try await anna.get(link)
            #expect(csv.status == .ok)
            let bytes = Array(Data(buffer: csv.body))
            #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]))
            let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
            #expect(text.hasPrefix("Fil;Rad;Kolumn;Värde;Kod;Allvarlighet;Meddelande\r\n"))
            #expect(text.contains("14_2021_insatser.csv;"))
            #expect(!text.contains(";=HYPERLINK"))

            var bo = Browser(client: client)
            try await bo.signIn("bo")
            #expect(try await bo.get(link).status == .notFound)
        }
    }

    @Test func aReceiptsFindingsDownloadAsCSV() async throws {
        let fixture = try PortalFixture()
        try fixture.plantReceipt(region: "14", id: "r1", file: "14_2021_insatser.csv")
        try await fixture.app().test(.router) { client in
            var anna = Browser(client: client)
            try await anna.signIn("anna")
            let r = try await anna.get("/historik/r1/felrapport.csv")
            #expect(r.status == .ok)
            #expect(r.headers[.contentType] == "text/csv; charset=utf-8")
        }
    }

    /// The parts of a workbook, each checked to be well-formed XML.
    func parts(_ data: Data) throws -> [String: String] {
        let archive = try Archive(data: data, accessMode: .read)
        var out: [String: String] = [:]
        for entry in archive {
            var bytes = Data()
            _ = try archive.extract(entry) { bytes.append($0) }
            #expect(XMLParser(data: bytes).parse(), "\(entry.path)")
            out[entry.path] = String(decoding: bytes, as: UTF8.self)
        }
        return out
    }

    @Test func aChecksWorkbookMarksTheOffendingCellsOfTheRegionsFile() async throws {
        let fixture = try PortalFixture()
        let broken = Data("region_kod;ar;insats_id\r\n14;tjugo<&>;X\r\n".utf8)
        try await fixture.app().test(.router) { client in
            var anna = Browser(client: client)
            try await anna.signIn("anna")
            let csrf = try await anna.sessionCSRF()
            let page = String(buffer: try await anna.upload("/skicka-in", files: [("14_2021_insatser.csv", broken)],
                                                            fields: ["csrf": csrf, "action": "check"]).body)
            let range = try #require(page.range(of: #"/skicka-in/felrapport/[0-9a-f]{32}-0\.xlsx"#, options: .regularExpression))
            let r = try await anna.get(String(page[range]))
            #expect(r.status == .ok)
            let xml = try parts(Data(buffer: r.body))
            let sheet = try #require(xml["xl/worksheets/sheet1.xml"])
            #expect(sheet.contains(#"<c r="B2" s="1" t="inlineStr"><is><t xml:space="preserve">tjugo&lt;&amp;&gt;</t></is></c>"#))
            #expect(sheet.contains(#"<c r="B1" s="3" t="inlineStr"><is><t xml:space="preserve">ar</t>"#))
            #expect(xml["xl/worksheets/sheet2.xml"]?.contains("14_2021_insatser.csv") == true)
            #expect(xml["xl/styles.xml"] != nil && xml["[Content_Types].xml"] != nil)
        }
    }

    @Test func aReceiptsWorkbookIsServed() async throws {
        let fixture = try PortalFixture()
        try fixture.plantReceipt(region: "14", id: "r1", file: "14_2021_insatser.csv")
        try await fixture.app().test(.router) { client in
            var anna = Browser(client: client)
            try await anna.signIn("anna")
            let r = try await anna.get("/historik/r1/felrapport.xlsx")
            #expect(r.status == .ok)
            let xml = try parts(Data(buffer: r.body))
            #expect(xml["xl/worksheets/sheet1.xml"]?.contains("region_kod") == true)
            var bo = Browser(client: client)
            try await bo.signIn("bo")
            #expect(try await bo.get("/historik/r1/felrapport.xlsx").status == .notFound)
        }
    }

    @Test func formulaLikeValuesAreDefused() {
        #expect(FindingsCSV.field("=1+1") == "'=1+1")
        #expect(FindingsCSV.field("-5") == "'-5")
        #expect(FindingsCSV.field("a;b") == "\"a;b\"")
        #expect(FindingsCSV.field("vanlig") == "vanlig")
    }
}
