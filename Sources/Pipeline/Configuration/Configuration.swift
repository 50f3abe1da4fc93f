import Foundation
import Texts
import Yams

/// The nightly configuration (`Pipelines/nightly.yaml`). Every key is optional; the
/// defaults are the spec's. Relative paths are resolved against the configuration
/// file's folder.
public struct PipelineConfiguration: Decodable, Sendable {
    /// Holds every zone: inbox/, archive/, quarantine/, receipts/, exports/, logs/ and the store.
    public var dataDir: String = "/var/lib/followup"
    /// Folder with the Table Schemas and code lists; default: `Schemas/` found beside the
    /// executable (see `SchemaCatalog.defaultDirectory`).
    public var schemasDir: String?
    /// A file modified less than this many seconds ago is taken to be still uploading.
    public var settleSeconds: Double = 60
    /// File-name endings of uploads in progress, never claimed.
    public var temporarySuffixes: [String] = [".tmp", ".part", ".partial", ".crdownload", ".filepart", "~"]
    /// How many findings a receipt lists per file (all are counted).
    public var findingCap: Int = 1000
    public var limits = Limits()
    public var exports = Exports()

    public struct Limits: Decodable, Sendable {
        public var maxFileBytes: Int64 = 1 << 30
        public var maxCellLength: Int = 10_000
        public var maxDataRows: Int = 10_000_000
        public init() {}
        enum CodingKeys: String, CodingKey {
            case maxFileBytes = "max_file_bytes", maxCellLength = "max_cell_length", maxDataRows = "max_data_rows"
        }
        public init(from d: Decoder) throws {
            let c = try d.container(keyedBy: CodingKeys.self)
            maxFileBytes = try c.decodeIfPresent(Int64.self, forKey: .maxFileBytes) ?? maxFileBytes
            maxCellLength = try c.decodeIfPresent(Int.self, forKey: .maxCellLength) ?? maxCellLength
            maxDataRows = try c.decodeIfPresent(Int.self, forKey: .maxDataRows) ?? maxDataRows
        }
    }

    public struct Exports: Decodable, Sendable {
        /// Any of xlsx, csv, html, md, json.
        public var formats: [String] = ["xlsx", "csv", "html", "md", "json"]
        /// `standard` (RFC 4180) or `excel-sv`.
        public var csvDialect: String = "standard"
        public init() {}
        enum CodingKeys: String, CodingKey { case formats, csvDialect = "csv_dialect" }
        public init(from d: Decoder) throws {
            let c = try d.container(keyedBy: CodingKeys.self)
            formats = try c.decodeIfPresent([String].self, forKey: .formats) ?? formats
            csvDialect = try c.decodeIfPresent(String.self, forKey: .csvDialect) ?? csvDialect
        }
    }

    public init() {}

    enum CodingKeys: String, CodingKey {
        case dataDir = "data_dir", schemasDir = "schemas_dir", settleSeconds = "settle_seconds"
        case temporarySuffixes = "temporary_suffixes", findingCap = "finding_cap", limits, exports
    }

    public init(from d: Decoder) throws {
        let c = try d.container(keyedBy: CodingKeys.self)
        dataDir = try c.decodeIfPresent(String.self, forKey: .dataDir) ?? dataDir
        schemasDir = try c.decodeIfPresent(String.self, forKey: .schemasDir)
        settleSeconds = try c.decodeIfPresent(Double.self, forKey: .settleSeconds) ?? settleSeconds
        temporarySuffixes = try c.decodeIfPresent([String].self, forKey: .temporarySuffixes) ?? temporarySuffixes
        findingCap = try c.decodeIfPresent(Int.self, forKey: .findingCap) ?? findingCap
        limits = try c.decodeIfPresent(Limits.self, forKey: .limits) ?? limits
        exports = try c.decodeIfPresent(Exports.self, forKey: .exports) ?? exports
    }

    /// Reads a YAML (or JSON, which is YAML) configuration file.
    /// - Throws: `PipelineError.configuration` naming the file and the problem.
    public static func load(from url: URL) throws -> PipelineConfiguration {
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw PipelineError.configuration(ErrorTexts.configurationUnreadable(path: url.path, reason: error.localizedDescription))
        }
        var config: PipelineConfiguration
        do {
            config = try YAMLDecoder().decode(PipelineConfiguration.self, from: text)
        } catch {
            throw PipelineError.configuration(ErrorTexts.configurationInvalid(path: url.path, reason: "\(error)"))
        }
        let base = url.deletingLastPathComponent()
        config.dataDir = resolve(config.dataDir, against: base)
        config.schemasDir = config.schemasDir.map { resolve($0, against: base) }
        try config.check(source: url.path)
        return config
    }

    func check(source: String) throws {
        let known = Set(["xlsx", "csv", "html", "md", "json"])
        for f in exports.formats where !known.contains(f) {
            throw PipelineError.configuration(ErrorTexts.unknownExportFormat(source: source, format: f))
        }
        guard ["standard", "excel-sv"].contains(exports.csvDialect) else {
            throw PipelineError.configuration(ErrorTexts.unknownCSVDialect(source: source, dialect: exports.csvDialect))
        }
        if temporarySuffixes.contains(where: { $0.trimmingCharacters(in: .whitespaces).isEmpty }) {
            throw PipelineError.configuration(ErrorTexts.emptyTemporarySuffix(source: source))
        }
        guard findingCap > 0, limits.maxFileBytes > 0, limits.maxCellLength > 0, limits.maxDataRows > 0, settleSeconds >= 0 else {
            throw PipelineError.configuration(ErrorTexts.limitsNotPositive(source: source))
        }
    }

    private static func resolve(_ path: String, against base: URL) -> String {
        let expanded = (path as NSString).expandingTildeInPath
        if expanded.hasPrefix("/") { return expanded }
        return base.appendingPathComponent(expanded).standardizedFileURL.path
    }
}
