import Foundation
import Testing
import FollowUpModel
@testable import Exports

/// `followup publish`'s writer (issue 15, open data): the Data Package describes exactly
/// the CSVs beside it, the DCAT-AP-SE record has the properties the portal harvests, odd
/// text is escaped, and a second publish changes nothing.
@Suite struct OpenDataTests {
    static let base = "https://data.example.se/uppfoljning"

    static var inlamning: Table {
        let columns: [Table.Column] = DemoTables.yearColumns + [
            .init("region_kod", "Regionkod", .text), .init("rapport", "Rapport", .text),
            .init("status", "Status", .text), .init("mottagen", "Mottagen", .text), .init("sen", "Sen", .text),
        ]
        return Table(name: "inlamning", title: "Inlämnade rapporter", columns: columns, rows: [
            DemoTables.years() + [.text("01"), .text("insatser"), .text("GODKAND"), .text("2022-02-10T09:00:00+01:00"), .text("nej")],
            DemoTables.years() + [.text("03"), .text("insatser"), .text("GODKAND"), .text("2022-02-23T16:30:00+01:00"), .text("ja")],
            // A rejected file that came later does not make the data newer.
            DemoTables.years() + [.text("04"), .text("insatser"), .text("AVVISAD"), .text("2022-03-15T08:00:00+01:00"), .text("ja")],
            DemoTables.years() + [.text("05"), .text("insatser"), .text("SAKNAS"), .empty, .empty],
        ])
    }

    static var tables: [Table] { DemoTables.all + [inlamning] }

    static func metadata(name: String = "Tillväxtverket", firstPublished: String = "2022-03-01") throws -> OpenDataMetadata {
        try OpenDataMetadata(baseURL: base, publisherName: name, publisherEmail: "uppfoljning@example.se",
                             firstPublished: firstPublished)
    }

    static func publish(name: String = "Tillväxtverket", firstPublished: String = "2022-03-01",
                        into root: URL) throws -> URL {
        let dir = root.appendingPathComponent("publish/2021", isDirectory: true)
        try OpenDataPublisher.publish(tables, year: 2021, metadata: try metadata(name: name, firstPublished: firstPublished), to: dir)
        return dir
    }

