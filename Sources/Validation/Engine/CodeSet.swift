/// Membership of a cell in a code list or an enum, for the byte route (`fastCell`). When
/// every code is 1–8 ASCII bytes (regions, sexes, support forms, …) each code is packed
/// into one integer and a cell's bytes are compared as an integer with each: no `String`
/// hashing per cell. Otherwise the `Set` decides. Byte equality is stricter than `String`
/// equality (canonical equivalence); a cell it does not find goes the `String` route,
/// which decides and reports, so no finding changes.
struct CodeSet {
    private let packed: [UInt64]?
    private let hashed: Set<String>

    init<S: Sequence>(_ codes: S) where S.Element == String {
        hashed = Set(codes)
        let keys = hashed.compactMap { code -> UInt64? in
            let bytes = Array(code.utf8)
            guard (1...8).contains(bytes.count), bytes.allSatisfy({ $0 > 0 && $0 < 0x80 }) else { return nil }
            return Self.key(bytes)
        }
        packed = keys.count == hashed.count ? keys : nil
    }

    /// The bytes as a base-256 number: unique for 1–8 nonzero bytes.
    @inline(__always)
    private static func key<C: Collection>(_ bytes: C) -> UInt64 where C.Element == UInt8 {
        var k: UInt64 = 0
        for b in bytes { k = k << 8 | UInt64(b) }
        return k
    }

    /// - Parameters:
    ///   - bytes: the trimmed cell's UTF-8 bytes.
    ///   - text: the same cell as a `String`, for sets that are not packed.
    @inline(__always)
    func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ text: String) -> Bool {
        guard let packed else { return hashed.contains(text) }
        guard bytes.count >= 1 && bytes.count <= 8 else { return false }
        let k = Self.key(bytes)
        for p in packed where p == k { return true }
        return false
    }
}
