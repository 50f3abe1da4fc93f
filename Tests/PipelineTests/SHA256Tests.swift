import Foundation
import Testing
@testable import Pipeline

/// Known answers of FIPS 180-2 (Appendix B) and NIST's SHA-256 example vectors.
struct SHA256Tests {
    func hex(_ chunks: [String]) -> String {
        var h = SHA256Hasher()
        for c in chunks { h.update(Data(c.utf8)) }
        return h.finalizeHex()
    }

    static let twoBlocks448 = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"
    static let twoBlocks896 = "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu"
    static let millionA = "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"

    @Test func knownAnswers() {
        #expect(hex([]) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(hex([""]) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(hex(["abc"]) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        // 448 bits: the padding needs a second block.
        #expect(hex([Self.twoBlocks448]) == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(hex([Self.twoBlocks896]) == "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1")
    }

    @Test func oneMillionAsInChunksOfBytes() {
        var h = SHA256Hasher()
        let chunk = [UInt8](repeating: UInt8(ascii: "a"), count: 1000)
        for _ in 0..<1000 { chunk.withUnsafeBytes { h.update($0) } }
        #expect(h.finalizeHex() == Self.millionA)
    }

    @Test func aFileIsHashedInChunksWithItsSize() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("followup-sha-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: url) }
        // Larger than the 1 MiB chunk, so the digest spans two reads.
        try Data(repeating: UInt8(ascii: "a"), count: 1_000_000).write(to: url)
        let (digest, size) = try FileIO.sha256(of: url)
        #expect(digest == Self.millionA)
        #expect(size == 1_000_000)
    }

    @Test func chunkingDoesNotChangeTheDigest() {
        let text = String(repeating: "Region Jämtland Härjedalen;1 250 000\r\n", count: 97)
        let whole = hex([text])
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<20 {
            var chunks: [String] = []
            var rest = Substring(text)
            while !rest.isEmpty {
                let n = Int.random(in: 1...130, using: &rng)
                chunks.append(String(rest.prefix(n)))
                rest = rest.dropFirst(n)
            }
            #expect(hex(chunks) == whole)
        }
        let split = Self.twoBlocks896.index(Self.twoBlocks896.startIndex, offsetBy: 63)
        #expect(hex([String(Self.twoBlocks896[..<split]), String(Self.twoBlocks896[split...])])
                == "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1")
    }
}
