import Foundation
import FollowUpModel
import Texts

/// The outcome of one processed file, as its receipt states it.
public enum FileOutcome: String, Codable, Sendable {
    /// Loaded; replaces the earlier accepted version, if any.
    case accepted = "godkand"
    /// Had errors; nothing was stored.
    case rejected = "avvisad"
    /// The same bytes were processed before; nothing changed.
    case duplicate = "dubblett"
    /// Could not be attributed to a region and report; moved to quarantine.
    case quarantined = "karantan"
}

/// A receipt for one file: written as Swedish text and as JSON in `receipts/<region>/`.
public struct Receipt: Codable, Sendable {
    public var file: String
    public var region: String?
    public var regionName: String?
    public var year: Int?
    public var report: String?
    public var receivedAt: String
    public var sha256: String
    public var outcome: FileOutcome
    public var rows: Int
    public var errors: Int
    public var warnings: Int
    public var findingsTruncated: Bool
    public var findings: [Finding]
    /// Where the original bytes are kept, relative to the data directory.
    public var storedAt: String

    enum CodingKeys: String, CodingKey {
        case file, region, regionName = "region_namn", year, report, receivedAt = "received_at", sha256, outcome,
             rows, errors, warnings, findingsTruncated = "findings_truncated", findings, storedAt = "stored_at"
    }

    /// The text a region's officer reads.
    public var text: String {
        var t = ReceiptText.heading + "\n\n"
        t += "\(ReceiptText.file): \(VisibleText.name(file))\n"
        if let region { t += "\(ReceiptText.region): \(region)\(regionName.map { " \($0)" } ?? "")\n" }
        if let year { t += "\(ReceiptText.year): \(year)\n" }
        if let report { t += "\(ReceiptText.report): \(report)\n" }
        t += "\(ReceiptText.received): \(receivedAt)\n"
        t += "SHA-256: \(sha256)\n\n"
        t += outcome.text + "\n"
        t += ReceiptText.counts(rows: rows, errors: errors, warnings: warnings) + "\n"
        if !findings.isEmpty {
            t += "\n\(ReceiptText.findingsHeading):\n"
            t += FindingText.list(findings, total: errors + warnings, truncated: findingsTruncated)
        }
        if outcome == .rejected { t += "\n" + ReceiptText.footer + "\n" }
        return t
    }

    /// The receipt name of a processed (archived) file: `<file name>.<received>.<sha8>`,
    /// the whole name with its extension, so `x.csv` and `x.CSV` never share a receipt;
    /// the same on a retry after a kill.
    static func baseName(fileName: String, stamp: String, sha256: String) -> String {
        "\(SafeName.component(fileName)).\(stamp).\(sha256.prefix(8))"
    }

    /// The receipt name of a quarantined entry: its unique name in `quarantine/`, then
    /// `.karantan` (never a hex digest, so it cannot meet a processed file's receipt name).
    static func quarantineBaseName(_ destination: URL) -> String {
        "\(destination.lastPathComponent).karantan"
    }

    /// Writes `<baseName>.kvitto.txt` and `.json` into `folder`; returns the text file.
    @discardableResult
    func write(into folder: URL, baseName base: String) throws -> URL {
        let txt = folder.appendingPathComponent(base + ".kvitto.txt")
        let json = folder.appendingPathComponent(base + ".kvitto.json")
        let enc = JSONEncoder()
        enc.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data: Data
        do { data = try enc.encode(self) } catch {
            throw PipelineError.io(path: json.path, reason: "\(error)")
        }
        try FileIO.writeAtomically(data, to: json)
        try FileIO.writeAtomically(Data(text.utf8), to: txt)
        return txt
    }
}

extension FileOutcome {
    /// The receipt's line about the outcome.
    var text: String {
        switch self {
        case .accepted: return ReceiptText.accepted
        case .rejected: return ReceiptText.rejected
        case .duplicate: return ReceiptText.duplicate
        case .quarantined: return ReceiptText.quarantined
        }
    }
}
