import Foundation
import Testing

/// `followup publish` (issue 15, open data) with the real binary.
@Suite(.serialized) struct PublishCommandTests {
    static func configuration(_ ws: Workspace, publish: String) throws -> URL {
        let url = ws.root.appendingPathComponent("followup.yaml")
        try Data("settle_seconds: 0\n\(publish)".utf8).write(to: url)
        return url
    }

    static func loaded() throws -> Workspace {
        let ws = try Workspace()
        try ws.drop("01_2024_insatser.csv", Fixture.insatser("01", 2024, ids: ["A"]), folder: "01",
                    mtime: "2025-02-10T10:00:00+01:00")
        try ws.drop("01_2024_finansiering.csv", Fixture.finansiering("01", 2024, insats: "A"), folder: "01",
                    mtime: "2025-02-12T10:00:00+01:00")
        #expect(try ws.followup(["run"]).status == 0)
        return ws
    }

    @Test func publishesTheYearIntoTheDataDirectory() throws {
        let ws = try Self.loaded(); defer { ws.cleanUp() }
        let config = try Self.configuration(ws, publish: """
            publish:
              base_url: https://data.example.se/uppfoljning
              publisher_email: uppfoljning@example.se

            """)
        let result = try ws.followup(["publish", "--year", "2024", "--config", config.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Publicerade öppna data för 2024: 11 filer"), "\(result.stdout)")
        let dir = ws.dataDir.appendingPathComponent("publish/2024")
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
        #expect(files == ["catalog.rdf", "datapackage.json", "indikatorer.csv", "inlamning.csv", "insatser.csv",
                          "insatslista.csv", "omraden.csv", "prioriteringar.csv", "regioner.csv", "stodformer.csv",
                          "tidsserie.csv"])
        // The CSVs are the export's standard CSVs, byte for byte.
        let export = ws.root.appendingPathComponent("export")
        #expect(try ws.followup(["export", "--year", "2024", "--out", export.path, "--format", "csv",
                                 "--csv-dialect", "standard", "--config", config.path]).status == 0)
        for name in files where name.hasSuffix(".csv") {
            #expect(try Data(contentsOf: dir.appendingPathComponent(name)) == Data(contentsOf: export.appendingPathComponent(name)), "\(name)")
        }
        let rdf = try String(contentsOf: dir.appendingPathComponent("catalog.rdf"), encoding: .utf8)
        #expect(rdf.contains("<dcat:downloadURL rdf:resource=\"https://data.example.se/uppfoljning/2024/omraden.csv\"/>"))
        // issued: the day of --now; modified: the day the latest accepted file came in.
        #expect(rdf.contains(">2025-06-01</dcterms:issued>"))
        #expect(rdf.contains(">2025-02-12</dcterms:modified>"))

        // --base-url overrides the file; --output chooses the folder.
        let other = ws.root.appendingPathComponent("annan")
        let elsewhere = try ws.followup(["publish", "--year", "2024", "--config", config.path,
                                         "--base-url", "https://oppnadata.example.org/", "--output", other.path])
        #expect(elsewhere.status == 0, "\(elsewhere.stderr)")
        let moved = try String(contentsOf: other.appendingPathComponent("catalog.rdf"), encoding: .utf8)
        #expect(moved.contains("rdf:resource=\"https://oppnadata.example.org/2024/omraden.csv\""))

        // A folder that is no earlier publication is never replaced.
        let refused = try ws.followup(["publish", "--year", "2024", "--config", config.path, "--output", ws.inbox.path])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("är ingen tidigare publicering"), "\(refused.stderr)")
        #expect(FileManager.default.fileExists(atPath: ws.inbox.path))
    }

    @Test func aYearWithoutAcceptedDataIsRefused() throws {
        let ws = try Self.loaded(); defer { ws.cleanUp() }
        let config = try Self.configuration(ws, publish: """
            publish:
              base_url: https://data.example.se/uppfoljning/
              publisher_email: uppfoljning@example.se

            """)
        let result = try ws.followup(["publish", "--year", "2022", "--config", config.path])
        #expect(result.status == 2)
        #expect(result.stderr == "followup: 2022 har inga godkända rapporter, så det finns inget att publicera. Inget skrevs. Välj ett år med godkända rapporter.\n")
        #expect(!FileManager.default.fileExists(atPath: ws.dataDir.appendingPathComponent("publish/2022").path))
    }

    @Test func missingOrBadConfigurationIsNamed() throws {
        let ws = try Self.loaded(); defer { ws.cleanUp() }
        let noBase = try Self.configuration(ws, publish: "publish:\n  publisher_email: a@example.se\n")
        let missing = try ws.followup(["publish", "--year", "2024", "--config", noBase.path])
        #expect(missing.status == 4)
        #expect(missing.stderr.contains("publish: base_url:"), "\(missing.stderr)")

        let relative = try ws.followup(["publish", "--year", "2024", "--config", noBase.path, "--base-url", "data/oppen"])
        #expect(relative.status == 4)
        #expect(relative.stderr.contains("\"data/oppen\" är ingen absolut http- eller https-adress"), "\(relative.stderr)")

        let noEmail = try Self.configuration(ws, publish: "publish:\n  base_url: https://data.example.se/\n")
        let noContact = try ws.followup(["publish", "--year", "2024", "--config", noEmail.path])
        #expect(noContact.status == 4)
        #expect(noContact.stderr.contains("publisher_email"), "\(noContact.stderr)")

        let misspelt = try Self.configuration(ws, publish: "publish:\n  base_ulr: https://data.example.se/\n")
        let unknown = try ws.followup(["publish", "--year", "2024", "--config", misspelt.path])
        #expect(unknown.status == 4)
        #expect(unknown.stderr.contains("publish.base_ulr"), "\(unknown.stderr)")
        #expect(!FileManager.default.fileExists(atPath: ws.dataDir.appendingPathComponent("publish").path))
    }
}
