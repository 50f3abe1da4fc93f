/// Values and names from a region's file shown in a text (receipts, `followup validate`) so
/// that they cannot shape it: line breaks, control characters and the invisible characters
/// that reorder or break lines become visible escapes (`\n`, `\r`, `\t`, `\u{8}`), so a
/// value can never start a line of its own nor reach a terminal raw.
///
/// ```swift
/// VisibleText.escaped("a\nResultat: GODKÄND")   // "a\\nResultat: GODKÄND" (one line)
/// VisibleText.name("14_2025_insatser.csv")      // unchanged
/// VisibleText.name("x\u{8}.csv")                // "\"x\\u{8}.csv\""
/// ```
public enum VisibleText {
    /// `text` with every character that `needsEscape` replaced by its escape.
    public static func escaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsEscape) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 8)
        for scalar in text.unicodeScalars {
            if needsEscape(scalar) { out += escape(scalar) } else { out.unicodeScalars.append(scalar) }
        }
        return out
    }

    /// A value inside quotes: `"…"` with `\` and `"` escaped too, so the quoted text is
    /// unambiguous (what is shown between the quotes is exactly the value).
    public static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            default:
                if needsEscape(scalar) { out += escape(scalar) } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out + "\""
    }

    /// A file or folder name: as it is when every character is visible, quoted and escaped
    /// otherwise.
    public static func name(_ text: String) -> String {
        text.unicodeScalars.contains(where: needsEscape) ? quoted(text) : text
    }

    /// Control characters (C0, DEL, C1), the Unicode line and paragraph separators, and the
    /// bidirectional controls that can make a text read differently from what it holds.
    public static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: return true
        case 0x2028, 0x2029: return true
        case 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }

    private static func escape(_ scalar: Unicode.Scalar) -> String {
        switch scalar {
        case "\n": return "\\n"
        case "\r": return "\\r"
        case "\t": return "\\t"
        default: return "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
        }
    }
}
