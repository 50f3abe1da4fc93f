import CSVReading
import FollowUpModel
import Foundation
import Texts

extension SchemaCatalog {
    /// Reads every `*.schema.json` and `codelists/*.csv` of `directory`; the code lists
    /// with `CSVReader`, as every other CSV file.
    ///
    /// ```swift
    /// let catalog = try SchemaCatalog.load(directory: URL(fileURLWithPath: "Schemas"))
    /// ```
    /// - Throws: `SchemaCatalogError` when the folder or a file is missing, unreadable or
    ///   malformed (see `SchemaCatalog.init(schemaFiles:codeLists:directory:)`).
    public static func load(directory: URL) throws -> SchemaCatalog {
        let fm = FileManager.default
        guard InstallLocation.isDirectory(directory) else {
            throw SchemaCatalogError.directoryNotFound(directory.path)
        }
        let listDir = directory.appendingPathComponent("codelists")
        var lists: [CodeList] = []
        for name in ((try? fm.contentsOfDirectory(atPath: listDir.path)) ?? []).sorted() where name.hasSuffix(".csv") {
            lists.append(try readCodeList(listDir.appendingPathComponent(name), name: String(name.dropLast(4))))
        }
        let names: [String]
        do {
            names = try fm.contentsOfDirectory(atPath: directory.path)
        } catch {
            throw SchemaCatalogError.unreadable(file: directory.path, reason: SystemErrorText.reason(error))
        }
        var schemaFiles: [String: Data] = [:]
        for name in names where name.hasSuffix(".schema.json") {
            let url = directory.appendingPathComponent(name)
            do {
                schemaFiles[name] = try Data(contentsOf: url)
            } catch {
                throw SchemaCatalogError.unreadable(file: url.path, reason: SystemErrorText.reason(error))
            }
        }
        return try SchemaCatalog(schemaFiles: schemaFiles, codeLists: lists, directory: directory)
    }

    /// `load(directory:)` under its old name, for callers that read a folder directly.
    public init(directory: URL) throws {
        self = try Self.load(directory: directory)
    }

    /// The catalogue a command works with: from `directory`, else from
    /// `defaultDirectory()`. Every command reports a failure the same way.
    /// - Throws: `PipelineError.configuration` naming the folder and the problem.
    public static func load(configured directory: URL?) throws -> SchemaCatalog {
        let dir = directory ?? defaultDirectory()
        do {
            return try load(directory: dir)
        } catch {
            throw PipelineError.configuration(ErrorTexts.schemasUnreadable(directory: dir.path, reason: "\(error)"))
        }
    }

    /// Where the schemas are at run time, tried in order: env `FOLLOWUP_SCHEMAS`; `Schemas/`
    /// in the executable's directory or any directory above it (so `.build/release/followup`
    /// finds the repository's); `/usr/share/followup/Schemas`; `./Schemas`.
    /// Returns the last candidate when none exists, so that the error names a path.
    public static func defaultDirectory() -> URL {
        if let env = InstallLocation.environment("FOLLOWUP_SCHEMAS") {
            return URL(fileURLWithPath: env)
        }
        for dir in InstallLocation.foldersAboveExecutable() {
            let candidate = dir.appendingPathComponent("Schemas")
            if InstallLocation.isDirectory(candidate) { return candidate }
        }
        let shared = URL(fileURLWithPath: "/usr/share/followup/Schemas")
        if InstallLocation.isDirectory(shared) { return shared }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent("Schemas")
    }

    private static func readCodeList(_ url: URL, name: String) throws -> CodeList {
        var records: [RawRecord] = []
        let summary: ReadSummary
        do {
            summary = try CSVReader.read(fileAt: url) { records.append($0) }
        } catch let error as CSVReadError {
            switch error {
            case .cannotOpen(_, let e), .readFailed(_, let e):
                throw SchemaCatalogError.unreadable(file: url.path, reason: SystemErrorText.reason(errno: e))
            default:
                throw SchemaCatalogError.unreadable(file: url.path, reason: "\(error)")
            }
        } catch {
            throw SchemaCatalogError.unreadable(file: url.path, reason: SystemErrorText.reason(error))
        }
        if let problem = summary.problems.first(where: \.isFatal) {
            throw SchemaCatalogError.invalidCodeList(name: name, problem: problem.code.rawValue)
        }
        return try CodeList(name: name, records: records)
    }
}
