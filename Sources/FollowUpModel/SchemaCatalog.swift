import Foundation

/// Why the schemas and code lists cannot be used (broken configuration, not bad data).
/// Its user text is in `Texts/ErrorTexts.swift`.
public enum SchemaCatalogError: CategorizedError, Sendable, Hashable {
    case directoryNotFound(String)
    case unreadable(file: String, reason: String)
    case invalidSchema(file: String, reason: String)
    /// A foreign key points at another column than the list's code column.
    case foreignKeyNotToCode(file: String, list: String, keyColumn: String)
    case foreignKeyOnUnknownColumn(file: String, column: String)
    /// The code list could not be read as CSV; `problem` is the reader's finding code.
    case invalidCodeList(name: String, problem: String)
    case codeListWithoutHeader(name: String)
    case codeListRowWidth(name: String, line: Int, cells: Int, expected: Int)
    /// `neededBy` is the schema file that needs the list, nil for the catalogue itself.
    case missingCodeList(name: String, neededBy: String?)
    /// A field's `pattern` is not a valid regular expression (it would be ignored otherwise).
    case invalidPattern(file: String, field: String, pattern: String, reason: String)

    public var category: ErrorCategory { .configuration }
}

/// The schemas of all reports and years, and the code lists, of one directory
/// (`Schemas/`: `*.schema.json` and `codelists/*.csv`). A plain value: `Pipeline` reads
/// the files (`SchemaCatalog.load(directory:)`).
///
/// ```swift
/// let catalog = try SchemaCatalog.load(directory: schemasFolder)
/// let schema = catalog.schema(for: .insatser, year: 2025)
/// let area = catalog.priorityArea["1.3"]   // 1
/// ```
public struct SchemaCatalog: Sendable {
    public let directory: URL
    /// Every schema, by report, sorted by `validFrom`.
    public let schemas: [ReportKind: [Schema]]
    /// Code lists by name (the file name without `.csv`, e.g. `regioner`).
    public let codeLists: [String: CodeList]

    /// Region code → county name (`regioner.csv`).
    public let regions: [String: String]
    /// Priority code → its strategic area (`prioriteringar.csv`).
    public let priorityArea: [String: Int]
    /// Indicator code → unit (`indikatorer.csv`).
    public let indicatorUnit: [String: String]

    /// Builds the catalogue from files already read: nothing here touches the disk
    /// (`SchemaCatalog.load(directory:)` in `Pipeline` reads a folder).
    ///
    /// - Parameters:
    ///   - schemaFiles: the bytes of each `*.schema.json`, by file name.
    ///   - codeLists: every code list, e.g. `regioner`.
    ///   - directory: where the files came from, named in messages.
    /// - Throws: `SchemaCatalogError` when a schema is malformed, or a schema's foreign key
    ///   names a code list that does not exist, or a list the catalogue needs is missing.
    public init(schemaFiles: [String: Data], codeLists: [CodeList], directory: URL) throws {
        self.directory = directory
        var lists: [String: CodeList] = [:]
        for list in codeLists { lists[list.name] = list }
        var byReport: [ReportKind: [Schema]] = [:]
        let decoder = JSONDecoder()
        for (name, data) in schemaFiles.sorted(by: { $0.key < $1.key }) {
            let schema: Schema
            do {
                schema = try decoder.decode(Schema.self, from: data)
            } catch {
                throw SchemaCatalogError.invalidSchema(file: name, reason: "\(error)")
            }
            for field in schema.fields {
                guard let pattern = field.constraints?.pattern else { continue }
                do {
                    _ = try NSRegularExpression(pattern: pattern)
                } catch {
                    throw SchemaCatalogError.invalidPattern(file: name, field: field.name, pattern: pattern,
                                                            reason: "\((error as NSError).localizedDescription)")
                }
            }
            for key in schema.foreignKeys ?? [] where ReportKind(rawValue: key.reference.resource) == nil {
                guard let list = lists[key.reference.resource] else {
                    throw SchemaCatalogError.missingCodeList(name: key.reference.resource, neededBy: name)
                }
                guard key.reference.fields == [list.keyColumn] else {
                    throw SchemaCatalogError.foreignKeyNotToCode(file: name, list: list.name, keyColumn: list.keyColumn)
                }
                for column in key.fields where schema.index(of: column) == nil {
                    throw SchemaCatalogError.foreignKeyOnUnknownColumn(file: name, column: column)
                }
            }
            byReport[schema.report, default: []].append(schema)
        }
        self.schemas = byReport.mapValues { $0.sorted { $0.validFrom < $1.validFrom } }
        self.codeLists = lists

        func required(_ name: String) throws -> CodeList {
            guard let list = lists[name] else { throw SchemaCatalogError.missingCodeList(name: name, neededBy: nil) }
            return list
        }
        let regioner = try required("regioner")
        regions = Dictionary(uniqueKeysWithValues: regioner.codes.map { ($0, regioner.name(of: $0) ?? $0) })
        let prio = try required("prioriteringar")
        priorityArea = Dictionary(uniqueKeysWithValues: prio.codes.compactMap { code in
            prio.value(of: "omrade", for: code).flatMap(Int.init).map { (code, $0) }
        })
        let ind = try required("indikatorer")
        indicatorUnit = Dictionary(uniqueKeysWithValues: ind.codes.compactMap { code in
            ind.value(of: "enhet", for: code).map { (code, $0) }
        })
    }

    /// The schema for a report of reporting year `year`: the one with the largest
    /// `validFrom` not after `year`; nil when none applies.
    public func schema(for report: ReportKind, year: Int) -> Schema? {
        schemas[report]?.last { $0.validFrom <= year }
    }

    public func codeList(_ name: String) -> CodeList? { codeLists[name] }
}
