import Foundation

/// Splits `a; b="c; d"; e=f` into its parameters, honouring quotes.
enum HeaderParameters {
    /// Browsers send a backslash in a file name as it is (HTML's form-data encoding escapes
    /// only `"`, CR and LF, as %22, %0D, %0A), so it is no escape character here.
    static func split(_ header: String) -> [String] {
        var out: [String] = [], current = "", quoted = false
        for ch in header {
            if ch == "\"" { quoted.toggle(); current.append(ch); continue }
            if ch == ";" && !quoted { out.append(current.trimmingCharacters(in: .whitespaces)); current = ""; continue }
            current.append(ch)
        }
        out.append(current.trimmingCharacters(in: .whitespaces))
        return out
    }

    static func value(_ key: String, in parts: [String]) -> String? {
        for p in parts.dropFirst() {
            guard let eq = p.firstIndex(of: "=") else { continue }
            guard p[..<eq].trimmingCharacters(in: .whitespaces).lowercased() == key else { continue }
            var v = String(p[p.index(after: eq)...]).trimmingCharacters(in: .whitespaces)
            if v.count >= 2, v.hasPrefix("\""), v.hasSuffix("\"") { v = String(v.dropFirst().dropLast()) }
            if key.hasSuffix("*"), let tick = v.range(of: "''") {
                v = String(v[tick.upperBound...]).removingPercentEncoding ?? v
            }
            return v
        }
        return nil
    }
}
