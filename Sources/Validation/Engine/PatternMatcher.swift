import Foundation

/// Matches a Table Schema `pattern`. The common shape `^[class]{m,n}$` over ASCII is checked
/// with a bitmap (fast, no regex engine per cell); anything else falls back to NSRegularExpression.
struct PatternMatcher {
    let pattern: String
    private var allowed: (lo: UInt64, hi: UInt64)?
    private var lengths: ClosedRange<Int> = 0...0
    private var regex: NSRegularExpression?
    /// Swedish description of the simple form, e.g. `A–Z, a–z, 0–9 och tecknen . _ -`.
    private(set) var allowedDescription: String?

    init(_ pattern: String) {
        self.pattern = pattern
        if let simple = Self.simpleForm(pattern) {
            allowed = simple.bits
            lengths = simple.lengths
            allowedDescription = simple.description
        } else {
            regex = try? NSRegularExpression(pattern: pattern)
        }
    }

    var lengthRange: ClosedRange<Int>? { allowed == nil ? nil : lengths }

    /// The simple form: allowed ASCII bytes as a bitmap and the length range; nil for a regex.
    var bits: (lo: UInt64, hi: UInt64, min: Int, max: Int)? {
        allowed.map { ($0.lo, $0.hi, lengths.lowerBound, lengths.upperBound) }
    }

    func matches<S: StringProtocol>(_ s: S) -> Bool {
        if let allowed {
            @inline(__always) func bitsMatch<C: Collection>(_ bytes: C) -> Bool where C.Element == UInt8 {
                var n = 0
                for b in bytes {
                    guard b < 128 else { return false }
                    let bit = UInt64(1) << UInt64(b & 63)
                    guard (b < 64 ? allowed.lo : allowed.hi) & bit != 0 else { return false }
                    n += 1
                }
                return lengths.contains(n)
            }
            return bitsMatch(s.utf8)
        }
        guard let regex else { return true }
        let text = String(s)
        return regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    /// `matches` over ASCII bytes for the simple form; nil when only the regex can tell.
    @inline(__always)
    func matchesASCII(_ b: UnsafeBufferPointer<UInt8>) -> Bool? {
        guard let allowed else { return regex == nil ? true : nil }
        for c in b {
            guard c < 128 else { return false }
            let bit = UInt64(1) << UInt64(c & 63)
            guard (c < 64 ? allowed.lo : allowed.hi) & bit != 0 else { return false }
        }
        return lengths.contains(b.count)
    }

    private static func simpleForm(_ p: String) -> (bits: (lo: UInt64, hi: UInt64), lengths: ClosedRange<Int>, description: String)? {
        let s = Array(p.unicodeScalars)
        guard s.count > 6, s.first == "^", s[1] == "[", s.last == "$",
              let close = s.firstIndex(of: "]"), close > 2 else { return nil }
        let quant = String(String.UnicodeScalarView(s[(close + 1)..<(s.count - 1)]))
        guard quant.hasPrefix("{"), quant.hasSuffix("}") else { return nil }
        let bounds = quant.dropFirst().dropLast().split(separator: ",", omittingEmptySubsequences: false).map { Int($0) }
        let range: ClosedRange<Int>
        switch bounds.count {
        case 1: guard let n = bounds[0] else { return nil }; range = n...n
        case 2: guard let a = bounds[0], let b = bounds[1], a <= b else { return nil }; range = a...b
        default: return nil
        }
        var lo: UInt64 = 0, hi: UInt64 = 0
        var parts: [String] = [], singles: [String] = []
        func set(_ u: Unicode.Scalar) -> Bool {
            guard u.value < 128 else { return false }
            let v = u.value
            if v < 64 { lo |= 1 << UInt64(v) } else { hi |= 1 << UInt64(v - 64) }
            return true
        }
        var i = 2
        while i < close {
            let c = s[i]
            if c == "\\" || c == "^" || c == "[" { return nil }
            if i + 2 < close, s[i + 1] == "-" {
                let end = s[i + 2]
                guard c.value <= end.value else { return nil }
                for v in c.value...end.value { guard set(Unicode.Scalar(v)!) else { return nil } }
                parts.append("\(c)–\(end)")
                i += 3
            } else {
                guard set(c) else { return nil }
                singles.append(String(c))
                i += 1
            }
        }
        var description = parts.joined(separator: ", ")
        if !singles.isEmpty { description += (description.isEmpty ? "" : " och ") + "tecknen " + singles.joined(separator: " ") }
        return ((lo, hi), range, description)
    }
}
