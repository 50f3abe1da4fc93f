/// Prefix tests the rules ask of short codes (`kommun_kod` in its county, `RUS-<region>-…`),
/// by bytes when every text is ASCII — a byte prefix is then a prefix of characters — and
/// by `String`'s own comparison otherwise. The byte route builds no `String`.
enum TextPrefix {
    /// `text.hasPrefix(prefix)`.
    static func hasPrefix(_ text: String, _ prefix: String) -> Bool {
        if let ascii = asciiPrefix(text, "", prefix, "", rest: { _ in true }) { return ascii }
        return text.hasPrefix(prefix)
    }

    /// Whether `text` is `head + middle + tail` followed by a rest that `pattern` matches;
    /// e.g. `hasPrefix("RUS-14-Egen", "RUS-", "14", "-", restMatching: name)` asks `name` about "Egen".
    static func hasPrefix(_ text: String, _ head: StaticString, _ middle: String, _ tail: StaticString,
                          restMatching pattern: PatternMatcher) -> Bool {
        if let ascii = asciiPrefix(text, head, middle, tail, rest: { pattern.matchesASCII($0) ?? pattern.matches(String(decoding: $0, as: UTF8.self)) }) {
            return ascii
        }
        let prefix = "\(head)\(middle)\(tail)"
        return text.hasPrefix(prefix) && pattern.matches(text.dropFirst(prefix.count))
    }

    /// With all four texts ASCII: whether `text` begins with the three parts and `rest`
    /// accepts the bytes after them; nil when a text is not ASCII (then `String` decides:
    /// canonical equivalence may make a non-ASCII prefix match).
    @inline(__always)
    private static func asciiPrefix(_ text: String, _ a: StaticString, _ b: String, _ c: StaticString,
                                    rest: (UnsafeBufferPointer<UInt8>) -> Bool) -> Bool? {
        guard a.isASCII, c.isASCII else { return nil }
        let result = text.utf8.withContiguousStorageIfAvailable { t -> Bool? in
            guard isASCII(t) else { return nil }
            var at = 0
            var mismatch = false
            match(UnsafeBufferPointer(start: a.utf8Start, count: a.utf8CodeUnitCount), in: t, at: &at, mismatch: &mismatch)
            let ascii = b.utf8.withContiguousStorageIfAvailable { p -> Bool in
                guard isASCII(p) else { return false }
                match(p, in: t, at: &at, mismatch: &mismatch)
                return true
            }
            guard ascii == true else { return nil }
            match(UnsafeBufferPointer(start: c.utf8Start, count: c.utf8CodeUnitCount), in: t, at: &at, mismatch: &mismatch)
            return !mismatch && rest(UnsafeBufferPointer(rebasing: t[at...]))
        }
        return result ?? nil
    }

    /// Matches `part` at `at` in `t`, unless an earlier part did not match.
    @inline(__always)
    private static func match(_ p: UnsafeBufferPointer<UInt8>, in t: UnsafeBufferPointer<UInt8>, at: inout Int, mismatch: inout Bool) {
        guard !mismatch else { return }
        guard t.count - at >= p.count else { mismatch = true; return }
        for k in 0..<p.count where t[at + k] != p[k] { mismatch = true; return }
        at += p.count
    }

    @inline(__always)
    private static func isASCII(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        for x in b where x >= 0x80 { return false }
        return true
    }
}
