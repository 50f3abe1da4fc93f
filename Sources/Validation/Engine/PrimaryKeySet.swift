import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds repeated primary keys in constant memory: every key is kept as a 64-bit hash
/// (`KeyHash`, seeded per process) with its line, never as a set of key texts.
///
/// Rows append (hash, line) to a buffer of at most `runCapacity` entries (4 MiB). When it is
/// full it is sorted by hash (a stable radix sort, so equal hashes stay in line order) and
/// written as a run to an unlinked temporary file. The key texts go to a second append-only
/// log (in memory up to 2 MiB, then the same kind of file), read back only for the repeats
/// whose finding is listed. `finish` merges the runs: within equal hashes the first entry is
/// the key's first occurrence, every later one a repeat. Memory: the buffer, a sort buffer
/// of the same size while sorting, and 64 KiB per run while merging.
///
/// Collisions: two different keys with the same 64-bit hash would be reported as a repeat.
/// With a well-mixed seeded 64-bit hash the chance of any collision among n keys is
/// about n²/2⁶⁵: 3·10⁻⁶ at the 10 million row limit, far below 10⁻¹⁰ for real reports. We
/// accept that instead of keeping every key's text; the random seed means a collision would
/// not repeat on the next run.
///
/// The hot properties skip dynamic exclusivity checks: one thread, no overlapping access.
final class PrimaryKeySet {
    struct Entry {
        var hash: UInt64
        var line: UInt64
    }

    /// A repeated key: the line of the repeat, the line of its first occurrence.
    struct Repeat {
        var line: Int
        var firstLine: Int
    }

    static let defaultRunCapacity = 1 << 18
    private let runCapacity: Int
    @exclusivity(unchecked) private var buffer: UnsafeMutablePointer<Entry>?
    @exclusivity(unchecked) private var capacity = 0
    @exclusivity(unchecked) private var count = 0
    private var runs: [(offset: Int, count: Int)] = []
    private var runFile: TempFile?
    private let texts: TextLog
    @exclusivity(unchecked) private(set) var keyCount = 0

    init(runCapacity: Int = PrimaryKeySet.defaultRunCapacity, textMemory: Int = 2 << 20) {
        self.runCapacity = max(runCapacity, 16)
        texts = TextLog(memoryLimit: textMemory)
    }

    deinit { buffer?.deallocate() }

    /// Records the key made of `parts` at `line`.
    func insert(_ parts: [String], line: Int) {
        beginKey(line: line, parts: parts.count)
        for part in parts { addPart(part) }
        endKey()
    }

    @exclusivity(unchecked) private var hash = KeyHash()
    @exclusivity(unchecked) private var keyLine = 0

    /// Starts the key of the row at `line`, made of `parts` parts given next with `addPart`.
    @inline(__always)
    func beginKey(line: Int, parts: Int) {
        hash = KeyHash()
        keyLine = line
        texts.begin(line: line, count: parts)
    }

    /// A part of the key as trimmed UTF-8 bytes. Keys compare as Swift strings do (canonical
    /// equivalence): an ASCII part is hashed by its bytes; any other part by `String`'s own
    /// hash, after turning the only three scalars whose canonical form is ASCII (U+212A KELVIN
    /// SIGN, U+037E GREEK QUESTION MARK, U+1FEF GREEK VARIA) into it — so a part equal to an
    /// ASCII text hashes as that text.
    @inline(__always)
    func addPart(_ b: UnsafeBufferPointer<UInt8>) {
        var ascii = true
        for x in b where x >= 0x80 { ascii = false; break }
        if ascii {
            hash.add(b)
        } else {
            let text = String(decoding: b, as: UTF8.self)
            var scalars = String.UnicodeScalarView()
            var changed = false
            for u in text.unicodeScalars {
                switch u.value {
                case 0x212A: scalars.append("K"); changed = true
                case 0x037E: scalars.append(";"); changed = true
                case 0x1FEF: scalars.append("`"); changed = true
                default: scalars.append(u)
                }
            }
            var canonical = changed ? String(scalars) : text
            let done = canonical.withUTF8 { u -> Bool in
                for x in u where x >= 0x80 { return false }
                hash.add(u)
                return true
            }
            if !done { hash.add(stringHash: canonical.hashValue) }
        }
        texts.append(part: b)
    }

    func addPart(_ part: String) {
        var p = part
        p.withUTF8 { addPart($0) }
    }

    func endKey() {
        texts.end()
        let h = hash.value
        let line = keyLine
        if count == capacity {
            if capacity >= runCapacity {
                spill()
            } else {
                let grown = min(max(capacity * 2, 1024), runCapacity)
                let b = UnsafeMutablePointer<Entry>.allocate(capacity: grown)
                if let buffer {
                    b.update(from: buffer, count: count)
                    buffer.deallocate()
                }
                buffer = b
                capacity = grown
            }
        }
        buffer![count] = Entry(hash: h, line: UInt64(line))
        count += 1
        keyCount += 1
    }

