/// Byte helpers of the fast check: trimming, plain integers and numbers. When they cannot
/// decide (an edge that is not ASCII, a number with groups or an exponent) the cell goes
/// the full check (`checkCell`), which reports.
enum ByteCell {
    /// Unicode White_Space in ASCII: TAB, LF, VT, FF, CR and space.
    @inline(__always)
    static func isASCIISpace(_ b: UInt8) -> Bool { b == 0x20 || (b >= 0x09 && b <= 0x0D) }

    /// The cell without surrounding ASCII whitespace, or nil when an edge is not ASCII (then
    /// `CellText.trim` decides: a no-break space or another Unicode blank may be there).
    @inline(__always)
    static func trimASCII(_ cell: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8>? {
        let n = cell.count
        guard n > 0, let base = cell.baseAddress else { return cell }
        var first = base[0], last = base[n - 1]
        if first > 0x20 && first < 0x80 && last > 0x20 && last < 0x80 { return cell }
        var start = 0, end = n
        while start < end && isASCIISpace(base[start]) { start += 1 }
        while end > start && isASCIISpace(base[end - 1]) { end -= 1 }
        if start == end { return UnsafeBufferPointer(start: base, count: 0) }
        first = base[start]
        last = base[end - 1]
        if first >= 0x80 || last >= 0x80 { return nil }
        return UnsafeBufferPointer(start: base + start, count: end - start)
    }

    /// True when the cell is empty after trimming (as `CellText.trim(_).isEmpty`).
    static func isBlank(_ cell: UnsafeBufferPointer<UInt8>) -> Bool {
        if let t = trimASCII(cell) { return t.isEmpty }
        return CellText.trim(String(decoding: cell, as: UTF8.self)).isEmpty
    }

    /// Plain ASCII digits that cannot overflow (as `FieldParsers.integer`'s fast path).
    @inline(__always)
    static func plainInteger(_ b: UnsafeBufferPointer<UInt8>) -> Int64? {
        guard b.count > 0 && b.count <= 18 else { return nil }
        var v: Int64 = 0
        for c in b {
            guard c >= 0x30 && c <= 0x39 else { return nil }
            v = v &* 10 &+ Int64(c &- 0x30)
        }
        return v
    }

    private static let powersOfTen: [Double] = (0...22).map { k in
        var p = 1.0
        for _ in 0..<k { p *= 10 }
        return p
    }

    /// `-?digits([.,]digits)?` with at most 15 digits: the value is the mantissa divided by a
    /// power of ten, both exact in a Double, so the quotient is correctly rounded — the same
    /// Double as `Double(text)`. Anything else (groups, exponent, `+`) returns nil.
    @inline(__always)
    static func plainNumber(_ b: UnsafeBufferPointer<UInt8>, decimalComma: Bool) -> Double? {
        let n = b.count
        var i = 0
        var negative = false
        if n > 0 && b[0] == UInt8(ascii: "-") { negative = true; i = 1 }
        var mantissa: Int64 = 0
        var digits = 0
        var intDigits = 0
        while i < n, b[i] >= 0x30 && b[i] <= 0x39 {
            mantissa = mantissa &* 10 &+ Int64(b[i] &- 0x30); digits += 1; intDigits += 1; i += 1
        }
        guard intDigits > 0 else { return nil }
        var fraction = 0
        if i < n && (b[i] == UInt8(ascii: ".") || (decimalComma && b[i] == UInt8(ascii: ","))) {
            i += 1
            while i < n, b[i] >= 0x30 && b[i] <= 0x39 {
                mantissa = mantissa &* 10 &+ Int64(b[i] &- 0x30); digits += 1; fraction += 1; i += 1
            }
            guard fraction > 0 else { return nil }
        }
        guard i == n, digits <= 15 else { return nil }
        let v = Double(mantissa) / powersOfTen[fraction]
        return negative ? -v : v
    }

    /// Scalars in valid UTF-8 bytes.
    @inline(__always)
    static func scalarCount(_ b: UnsafeBufferPointer<UInt8>) -> Int {
        var n = 0
        for c in b where c & 0xC0 != 0x80 { n += 1 }
        return n
    }

    /// True when the UTF-8 bytes hold a control character that is not text: C0 but TAB, LF
    /// and CR; DEL; C1 (U+0080–U+009F, `C2 80`–`C2 9F`). As `CellText.control`.
    @inline(__always)
    static func hasControl(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = b.count
        var i = 0
        while i < n {
            let c = b[i]
            if c < 0x20 {
                if c != 0x09 && c != 0x0A && c != 0x0D { return true }
            } else if c == 0x7F {
                return true
            } else if c == 0xC2 && i + 1 < n && b[i + 1] >= 0x80 && b[i + 1] <= 0x9F {
                return true
            }
            i += 1
        }
        return false
    }
}
