import Foundation
import Testing
import FollowUpModel
@testable import Exports

/// Issue 11 item 12: a table with one row per activity is written a row at a time from its
/// source, to the same bytes as when held, and the HTML report shows only its start.
@Suite struct StreamedTableTests {
    static let rowCount = 2_500

    static let columns: [Table.Column] = [
        .init("region_kod", "Region", .text), .init("insats_id", "Insats", .text),
        .init("titel", "Titel", .text), .init("beviljat_kr", "Beviljat", .amount),
    ]

    static func row(_ i: Int) -> [TableValue] {
        [.text(String(format: "%02d", 1 + i % 21)), .text("INS-\(i)"), .text(i % 7 == 0 ? "=lång titel \(i)" : "Titel \(i)"),
         .integer(Int64(i) * 1000)]
    }

    static var held: Table {
        Table(name: "insatslista", title: "Alla insatser", columns: columns, rows: (0..<rowCount).map(row))
    }

    /// The same rows from a source; `reads` counts the passes over it.
    final class Counter: @unchecked Sendable { var reads = 0; var rows = 0 }
    static func streamed(_ counter: Counter) -> Table {
        var table = Table(name: "insatslista", title: "Alla insatser", columns: columns, rows: [])
        table.source = RowSource(count: rowCount) { body in
            counter.reads += 1
            for i in 0..<rowCount { counter.rows += 1; try body(row(i)) }
        }
        return table
    }

    @Test func aStreamedTableIsWrittenToTheSameBytesAsAHeldOne() throws {
        let (a, b) = (try makeTemporaryDirectory("held"), try makeTemporaryDirectory("streamed"))
        defer { if ProcessInfo.processInfo.environment["KEEP"] == nil { try? FileManager.default.removeItem(at: a); try? FileManager.default.removeItem(at: b) } }
        let options = ExportOptions(formats: Set(ExportFormat.allCases))
        let counter = Counter()
        let heldFiles = try Exporter.write([Self.held], year: 2025, comparisonYear: 2024, to: a, options: options)
        let streamedFiles = try Exporter.write([Self.streamed(counter)], year: 2025, comparisonYear: 2024, to: b, options: options)
        #expect(heldFiles.map(\.lastPathComponent) == streamedFiles.map(\.lastPathComponent))
        for (x, y) in zip(heldFiles, streamedFiles) {
            #expect(try Data(contentsOf: x) == Data(contentsOf: y), "differs: \(x.lastPathComponent)")
        }
        // CSV, XLSX, Markdown and JSON read every row once; XLSX's widths and HTML only the start.
        #expect(counter.rows <= 4 * Self.rowCount + XLSXWorksheet.widthSample + HTMLReport.maxRows)
        // No temporary file is left.
        #expect(try FileManager.default.contentsOfDirectory(atPath: b.path).allSatisfy { !$0.hasPrefix(".") })
        let sheet = try #require(XLSXWorkbookTests.parts(of: Data(contentsOf: b.appendingPathComponent("jamforelse-2025.xlsx")))["xl/worksheets/sheet1.xml"])
        let xml = String(decoding: sheet, as: UTF8.self)
        #expect(xml.contains(#"<dimension ref="A1:D2501"/>"#))
        #expect(xml.contains(#"<row r="2501">"#))
        #expect(xml.contains(#"s="5" t="inlineStr"><is><t xml:space="preserve">=lång titel 0<"#))
    }

    @Test func theReportShowsTheStartOfALongTableAndLinksToTheFullOne() throws {
        var report = HTMLReport(tables: [Self.held], year: 2025, comparisonYear: 2024, generatedAt: nil)
        report.formats = [.csv, .xlsx, .html]
        let html = report.html
        let document = try XMLElements(Data(html.utf8))
        #expect(document.named("tr").count == HTMLReport.maxRows + 1)
        #expect(html.contains("Tabellen har 2500 rader; här visas de första 1000."))
        #expect(html.contains(#"<a href="jamforelse-2025.xlsx">"#))
        #expect(html.contains(#"<a href="insatslista.csv">"#))
        #expect(html.contains("<caption>Alla insatser, 2500 rader"))
        #expect(!html.contains("INS-1000<"))
        // Without those files, the note names the formats instead of linking.
        let plain = HTMLReport(tables: [Self.held], year: 2025, comparisonYear: 2024, generatedAt: nil).html
        #expect(!plain.contains("<a href=\"insatslista.csv\""))
        #expect(plain.contains("Tabellen har 2500 rader"))
    }
}
