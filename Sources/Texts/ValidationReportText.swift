import FollowUpModel

/// `followup validate`'s report for people: per file a verdict, what the file is, the counts
/// and its findings (`FindingText`), then a summary line.
public enum ValidationReportText {
    public static func render(_ report: ValidationReport) -> String {
        var out = ""
        for file in report.files {
            out += "\(VisibleText.name(file.file)): \(file.valid ? "Godkänd" : "Underkänd")\n"
            var about: [String] = []
            if let region = file.region { about.append("region \(region)") }
            if let year = file.year { about.append("år \(year)") }
            if let kind = file.report { about.append("rapport \(kind.rawValue)") }
            about.append(Plural.count(file.rows, .dataRows))
            about.append(Plural.count(file.errors, .errors))
            about.append(Plural.count(file.warnings, .warnings))
            out += "  " + about.joined(separator: ", ") + "\n"
            out += FindingText.list(file.findings, total: file.errors + file.warnings, truncated: file.findingsTruncated)
            out += "\n"
        }
        let accepted = report.files.filter(\.valid).count
        let rejected = report.files.count - accepted
        out += "Sammanfattning: \(Plural.count(report.files.count, .files)), \(Plural.count(accepted, .accepted)), \(Plural.count(rejected, .rejected)).\n"
        return out
    }
}
