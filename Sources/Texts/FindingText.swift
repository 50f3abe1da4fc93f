import FollowUpModel

/// The one text form of findings, shared by the receipts, `followup validate` and the portal.
///
/// ```swift
/// FindingText.line(finding)
/// // "FEL [required] rad 3, kolumn titel: Kolumnen titel på rad 3 får inte vara tom."
/// ```
/// A list is ordered errors first, then warnings; within each, findings about the whole file
/// come first, then by line; findings on one line keep the order they were found in (which
/// is the order of the columns).
public enum FindingText {
    /// One finding as one line: severity, code, place, message. Whatever a message or column
    /// name carries from a file (a line break, a control character) is shown as a visible
    /// escape (`VisibleText`): a finding is always exactly one line.
    public static func line(_ finding: Finding) -> String {
        let severity = finding.severity == .error ? "FEL" : "VARNING"
        var place = finding.line.map { "rad \($0)" } ?? "hela filen"
        if let column = finding.column { place += ", kolumn \(VisibleText.escaped(column))" }
        return "\(severity) [\(finding.code.rawValue)] \(place): \(VisibleText.escaped(finding.message))"
    }

    /// The findings in the order a person reads them (see the type's note).
    public static func ordered(_ findings: [Finding]) -> [Finding] {
        findings.enumerated().sorted { a, b in
            let (x, y) = (a.element, b.element)
            if x.severity != y.severity { return x.severity == .error }
            let (lx, ly) = (x.line ?? 0, y.line ?? 0)
            return lx != ly ? lx < ly : a.offset < b.offset
        }.map(\.element)
    }

    /// A file's findings, one indented line each, ordered; when only some are listed, a last
    /// line says how many more there are.
    ///
    /// - Parameters:
    ///   - findings: the listed findings.
    ///   - total: every finding counted (errors + warnings), listed or not.
    ///   - truncated: whether `total` exceeds what is listed.
    ///   - indent: put before every line.
    public static func list(_ findings: [Finding], total: Int, truncated: Bool, indent: String = "  ") -> String {
        var out = ""
        for finding in ordered(findings) { out += indent + line(finding) + "\n" }
        if truncated { out += indent + self.truncated(listed: findings.count, total: total) + "\n" }
        return out
    }

    /// The last line of a list that does not show every finding.
    public static func truncated(listed: Int, total: Int) -> String {
        "… och \(Plural.count(total - listed, .findings)) till som inte listas här (\(total) totalt). Rätta de listade och kontrollera filen igen."
    }
}
