/// SplitMix64: a small, fast, seeded PRNG. The same seed always gives the same sample data,
/// on every platform (never `SystemRandomNumberGenerator`).
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A generator derived from this seed and a label, so that parts of the data set do not
    /// shift when another part draws more numbers.
    static func derived(seed: UInt64, _ labels: Int...) -> SplitMix64 {
        var s = seed
        for l in labels { s = s &* 0x100_0000_01B3 ^ UInt64(bitPattern: Int64(l)) }
        var g = SplitMix64(seed: s)
        _ = g.next()
        return g
    }

    /// Uniform in 0..<n.
    mutating func int(_ n: Int) -> Int { Int(next() % UInt64(n)) }

    /// Uniform in range.
    mutating func int(in r: ClosedRange<Int>) -> Int { r.lowerBound + int(r.count) }

    /// Uniform in [0, 1).
    mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }

    /// Uniform in [a, b).
    mutating func double(_ a: Double, _ b: Double) -> Double { a + (b - a) * unit() }

    mutating func chance(_ p: Double) -> Bool { unit() < p }

    mutating func pick<T>(_ xs: [T]) -> T { xs[int(xs.count)] }

    /// `k` distinct elements of `xs`, kept in the list's order.
    mutating func subset<T>(_ xs: [T], count k: Int) -> [T] {
        var idx = Array(xs.indices)
        for i in 0..<min(k, idx.count) {
            let j = i + int(idx.count - i)
            idx.swapAt(i, j)
        }
        return idx.prefix(k).sorted().map { xs[$0] }
    }

    /// Index drawn with the given weights.
    mutating func weighted(_ weights: [Double]) -> Int {
        let total = weights.reduce(0, +)
        var r = unit() * total
        for (i, w) in weights.enumerated() {
            if r < w { return i }
            r -= w
        }
        return weights.count - 1
    }
}
