/// Finds repeated primary keys in constant memory: every key is kept as a 64-bit hash
/// (`KeyHash`, seeded per process) with the offset of its texts in a log, never as a set of
/// key texts.
///
/// Rows append (hash, offset) to a buffer of at most `runCapacity` entries (4 MiB). When it
/// is full it is sorted by hash (a stable radix sort, so equal hashes stay in line order) and
/// written as a run to an unlinked temporary file. The key texts go to a second append-only
/// log (`TextLog`: in memory up to 2 MiB, then the same kind of file). `finish` merges the
/// runs: within equal hashes the entries come in line order.
///
/// Collisions: two different keys may share a 64-bit hash. So an entry whose hash was seen
/// before is only a candidate: its texts and those of the earlier keys of that hash are read
/// back from the log and compared as `String`s (canonical equivalence, as the hash wants),
/// and only an equal key is a repeat. Only candidates are read back; a file without repeats
/// reads nothing. Memory: the buffer, a sort buffer of the same size while sorting, 64 KiB
/// per run while merging, and the texts of the listed repeats.
///
/// Errors: a temporary file that cannot be written or read (a full disk) stops the set; the
/// error is thrown by `finish`. When no temporary file can be created at all the set keeps
/// its runs and texts in memory instead.
///
/// The hot properties skip dynamic exclusivity checks: one thread, no overlapping access.
final class PrimaryKeySet {
    struct Entry {
        var hash: UInt64
        /// Where the key's texts begin in the text log (grows with the line).
        var offset: UInt64
    }

    /// A repeated key: the line of the repeat, the line of its first occurrence, its parts.
    struct Repeat {
        var line: Int
        var firstLine: Int
        var parts: [String]
    }

    static let defaultRunCapacity = 1 << 18
    private let runCapacity: Int
    /// Bits of the hash that count (all but in tests, which force collisions).
    private let hashMask: UInt64
    @exclusivity(unchecked) private var buffer: UnsafeMutablePointer<Entry>?
    @exclusivity(unchecked) private var capacity = 0
    @exclusivity(unchecked) private var count = 0
    private var runs: [(offset: Int, count: Int)] = []
    private var runFile: TempFile?
    private var noRunFile = false
    private let texts: TextLog
    /// The first temporary-file error; the set takes no more keys after it.
    private var failure: ValidationEngineError?
    @exclusivity(unchecked) private var failed = false
    @exclusivity(unchecked) private(set) var keyCount = 0

