import Foundation
import Store

/// The analysts' finding statistics of a year and the year before, from the store's
/// `finding` table (`ReadOnlyStore.findingCounts`): every submission the nightly run
/// recorded — accepted with warnings or rejected — keeps its findings there, also after a
/// rebuild and after receipts are pruned. Duplicates are left out (they repeat the
/// findings of the file they copy); quarantined entries (no region or report to count
/// them under) are not in the store. A submission's findings are capped by the validator's
/// limit, so a very broken file counts at most that many.
struct FindingStatistics {
    /// One row of a statistics table: a code, within a group (a report or a region), with
    /// its counts in both years and an example from the later one.
    struct Row {
        var group: String
        var code: String
        var severity: String
        var findings: Int
        var submissions: Int
        var previousFindings: Int
        var previousSubmissions: Int
        /// The latest submission of `year` with this code (region, file, SHA-256).
        var example: (region: String, file: String, sha256: String)?
    }

    let year: Int
    let counts: [FindingCount]

    /// Per code over everything.
    var byCode: [Row] { rows { _ in "" } }
    /// Per report and code.
    var byReport: [Row] { rows(\.report) }
    /// Per region and code.
    var byRegion: [Row] { rows(\.region) }

    /// Rows grouped by `group`, most findings of `year` first within the order of groups.
    func rows(_ group: (FindingCount) -> String) -> [Row] {
        var table: [String: Row] = [:]
        var exampleAt: [String: (Int, String)] = [:]  // findings count of the example's cell, for a stable choice
        for c in counts where c.year == year || c.year == year - 1 {
            let g = group(c), key = g + "\u{0}" + c.code
            var row = table[key] ?? Row(group: g, code: c.code, severity: c.severity, findings: 0, submissions: 0,
                                        previousFindings: 0, previousSubmissions: 0, example: nil)
            if c.year == year {
                row.findings += c.findings
                row.submissions += c.submissions
                if row.severity != "error" { row.severity = c.severity }
                let rank = (c.findings, c.region)
                if let best = exampleAt[key], (best.0, best.1) >= rank {} else {
                    exampleAt[key] = rank
                    row.example = (c.region, c.exampleFile, c.exampleSHA256)
                }
            } else {
                row.previousFindings += c.findings
                row.previousSubmissions += c.submissions
            }
            table[key] = row
        }
        return table.values.sorted {
            if $0.group != $1.group { return $0.group < $1.group }
            if $0.findings != $1.findings { return $0.findings > $1.findings }
            if $0.previousFindings != $1.previousFindings { return $0.previousFindings > $1.previousFindings }
            return $0.code < $1.code
        }
    }
}
