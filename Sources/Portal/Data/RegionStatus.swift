import FollowUpModel
import Foundation
import Pipeline
import Store
import Texts

/// One report of one region and year, as the overview and `GET /api/v1/status` show it.
struct ReportStatus: Sendable, Encodable {
    var region: String
    var regionName: String
    var year: Int
    var report: String
    /// godkand, avvisad, inskickad or saknas.
    var status: String
    var receivedAt: String?
    var late: Bool?
    var errors: Int?
    var warnings: Int?

    enum CodingKeys: String, CodingKey {
        case region = "region_kod", regionName = "region_namn", year = "ar", report = "rapport", status
        case receivedAt = "mottagen", late = "sen", errors = "fel", warnings = "varningar"
    }

    var statusText: String {
        switch status {
        case "godkand": return PortalText.statusAccepted
        case "avvisad": return PortalText.statusRejected
        case "inskickad": return PortalText.statusWaiting
        default: return PortalText.statusMissing
        }
    }
}

/// Reads the store read-only (the `inlamning` table) and the inbox (files waiting for the
/// nightly run).
struct RegionStatusReader {
    let zones: Zones
    let catalog: SchemaCatalog
    let store: StoreAccess

    func statuses(year: Int, regions: [String]) throws -> [ReportStatus] {
        let table = try store.submissionTable(year: year)
        var byKey: [String: ReportStatus] = [:]
        if let table {
            let col = Dictionary(uniqueKeysWithValues: table.columns.enumerated().map { ($1.name, $0) })
            func cell(_ row: [TableValue], _ name: String) -> String? {
                guard let i = col[name], i < row.count else { return nil }
                let t = row[i].plainText
                return t.isEmpty ? nil : t
            }
            for row in table.rows {
                guard let region = cell(row, "region_kod"), regions.contains(region), let report = cell(row, "rapport") else { continue }
                let status: String
                switch cell(row, "status") {
                case "GODKAND": status = "godkand"
                case "AVVISAD": status = "avvisad"
                default: status = "saknas"
                }
                byKey["\(region)/\(report)"] = ReportStatus(
                    region: region, regionName: catalog.regions[region] ?? region, year: year, report: report,
                    status: status, receivedAt: cell(row, "mottagen"),
                    late: cell(row, "sen").map { $0 == ComparisonText.yes },
                    errors: cell(row, "fel").flatMap(Int.init), warnings: cell(row, "varningar").flatMap(Int.init))
            }
        }
        var out: [ReportStatus] = []
        for region in regions {
            let waiting = InboxWriter.waiting(zones: zones, region: region)
            for kind in ReportKind.allCases.sorted() {
                var s = byKey["\(region)/\(kind.rawValue)"] ?? ReportStatus(
                    region: region, regionName: catalog.regions[region] ?? region, year: year, report: kind.rawValue,
                    status: "saknas", receivedAt: nil, late: nil, errors: nil, warnings: nil)
                if let w = waiting.first(where: { $0.name.year == year && $0.name.report == kind }) {
                    s.status = "inskickad"
                    s.receivedAt = SwedishTime.iso(w.receivedAt)
                    s.late = nil
                }
                out.append(s)
            }
        }
        return out
    }
}
