import Foundation

/// `samplegen samples`: the realistic data set in inbox layout, its file times, the
/// resubmission and the README with the exact totals.
struct SampleSet {
    let out: URL
    let seed: UInt64

    static let lateFile = (region: "09", year: 2024, report: "indikatorer",
                           stamp: LocalStamp(date: CivilDate(year: 2025, month: 3, day: 4), hour: 10, minute: 17))
    static let resubmission = (region: "07", year: 2025, report: "finansiering", reduction: 150_000,
                               first: LocalStamp(date: CivilDate(year: 2026, month: 2, day: 3), hour: 9, minute: 30),
                               second: LocalStamp(date: CivilDate(year: 2026, month: 2, day: 18), hour: 14, minute: 5))

    /// How each region's files look (Swedish Excel for 04, 12 and 20; BOM in 05; TAB in 17).
    static func dialect(region: String, report: String) -> Dialect {
        var d: Dialect
        switch region {
        case "04": d = .excel(groupEvery: 3)
        case "12": d = .excel(groupEvery: 2, nbsp: true)
        case "20": d = .excel(groupEvery: 4)
        case "05": d = Dialect(); d.encoding = .utf8BOM
        case "17": d = Dialect(); d.delimiter = 9; d.decimalComma = true; d.booleans = ("1", "0")
        case "01": d = Dialect(); d.booleans = ("true", "false")
        default: d = Dialect()
        }
        if region == "22", report == "insatser" {
            d.columnOrder = ["insats_id", "titel", "status", "strategiskt_omrade", "prioritering", "startdatum", "slutdatum",
                             "roll", "hallbarhet", "territoriell_inriktning", "samverkan", "beskrivning", "ar", "region_kod"]
        }
        if region == "08", report == "finansiering" {
            d.columnOrder = ["beslut_id", "beslutsdatum", "region_kod", "ar", "stodform", "strategiskt_omrade", "prioritering",
                             "insats_id", "beviljat_kr", "region_kr", "kommun_kr", "eruf_kr", "jtf_kr", "annan_offentlig_kr",
                             "privat_kr", "horisontella_kriterier"]
        }
        return d
    }

