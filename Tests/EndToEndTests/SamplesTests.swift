import Foundation
import Testing

/// The shipped samples through the real binary: the whole data set is accepted and its
/// 2021 tables show Tillväxtverket's published figures; every broken sample shows its code.
@Suite(.serialized) struct SamplesTests {
    static let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let samples = repo.appendingPathComponent("Samples")

    /// Copies a sample tree and sets each file's received time from the manifest.
    func copy(_ tree: String, into dir: URL, manifest: String, stripPrefix: String = "") throws {
        try FileManager.default.copyItem(at: Self.samples.appendingPathComponent(tree), to: dir)
        let text = try String(contentsOf: Self.samples.appendingPathComponent(manifest), encoding: .utf8)
        let iso = ISO8601DateFormatter()
        for line in text.split(separator: "\n").dropFirst() {
            let parts = line.split(separator: "\t")
            guard parts.count == 2, parts[0].hasPrefix(stripPrefix), let date = iso.date(from: String(parts[1])) else { continue }
            let path = dir.appendingPathComponent(String(parts[0].dropFirst(stripPrefix.count)))
            if FileManager.default.fileExists(atPath: path.path) {
                try FileManager.default.setAttributes([.modificationDate: date], ofItemAtPath: path.path)
            }
        }
    }

    func row(_ csv: String, startingWith prefix: String) -> String? {
        csv.split(separator: "\n").first { $0.hasPrefix(prefix) }.map(String.init)
    }

    @Test func theWholeDataSetIsAcceptedAnd2021ReproducesThePublishedFigures() throws {
        let ws = try Workspace(); defer { ws.cleanUp() }
        try FileManager.default.createDirectory(at: ws.dataDir, withIntermediateDirectories: true)
        try copy("inbox", into: ws.inbox, manifest: "inbox-mtimes.tsv", stripPrefix: "inbox/")
        let r = try ws.followup(["run"], now: "2026-03-01T02:30:00+01:00")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("Godkända: 504  Avvisade: 0"), "\(r.stdout)")

        let omraden = try String(contentsOf: ws.dataDir.appendingPathComponent("exports/2021/omraden.csv"), encoding: .utf8)
        // "Så satsar Sveriges regioner – 2021": project funding 489 MSEK, −277.5 MSEK against
        // 2020; by area 28.6 (5.8 %), 55.5 (11.3 %), 287.8 (58.9 %), 34.9 (7.1 %).
        #expect(row(omraden, startingWith: "2021,2020,PROJ,ALLA,")?.hasSuffix(",489000000,100.0,766500000,100.0,-277500000,-36.2") == true)
        #expect(row(omraden, startingWith: "2021,2020,PROJ,1,")?.contains(",28600000,5.8,") == true)
        #expect(row(omraden, startingWith: "2021,2020,PROJ,2,")?.contains(",55500000,11.3,") == true)
        #expect(row(omraden, startingWith: "2021,2020,PROJ,3,")?.contains(",287800000,58.9,") == true)
        #expect(row(omraden, startingWith: "2021,2020,PROJ,4,")?.contains(",34900000,7.1,") == true)
        // Area 3 over all instruments: 968 MSEK, 77 % of 1 261 MSEK (76.7 % to one decimal).
        #expect(row(omraden, startingWith: "2021,2020,ALLA,3,")?.contains(",967800000,76.7,") == true)
        #expect(row(omraden, startingWith: "2021,2020,ALLA,ALLA,")?.contains(",1261000000,100.0,") == true)
        #expect(row(omraden, startingWith: "2021,2020,INV,3,")?.contains(",529000000,100.0,") == true)
        #expect(row(omraden, startingWith: "2021,2020,FRAM,3,")?.contains(",151000000,100.0,") == true)
        #expect(row(omraden, startingWith: "2021,2020,SERV,1,")?.contains(",92000000,100.0,") == true)
        let prio = try String(contentsOf: ws.dataDir.appendingPathComponent("exports/2021/prioriteringar.csv"), encoding: .utf8)
        // Priority 3.4: 102.1 MSEK, 20.9 % of project funding.
        #expect(row(prio, startingWith: "2021,2020,PROJ,3,3.4,")?.contains(",102100000,20.9,") == true)
        for format in ["rapport-2021.html", "jamforelse-2021.xlsx", "jamforelse-2021.md", "jamforelse-2021.json"] {
            #expect(FileManager.default.fileExists(atPath: ws.dataDir.appendingPathComponent("exports/2021/\(format)").path))
        }

        // The corrected resubmission replaces the first version: 2025 PROJ falls by 150 000 kr.
        let before = try String(contentsOf: ws.dataDir.appendingPathComponent("exports/2025/omraden.csv"), encoding: .utf8)
        try copy("resubmission", into: ws.root.appendingPathComponent("resub"), manifest: "inbox-mtimes.tsv", stripPrefix: "resubmission/")
        let resub = ws.root.appendingPathComponent("resub/07/07_2025_finansiering.csv")
        let target = ws.inbox.appendingPathComponent("07/07_2025_finansiering.csv")
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.moveItem(at: resub, to: target)
        let second = try ws.followup(["run"], now: "2026-03-01T02:30:00+01:00")
        #expect(second.stdout.contains("Godkända: 1"), "\(second.stdout)")
        let after = try String(contentsOf: ws.dataDir.appendingPathComponent("exports/2025/omraden.csv"), encoding: .utf8)
        func amount(_ csv: String) -> Int? {
            row(csv, startingWith: "2025,2024,PROJ,ALLA,").flatMap { Int($0.split(separator: ",")[5]) }
        }
        #expect(amount(before)! - amount(after)! == 150_000)
    }

    @Test func everyBrokenSampleShowsItsCode() throws {
        let ws = try Workspace(); defer { ws.cleanUp() }
        let broken = ws.root.appendingPathComponent("broken")
        try copy("broken", into: broken, manifest: "broken/mtimes.tsv")
        // Received before the deadline, except the one that shows lateness.
        let onTime = ISO8601DateFormatter().date(from: "2025-02-10T10:00:00+01:00")!
        let codes = try FileManager.default.contentsOfDirectory(atPath: broken.path).filter { !$0.contains(".") }.sorted()
        #expect(codes.count >= 30)
        for code in codes {
            let files = FileManager.default.enumerator(atPath: broken.appendingPathComponent(code).path)!
                .compactMap { $0 as? String }.filter { $0.lowercased().hasSuffix(".csv") }
            #expect(files.count == 1, "\(code)")
            let file = broken.appendingPathComponent(code).appendingPathComponent(files[0])
            if code != "late-submission" {
                try FileManager.default.setAttributes([.modificationDate: onTime], ofItemAtPath: file.path)
            }
            let r = try Binary.run(["validate", "--format", "json", "--now", "2025-06-01T00:00:00+02:00", file.path])
            let json = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
            let found = ((json?["files"] as? [[String: Any]])?.first?["findings"] as? [[String: Any]])?.compactMap { $0["code"] as? String } ?? []
            #expect(found.contains(code), "\(code): \(found)")
            let isWarning = ["blank-row", "encoding-cp1252", "leading-zero", "late-submission"].contains(code)
            #expect(r.status == (isWarning ? 0 : 1), "\(code) exit \(r.status)")
        }
    }
}