    /// Every repeat, and the key texts of the first `listed` repeats by line (the ones whose
    /// findings are listed). `body` gets the repeats in line order for those; the others
    /// follow in no particular order with empty parts.
    func finish(listed: Int, _ body: (Repeat, [String]) -> Void) {
        guard keyCount > 0 else { return }
        var smallest = BoundedLines(limit: max(listed, 0))
        var unlistedCount = 0
        func found(_ r: Repeat) {
            if let dropped = smallest.insert(r) {
                unlistedCount += 1
                // Only counted: the line does not matter, keep none in memory.
                _ = dropped
            }
        }
        if let buffer { Self.radixSort(buffer, count: count) }
        if runs.isEmpty {
            if let buffer { scan(buffer, count: count, found) }
        } else {
            if count > 0 { writeRun() }
            merge(found)
        }
        let listedRepeats = smallest.sortedByLine()
        if !listedRepeats.isEmpty {
            var index = 0
            texts.scan { line, parts in
                while index < listedRepeats.count && listedRepeats[index].line < line { index += 1 }
                var stop = index >= listedRepeats.count
                while index < listedRepeats.count && listedRepeats[index].line == line {
                    body(listedRepeats[index], parts)
                    index += 1
                    stop = index >= listedRepeats.count
                }
                return stop
            }
            while index < listedRepeats.count { body(listedRepeats[index], []); index += 1 }
        }
        for _ in 0..<unlistedCount { body(Repeat(line: 0, firstLine: 0), []) }
        buffer?.deallocate()
        buffer = nil
        capacity = 0
        count = 0
        runs = []
        runFile = nil
        keyCount = 0
    }

    /// Repeats among sorted entries.
    private func scan(_ b: UnsafeMutablePointer<Entry>, count: Int, _ found: (Repeat) -> Void) {
        var i = 0
        while i < count {
            let first = b[i]
            var j = i + 1
            while j < count && b[j].hash == first.hash {
                found(Repeat(line: Int(b[j].line), firstLine: Int(first.line)))
                j += 1
            }
            i = j
        }
    }

    private func spill() {
        if runFile == nil { runFile = TempFile() }
        guard runFile != nil else {
            // No temporary file: keep growing in memory rather than fail.
            let grown = capacity * 2
            let b = UnsafeMutablePointer<Entry>.allocate(capacity: grown)
            b.update(from: buffer!, count: count)
            buffer!.deallocate()
            buffer = b
            capacity = grown
            return
        }
        Self.radixSort(buffer!, count: count)
        writeRun()
    }

    private func writeRun() {
        if runFile == nil { runFile = TempFile() }
        guard let file = runFile, let buffer else { return }
        let offset = file.size
        file.append(UnsafeRawBufferPointer(start: buffer, count: count * MemoryLayout<Entry>.stride))
        runs.append((offset, count))
        count = 0
    }

    /// K-way merge of the sorted runs; a run earlier in the file holds earlier lines, so
    /// among equal hashes the run with the smaller index comes first.
    private func merge(_ found: (Repeat) -> Void) {
        guard let file = runFile else { return }
        let chunk = 4096
        let k = runs.count
        let stride = MemoryLayout<Entry>.stride
        let space = UnsafeMutablePointer<Entry>.allocate(capacity: chunk * k)
        defer { space.deallocate() }
        var position = [Int](repeating: 0, count: k)   // entries consumed from each run
        var loaded = [Int](repeating: 0, count: k)     // entries in the window
        var cursor = [Int](repeating: 0, count: k)     // index in the window
        func refill(_ r: Int) {
            let n = min(chunk, runs[r].count - position[r])
            if n > 0 {
                file.read(into: UnsafeMutableRawBufferPointer(start: space + r * chunk, count: n * stride),
                          at: runs[r].offset + position[r] * stride)
            }
            loaded[r] = n
            cursor[r] = 0
            position[r] += n
        }
        for r in 0..<k { refill(r) }
        var current: Entry?
        while true {
            var best = -1
            var bestHash: UInt64 = 0
            for r in 0..<k where cursor[r] < loaded[r] {
                let h = space[r * chunk + cursor[r]].hash
                if best < 0 || h < bestHash { best = r; bestHash = h }
            }
            if best < 0 { break }
            let e = space[best * chunk + cursor[best]]
            cursor[best] += 1
            if cursor[best] == loaded[best] { refill(best) }
            if let c = current, c.hash == e.hash {
                found(Repeat(line: Int(e.line), firstLine: Int(c.line)))
            } else {
                current = e
            }
        }
    }

