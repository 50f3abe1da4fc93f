/// A region's activities (insatser): a pool spanning several years, so that the same
/// `insats_id` is reported from its start (PLANERAD the year before) until it ends (AVSLUTAD).
struct Activity {
    let id: String
    let title: String
    let area: Int
    let priority: String
    let roles: [String]
    let sustainability: [String]
    let territorial: [String]
    let cooperation: [String]
    let start: CivilDate
    let end: CivilDate
    /// Whether the dates are written (a planned or open-ended activity may leave them out).
    let startGiven: Bool
    let endGiven: Bool
    let description: String

    func status(in year: Int) -> String? {
        if start.year == year + 1 { return "PLANERAD" }
        if start.year > year + 1 || end.year < year { return nil }
        return end.year == year ? "AVSLUTAD" : "PAGAENDE"
    }
}

enum Activities {
    static let priorityWeights: [Double] = [6, 4, 4, 6, 8, 9, 7, 5, 9, 5, 5, 6]

    static func pool(for region: RegionInfo, seed: UInt64) -> [Activity] {
        let regionIndex = CodeLists.regions.firstIndex { $0.kod == region.kod }!
        var rng = SplitMix64.derived(seed: seed, 1, regionIndex)
        var pool: [Activity] = []
        let perYear = Double(region.population).squareRoot() * 0.5
        for startYear in 2017...2026 {
            let n = max(3, Int((perYear * rng.double(0.7, 1.3)).rounded()))
            for i in 1...n {
                let p = CodeLists.priorities[rng.weighted(priorityWeights)]
                let template = rng.pick(WordLists.titles[p.kod]!)
                var title = WordLists.fill(template, region: region, rng: &rng)
                if rng.chance(0.08) { title += ", etapp 2" }
                let duration = [1, 2, 3, 4][rng.weighted([25, 30, 30, 15])]
                let startDay = rng.int(CivilDate.daysIn(year: startYear) - 60)
                let start = CivilDate.dayOfYear(startYear, startDay)
                let endYear = startYear + duration - 1
                let end: CivilDate
                if duration == 1 {
                    end = CivilDate.dayOfYear(endYear, startDay + 30 + rng.int(CivilDate.daysIn(year: endYear) - startDay - 30))
                } else {
                    end = CivilDate.dayOfYear(endYear, rng.int(CivilDate.daysIn(year: endYear)))
                }
                let roleCount = [1, 2, 3][rng.weighted([40, 40, 20])]
                let roles = rng.subset(CodeLists.roles, count: roleCount)
                let sust = rng.subset(CodeLists.sustainability, count: [0, 1, 2, 3][rng.weighted([10, 35, 35, 20])])
                let terr = rng.subset(CodeLists.territorial, count: [0, 1, 2][rng.weighted([30, 50, 20])])
                let coop = rng.subset(CodeLists.cooperation, count: [0, 1, 2, 3, 4][rng.weighted([5, 25, 30, 25, 15])])
                var desc = ""
                if rng.chance(0.6) {
                    let a = WordLists.fill(rng.pick(WordLists.sentences), region: region, rng: &rng)
                    let b = WordLists.fill(rng.pick(WordLists.sentences), region: region, rng: &rng)
                    desc = rng.chance(0.05) ? a + "\n" + b : (a == b ? a : a + " " + b)
                }
                let id = "\(region.idPrefix)-\(startYear)-\(i < 10 ? "00" : i < 100 ? "0" : "")\(i)"
                pool.append(Activity(
                    id: id, title: title, area: p.area, priority: p.kod, roles: roles,
                    sustainability: sust, territorial: terr, cooperation: coop,
                    start: start, end: end,
                    startGiven: startYear <= 2025 || rng.chance(0.6),
                    endGiven: rng.chance(0.85), description: desc))
            }
        }
        return pool
    }

    static let header = ["region_kod", "ar", "insats_id", "titel", "strategiskt_omrade", "prioritering", "roll",
                         "hallbarhet", "territoriell_inriktning", "samverkan", "status", "startdatum",
                         "slutdatum", "beskrivning"]

    static func reported(_ pool: [Activity], year: Int) -> [Activity] {
        pool.filter { $0.status(in: year) != nil }
    }

    static func table(region: RegionInfo, year: Int, activities: [Activity]) -> ReportTable {
        var rows: [[Cell]] = []
        for a in activities {
            let status = a.status(in: year)!
            // A planned activity may lack dates; an ongoing one may be open-ended.
            let startCell: Cell = (status != "PLANERAD" || a.startGiven) ? .text(a.start.iso) : .empty
            let endCell: Cell = (status == "AVSLUTAD" || a.endGiven) ? .text(a.end.iso) : .empty
            rows.append([
                .text(region.kod), .int(year), .text(a.id), .text(a.title), .int(a.area), .text(a.priority),
                .text(a.roles.joined(separator: "|")), .text(a.sustainability.joined(separator: "|")),
                .text(a.territorial.joined(separator: "|")), .text(a.cooperation.joined(separator: "|")),
                .text(status), startCell, endCell, a.description.isEmpty ? .empty : .text(a.description),
            ])
        }
        return ReportTable(header: header, rows: rows)
    }
}
