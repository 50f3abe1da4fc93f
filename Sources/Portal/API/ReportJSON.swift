import FollowUpModel
import Foundation

/// The JSON report of `followup validate --format json` (spec/issue-codes.md), with `null`
/// written out where a value is absent; the submissions endpoint adds `submitted` (and, when
/// a file was not placed, `not_submitted_reason`) to each file.
enum ReportJSON {
    struct Report: Encodable {
        let report: ValidationReport
        let placements: [PortalCheck.Placement]?
        enum K: String, CodingKey { case valid, files }
        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: K.self)
            try c.encode(report.valid, forKey: .valid)
            try c.encode(report.files.enumerated().map { File(f: $1, placement: placements?[$0]) }, forKey: .files)
        }
    }
    struct File: Encodable {
        let f: FileReport
        let placement: PortalCheck.Placement?
        enum K: String, CodingKey {
            case file, region, year, report, valid, rows, errors, warnings, findingsTruncated, findings
            case submitted, notSubmittedReason = "not_submitted_reason"
        }
        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: K.self)
            try c.encode(f.file, forKey: .file)
            try c.encode(f.region, forKey: .region)
            try c.encode(f.year, forKey: .year)
            try c.encode(f.report?.rawValue, forKey: .report)
            try c.encode(f.valid, forKey: .valid)
            try c.encode(f.rows, forKey: .rows)
            try c.encode(f.errors, forKey: .errors)
            try c.encode(f.warnings, forKey: .warnings)
            try c.encode(f.findingsTruncated, forKey: .findingsTruncated)
            try c.encode(f.findings.map(Item.init), forKey: .findings)
            if let placement {
                try c.encode(placement.submitted, forKey: .submitted)
                if let reason = placement.reason { try c.encode(reason, forKey: .notSubmittedReason) }
            }
        }
    }
    struct Item: Encodable {
        let f: Finding
        enum K: String, CodingKey { case code, severity, file, line, column, value, message }
        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: K.self)
            try c.encode(f.code.rawValue, forKey: .code)
            try c.encode(f.severity.rawValue, forKey: .severity)
            try c.encode(f.file, forKey: .file)
            try c.encode(f.line, forKey: .line)
            try c.encode(f.column, forKey: .column)
            try c.encode(f.value, forKey: .value)
            try c.encode(f.message, forKey: .message)
        }
    }

    static func encode(_ value: some Encodable) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(value)
    }
}
