import Foundation
import Testing

/// Issue 15, regions: what a region meets when it checks its files.
@Suite struct RegionsTests {
    static let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// What a spreadsheet does to numeric codes: `01` → `1`, `0180` → `180`.
    static func withoutLeadingZeros(_ csv: String) -> String {
        let regex = try! NSRegularExpression(pattern: "(^|,)0+([0-9]+)(?=,|$)", options: [.anchorsMatchLines])
        return regex.stringByReplacingMatches(in: csv, range: NSRange(csv.startIndex..., in: csv), withTemplate: "$1$2")
    }

    @Test func region01sFilesRoundTrippedThroughExcelAreAcceptedWithWarnings() throws {
        let ws = try Workspace(); defer { ws.cleanUp() }
        let source = Self.repo.appendingPathComponent("Samples/inbox/01")
        let folder = ws.root.appendingPathComponent("01")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let names = try FileManager.default.contentsOfDirectory(atPath: source.path).filter { $0.hasSuffix(".csv") }.sorted()
        #expect(names.count == 24)
        var changed = 0
        for name in names {
            let text = try String(contentsOf: source.appendingPathComponent(name), encoding: .utf8)
            let excel = Self.withoutLeadingZeros(text)
            if excel != text { changed += 1 }
            #expect(!excel.contains("\n01,"), "\(name)")
            let file = folder.appendingPathComponent(name)
            try excel.write(to: file, atomically: true, encoding: .utf8)
            try ws.setMTime(file, "2026-02-10T10:00:00+01:00")
        }
        #expect(changed == 24)
        let r = try Binary.run(["validate", "--format", "json", "--now", "2026-02-10T10:00:00+01:00"] + names.map { "01/\($0)" }, in: ws.root)
        #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [String: Any]
        let files = json["files"] as! [[String: Any]]
        #expect(files.count == 24)
        for file in files {
            #expect(file["valid"] as? Bool == true && file["errors"] as? Int == 0, "\(file)")
            let codes = (file["findings"] as! [[String: Any]]).compactMap { $0["code"] as? String }
            // One per file and column: region_kod, and kommun_kod in indikatorer files with municipalities.
            let columns = (file["findings"] as! [[String: Any]]).filter { $0["code"] as? String == "leading-zero" }.compactMap { $0["column"] as? String }
            let name = file["file"] as! String
            let text = try String(contentsOf: ws.root.appendingPathComponent(name), encoding: .utf8)
            let hasMunicipalities = name.hasSuffix("indikatorer.csv") && text.split(separator: "\n").contains { $0.split(separator: ",", omittingEmptySubsequences: false)[3].count == 3 }
            #expect(columns == (hasMunicipalities ? ["region_kod", "kommun_kod"] : ["region_kod"]), "\(name): \(codes)")
        }
    }
}
