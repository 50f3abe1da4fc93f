import Foundation

/// Why a schema directory could not be loaded (broken configuration, not bad data).
public enum SchemaCatalogError: Error, Sendable, Hashable, CustomStringConvertible {
    case directoryNotFound(String)
    case unreadable(file: String, reason: String)
    case invalidSchema(file: String, reason: String)
    case invalidCodeList(name: String, reason: String)
    case missingCodeList(name: String, neededBy: String)

    public var description: String {
        switch self {
        case .directoryNotFound(let d): return "Schemakatalogen \(d) finns inte."
        case .unreadable(let f, let r): return "Kan inte läsa \(f): \(r)"
        case .invalidSchema(let f, let r): return "Schemat \(f) är felaktigt: \(r)"
        case .invalidCodeList(let n, let r): return "Kodlistan \(n).csv är felaktig: \(r)"
        case .missingCodeList(let n, let by): return "Kodlistan \(n).csv saknas (behövs av \(by))."
        }
    }
}

/// The schemas of all reports and years, and the code lists, loaded from one directory
/// (`Schemas/`: `*.schema.json` and `codelists/*.csv`).
///
/// ```swift
/// let catalog = try SchemaCatalog(directory: SchemaCatalog.defaultDirectory())
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

    /// Loads every `*.schema.json` and `codelists/*.csv` of `directory`.
    /// - Throws: `SchemaCatalogError` when a file is missing, unreadable or malformed, or a
    ///   schema's foreign key names a code list that does not exist.
    public init(directory: URL) throws {
        self.directory = directory
        let fm = FileManager.default
        var isDir: ObjCBool = false
        guard fm.fileExists(atPath: directory.path, isDirectory: &isDir), isDir.boolValue else {
            throw SchemaCatalogError.directoryNotFound(directory.path)
        }
        var lists: [String: CodeList] = [:]
        let listDir = directory.appendingPathComponent("codelists")
        for name in (try? fm.contentsOfDirectory(atPath: listDir.path)) ?? [] where name.hasSuffix(".csv") {
            let url = listDir.appendingPathComponent(name)
            let list = try CodeList(name: String(name.dropLast(4)), csv: try Self.readText(url))
            lists[list.name] = list
        }
        var byReport: [ReportKind: [Schema]] = [:]
        let decoder = JSONDecoder()
        for name in try fm.contentsOfDirectory(atPath: directory.path).sorted() where name.hasSuffix(".schema.json") {
            let url = directory.appendingPathComponent(name)
            let schema: Schema
            do {
                schema = try decoder.decode(Schema.self, from: Data(contentsOf: url))
            } catch {
                throw SchemaCatalogError.invalidSchema(file: name, reason: "\(error)")
            }
            for key in schema.foreignKeys ?? [] where ReportKind(rawValue: key.reference.resource) == nil {
                guard let list = lists[key.reference.resource] else {
                    throw SchemaCatalogError.missingCodeList(name: key.reference.resource, neededBy: name)
                }
                guard key.reference.fields == [list.keyColumn] else {
                    throw SchemaCatalogError.invalidSchema(file: name, reason: "en främmande nyckel ska peka på kodkolumnen \(list.keyColumn) i \(list.name)")
                }
                for column in key.fields where schema.index(of: column) == nil {
                    throw SchemaCatalogError.invalidSchema(file: name, reason: "främmande nyckel på okänd kolumn \(column)")
                }
            }
            byReport[schema.report, default: []].append(schema)
        }
        self.schemas = byReport.mapValues { $0.sorted { $0.validFrom < $1.validFrom } }
        self.codeLists = lists

        func required(_ name: String) throws -> CodeList {
            guard let list = lists[name] else { throw SchemaCatalogError.missingCodeList(name: name, neededBy: "katalogen") }
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

    /// Where the schemas are at run time, tried in order: env `FOLLOWUP_SCHEMAS`; `Schemas/`
    /// in the executable's directory or any directory above it (so `.build/release/followup`
    /// finds the repository's); `/usr/share/followup/Schemas`; `./Schemas`.
    /// Returns the last candidate when none exists, so that the error names a path.
    public static func defaultDirectory() -> URL {
        let fm = FileManager.default
        func exists(_ url: URL) -> Bool {
            var isDir: ObjCBool = false
            return fm.fileExists(atPath: url.path, isDirectory: &isDir) && isDir.boolValue
        }
        if let env = ProcessInfo.processInfo.environment["FOLLOWUP_SCHEMAS"], !env.isEmpty {
            return URL(fileURLWithPath: env)
        }
        let executable = (Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments.first ?? "."))
            .resolvingSymlinksInPath()
        var dir = executable.deletingLastPathComponent().standardizedFileURL
        while true {
            let candidate = dir.appendingPathComponent("Schemas")
            if exists(candidate) { return candidate }
            let parent = dir.deletingLastPathComponent().standardizedFileURL
            if parent.path == dir.path { break }
            dir = parent
        }
        let shared = URL(fileURLWithPath: "/usr/share/followup/Schemas")
        if exists(shared) { return shared }
        return URL(fileURLWithPath: fm.currentDirectoryPath).appendingPathComponent("Schemas")
    }

    private static func readText(_ url: URL) throws -> String {
        do {
            return String(decoding: try Data(contentsOf: url), as: UTF8.self)
        } catch {
            throw SchemaCatalogError.unreadable(file: url.path, reason: "\(error)")
        }
    }
}
