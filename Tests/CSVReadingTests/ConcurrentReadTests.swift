import Foundation
import Testing
import FollowUpModel
@testable import CSVReading

struct ConcurrentReadTests {
    func file(_ text: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("concurrent-\(UUID().uuidString).csv")
        try Data(text.utf8).write(to: url)
        return url
    }

    func records(_ url: URL, concurrently: Bool) throws -> (ReadSummary, [String], Dialect?) {
        var out: [String] = []
        var dialect: Dialect?
        let read = concurrently ? CSVReader.readBytesConcurrently(fileAt:limits:onDialect:_:)
                                : CSVReader.readBytes(fileAt:limits:onDialect:_:)
        let summary = try read(url, ReadLimits(), { d in
            #expect(out.isEmpty)  // the dialect comes before the first record
            dialect = d
        }) { record in
            out.append("\(record.line):" + (0..<record.count).map { record.string($0) }.joined(separator: "|"))
        }
        return (summary, out, dialect)
    }

    /// Many records (several batches), quoted line breaks, empty cells and lines, non-ASCII.
    @Test(arguments: [",", ";", "\t"])
    func sameRecordsLinesAndDialectAsTheSingleThreadedReader(delimiter: String) throws {
        var text = ["region_kod", "namn", "belopp"].joined(separator: delimiter) + "\r\n"
        for i in 0..<9_000 {
            let name = i % 13 == 0 ? "\"Rad \(i)\nmed radbrytning\"" : (i % 7 == 0 ? "" : "Västra Götaland \(i)")
            text += ["\(i % 21)", name, "\(i * 1000)"].joined(separator: delimiter) + "\r\n"
            if i % 1000 == 999 { text += "\r\n" }
        }
        let url = try file(text)
        defer { try? FileManager.default.removeItem(at: url) }
        let (s1, r1, d1) = try records(url, concurrently: false)
        let (s2, r2, d2) = try records(url, concurrently: true)
        #expect(r1.count > 9_000)
        #expect(r2 == r1)
        #expect(d2 == d1)
        #expect(s2.records == s1.records)
        #expect(s2.problems.map(\.line) == s1.problems.map(\.line))
    }

    struct Stop: Error {}

    @Test func anErrorInTheBodyStopsTheReader() throws {
        let url = try file("a,b\n" + String(repeating: "1,2\n", count: 200_000))
        defer { try? FileManager.default.removeItem(at: url) }
        var seen = 0
        #expect(throws: Stop.self) {
            try CSVReader.readBytesConcurrently(fileAt: url) { _ in
                seen += 1
                if seen == 10 { throw Stop() }
            }
        }
        #expect(seen == 10)
    }
}
