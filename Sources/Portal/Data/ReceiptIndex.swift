import Foundation
import Pipeline

/// The receipts of `receipts/<region>/`, as the history and the API read them. An id is
/// the receipt's file name without `.kvitto.json`; it is only ever looked up in the folders
/// of the regions the caller may read, and never used to build a path.
struct ReceiptIndex {
    let zones: Zones

    struct Entry: Sendable {
        var id: String
        var region: String
        var receipt: Receipt
        var jsonURL: URL
        var textURL: URL
    }

    static let suffix = ".kvitto.json"

    func regionFolders(for identity: PortalIdentity) -> [String] {
        if identity.role == .region { return identity.region.map { [$0] } ?? [] }
        let all = (try? FileManager.default.contentsOfDirectory(atPath: zones.receipts.path)) ?? []
        return all.filter { $0.count == 2 && $0.allSatisfy(\.isNumber) }.sorted()
    }

    /// Every receipt the caller may read, newest first.
    func entries(for identity: PortalIdentity, year: Int? = nil) -> [Entry] {
        var out: [Entry] = []
        for region in regionFolders(for: identity) {
            let dir = zones.receipts.appendingPathComponent(region, isDirectory: true)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
            for name in names where name.hasSuffix(Self.suffix) && !name.hasPrefix(".") {
                let url = dir.appendingPathComponent(name)
                guard let data = try? Data(contentsOf: url),
                      let receipt = try? JSONDecoder().decode(Receipt.self, from: data) else { continue }
                if let year, receipt.year != year { continue }
                let id = String(name.dropLast(Self.suffix.count))
                out.append(Entry(id: id, region: region, receipt: receipt, jsonURL: url,
                                 textURL: dir.appendingPathComponent(id + ".kvitto.txt")))
            }
        }
        return out.sorted { ($0.receipt.receivedAt, $0.id) > ($1.receipt.receivedAt, $1.id) }
    }

    /// The receipt with this id among those the caller may read; nil otherwise (another
    /// region's id is simply not among them).
    func entry(id: String, for identity: PortalIdentity) -> Entry? {
        entries(for: identity).first { $0.id == id }
    }

    /// The archived (or quarantined) original of a receipt, when it lies inside the data
    /// directory's archive or quarantine.
    func storedFile(of entry: Entry) -> URL? {
        let rel = entry.receipt.storedAt
        guard !rel.isEmpty, !rel.hasPrefix("/"), !rel.split(separator: "/").contains("..") else { return nil }
        let url = zones.root.appendingPathComponent(rel).standardizedFileURL
        let allowed = [zones.archive.path + "/", zones.quarantine.path + "/"]
        guard allowed.contains(where: { url.path.hasPrefix($0) }) else { return nil }
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDir), !isDir.boolValue else { return nil }
        return url
    }
}
