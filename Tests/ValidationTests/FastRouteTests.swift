import Foundation
import CSVReading
import FollowUpModel
import Testing
@testable import Validation

/// The engine's fast check decides good cells on their bytes; the file route (bytes, fast
/// checks) must report exactly what the full checks alone report on the same records as
/// `RawRecord`s, for any cell, and give the same typed rows.
@Suite struct FastRoute {
    /// The records through the validator with every cell sent to the full check.
    static func fullChecksOnly(_ records: [RawRecord], _ report: ReportKind, file: String, findingCap: Int = 1000,
                               decimalComma: Bool = false) throws -> (findings: FindingList, rows: [TypedRow]) {
        var validator = FileValidator(schema: catalog.schema(for: report, year: 2025)!, catalog: catalog,
                                      submission: SubmissionName(region: "14", year: 2025, report: report), file: file,
                                      context: .none, findingCap: findingCap, decimalComma: decimalComma,
                                      engine: .init(fastChecks: false))
        var rows: [TypedRow] = []
        for record in records { if let row = validator.consume(record) { rows.append(row) } }
        try validator.finish()
        return (validator.findings, rows)
    }

    static let cells = ["", " ", "14", " 14 ", "12", "2025", "2024", "\u{A0}2025", "0", "-0", "+1", "1 250", "1 250 000",
                        "12 50", "1,5", "1.5", "-3.25", "1e3", "1E-05", "007", "99999999999999999999", "123456789012345678",
                        "1.2345678901234567", "3,", ".5", "NaN", "x", "IND-1.1", "IND-9.9", "RUS-14-Egen", "RUS-14-",
                        "RUS-12-x", "rus-14-a", "1480", "1280", "148", "K", "M", "T", "k", "promille", "procent",
                        "st", "SCB", String(repeating: "a", count: 201), "2025-03-01", "2024-12-31", "2025-02-29",
                        "2025-13-01", "PROJ", "SERV", "INV", "FRAM", "1.1", "1.3", "4.1", "JAMST", "JAMST|JAMST",
                        "JAMST||MILJO", "B-1", "B/1", "B 1", "ja", "nej", "Ja", "kanske", "é", "e\u{301}",
                        "\u{212A}", "K\u{301}", "\u{202F}12\u{202F}", "\u{2003}x", "1\u{A0}000", "10000", "-5"]

    @Test(arguments: [Delimiter.comma, .semicolon])
    func sameFindingsAsTheStringRoute(_ delimiter: Delimiter) throws {
        var rng = LCG(state: delimiter == .comma ? 11 : 12)
        let d = String(UnicodeScalar(delimiter.rawValue))
        for report in ReportKind.allCases {
            let schema = catalog.schema(for: report, year: 2025)!
            let header = schema.fields.map(\.name)
            let valid = Valid.file(report).split(separator: "\n")[1].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            var lines = [header.joined(separator: d)]
            for _ in 0..<400 {
                var row = valid
                for _ in 0..<Int.random(in: 0...3, using: &rng) {
                    row[Int.random(in: 0..<row.count, using: &rng)] = Self.cells.randomElement(using: &rng)!
                }
                if Int.random(in: 0..<20, using: &rng) == 0 { row = valid }  // repeated keys
                lines.append(row.map { $0.contains(d) || $0.contains("\"") ? "\"" + $0 + "\"" : $0 }.joined(separator: d))
            }
            let bytes = Array((lines.joined(separator: "\n") + "\n").utf8)
            let name = "14_2025_\(report.rawValue).csv"
            let checked = try check(name, bytes, findingCap: 100_000)
            var records: [RawRecord] = []
            _ = try CSVReader.read(bytes: bytes) { records.append($0) }
            let (findings, _) = try Self.fullChecksOnly(records, report, file: name, findingCap: 100_000,
                                                        decimalComma: delimiter.allowsDecimalComma)
            let byFile = checked.report.findings
            let bySequence = FindingList.sortedCopy(findings)
            #expect(byFile.count == bySequence.count, "\(report)")
            for (a, b) in zip(byFile, bySequence) where a != b {
                Issue.record("\(report): \(a) != \(b)")
                break
            }
        }
    }