    static func package(_ dir: URL) throws -> [String: Any] {
        let data = try Data(contentsOf: dir.appendingPathComponent("datapackage.json"))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test func resourcesAreTheCSVFilesAndFieldsTheirHeaders() throws {
        let dir = try Self.publish(into: try makeTemporaryDirectory("opendata"))
        let package = try Self.package(dir)
        let resources = try #require(package["resources"] as? [[String: Any]])
        #expect(resources.map { $0["name"] as? String } == ["omraden", "regioner", "stodformer", "indikatorer", "insatslista", "inlamning"])
        let csvs = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".csv") }.sorted()
        #expect(resources.compactMap { $0["path"] as? String }.sorted() == csvs)
        for resource in resources {
            let path = dir.appendingPathComponent(try #require(resource["path"] as? String))
            let text = try readText(path)
            #expect(resource["bytes"] as? Int == text.utf8.count)
            let schema = try #require(resource["schema"] as? [String: Any])
            let fields = try #require(schema["fields"] as? [[String: Any]])
            let header = String(text.prefix { $0 != "\n" })
            #expect(fields.compactMap { $0["name"] as? String }.joined(separator: ",") == header)
            for field in fields {
                let titles = try #require(field["titles"] as? [String: String])
                #expect(titles["sv"]?.isEmpty == false && titles["en"]?.isEmpty == false)
            }
        }
        let licences = try #require(package["licenses"] as? [[String: String]])
        #expect(licences == [["name": "CC-BY-4.0", "path": "https://creativecommons.org/licenses/by/4.0/",
                              "title": "Creative Commons Attribution 4.0 (CC BY 4.0)"]])
        #expect(package["profile"] as? String == "tabular-data-package")
    }

    @Test func fieldTypesTitlesAndKeys() throws {
        let dir = try Self.publish(into: try makeTemporaryDirectory("opendata"))
        let resources = try #require(try Self.package(dir)["resources"] as? [[String: Any]])
        let regioner = try #require(resources.first { $0["name"] as? String == "regioner" })
        let schema = try #require(regioner["schema"] as? [String: Any])
        #expect(schema["primaryKey"] as? [String] == ["stodform", "omrade", "region_kod"])
        let fields = try #require(schema["fields"] as? [[String: Any]])
        let byName = Dictionary(uniqueKeysWithValues: fields.map { ($0["name"] as! String, $0) })
        #expect(byName["region_kod"]?["type"] as? String == "string")
        #expect(byName["belopp_kr"]?["type"] as? String == "integer")
        #expect(byName["andel_procent"]?["type"] as? String == "number")
        #expect(byName["belopp_kr"]?["titles"] as? [String: String] == ["sv": "Belopp (kr)", "en": "Amount (SEK)"])
        // A column that means something particular in this table says so.
        #expect(byName["andel_procent"]?["descriptions"] as? [String: String] == [
            "sv": "Regionens andel av områdets medel inom stödformen, procent.",
            "en": "The region's share of the area's funding within the instrument, per cent."])
        let inlamning = try #require(resources.first { $0["name"] as? String == "inlamning" })
        let sen = try #require(((inlamning["schema"] as? [String: Any])?["fields"] as? [[String: Any]])?.first { $0["name"] as? String == "sen" })
        #expect(sen["type"] as? String == "boolean")
        #expect(sen["trueValues"] as? [String] == ["ja"])
    }

    @Test func catalogueHasTheDCATAPSEProperties() throws {
        let dir = try Self.publish(into: try makeTemporaryDirectory("opendata"))
        let xml = try XMLElements(Data(contentsOf: dir.appendingPathComponent("catalog.rdf")))
        #expect(xml.named("dcat:Catalog").count == 1)
        #expect(xml.named("dcat:Dataset").count == 1)
        #expect(xml.named("dcat:Distribution").count == Self.tables.count + 1)
        #expect(xml.named("vcard:Organization").count == 1)
        for property in ["dcterms:publisher", "dcat:contactPoint", "dcterms:accrualPeriodicity", "dcterms:temporal",
                         "dcterms:spatial", "dcat:theme", "dcat:distribution", "dcat:keyword", "dcterms:language",
                         "dcat:dataset", "foaf:homepage", "vcard:hasEmail", "dcat:startDate", "dcat:endDate"] {
            #expect(!xml.named(property).isEmpty, "\(property) missing")
        }
        // Title and description in Swedish and English, for the catalogue and the dataset
        // (and each distribution).
        let titleLanguages = xml.named("dcterms:title").compactMap { $0.attributes["xml:lang"] }
        #expect(titleLanguages.filter { $0 == "sv" }.count == 2 + Self.tables.count + 1)
        #expect(titleLanguages.filter { $0 == "en" }.count == 2 + Self.tables.count + 1)
        let downloads = xml.named("dcat:downloadURL").compactMap { $0.attributes["rdf:resource"] }
        #expect(Set(downloads) == Set((["datapackage.json"] + Self.tables.map { "\($0.name).csv" })
            .map { "\(Self.base)/2021/\($0)" }))
        for download in downloads {
            let file = String(download.dropFirst("\(Self.base)/2021/".count))
            #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent(file).path))
        }
        // Every address is absolute.
        for element in xml.elements {
            for key in ["rdf:resource", "rdf:about"] {
                if let value = element.attributes[key] {
                    #expect(value.hasPrefix("https://") || value.hasPrefix("http://") || value.hasPrefix("mailto:"), "\(value)")
                }
            }
        }
        let text = try readText(dir.appendingPathComponent("catalog.rdf"))
        #expect(text.contains("<dcterms:license rdf:resource=\"http://creativecommons.org/licenses/by/4.0/\"/>"))
        #expect(text.contains("<dcterms:format rdf:resource=\"http://publications.europa.eu/resource/authority/file-type/CSV\"/>"))
        #expect(text.contains("<dcterms:accrualPeriodicity rdf:resource=\"http://publications.europa.eu/resource/authority/frequency/ANNUAL\"/>"))
        #expect(text.contains("<dcat:startDate rdf:datatype=\"http://www.w3.org/2001/XMLSchema#date\">2021-01-01</dcat:startDate>"))
        // Modified: the day of the latest accepted report (not the later rejected file).
        #expect(text.contains("<dcterms:modified rdf:datatype=\"http://www.w3.org/2001/XMLSchema#date\">2022-02-23</dcterms:modified>"))
        #expect(text.contains("<dcterms:issued rdf:datatype=\"http://www.w3.org/2001/XMLSchema#date\">2022-03-01</dcterms:issued>"))
    }

    @Test func oddTextIsEscapedInBothFiles() throws {
        let odd = "Verket & \"Regionerna\" <öppna> 'data'\u{1}]]>"
        let dir = try Self.publish(name: odd, into: try makeTemporaryDirectory("opendata"))
        let rdf = try Data(contentsOf: dir.appendingPathComponent("catalog.rdf"))
        let xml = try XMLElements(rdf)  // throws when the escaping is wrong
        #expect(xml.named("foaf:name").count == 1)
        let text = String(decoding: rdf, as: UTF8.self)
        #expect(text.contains("<foaf:name>Verket &amp; &quot;Regionerna&quot; &lt;öppna&gt; &apos;data&apos;]]&gt;</foaf:name>"))
        let contributors = try #require(try Self.package(dir)["contributors"] as? [[String: String]])
        #expect(contributors.first?["title"] == odd)
    }

    @Test func baseURLMustBeAbsoluteHTTP() throws {
        for bad in ["data.example.se/uppfoljning", "ftp://data.example.se/", "https://", "https://data.example.se/?x=1", "/publish"] {
            #expect(throws: OpenDataError.baseURLInvalid(bad)) {
                try OpenDataMetadata(baseURL: bad, publisherName: "T", publisherEmail: "a@b.se", firstPublished: "2022-01-01")
            }
        }
        #expect(throws: OpenDataError.publisherEmailInvalid("uppfoljning")) {
            try OpenDataMetadata(baseURL: Self.base, publisherName: "T", publisherEmail: "uppfoljning", firstPublished: "2022-01-01")
        }
        #expect(try Self.metadata().baseURL == "https://data.example.se/uppfoljning/")
    }

    @Test func aSecondPublishChangesNothingAndKeepsTheFirstDate() throws {
        let root = try makeTemporaryDirectory("opendata")
        let dir = try Self.publish(firstPublished: "2022-03-01", into: root)
        func snapshot() throws -> [String: Data] {
            var files: [String: Data] = [:]
            for name in try FileManager.default.contentsOfDirectory(atPath: dir.path) {
                files[name] = try Data(contentsOf: dir.appendingPathComponent(name))
            }
            return files
        }
        let first = try snapshot()
        // A later run (another day) keeps the first publication's date: same bytes.
        _ = try Self.publish(firstPublished: "2023-05-05", into: root)
        #expect(try snapshot() == first)
        #expect(first.count == Self.tables.count + 2)
        let siblings = try FileManager.default.contentsOfDirectory(atPath: dir.deletingLastPathComponent().path)
        #expect(siblings == ["2021"])
    }

    @Test func aFileLeftFromAnEarlierPublishIsGone() throws {
        let root = try makeTemporaryDirectory("opendata")
        let dir = try Self.publish(into: root)
        try Data("gammal".utf8).write(to: dir.appendingPathComponent("borttagen.csv"))
        _ = try Self.publish(into: root)
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("borttagen.csv").path))
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("datapackage.json").path))
    }

    @Test func aFolderThatIsNoPublicationIsNeverReplaced() throws {
        let root = try makeTemporaryDirectory("opendata")
        let fm = FileManager.default
        // Someone's folder of files, and an earlier publication with a folder inside.
        let foreign = root.appendingPathComponent("hem", isDirectory: true)
        try fm.createDirectory(at: foreign, withIntermediateDirectories: true)
        try Data("viktig".utf8).write(to: foreign.appendingPathComponent("brev.txt"))
        let nested = root.appendingPathComponent("med-mapp", isDirectory: true)
        try fm.createDirectory(at: nested.appendingPathComponent("bilder"), withIntermediateDirectories: true)
        try Data("{}".utf8).write(to: nested.appendingPathComponent("datapackage.json"))
        try Data("".utf8).write(to: nested.appendingPathComponent("catalog.rdf"))
        for dir in [foreign, nested] {
            #expect(throws: OpenDataError.outputNotAPublication(dir.path)) {
                try OpenDataPublisher.publish(Self.tables, year: 2021, metadata: try Self.metadata(), to: dir)
            }
        }
        #expect(try fm.contentsOfDirectory(atPath: foreign.path) == ["brev.txt"])
        #expect(try fm.contentsOfDirectory(atPath: nested.path).sorted() == ["bilder", "catalog.rdf", "datapackage.json"])
        #expect(try fm.contentsOfDirectory(atPath: root.path).sorted() == ["hem", "med-mapp"])
        // An empty folder is fine.
        let empty = root.appendingPathComponent("tom", isDirectory: true)
        try fm.createDirectory(at: empty, withIntermediateDirectories: true)
        #expect(try OpenDataPublisher.publish(Self.tables, year: 2021, metadata: try Self.metadata(), to: empty).count == Self.tables.count + 2)
    }
}
