import Crypto
import Foundation

/// SHA-256 of a file's bytes, streaming: swift-crypto's implementation (BoringSSL on
/// Linux, which uses the CPU's SHA instructions where there are any). Hashing every
/// archived file is on the nightly run's critical path; a hand-written Swift version took
/// a fifth of a large load's time.
public struct SHA256Hasher {
    private var hasher = Crypto.SHA256()

    public init() {}

    public mutating func update(_ bytes: UnsafeRawBufferPointer) {
        hasher.update(bufferPointer: bytes)
    }

    public mutating func update(_ data: Data) {
        hasher.update(data: data)
    }

    /// The digest as 64 lowercase hex digits.
    public mutating func finalizeHex() -> String {
        hasher.finalize().map { byte in
            let s = String(byte, radix: 16)
            return s.count == 1 ? "0" + s : s
        }.joined()
    }
}
