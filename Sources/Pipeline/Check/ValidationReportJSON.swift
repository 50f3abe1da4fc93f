import FollowUpModel
import Foundation

/// The JSON report of `followup validate --format json` (spec/issue-codes.md), with `null`
/// written out where a value is absent. One encoder for the command line and the portal's
/// API; the portal's submissions endpoint adds `submitted` (and, when a file was not
/// placed, `not_submitted_reason`) to each file.
public enum ValidationReportJSON {
    /// What the portal did with one file of the report.
    public struct Placement: Sendable {
        public var submitted: Bool
        /// nil when submitted; otherwise why not.
        public var reason: String?

        public init(submitted: Bool, reason: String?) {
            self.submitted = submitted
            self.reason = reason
        }
    }

    /// The report as pretty-printed JSON with sorted keys.
    /// - Parameter placements: one per file, in the report's order, or nil.
    public static func encode(_ report: ValidationReport, placements: [Placement]? = nil) throws -> Data {
        try encode(Report(report: report, placements: placements))
    }

    /// `encode` as text, for the command line.
    public static func render(_ report: ValidationReport) throws -> String {
        String(decoding: try encode(report), as: UTF8.self)
    }

    /// Any value encoded the same way (pretty, sorted keys, slashes unescaped).
    public static func encode(_ value: some Encodable) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(value)
    }

    struct Report: Encodable {
        let report: ValidationReport
        let placements: [Placement]?
        enum K: String, CodingKey { case valid, files }
        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: K.self)
            try c.encode(report.valid, forKey: .valid)
            try c.encode(report.files.enumerated().map { File(f: $1, placement: placements?[$0]) }, forKey: .files)
        }
    }

    struct File: Encodable {
        let f: FileReport
        let placement: Placement?
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
}