    /// Stable LSD radix sort by hash, eight bits at a time.
    static func radixSort(_ b: UnsafeMutablePointer<Entry>, count: Int) {
        guard count > 1 else { return }
        if count <= 32 {
            // Insertion sort, stable.
            for i in 1..<count {
                let e = b[i]
                var j = i - 1
                while j >= 0 && b[j].hash > e.hash { b[j + 1] = b[j]; j -= 1 }
                b[j + 1] = e
            }
            return
        }
        let tmp = UnsafeMutablePointer<Entry>.allocate(capacity: count)
        defer { tmp.deallocate() }
        var src = b, dst = tmp
        var histogram = [Int](repeating: 0, count: 256 * 8)
        histogram.withUnsafeMutableBufferPointer { hist in
            for i in 0..<count {
                var h = b[i].hash
                for d in 0..<8 { hist[d * 256 + Int(h & 0xFF)] += 1; h >>= 8 }
            }
            for d in 0..<8 {
                var sum = 0
                for v in 0..<256 { let c = hist[d * 256 + v]; hist[d * 256 + v] = sum; sum += c }
                let shift = UInt64(d * 8)
                for i in 0..<count {
                    let e = src[i]
                    let v = d * 256 + Int((e.hash >> shift) & 0xFF)
                    dst[hist[v]] = e
                    hist[v] += 1
                }
                swap(&src, &dst)
            }
        }
        // Eight passes: the result is back in `b`.
    }
}

/// A fast 64-bit hash of a key's parts (multiply-fold mixing as in wyhash), seeded per
/// process. Each part is framed by its kind and length, so parts never run together.
struct KeyHash {
    private static let seed: (UInt64, UInt64) = {
        var g = SystemRandomNumberGenerator()
        return (g.next() | 1, g.next() | 1)
    }()
    private static let k0: UInt64 = 0xa076_1d64_78bd_642f
    private static let k1: UInt64 = 0xe703_7ed1_a0b4_28db

    private var h: UInt64 = KeyHash.seed.0

    @inline(__always)
    private static func mum(_ a: UInt64, _ b: UInt64) -> UInt64 {
        let r = a.multipliedFullWidth(by: b)
        return r.high ^ r.low
    }

    @inline(__always)
    private mutating func word(_ w: UInt64) {
        h = Self.mum(w ^ Self.k0 ^ Self.seed.1, h ^ Self.k1)
    }

    /// An ASCII part: its length, then its bytes eight at a time.
    @inline(__always)
    mutating func add(_ b: UnsafeBufferPointer<UInt8>) {
        let n = b.count
        word(UInt64(n) << 8)
        guard n > 0, let base = b.baseAddress else { return }
        let raw = UnsafeRawPointer(base)
        var i = 0
        while i + 8 <= n {
            word(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
            i += 8
        }
        if i < n {
            var w: UInt64 = 0
            var shift: UInt64 = 0
            while i < n { w |= UInt64(base[i]) << shift; shift += 8; i += 1 }
            word(w)
        }
    }

    /// Any other part, by `String`'s hash (kind 1: never equal to an ASCII part's framing).
    mutating func add(stringHash: Int) {
        word(1)
        word(UInt64(UInt(bitPattern: stringHash)))
    }

    var value: UInt64 { Self.mum(h ^ Self.seed.0, Self.k1 ^ Self.seed.1) }
}

/// The `limit` repeats with the smallest lines (a max-heap); the rest are only counted.
struct BoundedLines {
    let limit: Int
    private var heap: [PrimaryKeySet.Repeat] = []

    init(limit: Int) { self.limit = limit }

    /// Adds `r`; returns the repeat that does not fit (`r` itself or a dropped one).
    mutating func insert(_ r: PrimaryKeySet.Repeat) -> PrimaryKeySet.Repeat? {
        if heap.count < limit {
            heap.append(r)
            var i = heap.count - 1
            while i > 0 {
                let parent = (i - 1) / 2
                if heap[parent].line >= heap[i].line { break }
                heap.swapAt(parent, i)
                i = parent
            }
            return nil
        }
        guard limit > 0, r.line < heap[0].line else { return r }
        let dropped = heap[0]
        heap[0] = r
        var i = 0
        while true {
            let l = 2 * i + 1, rr = l + 1
            var largest = i
            if l < heap.count && heap[l].line > heap[largest].line { largest = l }
            if rr < heap.count && heap[rr].line > heap[largest].line { largest = rr }
            if largest == i { break }
            heap.swapAt(i, largest)
            i = largest
        }
        return dropped
    }

