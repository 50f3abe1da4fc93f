import Foundation
import Testing
import FollowUpModel
@testable import Store

/// A store in a temporary directory, seeded with the code lists, that tests fill with
/// hand-made rows through a `SubmissionWriter`, as the pipeline does.
final class StoreFixture {
    let directory: URL
    let store: FollowUpStore
    private let runID: Int64
    private var files = 0

    init() throws {
        directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("storetests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        store = try FollowUpStore(path: directory.appendingPathComponent("followup.sqlite").path)
        try store.seed(Self.codeLists)
        runID = try store.beginRun(startedAt: "2022-03-01T02:00:00+01:00")
    }

    deinit { try? FileManager.default.removeItem(at: directory) }

    /// A funding decision (`finansiering` row).
    struct Decision {
        var id: String
        var stodform: String
        var omrade: Int
        var prioritering: String?
        var belopp: Int64
        var insats: String? = nil
        var eruf: Int64? = nil
        var region: Int64? = nil
    }

    /// An activity (`insatser` row).
    struct Activity {
        var id: String
        var omrade: Int
        var prioritering: String
        var roller: [String]
        var hallbarhet: [String] = []
        var status: String
    }

    /// A county- or municipality-level indicator value.
    struct IndicatorValue {
        var kod: String
        var kommun: String? = nil
        var kon: String = "T"
        var varde: Double
        var enhet: String
    }

    /// Where and when a file came in, and whether it passed.
    struct Arrival {
        var receivedAt = "2022-02-01T10:00:00+01:00"
        var late = false
        var errors = 0
        var warnings = 0
    }

    @discardableResult
    func funding(_ region: String, _ year: Int, _ decisions: [Decision], _ arrival: Arrival = Arrival()) throws -> SubmissionStatus {
        let columns = ["region_kod", "ar", "beslut_id", "insats_id", "stodform", "strategiskt_omrade",
                       "prioritering", "beviljat_kr", "eruf_kr", "region_kr", "beslutsdatum"]
        return try record(region, year, .finansiering, columns, arrival, decisions.map { d in
            [.text(region), .integer(Int64(year)), .text(d.id), d.insats.map(CellValue.text) ?? .null,
             .text(d.stodform), .integer(Int64(d.omrade)), d.prioritering.map(CellValue.text) ?? .null,
             .integer(d.belopp), d.eruf.map(CellValue.integer) ?? .null, d.region.map(CellValue.integer) ?? .null,
             .date("\(year)-06-01")]
        })
    }

    @discardableResult
    func activities(_ region: String, _ year: Int, _ activities: [Activity], _ arrival: Arrival = Arrival()) throws -> SubmissionStatus {
        let columns = ["region_kod", "ar", "insats_id", "titel", "strategiskt_omrade", "prioritering", "roll",
                       "hallbarhet", "status", "startdatum", "slutdatum"]
        return try record(region, year, .insatser, columns, arrival, activities.map { a in
            [.text(region), .integer(Int64(year)), .text(a.id), .text("Insats \(a.id)"), .integer(Int64(a.omrade)),
             .text(a.prioritering), .list(a.roller), .list(a.hallbarhet), .text(a.status),
             .date("\(year)-01-15"), .null]
        })
    }

    @discardableResult
    func indicators(_ region: String, _ year: Int, _ values: [IndicatorValue], _ arrival: Arrival = Arrival()) throws -> SubmissionStatus {
        let columns = ["region_kod", "ar", "indikator_kod", "kommun_kod", "kon", "varde", "enhet"]
        return try record(region, year, .indikatorer, columns, arrival, values.map { v in
            [.text(region), .integer(Int64(year)), .text(v.kod), v.kommun.map(CellValue.text) ?? .null,
             .text(v.kon), .number(v.varde), .text(v.enhet)]
        })
    }

    /// A `strategi` file with its one row.
    @discardableResult
    func strategy(_ region: String, _ year: Int, _ arrival: Arrival = Arrival()) throws -> SubmissionStatus {
        let columns = ["region_kod", "ar", "rus_namn", "antagen_ar", "oversyn_pagar"]
        return try record(region, year, .strategi, columns, arrival,
                          [[.text(region), .integer(Int64(year)), .text("RUS"), .integer(2020), .boolean(false)]])
    }

    func duplicate(_ region: String, _ year: Int, _ report: ReportKind, _ arrival: Arrival) throws {
        _ = try store.recordDuplicate(meta(region, year, report, arrival), findings: [])
    }

    func record(_ region: String, _ year: Int, _ report: ReportKind, _ columns: [String],
                        _ arrival: Arrival, _ rows: [[CellValue]]) throws -> SubmissionStatus {
        try store.writeSubmission(meta(region, year, report, arrival), columns: columns) { writer in
            let typed = rows.enumerated().map { i, values in TypedRow(line: i + 2, values: values) }
            // In batches of the pipeline's size, so chunks end inside and at the end of a batch.
            for start in stride(from: 0, to: typed.count, by: 256) {
                try writer.append(Array(typed[start..<min(start + 256, typed.count)]))
            }
            return LoadVerdict(rows: rows.count, errors: arrival.errors, warnings: arrival.warnings, findings: [])
        }.status
    }

    func meta(_ region: String, _ year: Int, _ report: ReportKind, _ arrival: Arrival) -> SubmissionMeta {
        files += 1
        let sha = String(repeating: "0", count: 64 - String(files).count) + String(files)
        let unix = ISO8601DateFormatter().date(from: arrival.receivedAt)!.timeIntervalSince1970
        return SubmissionMeta(region: region, year: year, report: report,
                              fileName: "\(region)_\(year)_\(report.rawValue).csv", sha256: sha,
                              sizeBytes: 100, receivedAt: arrival.receivedAt, receivedUnix: unix,
                              runID: runID, archivePath: "archive/\(region)/\(year)/\(files).csv", late: arrival.late)
    }

    func tables(_ year: Int) throws -> [String: FollowUpModel.Table] {
        Dictionary(uniqueKeysWithValues: try store.comparisonTables(year: year).map { ($0.name, $0) })
    }

    static var codeLists: CodeListSeed {
        var s = CodeListSeed()
        s.regions = [
            ("01", "Stockholms län", "Region Stockholm"), ("03", "Uppsala län", "Region Uppsala"),
            ("04", "Södermanlands län", "Region Sörmland"), ("05", "Östergötlands län", "Region Östergötland"),
            ("06", "Jönköpings län", "Region Jönköpings län"), ("07", "Kronobergs län", "Region Kronoberg"),
            ("08", "Kalmar län", "Region Kalmar län"), ("09", "Gotlands län", "Region Gotland"),
            ("10", "Blekinge län", "Region Blekinge"), ("12", "Skåne län", "Region Skåne"),
            ("13", "Hallands län", "Region Halland"), ("14", "Västra Götalands län", "Västra Götalandsregionen"),
            ("17", "Värmlands län", "Region Värmland"), ("18", "Örebro län", "Region Örebro län"),
            ("19", "Västmanlands län", "Region Västmanland"), ("20", "Dalarnas län", "Region Dalarna"),
            ("21", "Gävleborgs län", "Region Gävleborg"), ("22", "Västernorrlands län", "Region Västernorrland"),
            ("23", "Jämtlands län", "Region Jämtland Härjedalen"), ("24", "Västerbottens län", "Region Västerbotten"),
            ("25", "Norrbottens län", "Region Norrbotten"),
        ]
        s.areas = [(0, "Ej kopplat till strategiskt område"), (1, "Område 1"), (2, "Område 2"),
                   (3, "Område 3"), (4, "Område 4")]
        // Seeded out of order on purpose: the tables order by area and number.
        s.priorities = [("4.2", 4, "P4.2"), ("1.1", 1, "P1.1"), ("1.2", 1, "P1.2"), ("1.3", 1, "P1.3"),
                        ("2.1", 2, "P2.1"), ("2.2", 2, "P2.2"), ("3.1", 3, "P3.1"), ("3.2", 3, "P3.2"),
                        ("3.3", 3, "P3.3"), ("3.4", 3, "P3.4"), ("3.5", 3, "P3.5"), ("4.1", 4, "P4.1")]
        // In the code list's order, which the tables follow.
        s.instruments = [("PROJ", "Stöd till projektverksamhet"), ("INV", "Regionalt investeringsstöd"),
                         ("FRAM", "Främjandestöd"), ("SERV", "Stöd till kommersiell service")]
        s.indicators = [("IND-1.1", "1.1", "Nettoinflyttning", "promille"),
                        ("IND-2.1", "2.1", "Eftergymnasial utbildning", "procent"),
                        ("IND-3.4", "3.4", "Nystartade företag", "promille")]
        s.smallLists = [
            "roller": [("KUNSKAP", "Kunskapsaktör"), ("NATVERK", "Nätverksaktör"), ("SAMORDNARE", "Samordnare"),
                       ("FINANSIAR", "Finansiär"), ("PAVERKAN", "Påverkansaktör"),
                       ("PROCESSLEDARE", "Processledare"), ("KAPACITET", "Kapacitetsbyggare")],
            "hallbarhet": [("EKO", "Ekonomisk"), ("SOC", "Social"), ("MIL", "Miljömässig")],
        ]
        return s
    }
}

extension FollowUpModel.Table {
    /// The rows whose cells equal `key` (column name → plain text).
    func rows(where key: [String: String]) -> [[String: String]] {
        rows.map { r in
            Dictionary(uniqueKeysWithValues: zip(columns.map(\.name), r.map(\.plainText)))
        }.filter { row in key.allSatisfy { row[$0.key] == $0.value } }
    }

    /// The one row matching `key`; records an issue when there is not exactly one.
    func row(_ key: [String: String], sourceLocation: SourceLocation = #_sourceLocation) -> [String: String] {
        let found = rows(where: key)
        #expect(found.count == 1, "\(name): \(found.count) rows match \(key)", sourceLocation: sourceLocation)
        return found.first ?? [:]
    }

    /// Expects the one row matching `key` to hold `values` in `columns`.
    func expect(_ key: [String: String], _ columns: [String], _ values: [String],
                sourceLocation: SourceLocation = #_sourceLocation) {
        let actual = row(key, sourceLocation: sourceLocation).filter { columns.contains($0.key) }
        #expect(actual == Dictionary(uniqueKeysWithValues: zip(columns, values)), "\(name) \(key)",
                sourceLocation: sourceLocation)
    }

    /// The listed columns of every row, in order, as plain text.
    func column(_ names: String...) -> [[String]] {
        let idx = names.map { n in columns.firstIndex { $0.name == n }! }
        return rows.map { r in idx.map { r[$0].plainText } }
    }
}
