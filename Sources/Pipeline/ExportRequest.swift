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
        let store = try env.openStoreReadOnly()
        return try ExportYears.write(year: year, store: store, env: env, to: directory, formats: formats, dialect: dialect)
    }
}

/// `followup status`: the `inlamning` table of each year, as text for a terminal.
public enum StatusReport {
    public static func text(_ env: PipelineEnvironment, year: Int?) throws -> String {
        guard FileManager.default.fileExists(atPath: env.zones.store.path) else {
            return "Databasen \(env.zones.store.path) finns inte ännu: inga filer har lästs in.\n"
        }
        let store = try env.openStoreReadOnly()
        let years = try year.map { [$0] } ?? store.storedYears()
        if years.isEmpty { return "Inga godkända rapporter ännu.\n" }
        var out = ""
        for y in years {
            let table = try store.submissionTable(year: y)
            out += "Inlämning \(y) (frist 21 februari \(y + 1))\n"
            out += TextTable.render(table, dropping: ["ar", "jamforelsear"])
            out += "\n"
        }
        return out
    }
}

/// Renders a table as aligned plain text for a terminal.
enum TextTable {
    static func render(_ table: Table, dropping: Set<String>) -> String {
        let keep = table.columns.indices.filter { !dropping.contains(table.columns[$0].name) }
        let header = keep.map { table.columns[$0].name }
        let rows = table.rows.map { row in keep.map { row[$0].plainText } }
        var widths = header.map(\.count)
        for r in rows { for (i, c) in r.enumerated() { widths[i] = max(widths[i], c.count) } }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { i, c in c.padding(toLength: widths[i], withPad: " ", startingAt: 0) }
                .joined(separator: "  ").trimmingCharacters(in: .whitespaces) + "\n"
        }
        return line(header) + line(widths.map { String(repeating: "-", count: $0) }) + rows.map(line).joined()
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
