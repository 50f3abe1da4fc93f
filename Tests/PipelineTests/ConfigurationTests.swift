import Foundation
import FollowUpModel
import Testing
@testable import Pipeline

struct ConfigurationTests {
    func write(_ text: String) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("followup-config-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let url = dir.appendingPathComponent("nightly.yaml")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    @Test func theShippedConfigurationsLoad() throws {
        let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let nightly = try PipelineConfiguration.load(from: repo.appendingPathComponent("Pipelines/nightly.yaml"))
        #expect(nightly.dataDir == "/var/lib/followup")
        #expect(nightly.limits.maxFileBytes == 1 << 30)
        #expect(nightly.exports.formats == ["xlsx", "csv", "html", "md", "json"])
        let demo = try PipelineConfiguration.load(from: repo.appendingPathComponent("Pipelines/demo.yaml"))
        #expect(demo.dataDir == repo.appendingPathComponent("scratch/demo").standardizedFileURL.path)
        #expect(demo.settleSeconds == 0)
    }

    /// The portal's keys live in the same file (spec/portal.md): `run` accepts them, and a
    /// misspelt one is refused like any other key.
    @Test func thePortalSectionBelongsToTheSameFile() throws {
        let good = try write("data_dir: /tmp/x\nportal:\n  listen: 127.0.0.1:9090\n  secure_cookies: true\n")
        #expect(try PipelineConfiguration.load(from: good).dataDir == "/tmp/x")
        let bad = try write("data_dir: /tmp/x\nportal:\n  secure_cookie: true\n")
        #expect(throws: PipelineError.self) { try PipelineConfiguration.load(from: bad) }
    }

    @Test func relativePathsAreResolvedAgainstTheFile() throws {
        let url = try write("data_dir: data\nfinding_cap: 5\n")
        let c = try PipelineConfiguration.load(from: url)
        #expect(c.dataDir == url.deletingLastPathComponent().appendingPathComponent("data").path)
        #expect(c.findingCap == 5)
    }

    @Test func badValuesAreConfigurationErrorsNamingTheValue() throws {
        for (text, word) in [("exports:\n  formats: [pdf]\n", "pdf"), ("exports:\n  csv_dialect: excel\n", "excel"),
                             ("finding_cap: 0\n", "positiva"), ("limits: [1, 2]\n", "inte giltig")] {
            let url = try write(text)
            do {
                _ = try PipelineConfiguration.load(from: url)
                Issue.record("accepted \(text)")
            } catch let e as PipelineError {
                guard case .configuration(let reason) = e else { Issue.record("wrong error \(e)"); continue }
                #expect(reason.contains(word), "\(reason)")
            }
        }
    }
}

/// The schemas and code lists are configuration: read from a folder by `Pipeline`, built
/// into a plain `SchemaCatalog`, and any failure is a configuration error.
struct SchemaCatalogLoadingTests {
    static let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    func copyOfSchemas() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("followup-schemas-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: Self.repo.appendingPathComponent("Schemas"), to: dir)
        return dir
    }

    func records(_ rows: [[String]]) -> [RawRecord] {
        rows.enumerated().map { RawRecord(cells: $1, line: $0 + 1) }
    }

    @Test func codeListsAreReadLikeEveryOtherCSVFile() throws {
        let dir = try copyOfSchemas(); defer { try? FileManager.default.removeItem(at: dir) }
        // What Excel writes: a BOM, CRLF, Windows-1252 and a quoted cell with a comma.
        var bytes: [UInt8] = [0xEF, 0xBB, 0xBF]
        bytes += Array("omrade,namn\r\n0,Ej kopplat\r\n1,\"Boende, arbete och välfärd\"\r\n2,K\r\n3,I\r\n4,T\r\n".utf8)
        try Data(bytes).write(to: dir.appendingPathComponent("codelists/omraden.csv"))
        let catalog = try SchemaCatalog.load(directory: dir)
        #expect(catalog.codeList("omraden")?.name(of: "1") == "Boende, arbete och välfärd")
        #expect(catalog.codeList("omraden")?.codes == ["0", "1", "2", "3", "4"])

        let cp1252 = Array("omrade,namn\n0,Ej kopplat\n1,V".utf8) + [0xE4] + Array("lf".utf8) + [0xE4] + Array("rd\n2,K\n3,I\n4,T\n".utf8)
        try Data(cp1252).write(to: dir.appendingPathComponent("codelists/omraden.csv"))
        #expect(try SchemaCatalog.load(directory: dir).codeList("omraden")?.name(of: "1") == "Välfärd")
    }

