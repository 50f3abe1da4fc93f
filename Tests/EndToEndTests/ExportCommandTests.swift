import Foundation
import Testing

/// `followup export` writes all nine tables in all five formats, with exactly the spec's
/// CSV columns (spec/comparison-tables.md), byte-identical on a second export.
@Suite(.serialized) struct ExportCommandTests {
    static let specColumns: [String: String] = [
        "omraden": "ar,jamforelsear,stodform,omrade,omrade_namn,belopp_kr,andel_procent,belopp_jamforelsear_kr,andel_jamforelsear_procent,forandring_kr,forandring_procent",
        "prioriteringar": "ar,jamforelsear,stodform,omrade,prioritering,prioritering_namn,belopp_kr,andel_procent,belopp_jamforelsear_kr,forandring_kr,forandring_procent",
        "regioner": "ar,jamforelsear,stodform,omrade,region_kod,region_namn,belopp_kr,andel_procent,rang,belopp_jamforelsear_kr,forandring_kr",
        "stodformer": "ar,jamforelsear,stodform,stodform_namn,antal_beslut,belopp_kr,andel_procent,eruf_kr,jtf_kr,region_kr,kommun_kr,annan_offentlig_kr,privat_kr,antal_beslut_jamforelsear,belopp_jamforelsear_kr,forandring_kr,forandring_procent",
        "insatser": "ar,jamforelsear,omrade,dimension,kod,namn,antal,andel_procent,antal_jamforelsear,forandring",
        "indikatorer": "ar,jamforelsear,indikator_kod,indikator_namn,enhet,region_kod,varde,varde_kvinnor,varde_man,varde_jamforelsear,forandring,forandring_procent",
        "inlamning": "ar,jamforelsear,region_kod,region_namn,rapport,status,mottagen,sen,fel,varningar,versioner",
        "insatslista": "ar,jamforelsear,region_kod,region_namn,insats_id,titel,omrade,prioritering,roll,hallbarhet,status,startdatum,slutdatum,beviljat_kr",
        "tidsserie": "ar,jamforelsear,serie_ar,stodform,omrade,belopp_kr,andel_procent",
    ]

    @Test func allTablesAllFormatsSpecColumnsDeterministic() throws {
        let ws = try Workspace(); defer { ws.cleanUp() }
        for (region, ids) in [("01", ["A", "B"]), ("03", ["C"])] {
            for year in [2023, 2024] {
                try ws.drop("\(region)_\(year)_insatser.csv", Fixture.insatser(region, year, ids: ids), folder: region, mtime: "\(year + 1)-02-10T10:00:00+01:00")
                try ws.drop("\(region)_\(year)_finansiering.csv", Fixture.finansiering(region, year, insats: ids[0]), folder: region, mtime: "\(year + 1)-02-10T10:00:00+01:00")
                try ws.drop("\(region)_\(year)_indikatorer.csv", Fixture.indikatorer(region, year), folder: region, mtime: "\(year + 1)-02-10T10:00:00+01:00")
            }
        }
        #expect(try ws.followup(["run"]).status == 0)
        let out = ws.root.appendingPathComponent("out")
        let r = try ws.followup(["export", "--year", "2024", "--out", out.path])
        #expect(r.status == 0, "\(r.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        #expect(files == (Self.specColumns.keys.map { "\($0).csv" } + ["jamforelse-2024.json", "jamforelse-2024.md",
                                                                        "jamforelse-2024.xlsx", "rapport-2024.html"]).sorted())
        var first: [String: Data] = [:]
        for (table, header) in Self.specColumns {
            let text = try String(contentsOf: out.appendingPathComponent("\(table).csv"), encoding: .utf8)
            #expect(text.split(separator: "\n").first.map(String.init) == header, "\(table)")
            #expect(text.split(separator: "\n").count > 1, "\(table) has rows")
        }
        for f in files where !f.hasSuffix(".xlsx") && !f.hasSuffix(".html") {
            first[f] = try Data(contentsOf: out.appendingPathComponent(f))
        }
        #expect(try ws.followup(["export", "--year", "2024", "--out", out.path, "--format", "csv", "md", "json"]).status == 0)
        for (f, data) in first {
            #expect(try Data(contentsOf: out.appendingPathComponent(f)) == data, "\(f) is byte-identical")
        }
        let sv = try ws.followup(["export", "--year", "2024", "--out", ws.root.appendingPathComponent("sv").path,
                                  "--format", "csv", "--csv-dialect", "excel-sv"])
        #expect(sv.status == 0)
        let svText = try Data(contentsOf: ws.root.appendingPathComponent("sv/omraden.csv"))
        #expect(svText.starts(with: [0xEF, 0xBB, 0xBF]))
        #expect(String(decoding: svText, as: UTF8.self).contains(";"))
        #expect(try ws.followup(["export", "--year", "2024", "--format", "pdf"]).status == 2)
        #expect(try ws.followup(["export", "--year", "2024"], dataDir: ws.root.appendingPathComponent("nowhere")).status == 4)
    }
}
