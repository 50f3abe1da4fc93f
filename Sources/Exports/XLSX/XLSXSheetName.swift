import Foundation
import Texts

/// Sheet names Excel accepts: at most 31 characters, none of `[]:*?/\`, not starting or
/// ending with an apostrophe, unique without regard to case.
enum XLSXSheetName {
    static let maxLength = 31

    /// Names for the tables in order: the Swedish title, cut at a word boundary if too long.
    static func names(for tables: [(title: String, name: String)]) -> [String] {
        var used: Set<String> = []
        return tables.map { table in
            var base = clean(ComparisonText.sheetName(table.name) ?? table.title)
            if base.isEmpty { base = clean(table.name) }
            if base.isEmpty { base = "Blad" }
            var candidate = base
            var counter = 2
            while used.contains(candidate.lowercased()) {
                let suffix = " (\(counter))"
                candidate = cut(base, to: maxLength - suffix.count) + suffix
                counter += 1
            }
            used.insert(candidate.lowercased())
            return candidate
        }
    }

    static func clean(_ raw: String) -> String {
        let forbidden: Set<Character> = ["[", "]", ":", "*", "?", "/", "\\"]
        var text = String(raw.map { forbidden.contains($0) ? " " : $0 }
            .filter { !$0.unicodeScalars.contains { $0.value < 0x20 } })
        text = text.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
        text = cut(text, to: maxLength)
        while text.hasPrefix("'") { text.removeFirst() }
        while text.hasSuffix("'") { text.removeLast() }
        return text.trimmingCharacters(in: .whitespaces)
    }

    /// Cuts to at most `limit` UTF-16 units (Excel's measure), preferring a word boundary.
    static func cut(_ text: String, to limit: Int) -> String {
        guard text.utf16.count > limit else { return text }
        var out = ""
        for character in text {
            if out.utf16.count + character.utf16.count > limit { break }
            out.append(character)
        }
        if let space = out.lastIndex(of: " "), out.distance(from: out.startIndex, to: space) >= limit / 2 {
            out = String(out[..<space])
        }
        return out.trimmingCharacters(in: .whitespaces)
    }
}
