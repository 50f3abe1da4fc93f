import FollowUpModel
import Foundation
import Texts

/// A year's coverage: every region × the four reports, each cell one status as the
/// overview reads it (`RegionStatusReader`: the store's `inlamning` table and the inbox),
/// and the counts of each status.
struct Coverage {
    enum Status: String, CaseIterable {
        case accepted = "godkand", rejected = "avvisad", waiting = "inskickad", missing = "saknas"

        var word: String {
            switch self {
            case .accepted: return AnalystText.accepted
            case .rejected: return AnalystText.rejected
            case .waiting: return AnalystText.waiting
            case .missing: return AnalystText.missing
            }
        }
    }

    struct Cell {
        var report: String
        var status: Status
        var late: Bool
        var receivedAt: String?
    }

    struct Row {
        var region: String
        var name: String
        var cells: [Cell]
    }

    let year: Int
    let rows: [Row]

    /// Cells per status; `late` counts separately (a late report is also accepted or rejected).
    var counts: [Status: Int] {
        var out: [Status: Int] = [:]
        for cell in rows.flatMap(\.cells) { out[cell.status, default: 0] += 1 }
        return out
    }

    var lateCount: Int { rows.flatMap(\.cells).filter(\.late).count }

    init(year: Int, statuses: [ReportStatus], regions: [String], names: [String: String]) {
        self.year = year
        let byRegion = Dictionary(grouping: statuses, by: \.region)
        rows = regions.map { region in
            let cells = ReportKind.allCases.sorted().map { kind -> Cell in
                let s = byRegion[region]?.first { $0.report == kind.rawValue }
                return Cell(report: kind.rawValue, status: s.flatMap { Status(rawValue: $0.status) } ?? .missing,
                            late: s?.late == true, receivedAt: s?.receivedAt)
            }
            return Row(region: region, name: names[region] ?? region, cells: cells)
        }
    }
}