    func run() throws {
        let fm = FileManager.default
        let inbox = out.appendingPathComponent("inbox")
        try? fm.removeItem(at: inbox)
        try? fm.removeItem(at: out.appendingPathComponent("resubmission"))
        var manifest: [(String, LocalStamp)] = []
        var totals: [FundingCell: Int] = [:]
        var fileCount = 0
        var byteCount = 0
        var resubmissionNote = ""

        let pools = Dictionary(uniqueKeysWithValues: CodeLists.regions.map { ($0.kod, Activities.pool(for: $0, seed: seed)) })
        for year in FundingTargets.years {
            let reported = pools.mapValues { Activities.reported($0, year: year) }
            let decisions = Funding.decisions(year: year, seed: seed, activities: reported)
            for region in CodeLists.regions {
                let dir = inbox.appendingPathComponent(region.kod)
                try fm.createDirectory(at: dir, withIntermediateDirectories: true)
                var stampRng = SplitMix64.derived(seed: seed, 10, Int(region.kod)!, year)
                let regionDecisions = decisions[region.kod] ?? []
                for d in regionDecisions {
                    totals[FundingCell(year: year, instrument: d.instrument, area: d.area, priority: d.priority), default: 0] += d.amount
                }
                for report in ["insatser", "finansiering", "indikatorer", "strategi"] {
                    let dialect = Self.dialect(region: region.kod, report: report)
                    let table: ReportTable
                    switch report {
                    case "insatser": table = Activities.table(region: region, year: year, activities: reported[region.kod]!)
                    case "finansiering": table = Funding.table(region: region, year: year, decisions: regionDecisions)
                    case "indikatorer": table = Indicators.table(region: region, year: year, seed: seed)
                    default: table = Strategy.table(region: region, year: year, seed: seed, dialect: dialect)
                    }
                    let name = "\(region.kod)_\(year)_\(report).csv"
                    let bytes = dialect.render(table)
                    let file = dir.appendingPathComponent(name)
                    try Data(bytes).write(to: file)
                    fileCount += 1
                    byteCount += bytes.count
                    var stamp = LocalStamp(date: CivilDate.dayOfYear(year + 1, 19 + stampRng.int(31)),
                                           hour: 8 + stampRng.int(9), minute: stampRng.int(60))
                    if region.kod == Self.lateFile.region, year == Self.lateFile.year, report == Self.lateFile.report {
                        stamp = Self.lateFile.stamp
                    }
                    let r = Self.resubmission
                    if region.kod == r.region, year == r.year, report == r.report {
                        stamp = r.first
                        resubmissionNote = try writeResubmission(table: table, dialect: dialect, name: name)
                        manifest.append(("resubmission/\(region.kod)/\(name)", r.second))
                    }
                    try setMTime(file, stamp)
                    manifest.append(("inbox/\(region.kod)/\(name)", stamp))
                }
            }
        }

        // Every generated total must equal its target exactly.
        for year in FundingTargets.years {
            for (cell, target) in FundingTargets.cells(year: year, seed: seed) where totals[cell] != target {
                fatalError("samplegen: \(cell) sums to \(totals[cell] ?? 0), target \(target)")
            }
        }
        precondition(totals.filter { $0.key.year == 2021 && $0.key.instrument == "PROJ" }.values.reduce(0, +) == 489_000_000)
        precondition(totals.filter { $0.key.year == 2020 && $0.key.instrument == "PROJ" }.values.reduce(0, +) == 766_500_000)

        manifest.sort { $0.0 < $1.0 }
        var tsv = "path\tmtime\n"
        for (path, stamp) in manifest { tsv += "\(path)\t\(stamp.iso8601)\n" }
        try Data(tsv.utf8).write(to: out.appendingPathComponent("inbox-mtimes.tsv"))
        try Data(totalsCSV(totals).utf8).write(to: out.appendingPathComponent("totals.csv"))
        let readme = SamplesReadme(seed: seed, totals: totals, fileCount: fileCount, byteCount: byteCount,
                                   resubmissionNote: resubmissionNote).text
        try Data(readme.utf8).write(to: out.appendingPathComponent("README.md"))
        print("samplegen: wrote \(fileCount) files (\(byteCount / 1024) KiB) under \(inbox.path)")
    }

    /// The corrected second version of one report: one decision's amount lowered, with the
    /// co-financing left as it was. Returns a note for the README.
    private func writeResubmission(table: ReportTable, dialect: Dialect, name: String) throws -> String {
        let r = Self.resubmission
        let dir = out.appendingPathComponent("resubmission/\(r.region)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        var corrected = table
        let col = table.header.firstIndex(of: "beviljat_kr")!
        let idCol = table.header.firstIndex(of: "beslut_id")!
        let instrumentCol = table.header.firstIndex(of: "stodform")!
        let rowIndex = table.rows.firstIndex { row in
            if case .text("PROJ") = row[instrumentCol], case .amount(let a) = row[col] { return a >= 500_000 }
            return false
        }!
        guard case .amount(let old) = table.rows[rowIndex][col], case .text(let id) = table.rows[rowIndex][idCol] else { fatalError() }
        corrected.rows[rowIndex][col] = .amount(old - r.reduction)
        let file = dir.appendingPathComponent(name)
        try Data(dialect.render(corrected)).write(to: file)
        try setMTime(file, r.second)
        return "`resubmission/\(r.region)/\(name)` corrects decision `\(id)` (line \(rowIndex + 2)): `beviljat_kr` "
            + "\(old) → \(old - r.reduction) (−\(r.reduction) kr). Every other row is identical."
    }

    private func setMTime(_ url: URL, _ stamp: LocalStamp) throws {
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: TimeInterval(stamp.unixTime))],
                                              ofItemAtPath: url.path)
    }

    private func totalsCSV(_ totals: [FundingCell: Int]) -> String {
        var s = "ar,stodform,omrade,prioritering,belopp_kr\n"
        for (cell, kr) in totals.sorted(by: { $0.key < $1.key }) {
            s += "\(cell.year),\(cell.instrument),\(cell.area),\(cell.priority),\(kr)\n"
        }
        return s
    }
}
