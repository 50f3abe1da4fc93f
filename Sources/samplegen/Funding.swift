/// Funding decisions (finansiering): the national targets of FundingTargets spread over
/// regions and decisions in whole kronor, the remainder fixed on the last share so that
/// every total is exact.
struct Decision {
    var id = ""
    let insatsId: String?
    let instrument: String
    let area: Int
    let priority: String
    let amount: Int
    /// Co-financing by source; nil = left empty (0).
    let eruf: Int?, jtf: Int?, region: Int?, kommun: Int?, annanOffentlig: Int?, privat: Int?
    let horizontal: [String]
    let date: CivilDate
}

enum Funding {
    static let typicalSize: [String: Int] = ["PROJ": 1_400_000, "INV": 3_000_000, "FRAM": 450_000, "SERV": 320_000]

    static func weight(_ r: RegionInfo, _ instrument: String) -> Double {
        let base = Double(r.population).squareRoot()
        let north = ["22", "23", "24", "25"].contains(r.kod)
        switch instrument {
        case "INV": return r.investmentArea ? base * (north ? 1.8 : 1.0) : 0
        case "FRAM": return base * (r.investmentArea ? 1.5 : 1.0)
        case "SERV": return base * (r.investmentArea ? 2.2 : 1.0)
        default: return base * (north ? 2.2 : r.investmentArea ? 1.5 : 1.0)
        }
    }

    /// Splits `total` into parts proportional to `weights`, each rounded down to `step`
    /// kronor; the last part with a positive weight takes the remainder.
    static func split(_ total: Int, weights: [Double], step: Int) -> [Int] {
        let sum = weights.reduce(0, +)
        var parts = weights.map { w in sum > 0 ? Int(Double(total) * w / sum) / step * step : 0 }
        let last = weights.lastIndex { $0 > 0 }!
        parts[last] += total - parts.reduce(0, +)
        return parts
    }

    static func decisions(year: Int, seed: UInt64, activities: [String: [Activity]]) -> [String: [Decision]] {
        var rng = SplitMix64.derived(seed: seed, 3, year)
        var byRegion: [String: [Decision]] = [:]
        for (cell, total) in FundingTargets.cells(year: year, seed: seed) {
            let weights = CodeLists.regions.map { weight($0, cell.instrument) * rng.double(0.5, 1.5) }
            let parts = split(total, weights: weights, step: 1000)
            for (region, part) in zip(CodeLists.regions, parts) where part > 0 {
                let k = max(1, min(40, Int((Double(part) / Double(typicalSize[cell.instrument]!)).rounded())))
                let amounts = split(part, weights: (0..<k).map { _ in rng.double(0.25, 1.25) }, step: 1000)
                let candidates = (activities[region.kod] ?? []).filter { $0.priority == cell.priority }
                for amount in amounts {
                    byRegion[region.kod, default: []].append(
                        decision(cell: cell, amount: amount, region: region, candidates: candidates, rng: &rng))
                }
            }
        }
        // Diary numbers in date order, e.g. RUFS-2021-0142.
        for kod in CodeLists.regions.map(\.kod) {
            guard let list = byRegion[kod] else { continue }
            var sorted = list.sorted { ($0.date, $0.amount) < ($1.date, $1.amount) }
            var number = 40 + rng.int(160)
            for i in sorted.indices {
                number += 1 + rng.int(6)
                let n = String(number)
                sorted[i].id = "RUFS-\(year)-" + String(repeating: "0", count: max(0, 4 - n.count)) + n
            }
            byRegion[kod] = sorted
        }
        return byRegion
    }