    func sortedByLine() -> [PrimaryKeySet.Repeat] { heap.sorted { $0.line < $1.line } }
}

/// The key texts of every row in line order: `line, part count, (length, bytes)…`; in memory
/// up to a limit, then appended to an unlinked temporary file.
final class TextLog {
    let memoryLimit: Int
    @exclusivity(unchecked) private var buffer: UnsafeMutablePointer<UInt8>
    @exclusivity(unchecked) private var used = 0
    @exclusivity(unchecked) private var capacity: Int
    private var file: TempFile?
    private var noFile = false

    init(memoryLimit: Int) {
        self.memoryLimit = memoryLimit
        capacity = 4096
        buffer = .allocate(capacity: capacity)
    }

    deinit { buffer.deallocate() }

    /// The bytes still in memory.
    private var bytes: [UInt8] { Array(UnsafeBufferPointer(start: buffer, count: used)) }

    @inline(__always)
    private func reserve(_ n: Int) {
        guard used + n > capacity else { return }
        var grown = capacity * 2
        while grown < used + n { grown *= 2 }
        let b = UnsafeMutablePointer<UInt8>.allocate(capacity: grown)
        b.update(from: buffer, count: used)
        buffer.deallocate()
        buffer = b
        capacity = grown
    }

    @inline(__always)
    func begin(line: Int, count: Int) {
        reserve(8)
        appendInt(line)
        appendInt(count)
    }

    @inline(__always)
    func append(part: UnsafeBufferPointer<UInt8>) {
        reserve(4 + part.count)
        appendInt(part.count)
        if let base = part.baseAddress, part.count > 0 {
            (buffer + used).update(from: base, count: part.count)
            used += part.count
        }
    }

    func end() {
        if used >= memoryLimit && !noFile {
            if file == nil { file = TempFile() }
            if let file {
                file.append(UnsafeRawBufferPointer(start: buffer, count: used))
                used = 0
            } else {
                noFile = true   // keep the texts in memory rather than fail
            }
        }
    }

    /// Little-endian; the caller reserved the room.
    @inline(__always)
    private func appendInt(_ v: Int) {
        UnsafeMutableRawPointer(buffer + used).storeBytes(of: UInt32(truncatingIfNeeded: v).littleEndian, as: UInt32.self)
        used += 4
    }

    /// Calls `body` with every row's line and parts, in line order, until it returns true.
    func scan(_ body: (Int, [String]) -> Bool) {
        var pending: [UInt8] = []
        var stop = false
        func consume(_ data: [UInt8], final: Bool) -> [UInt8] {
            var i = 0
            func int(_ at: Int) -> Int {
                Int(UInt32(data[at]) | UInt32(data[at + 1]) << 8 | UInt32(data[at + 2]) << 16 | UInt32(data[at + 3]) << 24)
            }
            while !stop {
                guard i + 8 <= data.count else { break }
                let line = int(i), n = int(i + 4)
                var j = i + 8
                var parts: [String] = []
                var complete = true
                for _ in 0..<n {
                    guard j + 4 <= data.count else { complete = false; break }
                    let len = int(j)
                    guard j + 4 + len <= data.count else { complete = false; break }
                    parts.append(String(decoding: data[(j + 4)..<(j + 4 + len)], as: UTF8.self))
                    j += 4 + len
                }
                if !complete { break }
                stop = body(line, parts)
                i = j
            }
            return Array(data[i...])
        }
        if let file {
            let chunk = 1 << 20
            var offset = 0
            var window = [UInt8](repeating: 0, count: chunk)
            while offset < file.size && !stop {
                let n = min(chunk, file.size - offset)
                window.withUnsafeMutableBytes { file.read(into: UnsafeMutableRawBufferPointer(rebasing: $0[0..<n]), at: offset) }
                offset += n
                pending = consume(pending + window[0..<n], final: false)
            }
        }
        if !stop { _ = consume(pending + bytes, final: true) }
    }
}

/// An unlinked temporary file (gone when closed, even after a crash).
final class TempFile {
    private let fd: Int32
    private(set) var size = 0

    init?() {
        let dir = ProcessInfo.processInfo.environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        var template = Array((dir + "/followup-keys-XXXXXX").utf8CString)
        fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { return nil }
        template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
    }

    deinit { close(fd) }

    func append(_ data: UnsafeRawBufferPointer) {
        guard var p = data.baseAddress else { return }
        var left = data.count
        while left > 0 {
            let n = pwrite(fd, p, left, off_t(size))
            if n < 0 {
                if errno == EINTR { continue }
                fatalError("followup: cannot write a temporary file for primary keys (errno \(errno))")
            }
            p += n
            left -= n
            size += n
        }
    }

    func read(into buffer: UnsafeMutableRawBufferPointer, at offset: Int) {
        var done = 0
        while done < buffer.count {
            let n = pread(fd, buffer.baseAddress! + done, buffer.count - done, off_t(offset + done))
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { fatalError("followup: cannot read a temporary file for primary keys") }
            done += n
        }
    }
}