    @Test func typedRowsAreTheSame() throws {
        // Good rows give the same typed values by both routes.
        for report in ReportKind.allCases {
            let text = Valid.file(report)
            var fileRows: [TypedRow] = []
            _ = try check("14_2025_\(report.rawValue).csv", text, sink: { fileRows.append($0) })
            var records: [RawRecord] = []
            _ = try CSVReader.read(bytes: Array(text.utf8)) { records.append($0) }
            let (_, rows) = try Self.fullChecksOnly(records, report, file: "x")
            #expect(fileRows == rows)
            #expect(!rows.isEmpty)
        }
    }
}

extension FindingList {
    static func sortedCopy(_ list: FindingList) -> [Finding] { list.sorted }
}

/// Primary keys in constant memory: sorted runs spilled to a temporary file, merged at the end.
@Suite struct PrimaryKeyRuns {
    /// Every repeat (line, first line, parts) as a dictionary finds them.
    func naive(_ keys: [[String]]) -> [(Int, Int, [String])] {
        var first: [[String]: Int] = [:]
        var out: [(Int, Int, [String])] = []
        for (i, k) in keys.enumerated() {
            let line = i + 2
            if let f = first[k] { out.append((line, f, k)) } else { first[k] = line }
        }
        return out
    }

    @Test(arguments: [(16, 64), (100, 1 << 20), (1 << 19, 4 << 20), (7, 10)])
    func runsFindEveryRepeatWithItsFirstLine(_ runCapacity: Int, _ textMemory: Int) throws {
        var rng = LCG(state: UInt64(runCapacity))
        let keys = (0..<3000).map { _ in ["IND-\(Int.random(in: 0..<400, using: &rng))", Bool.random(using: &rng) ? "" : "1480",
                                          ["K", "M", "T"].randomElement(using: &rng)!] }
        let expected = naive(keys)
        for listed in [0, 5, 100_000] {
            let set = PrimaryKeySet(runCapacity: runCapacity, textMemory: textMemory)
            for (i, k) in keys.enumerated() { set.insert(k, line: i + 2) }
            var got: [(Int, Int, [String])] = []
            var counted = 0
            try set.finish(listed: listed) { r, parts in
                if parts.isEmpty { counted += 1 } else { got.append((r.line, r.firstLine, parts)) }
            }
            let want = Array(expected.prefix(listed))
            #expect(got.count == want.count)
            #expect(got.map(\.0) == want.map(\.0))
            #expect(got.map(\.1) == want.map(\.1))
            #expect(got.map(\.2) == want.map(\.2))
            #expect(got.count + counted == expected.count)
        }
    }

    @Test func canonicallyEqualKeysAreRepeats() throws {
        // As with `String` keys: "\u{212A}" (Kelvin sign) == "K", "é" == "e\u{301}".
        let set = PrimaryKeySet(runCapacity: 16)
        set.insert(["K"], line: 2)
        set.insert(["\u{212A}"], line: 3)
        set.insert(["é"], line: 4)
        set.insert(["e\u{301}"], line: 5)
        set.insert(["a;b", "x"], line: 6)
        set.insert(["a\u{37E}b", "x"], line: 7)
        set.insert(["\u{212A}\u{301}"], line: 8)
        set.insert(["\u{1E30}"], line: 9)
        set.insert(["a;b", "y"], line: 10)
        set.insert(["a;", "bx"], line: 11)
        var lines: [Int: Int] = [:]
        try set.finish(listed: 10) { r, _ in lines[r.line] = r.firstLine }
        #expect(lines == [3: 2, 5: 4, 7: 6, 9: 8])
    }

    @Test func aFileWithManyRepeatsListsTheFirstByLine() throws {
        // More repeats than the cap: the first ones by line are listed, all are counted.
        var rows: [String] = []
        for i in 0..<3000 { rows.append("14,2025,IND-1.1,,\(["K", "M", "T"][i % 3]),1,promille,") }
        let checked = try check("14_2025_indikatorer.csv", Array(Valid.file(.indikatorer, rows: rows).utf8), findingCap: 50)
        #expect(checked.report.errors == 2997)
        #expect(checked.report.findings.map(\.line) == Array(5...54))
        #expect(checked.report.findings[0].message.contains("rad 2"))
        #expect(checked.report.findings[0].value == "IND-1.1, , K")
    }
}

