/// Indicator results (indikatorer): every listed indicator at county level by sex, a few
/// municipality rows and two region-own `RUS-<region>-<name>` indicators. Values follow a
/// gentle random walk (a few per cent a year), except one deliberate jump.
enum Indicators {
    /// The deliberate > 50 % move, so that a `yoy-change` warning shows.
    static let jump = (region: "13", indicator: "EKO-2", year: 2023, factor: 1.85)

    struct Spec { let lo: Double; let hi: Double; let places: Int; let source: String }
    static let specs: [String: Spec] = [
        "IND-1.1": Spec(lo: 2, hi: 8, places: 1, source: "SCB"),
        "IND-1.2": Spec(lo: 40, hi: 95, places: 1, source: "Boverket"),
        "IND-1.3": Spec(lo: 60, hi: 95, places: 1, source: "Tillväxtverket"),
        "IND-2.1": Spec(lo: 35, hi: 55, places: 1, source: "SCB"),
        "IND-2.2": Spec(lo: 75, hi: 85, places: 1, source: "SCB/RAMS"),
        "IND-3.1": Spec(lo: 0.8, hi: 5.5, places: 2, source: "SCB"),
        "IND-3.2": Spec(lo: 4, hi: 9, places: 1, source: "Naturvårdsverket"),
        "IND-3.3": Spec(lo: 15, hi: 35, places: 1, source: "SCB"),
        "IND-3.4": Spec(lo: 6, hi: 14, places: 1, source: "Tillväxtanalys"),
        "IND-3.5": Spec(lo: 800_000, hi: 1_600_000, places: 0, source: "SCB"),
        "IND-4.1": Spec(lo: 55, hi: 95, places: 1, source: "PTS"),
        "IND-4.2": Spec(lo: 8, hi: 35, places: 1, source: "Trafikanalys"),
        "EKO-1": Spec(lo: 380_000, hi: 700_000, places: 0, source: "SCB"),
        "EKO-2": Spec(lo: 0.8, hi: 2.4, places: 0, source: "Arbetsförmedlingen"), // per 1 000 inhabitants
    ]

    static let ownNames: [(name: String, enhet: String, lo: Double, hi: Double, places: Int)] = [
        ("gastnatter", "antal", 2_000, 9_000, 0), ("fossilfri_el", "procent", 40, 90, 1),
        ("nya_jobb", "antal", 4, 14, 0), ("laddpunkter", "antal", 0.3, 1.2, 0),
    ]

    /// The T value of an indicator for a region in `year`, walked from 2020.
    static func series(seed: UInt64, regionIndex: Int, label: Int, lo: Double, hi: Double, year: Int) -> Double {
        var rng = SplitMix64.derived(seed: seed, 4, regionIndex, label)
        var v = rng.double(lo, hi)
        if year > 2020 { for _ in 2021...year { v *= 1 + rng.double(-0.06, 0.08) } }
        return v
    }

    static func fixed(_ v: Double, _ places: Int) -> Cell {
        var p = 1.0
        for _ in 0..<places { p *= 10 }
        return .fixed(Int((v * p).rounded()), places: places)
    }

    static let header = ["region_kod", "ar", "indikator_kod", "kommun_kod", "kon", "varde", "enhet", "kalla"]

