import CSVReading
import Foundation
import FollowUpModel
import Testing
import Validation

/// The repository's own schemas (the product's copy), found from this file's path.
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
let catalog = try! loadCatalog(repositoryRoot.appendingPathComponent("Schemas"))

/// The one place these tests load a schema catalog: the schema files as data and the code
/// lists through `CSVReader`, as the pipeline's loader does (these tests do not depend on
/// `Pipeline`).
func loadCatalog(_ directory: URL) throws -> SchemaCatalog {
    let fm = FileManager.default
    var schemaFiles: [String: Data] = [:]
    for name in try fm.contentsOfDirectory(atPath: directory.path) where name.hasSuffix(".schema.json") {
        schemaFiles[name] = try Data(contentsOf: directory.appendingPathComponent(name))
    }
    let listDir = directory.appendingPathComponent("codelists")
    var lists: [CodeList] = []
    for name in try fm.contentsOfDirectory(atPath: listDir.path).sorted() where name.hasSuffix(".csv") {
        var records: [RawRecord] = []
        _ = try CSVReader.read(fileAt: listDir.appendingPathComponent(name)) { records.append($0) }
        lists.append(try CodeList(name: String(name.dropLast(4)), records: records))
    }
    return try SchemaCatalog(schemaFiles: schemaFiles, codeLists: lists, directory: directory)
}

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

/// What `check` gives: the file's report and the dialect read.
struct CheckedFile {
    var report: FileReport
    var dialect: Dialect?
}

/// Checks one file's bytes as the pipeline does, with the real reader and validator but no
/// file: the name (`file-name`), the folder and the deadline, then the records, then the
/// reading problems and the file rules.
func check(_ name: String, _ bytes: [UInt8], inboxRegion: String? = nil, received: Date = june2025,
           context: CrossFileContext = .none, limits: ReadLimits = ReadLimits(),
           findingCap: Int = 1000, sink: ((TypedRow) throws -> Void)? = nil) throws -> CheckedFile {
    func fileLevelOnly(_ submission: SubmissionName?, _ code: IssueCode, _ message: String) -> CheckedFile {
        var list = FindingList(cap: findingCap)
        list.append(Finding(code: code, file: name, message: message))
        return CheckedFile(report: FileReport(file: name, region: submission?.region, year: submission?.year,
                                              report: submission?.report, rows: 0, findings: list))
    }
    let submission: SubmissionName
    switch SubmissionNaming.parse(fileName: name, regions: catalog.regions, now: june2025) {
    case .failure(let problem): return fileLevelOnly(nil, problem.code, problem.message)
    case .success(let parsed): submission = parsed
    }
    guard let schema = catalog.schema(for: submission.report, year: submission.year) else {
        return fileLevelOnly(submission, .fileName, "no schema")
    }
    let run = ValidatorBox(FileValidator(schema: schema, catalog: catalog, submission: submission, file: name,
                                         context: context, findingCap: findingCap))
    for problem in [SubmissionNaming.checkDirectory(submission, inboxRegion: inboxRegion),
                    SubmissionNaming.checkDeadline(submission, receivedAt: received)].compactMap({ $0 }) {
        run.validator.report(problem.code, message: problem.message)
    }
    run.validator.producesRows = sink != nil
    let summary = try CSVReader.readBytes(bytes: bytes, limits: limits,
                                          onDialect: { run.validator.decimalComma = $0.delimiter.allowsDecimalComma }) { record in
        if let row = run.validator.consume(record), let sink, run.validator.errorCount == 0 { try sink(row) }
    }
    var validator = run.validator
    for problem in summary.problems {
        validator.report(problem.code, line: problem.line, value: problem.value, message: "\(problem.kind)")
    }
    if !summary.stoppedEarly { try validator.finish() } else { try validator.finishPrimaryKeys() }
    return CheckedFile(report: FileReport(file: name, region: submission.region, year: submission.year, report: submission.report,
                                          rows: validator.dataRows, findings: validator.findings),
                       dialect: summary.dialect)
}

private final class ValidatorBox {
    var validator: FileValidator
    init(_ validator: FileValidator) { self.validator = validator }
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

/// The flat list of findings of a sequence of records (the header first), in report order.
func flat(_ report: ReportKind, _ lines: [[String]], submission: SubmissionName? = nil) throws -> [F] {
    let schema = catalog.schema(for: report, year: 2025)!
    let records = lines.enumerated().map { RawRecord(cells: $1, line: $0 + 1) }
    let (findings, _) = try FileValidator.validate(records: records, schema: schema, catalog: catalog,
                                                   submission: submission ?? SubmissionName(region: "14", year: 2025, report: report),
                                                   file: "x.csv")
    return findings.sorted.map { F($0.line, $0.column, $0.code) }
}
