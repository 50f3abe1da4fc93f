/// Remembers the primary keys seen in a file as 64-bit hashes, with the line of their first
/// occurrence, so that memory does not hold the key texts.
///
/// Collisions: two different keys with the same 64-bit hash would be reported as a repeat.
/// With `Hasher` (SipHash, seeded per process) the chance of any collision among n keys is
/// about n²/2⁶⁵: 3·10⁻⁶ at the 10 million row limit, far below 10⁻¹⁰ for real reports. We
/// accept that instead of keeping every key's text; the random seed means a collision would
/// not repeat on the next run.
struct PrimaryKeySet {
    private var firstLine: [Int: Int32] = [:]

    /// Records the key made of `texts` at `fields`; returns the line of its first occurrence if it was seen before.
    mutating func insert(_ texts: [String?], fields: [Int], line: Int) -> Int? {
        var hasher = Hasher()
        for i in fields {
            hasher.combine(texts[i] ?? "")
            hasher.combine(0x1F as UInt8)
        }
        let h = hasher.finalize()
        if let first = firstLine[h] { return Int(first) }
        firstLine[h] = Int32(clamping: line)
        return nil
    }
}
