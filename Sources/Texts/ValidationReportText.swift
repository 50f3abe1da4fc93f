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
            about.append("\(file.rows) datarader")
            about.append("\(file.errors) fel")
            about.append("\(file.warnings) \(file.warnings == 1 ? "varning" : "varningar")")
            out += "  " + about.joined(separator: ", ") + "\n"
            out += FindingText.list(file.findings, total: file.errors + file.warnings, truncated: file.findingsTruncated)
            out += "\n"
        }
        let accepted = report.files.filter(\.valid).count
        out += "Sammanfattning: \(report.files.count) filer, \(accepted) godkända, \(report.files.count - accepted) underkända.\n"
        return out
    }
}
