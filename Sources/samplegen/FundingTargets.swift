/// The national funding totals the sample data reproduces exactly, in whole kronor.
///
/// 2020 and 2021 are Tillväxtverket's published figures ("Så satsar Sveriges regioner –
/// 2021"): PROJ 766.5 MSEK in 2020 and 489.0 MSEK in 2021 (28.6 / 55.5 / 287.8 / 34.9 MSEK
/// in areas 1–4, 102.1 MSEK to priority 3.4), INV 529, FRAM 151 (area 3) and SERV 92 MSEK
/// (area 1) in 2021. The other years are plausible continuations.
struct FundingCell: Hashable, Comparable {
    let year: Int
    let instrument: String
    let area: Int
    /// Empty = priority not given (area 0).
    let priority: String

    static func < (a: FundingCell, b: FundingCell) -> Bool {
        (a.year, CodeLists.instruments.firstIndex(of: a.instrument)!, a.area, a.priority)
            < (b.year, CodeLists.instruments.firstIndex(of: b.instrument)!, b.area, b.priority)
    }
}

enum FundingTargets {
    static let years = 2020...2025
    private static let tenth = 100_000 // 0.1 MSEK in kronor

    /// PROJ by priority in tenths of MSEK ("" = area 0, not tied to an area).
    static let proj2021: [(String, Int)] = [
        ("", 822), ("1.1", 142), ("1.2", 81), ("1.3", 63), ("2.1", 214), ("2.2", 341),
        ("3.1", 786), ("3.2", 493), ("3.3", 217), ("3.4", 1021), ("3.5", 361), ("4.1", 198), ("4.2", 151),
    ]
    static let proj2020: [(String, Int)] = [
        ("", 1583), ("1.1", 215), ("1.2", 134), ("1.3", 103), ("2.1", 349), ("2.2", 538),
        ("3.1", 1124), ("3.2", 718), ("3.3", 306), ("3.4", 1512), ("3.5", 556), ("4.1", 315), ("4.2", 212),
    ]
    /// Growth of PROJ against 2021 and the fading area 0 (tenths of MSEK), 2022–2025.
    static let projFactor: [Int: Double] = [2022: 1.04, 2023: 1.09, 2024: 1.12, 2025: 1.06]
    static let projArea0: [Int: Int] = [2022: 310, 2023: 120, 2024: 40, 2025: 0]
    static let inv: [Int: Int] = [2020: 3800, 2021: 5290, 2022: 5480, 2023: 5010, 2024: 4860, 2025: 4720]
    static let fram: [Int: Int] = [2020: 1300, 2021: 1510, 2022: 1460, 2023: 1580, 2024: 1630, 2025: 1550]
    static let serv: [Int: Int] = [2020: 800, 2021: 920, 2022: 950, 2023: 970, 2024: 990, 2025: 1010]

    static func area(of priority: String) -> Int {
        priority.isEmpty ? 0 : CodeLists.priorities.first { $0.kod == priority }!.area
    }

    /// Every target cell of a year with its amount in kronor (cells of 0 left out).
    static func cells(year: Int, seed: UInt64) -> [(FundingCell, Int)] {
        var out: [(FundingCell, Int)] = []
        func add(_ instrument: String, _ priority: String, _ tenths: Int) {
            guard tenths > 0 else { return }
            out.append((FundingCell(year: year, instrument: instrument, area: area(of: priority), priority: priority), tenths * tenth))
        }
        switch year {
        case 2020: for (p, t) in proj2020 { add("PROJ", p, t) }
        case 2021: for (p, t) in proj2021 { add("PROJ", p, t) }
        default:
            var rng = SplitMix64.derived(seed: seed, 2, year)
            for (p, t) in proj2021 {
                if p.isEmpty { add("PROJ", p, projArea0[year]!); continue }
                add("PROJ", p, Int((Double(t) * projFactor[year]! * rng.double(0.85, 1.15)).rounded()))
            }
        }
        add("INV", "3.4", inv[year]!)
        let f = fram[year]!
        let f31 = year == 2021 ? 410 : year == 2020 ? 380 : Int((Double(f) * 0.26).rounded())
        let f35 = year == 2021 ? 400 : year == 2020 ? 380 : Int((Double(f) * 0.27).rounded())
        add("FRAM", "3.1", f31)
        add("FRAM", "3.4", f - f31 - f35)
        add("FRAM", "3.5", f35)
        add("SERV", "1.3", serv[year]!)
        return out
    }
}
