import Foundation
import FollowUpModel
import Pipeline
import Testing
import Validation

/// The repository's own schemas (the product's copy), found from this file's path.
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
let catalog = try! SchemaCatalog(directory: repositoryRoot.appendingPathComponent("Schemas"))

/// A finding reduced to where and what, as frictionless-py's tests compare them.
struct F: Hashable, CustomStringConvertible {
    var line: Int?
    var column: String?
    var code: IssueCode
    init(_ line: Int?, _ column: String?, _ code: IssueCode) {
        self.line = line
        self.column = column
        self.code = code
    }
    var description: String { "(\(line.map(String.init) ?? "nil"), \(column ?? "nil"), \(code.rawValue))" }
}

let june2025 = ISO8601DateFormatter().date(from: "2025-06-01T12:00:00Z")!

enum Valid {
    static let insatserHeader = "region_kod,ar,insats_id,titel,strategiskt_omrade,prioritering,roll,hallbarhet,territoriell_inriktning,samverkan,status,startdatum,slutdatum,beskrivning"
    static let insatserRow = "14,2025,INS-1,Bredband,4,4.1,KUNSKAP|FINANSIAR,EKO,HELA,KOMMUN,PAGAENDE,2025-01-01,2025-12-31,Text"
    static let finansieringHeader = "region_kod,ar,beslut_id,insats_id,stodform,strategiskt_omrade,prioritering,beviljat_kr,eruf_kr,jtf_kr,region_kr,kommun_kr,annan_offentlig_kr,privat_kr,horisontella_kriterier,beslutsdatum"
    static let finansieringRow = "14,2025,B-1,,PROJ,1,1.1,100000,,,5000,,,,JAMST,2025-03-01"
    static let indikatorerHeader = "region_kod,ar,indikator_kod,kommun_kod,kon,varde,enhet,kalla"
    static let indikatorerRow = "14,2025,IND-1.1,1480,T,3.5,promille,SCB"
    static let strategiHeader = "region_kod,ar,rus_namn,antagen_ar,giltig_till_ar,oversyn_pagar,antal_handlingsplaner,agenda2030_integrerad,antal_analyser,antal_utvarderingar"
    static let strategiRow = "14,2025,RUS Västra Götaland,2020,2030,nej,3,ja,5,2"

    static func file(_ report: ReportKind, rows: [String]? = nil) -> String {
        let (header, row): (String, String)
        switch report {
        case .insatser: (header, row) = (insatserHeader, insatserRow)
        case .finansiering: (header, row) = (finansieringHeader, finansieringRow)
        case .indikatorer: (header, row) = (indikatorerHeader, indikatorerRow)
        case .strategi: (header, row) = (strategiHeader, strategiRow)
        }
        return ([header] + (rows ?? [row])).joined(separator: "\n") + "\n"
    }
}

/// A scratch directory per test.
final class Scratch {
    let url: URL
    init() {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("followup-validation-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }
    deinit { try? FileManager.default.removeItem(at: url) }

    func write(_ name: String, _ bytes: [UInt8], folder: String? = nil) -> URL {
        var dir = url
        if let folder { dir = dir.appendingPathComponent(folder) }
        try! FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let file = dir.appendingPathComponent(name)
        try! Data(bytes).write(to: file)
        // Received in time unless a test says otherwise (`validate` takes the modification time).
        try! FileManager.default.setAttributes([.modificationDate: june2025], ofItemAtPath: file.path)
        return file
    }
}

/// Checks one file with the real reader and validator.
func check(_ name: String, _ bytes: [UInt8], inboxRegion: String? = nil, received: Date = june2025,
           context: CrossFileContext = .none, limits: ReadLimits = ReadLimits(),
           findingCap: Int = 1000, sink: ((TypedRow) throws -> Void)? = nil) throws -> CheckedFile {
    let scratch = Scratch()
    let url = scratch.write(name, bytes)
    let checker = FileChecker(catalog: catalog, options: CheckOptions(limits: limits, now: june2025, findingCap: findingCap))
    return try checker.check(fileAt: url, displayName: name, inboxRegion: inboxRegion, receivedAt: received,
                             context: context, rowSink: sink)
}

func check(_ name: String, _ text: String, inboxRegion: String? = nil, received: Date = june2025,
           context: CrossFileContext = .none, limits: ReadLimits = ReadLimits(),
           sink: ((TypedRow) throws -> Void)? = nil) throws -> CheckedFile {
    try check(name, Array(text.utf8), inboxRegion: inboxRegion, received: received, context: context, limits: limits, sink: sink)
}

/// The flat list of findings of a file, in report order.
func flat(_ checked: CheckedFile) -> [F] {
    checked.report.findings.map { F($0.line, $0.column, $0.code) }
}
