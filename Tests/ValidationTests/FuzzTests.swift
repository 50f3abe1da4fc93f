import CSVReading
import Foundation
import FollowUpModel
import Testing
import Validation

/// Knuth's MMIX linear congruential generator: plenty for picking mutations, and seeded.
struct LCG: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return state ^ (state >> 29)
    }
}

/// Randomly mutated valid files: the checker must always return a report, never crash.
@Suite struct MutationFuzz {
    static let interesting: [UInt8] = [0x00, 0x0A, 0x0D, 0x22, 0x2C, 0x3B, 0x09, 0x7C, 0x20, 0xA0, 0xC3, 0xE5, 0x81, 0x80, 0xFF, 0x2D, 0x2E]

    @Test func mutatedFilesAlwaysGiveAReport() throws {
        var rng = LCG(state: 7)
        let seeds = ReportKind.allCases.map { kind -> (String, [UInt8]) in
            ("14_2025_\(kind.rawValue).csv", Array(Valid.file(kind).utf8))
        }
        var outcomes = [Bool: Int]()
        for round in 0..<400 {
            let (name, seed) = seeds[round % seeds.count]
            var bytes = seed
            for _ in 0..<Int.random(in: 1...4, using: &rng) {
                let at = Int.random(in: 0..<max(bytes.count, 1), using: &rng)
                switch Int.random(in: 0..<4, using: &rng) {
                case 0 where !bytes.isEmpty: bytes[at] = Self.interesting.randomElement(using: &rng)!
                case 1: bytes.insert(Self.interesting.randomElement(using: &rng)!, at: min(at, bytes.count))
                case 2 where !bytes.isEmpty: bytes.remove(at: at)
                default: bytes.insert(contentsOf: bytes[at..<min(at + 20, bytes.count)], at: at)
                }
            }
            let checked = try check(name, bytes, inboxRegion: "14", limits: ReadLimits(maxCellCharacters: 64),
                                    findingCap: 50, sink: { _ in })
            #expect(checked.report.errors + checked.report.warnings >= checked.report.findings.count)
            outcomes[checked.report.valid, default: 0] += 1
        }
        // The mutations must actually break files (and leave some valid), or the test proves nothing.
        #expect(outcomes[false, default: 0] > 100)
        #expect(outcomes[true, default: 0] > 0)
    }
}
