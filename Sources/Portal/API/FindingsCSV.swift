import FollowUpModel
import Foundation
import Texts

/// A downloadable error report ("Felrapport") in the excel-sv dialect: UTF-8 with BOM, `;`
/// between fields, CRLF. A value that Excel would take for a formula (`=`, `+`, `-`, `@`,
/// tab, CR at the start) is prefixed with `'`, since the values come from the region's file.
enum FindingsCSV {
    static func render(_ files: [FileReport]) -> Data {
        render(files.map { ($0.file, $0.findings) })
    }

    static func render(_ files: [(file: String, findings: [Finding])]) -> Data {
        var out = "\u{FEFF}"
        out += [PortalText.file, PortalText.line, PortalText.column, PortalText.value, PortalText.code,
                PortalText.severity, PortalText.message].map(field).joined(separator: ";") + "\r\n"
        for f in files {
            for x in f.findings {
                out += [f.file, x.line.map(String.init) ?? "", x.column ?? "", x.value ?? "", x.code.rawValue,
                        x.severity == .error ? PortalText.error : PortalText.warning, x.message]
                    .map(field).joined(separator: ";") + "\r\n"
            }
        }
        return Data(out.utf8)
    }

    static func field(_ value: String) -> String {
        var v = value
        if let first = v.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) { v = "'" + v }
        if v.contains(where: { $0 == ";" || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
            v = "\"" + v.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return v
    }
}

/// The report of a check, kept for a day under `tmp/portal/reports/` so that its error report
/// can be downloaded after the page has been shown. Only the user who checked may read it.
struct CheckReportStore {
    let area: URL

    struct Stored: Codable {
        var owner: String
        var files: [FileReport]
    }

    var folder: URL { area.appendingPathComponent("reports", isDirectory: true) }

    func save(_ files: [FileReport], owner: String, now: Date) -> String? {
        let fm = FileManager.default
        try? fm.createDirectory(at: folder, withIntermediateDirectories: true)
        for name in (try? fm.contentsOfDirectory(atPath: folder.path)) ?? [] {
            let url = folder.appendingPathComponent(name)
            if let m = (try? fm.attributesOfItem(atPath: url.path))?[.modificationDate] as? Date,
               Date().timeIntervalSince(m) > 86_400 { try? fm.removeItem(at: url) }
        }
        let id = Secrets.randomHex(bytes: 16)
        guard let data = try? JSONEncoder().encode(Stored(owner: owner, files: files)),
              (try? data.write(to: folder.appendingPathComponent(id + ".json"))) != nil else { return nil }
        return id
    }

    /// Keeps the Excel error report of file `index` of check `id`.
    func saveWorkbook(_ data: Data, id: String, index: Int) {
        try? data.write(to: folder.appendingPathComponent("\(id)-\(index).xlsx"))
    }

    func loadWorkbook(_ id: String, index: Int, owner: String) -> Data? {
        guard load(id, owner: owner) != nil else { return nil }
        return try? Data(contentsOf: folder.appendingPathComponent("\(id)-\(index).xlsx"))
    }

    func load(_ id: String, owner: String) -> [FileReport]? {
        guard id.count == 32, id.allSatisfy(\.isHexDigit),
              let data = try? Data(contentsOf: folder.appendingPathComponent(id + ".json")),
              let stored = try? JSONDecoder().decode(Stored.self, from: data), stored.owner == owner else { return nil }
        return stored.files
    }
}
