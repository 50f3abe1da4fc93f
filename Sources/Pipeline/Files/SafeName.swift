import Foundation

/// Names from the inbox as the pipeline can hold them: any bytes a file system allows
/// (not UTF-8, 255 bytes long, control characters) become a readable display name and a
/// file-name component of bounded length (issue 11, item 7).
enum SafeName {
    /// The name as text: valid UTF-8 as it is, every byte that is not part of valid UTF-8
    /// written `\xHH`.
    static func display(_ bytes: [UInt8]) -> String {
        if let s = String(validatingUTF8CString: bytes) { return s }
        var out = ""
        var i = 0
        while i < bytes.count {
            let n = scalarLength(bytes, at: i)
            if n > 0, let s = String(bytes: bytes[i..<(i + n)], encoding: .utf8) {
                out += s
                i += n
            } else {
                out += String(format: "\\x%02X", bytes[i])
                i += 1
            }
        }
        return out
    }

    /// A file-name component for `name`: control characters, `/` and `%` written `%HH`;
    /// longer than `maxBytes`, cut on a character boundary and ended with `~` and eight
    /// hex digits of the name's SHA-256, so two long names never share a component.
    static func component(_ name: String, maxBytes: Int = 120) -> String {
        var out = ""
        for scalar in name.unicodeScalars {
            if scalar.value < 0x20 || scalar.value == 0x7F || scalar == "/" || scalar == "%" {
                out += String(format: "%%%02X", scalar.value)
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        guard out.utf8.count > maxBytes else { return out }
        var hasher = SHA256Hasher()
        hasher.update(Data(name.utf8))
        let tag = "~" + hasher.finalizeHex().prefix(8)
        var cut = ""
        for ch in out.unicodeScalars {
            if cut.utf8.count + String(ch).utf8.count > maxBytes - tag.utf8.count { break }
            cut.unicodeScalars.append(ch)
        }
        return cut + tag
    }

    /// Length of the valid UTF-8 sequence starting at `i`, or 0.
    private static func scalarLength(_ b: [UInt8], at i: Int) -> Int {
        let c = b[i]
        let n: Int
        switch c {
        case 0x00...0x7F: return 1
        case 0xC2...0xDF: n = 2
        case 0xE0...0xEF: n = 3
        case 0xF0...0xF4: n = 4
        default: return 0
        }
        guard i + n <= b.count else { return 0 }
        for k in 1..<n where b[i + k] & 0xC0 != 0x80 { return 0 }
        return n
    }
}

extension String {
    /// The string for these bytes when they are valid UTF-8 without NUL, else nil.
    init?(validatingUTF8CString bytes: [UInt8]) {
        guard !bytes.contains(0), let s = String(bytes: bytes, encoding: .utf8) else { return nil }
        self = s
    }
}
