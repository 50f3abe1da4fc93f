/// Streaming pre-pass that decides how a file is decoded: UTF-8 (with or without BOM),
/// else Windows-1252, else an encoding error. It also keeps the first bytes of the file
/// for delimiter detection. Memory is constant; ASCII runs are skipped eight bytes at a time.
struct EncodingDetector {
    enum Verdict: Equatable {
        case utf8(bom: Bool)
        case windows1252
        case nul(offset: Int)
        case undecodable(byte: UInt8, offset: Int)
    }

    private var offset = 0
    // UTF-8 state: continuation bytes still needed and the allowed range of the next one.
    private var need = 0
    private var lo: UInt8 = 0x80
    private var hi: UInt8 = 0xBF
    private var utf8Valid = true
    /// First byte undefined in Windows-1252; matters only once the file is known not to be UTF-8.
    private var firstCp1252Gap: (byte: UInt8, offset: Int)?
    private(set) var stopped: Verdict?
    /// The first bytes of the file (up to `headCapacity`), for delimiter detection.
    private(set) var head: [UInt8] = []
    let headCapacity = 64 * 1024

    private static let highBits: UInt64 = 0x8080_8080_8080_8080
    private static let lowOnes: UInt64 = 0x0101_0101_0101_0101

    /// Feeds the next chunk; afterwards `stopped` is set if the verdict is already an error.
    mutating func feed(_ chunk: UnsafeRawBufferPointer) {
        guard stopped == nil, let base = chunk.baseAddress else { return }
        if head.count < headCapacity {
            head.append(contentsOf: UnsafeRawBufferPointer(start: base, count: min(chunk.count, headCapacity - head.count)))
        }
        let count = chunk.count
        var i = 0
        while i < count {
            // Fast path: eight ASCII bytes without NUL and no pending UTF-8 sequence.
            if need == 0 && i + 8 <= count {
                let w = chunk.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                let hasZero = (w &- Self.lowOnes) & ~w & Self.highBits
                if w & Self.highBits == 0 && hasZero == 0 {
                    i += 8
                    continue
                }
            }
            let b = chunk[i]
            if b == 0 {
                stopped = .nul(offset: offset + i)
                return
            }
            if b >= 0x80 && firstCp1252Gap == nil && Self.isCp1252Gap(b) {
                firstCp1252Gap = (b, offset + i)
                if !utf8Valid { stop(); return }
            }
            if utf8Valid { step(b) ; if !utf8Valid, firstCp1252Gap != nil { stop(); return } }
            i += 1
        }
        offset += count
    }

    private mutating func stop() {
        if let gap = firstCp1252Gap { stopped = .undecodable(byte: gap.byte, offset: gap.offset) }
    }

    private mutating func step(_ b: UInt8) {
        if need == 0 {
            switch b {
            case 0x00...0x7F: return
            case 0xC2...0xDF: need = 1; lo = 0x80; hi = 0xBF
            case 0xE0: need = 2; lo = 0xA0; hi = 0xBF
            case 0xE1...0xEC, 0xEE...0xEF: need = 2; lo = 0x80; hi = 0xBF
            case 0xED: need = 2; lo = 0x80; hi = 0x9F
            case 0xF0: need = 3; lo = 0x90; hi = 0xBF
            case 0xF1...0xF3: need = 3; lo = 0x80; hi = 0xBF
            case 0xF4: need = 3; lo = 0x80; hi = 0x8F
            default: utf8Valid = false
            }
        } else if b < lo || b > hi {
            utf8Valid = false
        } else {
            need -= 1
            lo = 0x80
            hi = 0xBF
        }
    }

    /// The verdict once every byte was fed.
    func finish() -> Verdict {
        if let stopped { return stopped }
        if utf8Valid && need == 0 {
            return .utf8(bom: head.count >= 3 && head[0] == 0xEF && head[1] == 0xBB && head[2] == 0xBF)
        }
        if let gap = firstCp1252Gap { return .undecodable(byte: gap.byte, offset: gap.offset) }
        return .windows1252
    }

    static func isCp1252Gap(_ b: UInt8) -> Bool {
        b == 0x81 || b == 0x8D || b == 0x8F || b == 0x90 || b == 0x9D
    }
}

/// Windows-1252 → UTF-8, byte by byte (the gaps never reach here).
enum Windows1252 {
    /// UTF-8 bytes of each byte value 0x80...0xFF, packed little-endian with the length in the top byte.
    static let table: [UInt32] = (0x80...0xFF).map { b -> UInt32 in
        let scalar: UInt32
        if b < 0xA0 {
            let map: [UInt32] = [0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
                                 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178]
            scalar = map[b - 0x80]
        } else {
            scalar = UInt32(b)
        }
        let utf8 = Array(String(Character(Unicode.Scalar(scalar)!)).utf8)
        var packed = UInt32(utf8.count) << 24
        for (k, u) in utf8.enumerated() { packed |= UInt32(u) << (8 * k) }
        return packed
    }

    /// Appends the UTF-8 form of `input` to `output` (cleared first).
    static func transcode(_ input: UnsafeRawBufferPointer, into output: inout [UInt8]) {
        output.removeAll(keepingCapacity: true)
        output.reserveCapacity(input.count * 3)
        table.withUnsafeBufferPointer { t in
            for b in input {
                if b < 0x80 {
                    output.append(b)
                } else {
                    let packed = t[Int(b) - 0x80]
                    let n = Int(packed >> 24)
                    for k in 0..<n { output.append(UInt8(truncatingIfNeeded: packed >> (8 * UInt32(k)))) }
                }
            }
        }
    }
}

/// Finds the delimiter from the header line: the most frequent of `;`, TAB and `,` outside
/// quotes (ties in that order; none at all means `,`).
enum DelimiterDetector {
    static func detect(head: ArraySlice<UInt8>) -> Delimiter {
        var counts = [Delimiter.semicolon: 0, .tab: 0, .comma: 0]
        var quoted = false
        for b in head {
            if b == UInt8(ascii: "\"") { quoted.toggle(); continue }
            if quoted { continue }
            if b == 0x0A || b == 0x0D { break }
            if let d = Delimiter(rawValue: b) { counts[d, default: 0] += 1 }
        }
        var best = Delimiter.comma
        var bestCount = 0
        for d in [Delimiter.semicolon, .tab, .comma] where counts[d]! > bestCount {
            best = d
            bestCount = counts[d]!
        }
        return best
    }
}
