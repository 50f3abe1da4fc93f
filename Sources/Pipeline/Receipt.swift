import Foundation
import FollowUpModel

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
        t += "\(ReceiptText.file): \(file)\n"
        if let region { t += "\(ReceiptText.region): \(region)\(regionName.map { " \($0)" } ?? "")\n" }
        if let year { t += "\(ReceiptText.year): \(year)\n" }
        if let report { t += "\(ReceiptText.report): \(report)\n" }
        t += "\(ReceiptText.received): \(receivedAt)\n"
        t += "SHA-256: \(sha256)\n\n"
        t += ReceiptText.outcome(outcome) + "\n"
        t += ReceiptText.counts(rows: rows, errors: errors, warnings: warnings) + "\n"
        if !findings.isEmpty {
            t += "\n\(ReceiptText.findingsHeading):\n"
            for f in findings { t += "  " + ReceiptText.line(for: f) + "\n" }
            if findingsTruncated {
                t += "  " + ReceiptText.truncated(listed: findings.count, total: errors + warnings) + "\n"
            }
        }
        t += "\n" + ReceiptText.footer + "\n"
        return t
    }

    /// Writes `<stem>.<stamp>.<sha8>.kvitto.txt` and `.json` into `folder`; returns the text file.
    @discardableResult
    func write(into folder: URL, stamp: String) throws -> URL {
        let stem = (file as NSString).deletingPathExtension
        let base = "\(stem).\(stamp).\(sha256.prefix(8))"
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

/// The receipts' Swedish words, in one place.
enum ReceiptText {
    static let heading = "KVITTO – uppföljning av det regionala utvecklingsarbetet (SFS 2024:99)"
    static let file = "Fil"
    static let region = "Region"
    static let year = "År"
    static let report = "Rapport"
    static let received = "Mottagen"
    static let findingsHeading = "Synpunkter (rad och kolumn i filen; rad 1 är rubrikraden)"
    static let footer = "Rätta filen och lägg den i inkorgen igen; en ny godkänd version ersätter den gamla. Kontrollera gärna först med: followup validate FIL"

    static func outcome(_ o: FileOutcome) -> String {
        switch o {
        case .accepted: return "Resultat: GODKÄND – uppgifterna är inlästa och ersätter en eventuell tidigare godkänd version."
        case .rejected: return "Resultat: AVVISAD – filen har fel och ingen rad har lagrats. En tidigare godkänd version av rapporten, om det finns en, gäller fortfarande."
        case .duplicate: return "Resultat: DUBBLETT – exakt samma fil har redan behandlats. Inget har ändrats."
        case .quarantined: return "Resultat: KARANTÄN – filen kunde inte knytas till en region och rapport och har inte behandlats."
        }
    }

    static func counts(rows: Int, errors: Int, warnings: Int) -> String {
        "Datarader: \(rows)   Fel: \(errors)   Varningar: \(warnings)"
    }

    static func line(for f: Finding) -> String {
        let sev = f.severity == .error ? "FEL" : "VARNING"
        var place = f.line.map { "rad \($0)" } ?? "hela filen"
        if let c = f.column { place += ", kolumn \(c)" }
        return "\(sev) [\(f.code.rawValue)] \(place): \(f.message)"
    }

    static func truncated(listed: Int, total: Int) -> String {
        "… och \(total - listed) synpunkter till som inte listas här (\(total) totalt). Rätta de listade och kontrollera filen igen."
    }
}

extension ReceiptText {
    static func duplicateMessage(earlierFile: String, receivedAt: String) -> String {
        "Exakt samma fil (samma innehåll) har redan behandlats: \(earlierFile), mottagen \(receivedAt). Inget har ändrats. Vill du ersätta uppgifterna, skicka en ändrad fil."
    }

    static func unattributable(folder: String?) -> String {
        "Filen kunde inte knytas till en region, ett år och en rapport\(folder.map { " (mappen \($0))" } ?? " (filen låg direkt i inkorgen, inte i en regions mapp)"). Namnet ska vara <regionkod>_<år>_<rapport>.csv, t.ex. 14_2025_finansiering.csv, och filen ska ligga i regionens egen mapp."
    }

    static func irregular(kind: String) -> String {
        "Posten i inkorgen är en \(kind), inte en vanlig fil, och har inte lästs. Lägg filen själv (inte en genväg) i inkorgen."
    }
}