/// Hash collisions never make a `primary-key` finding: equal hashes are only candidates,
/// confirmed against the key texts. The tests force collisions with a narrow hash.
@Suite struct PrimaryKeyCollisions {
    @Test(arguments: [(UInt64(0), 16, 64), (UInt64(0x3), 16, 64), (UInt64(0xF), 1 << 18, 2 << 20), (UInt64(0), 1 << 18, 2 << 20)])
    func collidingHashesFindExactlyTheRepeats(_ mask: UInt64, _ runCapacity: Int, _ textMemory: Int) throws {
        var rng = LCG(state: mask &+ 5)
        let keys = (0..<600).map { _ in ["IND-\(Int.random(in: 0..<150, using: &rng))", ["K", "M", "T"].randomElement(using: &rng)!] }
        let expected = PrimaryKeyRuns().naive(keys)
        let set = PrimaryKeySet(runCapacity: runCapacity, textMemory: textMemory, hashMask: mask)
        for (i, k) in keys.enumerated() { set.insert(k, line: i + 2) }
        var got: [(Int, Int, [String])] = []
        var counted = 0
        try set.finish(listed: 100_000) { r, parts in
            if parts.isEmpty { counted += 1 } else { got.append((r.line, r.firstLine, parts)) }
        }
        #expect(counted == 0)
        #expect(got.map(\.0) == expected.map(\.0))
        #expect(got.map(\.1) == expected.map(\.1))
        #expect(got.map(\.2) == expected.map(\.2))
    }

    @Test func aFileWhoseKeysAllCollideHasNoFalseRepeat() throws {
        // Every key hashes to 0: only the real repeat (line 4 repeats line 2) is reported.
        let schema = catalog.schema(for: .indikatorer, year: 2025)!
        let header = schema.fields.map(\.name)
        let rows = [["14", "2025", "IND-1.1", "", "T", "1", "promille", ""],
                    ["14", "2025", "IND-1.1", "", "K", "1", "promille", ""],
                    ["14", "2025", "IND-1.1", "", "T", "2", "promille", ""],
                    ["14", "2025", "IND-1.1", "1480", "T", "2", "promille", ""]]
        var validator = FileValidator(schema: schema, catalog: catalog,
                                      submission: SubmissionName(region: "14", year: 2025, report: .indikatorer), file: "x.csv",
                                      context: .none, findingCap: 1000, decimalComma: false,
                                      engine: .init(keyHashMask: 0, keyRunCapacity: 16))
        for (i, cells) in ([header] + rows).enumerated() { _ = validator.consume(RawRecord(cells: cells, line: i + 1)) }
        try validator.finish()
        #expect(validator.findings.sorted.map { F($0.line, $0.column, $0.code) } == [F(4, "indikator_kod", .primaryKey)])
        #expect(validator.findings.sorted[0].value == "IND-1.1, , T")
    }

    @Test func aTemporaryFileReadPastItsEndThrows() throws {
        let file = try #require(TempFile.make())
        try [UInt8](repeating: 7, count: 10).withUnsafeBytes { try file.append($0) }
        var out = [UInt8](repeating: 0, count: 20)
        #expect(throws: ValidationEngineError.self) {
            try out.withUnsafeMutableBytes { try file.read(into: $0, at: 0) }
        }
    }
}

/// The rules' prefix helper answers as `String` does, by bytes or not.
@Suite struct TextPrefixes {
    static let texts = ["", "1", "14", "1480", "1280", "RUS-14-Egen", "RUS-14-", "RUS-12-x", "rus-14-a", "RUS-14-é",
                        "RUS-\u{212A}-a", "RUS-K-a", "é1", "e\u{301}1", "\u{212A}1", "K1", "RUS-14-Egen-2"]

    @Test func sameAnswersAsString() {
        for text in Self.texts {
            for prefix in Self.texts + ["K", "\u{212A}", "é", "e\u{301}"] {
                #expect(TextPrefix.hasPrefix(text, prefix) == text.hasPrefix(prefix), "\(text) \(prefix)")
            }
            for region in ["14", "12", "K", "\u{212A}", ""] {
                let prefix = "RUS-" + region + "-"
                for name in [PatternMatcher("^[A-Za-z0-9_-]{1,30}$"), PatternMatcher("^E.*$"), PatternMatcher("^.*$")] {
                    let expected = text.hasPrefix(prefix) && name.matches(String(text.dropFirst(prefix.count)))
                    #expect(TextPrefix.hasPrefix(text, "RUS-", region, "-", restMatching: name) == expected, "\(text) \(region) \(name.pattern)")
                }
            }
        }
    }
}