    @Test func theShippedCodeListsAreWhole() throws {
        let catalog = try SchemaCatalog.load(directory: Self.repo.appendingPathComponent("Schemas"))
        for (name, list) in catalog.codeLists {
            let text = try String(contentsOf: Self.repo.appendingPathComponent("Schemas/codelists/\(name).csv"), encoding: .utf8)
            let lines = text.split(separator: "\n").filter { !$0.isEmpty }.count
            #expect(list.rows.count == lines - 1, "\(name)")
        }
        #expect(catalog.regions["25"] == "Norrbottens län")
    }

    @Test func aRaggedCodeListNamesItsLine() throws {
        let dir = try copyOfSchemas(); defer { try? FileManager.default.removeItem(at: dir) }
        try "omrade,namn\n0,Ej kopplat\n1,A,B\n".write(to: dir.appendingPathComponent("codelists/omraden.csv"), atomically: true, encoding: .utf8)
        #expect(throws: SchemaCatalogError.codeListRowWidth(name: "omraden", line: 3, cells: 3, expected: 2)) {
            try SchemaCatalog.load(directory: dir)
        }
        #expect("\(SchemaCatalogError.codeListRowWidth(name: "omraden", line: 3, cells: 3, expected: 2))"
                == "Kodlistan omraden.csv är felaktig: rad 3 har 3 celler, väntade 2")
    }

    @Test func theCatalogueIsBuiltFromDataAlone() throws {
        let lists = [
            try CodeList(name: "regioner", records: records([["region_kod", "lan", "organisation"], ["25", "Norrbottens län", "Region Norrbotten"]])),
            try CodeList(name: "prioriteringar", records: records([["prioritering", "omrade", "namn"], ["1.3", "1", "X"], [""]])),
            try CodeList(name: "indikatorer", records: records([["indikator_kod", "prioritering", "namn", "enhet"], ["EKO-1", "", "Y", "kr"]])),
        ]
        let schema = try Data(contentsOf: Self.repo.appendingPathComponent("Schemas/strategi.2020.schema.json"))
        let catalog = try SchemaCatalog(schemaFiles: ["strategi.2020.schema.json": schema], codeLists: lists,
                                        directory: URL(fileURLWithPath: "/nowhere"))
        #expect(catalog.regions == ["25": "Norrbottens län"])
        #expect(catalog.priorityArea == ["1.3": 1])
        #expect(catalog.indicatorUnit == ["EKO-1": "kr"])
        #expect(catalog.schema(for: .strategi, year: 2025)?.validFrom == 2020)
        #expect(catalog.codeList("prioriteringar")?.rows.count == 1, "a blank row is skipped")

        #expect(throws: SchemaCatalogError.missingCodeList(name: "regioner", neededBy: nil)) {
            try SchemaCatalog(schemaFiles: [:], codeLists: Array(lists.dropFirst()), directory: URL(fileURLWithPath: "/nowhere"))
        }
        #expect("\(SchemaCatalogError.missingCodeList(name: "regioner", neededBy: nil))" == "Kodlistan regioner.csv saknas (behövs av katalogen).")
        #expect(throws: SchemaCatalogError.codeListWithoutHeader(name: "tom")) { try CodeList(name: "tom", records: []) }
    }

    @Test func aMissingFolderIsABrokenConfiguration() throws {
        let nowhere = URL(fileURLWithPath: "/nowhere/Schemas")
        #expect(throws: SchemaCatalogError.directoryNotFound("/nowhere/Schemas")) { try SchemaCatalog.load(directory: nowhere) }
        do {
            _ = try SchemaCatalog.load(configured: nowhere)
            Issue.record("loaded a folder that does not exist")
        } catch let error as PipelineError {
            #expect(error.category == .configuration)
            #expect(error.description == "Fel i konfigurationen: kan inte läsa scheman och kodlistor i /nowhere/Schemas: "
                    + "Schemakatalogen /nowhere/Schemas finns inte. (ange schemas_dir i konfigurationen, --schemas eller miljövariabeln FOLLOWUP_SCHEMAS)")
        }
    }

    @Test func everyPipelineErrorHasItsCategory() {
        #expect(PipelineError.lockHeld(path: "l", holder: "h").category == .lockHeld)
        #expect(PipelineError.configuration("x").category == .configuration)
        #expect(PipelineError.io(path: "p", reason: "r").category == .io)
    }
}

@Suite struct SchemaLocation {
    @Test func environmentComesFirst() {
        setenv("FOLLOWUP_SCHEMAS", "/tmp/elsewhere/Schemas", 1)
        defer { unsetenv("FOLLOWUP_SCHEMAS") }
        #expect(SchemaCatalog.defaultDirectory().path == "/tmp/elsewhere/Schemas")
    }
}
