import FollowUpModel

extension RowReader {
    /// The fast check: the value of a trimmed cell that passes every generic check of its
    /// field, or nil when the full check (`checkCell`) must decide (and report). Reports nothing.
    /// Static, so the hot path passes no `self`.
    @inline(__always)
    static func fastCell(_ b: UnsafeBufferPointer<UInt8>, _ text: String, _ plan: FieldPlan, decimalComma: Bool) -> CellValue? {
        if b.isEmpty {
            if plan.isRequired { return nil }
            if let zero = plan.emptyValue { return plan.type == .number ? .number(zero) : .integer(Int64(zero)) }
            return .null
        }
        let value: CellValue
        var numeric: Double?
        switch plan.type {
        case .string:
            if plan.scansForControls && ByteCell.hasControl(b) { return nil }
            value = .text(text)
        case .integer:
            guard let i = ByteCell.plainInteger(b) else { return nil }
            value = .integer(i)
            numeric = Double(i)
        case .number:
            guard let d = ByteCell.plainNumber(b, decimalComma: decimalComma) else { return nil }
            value = .number(d)
            numeric = d
        case .date:
            guard FieldParsers.date(bytes: b) != nil else { return nil }
            value = .date(text)
        case .list:
            return fastList(b, plan)
        case .boolean:
            return nil
        }
        if let allowed = plan.enumCodes, !allowed.contains(b, text) { return nil }
        if plan.hasRegexPattern { return nil }
        if let bits = plan.patternBits {
            for c in b {
                guard c < 128 else { return nil }
                let bit = UInt64(1) << UInt64(c & 63)
                guard (c < 64 ? bits.lo : bits.hi) & bit != 0 else { return nil }
            }
            guard b.count >= bits.min && b.count <= bits.max else { return nil }
        }
        if let n = numeric {
            if let min = plan.minimum, n < min { return nil }
            if let max = plan.maximum, n > max { return nil }
        }
        if plan.type == .string, plan.minLength != nil || plan.maxLength != nil {
            let minLength = plan.minLength ?? 0, maxLength = plan.maxLength ?? Int.max
            let bytes = b.count
            // A scalar is one to four bytes: decide from the byte count when that is enough.
            if !(bytes <= maxLength && bytes / 4 >= minLength) {
                let count = ByteCell.scalarCount(b)
                if count < minLength || count > maxLength { return nil }
            }
        }
        if let codes = plan.codes, !codes.contains(b, text) { return nil }
        return value
    }

    /// A list cell of ASCII codes, none empty, none needing a trim, none repeated, all in the
    /// code list: its `.list` value (as `checkList` gives it); else nil.
    private static func fastList(_ b: UnsafeBufferPointer<UInt8>, _ plan: FieldPlan) -> CellValue? {
        let n = b.count
        let delimiter = plan.listDelimiter
        var codes: [String] = []
        var start = 0
        var i = 0
        while i <= n {
            if i == n || b[i] == delimiter {
                guard i > start, codes.count < 16 else { return nil }
                let first = b[start], last = b[i - 1]
                guard first > 0x20 && first < 0x80 && last > 0x20 && last < 0x80 else { return nil }
                let code = UnsafeBufferPointer(rebasing: b[start..<i])
                for k in 0..<codes.count {
                    var other = codes[k]
                    let same = other.withUTF8 { $0.elementsEqual(code) }
                    if same { return nil }
                }
                let text = String(decoding: code, as: UTF8.self)
                if let known = plan.codes, !known.contains(code, text) { return nil }
                codes.append(text)
                start = i + 1
            } else if b[i] >= 0x80 {
                return nil
            }
            i += 1
        }
        return .list(codes)
    }
}