    private static func decision(cell: FundingCell, amount: Int, region: RegionInfo, candidates: [Activity],
                                 rng: inout SplitMix64) -> Decision {
        func share(_ p: Double, _ lo: Double, _ hi: Double) -> Int? {
            guard rng.chance(p) else { return rng.chance(0.15) ? 0 : nil }
            return Int(Double(amount) * rng.double(lo, hi)) / 1000 * 1000
        }
        let linkChance: Double = ["PROJ": 0.85, "SERV": 0.5][cell.instrument] ?? 0.1
        let insats = (!candidates.isEmpty && rng.chance(linkChance)) ? rng.pick(candidates).id : nil
        let month = 1 + rng.weighted([5, 8, 10, 9, 10, 9, 3, 6, 10, 10, 10, 10])
        let daysInMonth = CivilDate(year: cell.year, month: month % 12 + 1, day: 1).daysSinceEpoch
            - CivilDate(year: cell.year, month: month, day: 1).daysSinceEpoch
        let date = CivilDate(year: cell.year, month: month, day: 1 + rng.int(month == 12 ? 31 : daysInMonth))
        let jtfRegion = ["09", "24", "25"].contains(region.kod) && cell.year >= 2022
        let horizontal: [String]
        switch cell.instrument {
        case "PROJ":
            horizontal = rng.subset(CodeLists.horizontal, count: [0, 1, 2, 3][rng.weighted([15, 30, 30, 25])])
            return Decision(insatsId: insats, instrument: "PROJ", area: cell.area, priority: cell.priority, amount: amount,
                            eruf: share(0.35, 0.5, 1.5), jtf: jtfRegion ? share(0.2, 0.3, 1.0) : nil,
                            region: share(0.7, 0.3, 1.0), kommun: share(0.5, 0.1, 0.5),
                            annanOffentlig: share(0.2, 0.1, 0.4), privat: share(0.25, 0.05, 0.3),
                            horizontal: horizontal, date: date)
        case "INV":
            horizontal = rng.chance(0.5) ? ["MILJO"] : []
            return Decision(insatsId: insats, instrument: "INV", area: 3, priority: cell.priority, amount: amount,
                            eruf: nil, jtf: jtfRegion ? share(0.1, 0.2, 0.6) : nil, region: nil, kommun: nil,
                            annanOffentlig: nil, privat: share(1.0, 2.0, 4.0), horizontal: horizontal, date: date)
        case "FRAM":
            horizontal = rng.subset(CodeLists.horizontal, count: [0, 1, 2][rng.weighted([40, 40, 20])])
            return Decision(insatsId: insats, instrument: "FRAM", area: 3, priority: cell.priority, amount: amount,
                            eruf: nil, jtf: nil, region: nil, kommun: nil, annanOffentlig: nil,
                            privat: share(0.7, 0.5, 1.5), horizontal: horizontal, date: date)
        default:
            horizontal = rng.chance(0.3) ? ["JAMST"] : []
            return Decision(insatsId: insats, instrument: "SERV", area: 1, priority: "1.3", amount: amount,
                            eruf: nil, jtf: nil, region: nil, kommun: share(0.6, 0.2, 1.0), annanOffentlig: nil,
                            privat: share(0.4, 0.1, 0.5), horizontal: horizontal, date: date)
        }
    }

    static let header = ["region_kod", "ar", "beslut_id", "insats_id", "stodform", "strategiskt_omrade", "prioritering",
                         "beviljat_kr", "eruf_kr", "jtf_kr", "region_kr", "kommun_kr", "annan_offentlig_kr", "privat_kr",
                         "horisontella_kriterier", "beslutsdatum"]

    static func table(region: RegionInfo, year: Int, decisions: [Decision]) -> ReportTable {
        func opt(_ v: Int?) -> Cell { v.map { .amount($0) } ?? .empty }
        let rows: [[Cell]] = decisions.map { d in
            [.text(region.kod), .int(year), .text(d.id), d.insatsId.map { .text($0) } ?? .empty, .text(d.instrument),
             .int(d.area), d.priority.isEmpty ? .empty : .text(d.priority), .amount(d.amount), opt(d.eruf), opt(d.jtf),
             opt(d.region), opt(d.kommun), opt(d.annanOffentlig), opt(d.privat),
             .text(d.horizontal.joined(separator: "|")), .text(d.date.iso)]
        }
        return ReportTable(header: header, rows: rows)
    }
}
