import Foundation
import Testing
@testable import Pipeline

struct SHA256Tests {
    func hex(_ chunks: [String]) -> String {
        var h = SHA256Hasher()
        for c in chunks { h.update(Data(c.utf8)) }
        return h.finalizeHex()
    }

    @Test func knownVectors() {
        #expect(hex([]) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(hex(["abc"]) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(hex(["abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"])
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
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
        // Lengths around the 55/56/64-byte padding boundaries.
        for n in [55, 56, 63, 64, 65, 119, 120] {
            let s = String(repeating: "a", count: n)
            #expect(hex([s]) != hex([s + "a"]))
        }
    }
}