    /// - Parameter hashMask: tests pass a narrow mask to make different keys collide.
    init(runCapacity: Int = PrimaryKeySet.defaultRunCapacity, textMemory: Int = 2 << 20, hashMask: UInt64 = .max) {
        self.runCapacity = max(runCapacity, 16)
        self.hashMask = hashMask
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
    @exclusivity(unchecked) private var keyOffset = 0

    /// Starts the key of the row at `line`, made of `parts` parts given next with `addPart`.
    @inline(__always)
    func beginKey(line: Int, parts: Int) {
        hash = KeyHash()
        keyOffset = texts.offset
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
        guard !failed else { return }
        do {
            try texts.end()
            if count == capacity {
                if capacity >= runCapacity && !noRunFile {
                    try spill()
                } else {
                    grow()
                }
            }
        } catch {
            fail(error)
            return
        }
        buffer![count] = Entry(hash: hash.value & hashMask, offset: UInt64(keyOffset))
        count += 1
        keyCount += 1
    }

    private func fail(_ error: Error) {
        failed = true
        failure = error as? ValidationEngineError ?? .temporaryFile(path: TempFile.directory, reason: "\(error)")
    }

    private func grow() {
        let grown = capacity >= runCapacity ? capacity * 2 : min(max(capacity * 2, 1024), runCapacity)
        let b = UnsafeMutablePointer<Entry>.allocate(capacity: grown)
        if let buffer {
            b.update(from: buffer, count: count)
            buffer.deallocate()
        }
        buffer = b
        capacity = grown
    }

    /// Every repeat: `body` gets the first `listed` repeats by line in line order, with their
    /// key parts; the others follow in no particular order with empty parts.
    /// - Throws: `ValidationEngineError.temporaryFile` when a temporary file failed.
    func finish(listed: Int, _ body: (Repeat, [String]) -> Void) throws {
        defer { reset() }
        if let failure { throw failure }
        guard keyCount > 0 else { return }
        var smallest = BoundedLines(limit: max(listed, 0))
        var unlistedCount = 0
        var groups = RepeatFinder(texts: texts)
        let found = { (e: Entry) throws -> Void in
            guard let r = try groups.take(e) else { return }
            if smallest.insert(r) != nil { unlistedCount += 1 }   // only counted
        }
        if let buffer { Self.radixSort(buffer, count: count) }
        if runs.isEmpty {
            if let buffer { for i in 0..<count { try found(buffer[i]) } }
        } else {
            if count > 0 { try writeRun() }
            try merge(found)
        }
        for r in smallest.sortedByLine() { body(r, r.parts) }
        for _ in 0..<unlistedCount { body(Repeat(line: 0, firstLine: 0, parts: []), []) }
    }

    private func reset() {
        buffer?.deallocate()
        buffer = nil
        capacity = 0
        count = 0
        runs = []
        runFile = nil
        keyCount = 0
    }

    private func spill() throws {
        if runFile == nil {
            runFile = TempFile.make()
            // No temporary file at all: keep growing in memory rather than fail.
            guard runFile != nil else { noRunFile = true; grow(); return }
        }
        Self.radixSort(buffer!, count: count)
        try writeRun()
    }

    private func writeRun() throws {
        if runFile == nil && !noRunFile { runFile = TempFile.make() }
        guard let file = runFile, let buffer else { return }
        let offset = file.size
        try file.append(UnsafeRawBufferPointer(start: buffer, count: count * MemoryLayout<Entry>.stride))
        runs.append((offset, count))
        count = 0
    }

    /// K-way merge of the sorted runs; a run earlier in the file holds earlier lines, so
    /// among equal hashes the run with the smaller index comes first.
    private func merge(_ found: (Entry) throws -> Void) throws {
        guard let file = runFile else { return }
        let chunk = 4096
        let k = runs.count
        let stride = MemoryLayout<Entry>.stride
        let space = UnsafeMutablePointer<Entry>.allocate(capacity: chunk * k)
        defer { space.deallocate() }
        var position = [Int](repeating: 0, count: k)   // entries consumed from each run
        var loaded = [Int](repeating: 0, count: k)     // entries in the window
        var cursor = [Int](repeating: 0, count: k)     // index in the window
        func refill(_ r: Int) throws {
            let n = min(chunk, runs[r].count - position[r])
            if n > 0 {
                try file.read(into: UnsafeMutableRawBufferPointer(start: space + r * chunk, count: n * stride),
                              at: runs[r].offset + position[r] * stride)
            }
            loaded[r] = n
            cursor[r] = 0
            position[r] += n
        }
        for r in 0..<k { try refill(r) }
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
            if cursor[best] == loaded[best] { try refill(best) }
            try found(e)
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

/// Decides which entries, in hash order, are repeats: within a group of equal hashes the
/// texts are read back and compared, so a collision of different keys is never a repeat.
/// A group of one entry (a key seen once) reads nothing.
struct RepeatFinder {
    private let texts: TextLog
    private var hash: UInt64?
    private var first = PrimaryKeySet.Entry(hash: 0, offset: 0)
    /// The different keys of the current group so far (line, parts); read on its second entry.
    private var keys: [(line: Int, parts: [String])] = []

    init(texts: TextLog) { self.texts = texts }

    /// The repeat `e` is, or nil (a key's first occurrence).
    mutating func take(_ e: PrimaryKeySet.Entry) throws -> PrimaryKeySet.Repeat? {
        guard e.hash == hash else {
            hash = e.hash
            first = e
            keys.removeAll(keepingCapacity: true)
            return nil
        }
        if keys.isEmpty { keys.append(try texts.record(at: Int(first.offset))) }
        let key = try texts.record(at: Int(e.offset))
        if let earlier = keys.first(where: { $0.parts == key.parts }) {
            return PrimaryKeySet.Repeat(line: key.line, firstLine: earlier.line, parts: key.parts)
        }
        keys.append(key)
        return nil
    }
}

/// The key texts of every row in line order: `line, part count, (length, bytes)…`; in memory
/// up to a limit, then appended to an unlinked temporary file. A key is found again by its
/// offset in the whole log (`offset` before `begin`).
final class TextLog {
    let memoryLimit: Int
    @exclusivity(unchecked) private var buffer: UnsafeMutablePointer<UInt8>
    @exclusivity(unchecked) private var used = 0
    @exclusivity(unchecked) private var capacity: Int
    /// Bytes of the log already in the file.
    @exclusivity(unchecked) private var written = 0
    private var file: TempFile?
    private var noFile = false

    init(memoryLimit: Int) {
        self.memoryLimit = memoryLimit
        capacity = 4096
        buffer = .allocate(capacity: capacity)
    }

    deinit { buffer.deallocate() }

    /// Where the next key's texts begin.
    var offset: Int { written + used }

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

    /// Ends a key: past the memory limit the log so far goes to the file.
    func end() throws {
        guard used >= memoryLimit && !noFile else { return }
        if file == nil {
            file = TempFile.make()
            // No temporary file at all: keep the texts in memory rather than fail.
            if file == nil { noFile = true; return }
        }
        try file!.append(UnsafeRawBufferPointer(start: buffer, count: used))
        written += used
        used = 0
    }

    /// Little-endian; the caller reserved the room.
    @inline(__always)
    private func appendInt(_ v: Int) {
        UnsafeMutableRawPointer(buffer + used).storeBytes(of: UInt32(truncatingIfNeeded: v).littleEndian, as: UInt32.self)
        used += 4
    }

    /// Copies `count` bytes of the log from `at` (from the file or from memory).
    private func read(_ count: Int, at: Int) throws -> [UInt8] {
        var out = [UInt8](repeating: 0, count: count)
        var done = 0
        if at < written, let file {
            let n = min(count, written - at)
            try out.withUnsafeMutableBytes { try file.read(into: UnsafeMutableRawBufferPointer(rebasing: $0[0..<n]), at: at) }
            done = n
        }
        if done < count {
            let from = at + done - written
            guard from >= 0, from + count - done <= used else { throw ValidationEngineError.temporaryFile(path: TempFile.directory, reason: "key log offset \(at) out of range") }
            out.withUnsafeMutableBufferPointer { o in
                (o.baseAddress! + done).update(from: buffer + from, count: count - done)
            }
        }
        return out
    }

    /// The key whose texts begin at `offset`: its line and parts.
    func record(at offset: Int) throws -> (line: Int, parts: [String]) {
        func int(_ b: [UInt8], _ at: Int) -> Int {
            Int(UInt32(b[at]) | UInt32(b[at + 1]) << 8 | UInt32(b[at + 2]) << 16 | UInt32(b[at + 3]) << 24)
        }
        // Most keys are short: one read of a window, more only for a longer key.
        let window = min(256, self.offset - offset)
        var bytes = try read(window, at: offset)
        func need(_ n: Int) throws {
            if n > bytes.count { bytes += try read(n - bytes.count, at: offset + bytes.count) }
        }
        try need(8)
        let line = int(bytes, 0), n = int(bytes, 4)
        var parts: [String] = []
        parts.reserveCapacity(n)
        var j = 8
        for _ in 0..<n {
            try need(j + 4)
            let length = int(bytes, j)
            try need(j + 4 + length)
            parts.append(String(decoding: bytes[(j + 4)..<(j + 4 + length)], as: UTF8.self))
            j += 4 + length
        }
        return (line, parts)
    }
}
