import Foundation
@testable import CSVReading
import FollowUpModel
import Testing

/// Lines without quotes are split without libcsv; the records, lines and problems must be
/// exactly libcsv's for any input.
@Suite struct PlainLines {
    struct LCG {
        var state: UInt64
        mutating func next(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(n))
        }
    }

    func read(_ bytes: [UInt8], plain: Bool) throws -> ([RawRecord], ReadSummary) {
        var records: [RawRecord] = []
        let limits = ReadLimits(maxCellCharacters: 40, maxDataRows: 500, maxCellsPerRecord: 30)
        let summary = try CSVReader.read(source: MemoryByteSource(bytes), limits: limits, onDialect: { _ in },
                                         splitsPlainLines: plain) { records.append($0.rawRecord()) }
        return (records, summary)
    }

    @Test func sameRecordsAsLibcsv() throws {
        let pieces: [[UInt8]] = [Array("a".utf8), Array("bc".utf8), [0x20], [0x20, 0x20], [0x09], [0x2C], [0x3B], [0x22],
                                 [0x0D], [0x0A], [0x0D, 0x0A], Array("é".utf8), Array("\u{A0}".utf8), [0x7C], Array("12,5".utf8)]
        var rng = LCG(state: 99)
        for round in 0..<3000 {
            let d: UInt8 = [0x2C, 0x3B, 0x09][round % 3]
            var bytes: [UInt8] = [0x78, d, 0x79, d, 0x7A, 0x0A]
            for _ in 0..<rng.next(60) { bytes += pieces[rng.next(pieces.count)] }
            if round % 5 == 0 { bytes += [0x0A] }
            let (a, sa) = try read(bytes, plain: false)
            let (b, sb) = try read(bytes, plain: true)
            #expect(a == b, "\(bytes)")
            #expect(sa == sb, "\(bytes)")
            if a != b || sa != sb { break }
        }
    }

    @Test func longCellsAndManyCellsStillHitTheLimits() throws {
        let long = Array(("a,b\n1," + String(repeating: "x", count: 100) + "\n").utf8)
        let many = Array(("a,b\n" + String(repeating: ",", count: 100) + "\n").utf8)
        for bytes in [long, many] {
            let (a, sa) = try read(bytes, plain: false)
            let (b, sb) = try read(bytes, plain: true)
            #expect(a == b)
            #expect(sa == sb)
            #expect(sb.stoppedEarly)
        }
    }
}
