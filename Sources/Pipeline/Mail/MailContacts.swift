import Foundation
import Texts

/// The regions' e-mail addresses: the contacts file (`mail.contacts_file`) and, from the
/// executable, the enabled region accounts of the portal.
///
/// The file is UTF-8 text, one address a line: `region_kod;epost` (a comma also separates).
/// Blank lines, lines starting with `#` and a header line `region_kod;epost` are skipped;
/// a region may have several lines. A line that is not understood is named in the log and
/// skipped; the rest of the file still counts.
public struct MailContacts: Sendable {
    /// Region code → addresses, each once, in the order first seen.
    public private(set) var byRegion: [String: [String]] = [:]
    /// Lines of the file that were skipped, worded for the log.
    public private(set) var problems: [String] = []

    public init() {}

    /// Adds an address of a region (ignored when already there).
    public mutating func add(region: String, address: String) {
        let a = address.trimmingCharacters(in: .whitespaces)
        guard MailAddress.isValid(a) else { return }
        if !(byRegion[region] ?? []).contains(where: { $0.lowercased() == a.lowercased() }) {
            byRegion[region, default: []].append(a)
        }
    }

    /// Reads the contacts file's text; `knownRegions` are the codes of `regioner.csv`.
    public mutating func read(_ text: String, knownRegions: Set<String>) {
        for (i, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var line = raw.trimmingCharacters(in: .whitespacesAndNewlines)
            if i == 0, line.hasPrefix("\u{FEFF}") { line.removeFirst() }
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(omittingEmptySubsequences: false, whereSeparator: { $0 == ";" || $0 == "," })
                .map { $0.trimmingCharacters(in: .whitespaces) }
            guard fields.count == 2 else {
                problems.append(MailText.contactLineInvalid(line: i + 1, reason: MailText.contactNotTwoFields))
                continue
            }
            if fields[0].lowercased() == "region_kod" { continue }  // the header line
            guard knownRegions.contains(fields[0]) else {
                problems.append(MailText.contactLineInvalid(line: i + 1, reason: MailText.contactUnknownRegion(fields[0])))
                continue
            }
            guard MailAddress.isValid(fields[1]) else {
                problems.append(MailText.contactLineInvalid(line: i + 1, reason: MailText.contactBadAddress(fields[1])))
                continue
            }
            add(region: fields[0], address: fields[1])
        }
    }

    /// Reads the file at `path`; a file that cannot be read is one problem.
    public mutating func read(fileAt path: String, knownRegions: Set<String>) {
        do {
            read(try String(contentsOfFile: path, encoding: .utf8), knownRegions: knownRegions)
        } catch {
            problems.append("\(path): \(error.localizedDescription)")
        }
    }
}

/// What the executable adds to a run's mail from outside the Pipeline module: the portal's
/// address (`portal.public_base_url`) and the addresses of its enabled region accounts.
public struct MailContext: Sendable {
    public var portalURL: String?
    /// Region code → addresses.
    public var portalContacts: [String: [String]] = [:]
    /// Why the portal's accounts could not be read, for the run's log.
    public var portalProblem: String?
    public init(portalURL: String? = nil, portalContacts: [String: [String]] = [:]) {
        self.portalURL = portalURL
        self.portalContacts = portalContacts
    }
}
