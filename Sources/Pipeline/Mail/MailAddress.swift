/// A plain e-mail address (`namn@example.se`), checked before it reaches a header: no
/// display names, no comments, nothing that could end a header line or add a recipient.
public enum MailAddress {
    /// Whether `text` is one address `local@domain` of printable ASCII, without spaces,
    /// control characters or the characters that separate or quote addresses.
    public static func isValid(_ text: String) -> Bool {
        guard text.utf8.count <= 254 else { return false }
        let forbidden: Set<UInt8> = Array(" \"(),:;<>[]\\".utf8).reduce(into: []) { $0.insert($1) }
        guard text.utf8.allSatisfy({ $0 > 0x20 && $0 < 0x7F && !forbidden.contains($0) }) else { return false }
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[0].count <= 64 else { return false }
        let domain = parts[1]
        guard domain.contains("."), !domain.hasPrefix("."), !domain.hasSuffix("."), !domain.contains("..") else { return false }
        return true
    }

    /// The part after `@` (for Message-ID), or `localhost`.
    static func domain(of address: String) -> String {
        guard let at = address.lastIndex(of: "@") else { return "localhost" }
        let d = address[address.index(after: at)...]
        return d.isEmpty ? "localhost" : String(d)
    }
}
