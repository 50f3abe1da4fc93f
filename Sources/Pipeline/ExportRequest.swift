import Foundation
import Exports
import FollowUpModel
import Store

/// `followup export`: the comparison tables of one year, written to a folder.
public struct ExportRequest {
    public var year: Int
    public var formats: Set<ExportFormat>?
    public var dialect: CSVDialect?
    public var directory: URL

    public init(year: Int, formats: Set<ExportFormat>?, dialect: CSVDialect?, directory: URL) {
        self.year = year
        self.formats = formats
        self.dialect = dialect
        self.directory = directory
    }

    public func run(_ env: PipelineEnvironment) throws -> [URL] {
        guard FileManager.default.fileExists(atPath: env.zones.store.path) else {
            throw PipelineError.io(path: env.zones.store.path, reason: "databasen finns inte ännu; kör först followup run")
        }
        let store = try env.openStore()
        return try ExportYears.write(year: year, store: store, env: env, to: directory, formats: formats, dialect: dialect)
    }
}

/// Finds the default configuration when `--config` is not given.
public enum ConfigLocator {
    /// `FOLLOWUP_CONFIG`, then `Pipelines/nightly.yaml` (or `.json`) in the working folder
    /// or above the executable, then `/etc/followup/nightly.yaml`.
    public static func defaultConfiguration() -> URL? {
        let fm = FileManager.default
        if let env = ProcessInfo.processInfo.environment["FOLLOWUP_CONFIG"], !env.isEmpty {
            return URL(fileURLWithPath: env)
        }
        var candidates: [URL] = [URL(fileURLWithPath: fm.currentDirectoryPath)]
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<6 {
            candidates.append(dir)
            dir = dir.deletingLastPathComponent()
        }
        for base in candidates {
            for name in ["nightly.yaml", "nightly.json"] {
                let url = base.appendingPathComponent("Pipelines").appendingPathComponent(name)
                if fm.fileExists(atPath: url.path) { return url }
            }
        }
        let etc = URL(fileURLWithPath: "/etc/followup/nightly.yaml")
        return fm.fileExists(atPath: etc.path) ? etc : nil
    }
}