    static func table(region: RegionInfo, year: Int, seed: UInt64) -> ReportTable {
        let ri = CodeLists.regions.firstIndex { $0.kod == region.kod }!
        var rows: [[Cell]] = []
        func row(_ code: String, _ kommun: String, _ kon: String, _ value: Cell, _ enhet: String, _ source: String) {
            rows.append([.text(region.kod), .int(year), .text(code), kommun.isEmpty ? .empty : .text(kommun),
                         .text(kon), value, .text(enhet), source.isEmpty ? .empty : .text(source)])
        }
        for (i, ind) in CodeLists.indicators.enumerated() {
            let s = specs[ind.kod]!
            var t = series(seed: seed, regionIndex: ri, label: i, lo: s.lo, hi: s.hi, year: year)
            if ind.kod == "EKO-2" {
                t *= Double(region.population) // varsel: count, scaled by population
                if region.kod == jump.region, year >= jump.year { t *= jump.factor }
            }
            var rng = SplitMix64.derived(seed: seed, 5, ri, i)
            let source = rng.chance(0.9) ? s.source : ""
            if ind.enhet == "antal" {
                let total = Int(t.rounded())
                let women = Int((Double(total) * rng.double(0.35, 0.45)).rounded())
                row(ind.kod, "", "K", .int(women), ind.enhet, source)
                row(ind.kod, "", "M", .int(total - women), ind.enhet, source)
                row(ind.kod, "", "T", .int(total), ind.enhet, source)
            } else {
                let gap = rng.double(-0.08, 0.08)
                row(ind.kod, "", "K", fixed(t * (1 + gap), s.places), ind.enhet, source)
                row(ind.kod, "", "M", fixed(t * (1 - gap), s.places), ind.enhet, source)
                row(ind.kod, "", "T", fixed(t, s.places), ind.enhet, source)
            }
            // Municipality rows for two indicators.
            if ind.kod == "IND-1.1" || ind.kod == "IND-2.2" {
                for (k, kommun) in region.kommuner.enumerated() {
                    var krng = SplitMix64.derived(seed: seed, 6, ri, i * 10 + k)
                    row(ind.kod, kommun.kod, "T", fixed(t * krng.double(0.85, 1.15), s.places), ind.enhet, s.source)
                }
            }
        }
        // Two region-own indicators.
        var orng = SplitMix64.derived(seed: seed, 7, ri)
        for own in orng.subset(ownNames, count: 2) {
            let label = 100 + ownNames.firstIndex { $0.name == own.name }!
            var v = series(seed: seed, regionIndex: ri, label: label, lo: own.lo, hi: own.hi, year: year)
            if own.enhet == "antal" { v *= Double(region.population) }
            row("RUS-\(region.kod)-\(own.name)", "", "T", fixed(v, own.places), own.enhet, region.organisation)
        }
        return ReportTable(header: header, rows: rows)
    }
}

/// The strategy report (strategi): exactly one row.
enum Strategy {
    static let header = ["region_kod", "ar", "rus_namn", "antagen_ar", "giltig_till_ar", "oversyn_pagar",
                         "antal_handlingsplaner", "agenda2030_integrerad", "antal_analyser", "antal_utvarderingar"]

    static let names: [String: String] = [
        "01": "Regional utvecklingsplan för Stockholmsregionen, RUFS 2050",
        "12": "Det öppna Skåne 2030",
        "14": "Regional utvecklingsstrategi för Västra Götaland 2021–2030",
        "23": "Regional utvecklingsstrategi för Jämtlands län 2030 – Tillsammans skapar vi vår framtid",
    ]

    static func table(region: RegionInfo, year: Int, seed: UInt64, dialect: Dialect) -> ReportTable {
        let ri = CodeLists.regions.firstIndex { $0.kod == region.kod }!
        var rng = SplitMix64.derived(seed: seed, 8, ri)
        let oldAdopted = rng.int(in: 2012...2018)
        let newAdopted = rng.int(in: 2019...2024)
        let current = newAdopted <= year ? newAdopted : oldAdopted
        let validTo = current == newAdopted ? (rng.chance(0.7) ? 2030 : 2035) : newAdopted + 1
        let review = newAdopted > year && newAdopted - year <= 2
        var yrng = SplitMix64.derived(seed: seed, 9, ri, year)
        let name = current == newAdopted
            ? (names[region.kod] ?? "Regional utvecklingsstrategi för \(region.lan) \(validTo)")
            : "Regional utvecklingsstrategi för \(region.lan) \(oldAdopted)–\(newAdopted)"
        let b = dialect.booleans
        let row: [Cell] = [
            .text(region.kod), .int(year), .text(name), .int(current), .int(validTo),
            .text(review ? b.yes : b.no), .int(2 + yrng.int(7)),
            .text(current == newAdopted || yrng.chance(0.3) ? b.yes : b.no),
            .int(1 + yrng.int(6)), yrng.chance(0.2) ? .empty : .int(yrng.int(4)),
        ]
        return ReportTable(header: header, rows: [row])
    }
}
