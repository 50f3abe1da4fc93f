/// Prefix tests the rules ask of short codes (`kommun_kod` in its county, `RUS-<region>-…`),
/// by bytes when every text is ASCII — a byte prefix is then a prefix of characters — and
/// by `String`'s own comparison otherwise. The byte route builds no `String`.
enum TextPrefix {
    /// `text.hasPrefix(prefix)`.
    static func hasPrefix(_ text: String, _ prefix: String) -> Bool {
        if let ascii = asciiPrefixLength(text, prefix, "", "") { return ascii != nil }
        return text.hasPrefix(prefix)
    }

    /// What follows `head + middle + tail` in `text`, or nil when `text` does not begin so;
    /// e.g. `rest(of: "RUS-14-Egen", after: "RUS-", "14", "-") == "Egen"`.
    static func rest(of text: String, after head: String, _ middle: String, _ tail: String) -> Substring? {
        if let ascii = asciiPrefixLength(text, head, middle, tail) {
            guard let length = ascii else { return nil }
            let utf8 = text.utf8
            return Substring(utf8[utf8.index(utf8.startIndex, offsetBy: length)...])
        }
        let prefix = head + middle + tail
        guard text.hasPrefix(prefix) else { return nil }
        return text.dropFirst(prefix.count)
    }

    /// With all four texts ASCII: `.some(length)` of the prefix when `text` begins with the
    /// three parts, `.some(nil)` when it does not; nil when a text is not ASCII.
    private static func asciiPrefixLength(_ text: String, _ a: String, _ b: String, _ c: String) -> Int?? {
        var text = text
        return text.withUTF8 { t -> Int?? in
            guard isASCII(t) else { return nil }
            var at = 0
            for part in 0..<3 {
                var p = part == 0 ? a : part == 1 ? b : c
                let matched = p.withUTF8 { p -> Bool? in
                    guard isASCII(p) else { return nil }
                    guard t.count - at >= p.count else { return false }
                    for k in 0..<p.count where t[at + k] != p[k] { return false }
                    at += p.count
                    return true
                }
                guard let matched else { return nil }
                if !matched {
                    // Still nil when a later part is not ASCII: then `String` decides.
                    for later in (part + 1)..<3 where !isASCII(later == 1 ? b : c) { return nil }
                    return .some(nil)
                }
            }
            return .some(at)
        }
    }

    @inline(__always)
    private static func isASCII(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        for x in b where x >= 0x80 { return false }
        return true
    }

    private static func isASCII(_ s: String) -> Bool {
        var s = s
        return s.withUTF8 { isASCII($0) }
    }
}
