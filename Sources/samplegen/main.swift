import Foundation

/// samplegen: the sample data set (`samples`) and benchmark inputs (`bench`).
let usage = """
usage: samplegen samples [--out Samples] [--seed 2024]
       samplegen bench --report indikatorer|finansiering|insatser --rows N --out FILE [--region 14] [--year 2025]
"""

func options(_ args: ArraySlice<String>) throws -> [String: String] {
    var out: [String: String] = [:]
    var it = args.makeIterator()
    while let a = it.next() {
        guard a.hasPrefix("--"), let v = it.next() else { throw SampleGenError.usage("unexpected argument \(a)") }
        out[String(a.dropFirst(2))] = v
    }
    return out
}

do {
    let args = CommandLine.arguments
    guard args.count >= 2 else { throw SampleGenError.usage("missing command") }
    let opts = try options(args.dropFirst(2))
    switch args[1] {
    case "samples":
        guard let seed = UInt64(opts["seed"] ?? "2024") else { throw SampleGenError.usage("--seed must be a number") }
        let out = URL(fileURLWithPath: opts["out"] ?? "Samples")
        try SampleSet(out: out, seed: seed).run()
    case "bench":
        guard let report = opts["report"], let rowsText = opts["rows"], let rows = Int(rowsText), rows >= 0,
              let path = opts["out"] else { throw SampleGenError.usage("bench needs --report, --rows and --out") }
        let region = opts["region"] ?? "14"
        guard CodeLists.regions.contains(where: { $0.kod == region }) else { throw SampleGenError.usage("unknown region \(region)") }
        guard let year = Int(opts["year"] ?? "2025"), (2020...2030).contains(year) else { throw SampleGenError.usage("bad --year") }
        try Bench(report: report, rows: rows, path: path, region: region, year: year).run()
    case "-h", "--help", "help":
        print(usage)
    default:
        throw SampleGenError.usage("unknown command \(args[1])")
    }
} catch SampleGenError.usage(let reason) {
    FileHandle.standardError.write(Data("samplegen: \(reason)\n\(usage)\n".utf8))
    exit(2)
} catch {
    FileHandle.standardError.write(Data("samplegen: \(error)\n".utf8))
    exit(4)
}
