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
    /// How many backups of the store `backups/` keeps (0: none are taken before a run).
    public var backupsKeep: Int = 7
    /// Run logs in `logs/` older than this many days are removed by the run (0: never).
    public var logRetentionDays: Int = 90
    /// Files in `quarantine/` older than this many days are removed by the run (0: never).
    /// The archive is never pruned.
    public var quarantineRetentionDays: Int = 400
    /// Where the run writes its figures for node_exporter's textfile collector (nil: not written).
    public var metricsFile: String?
    /// E-mail after the run: receipts, reminders, the agency's summary (`MailConfiguration`).
    public var mail = MailConfiguration()

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
        case backupsKeep = "backups_keep", logRetentionDays = "log_retention_days"
        case quarantineRetentionDays = "quarantine_retention_days", metricsFile = "metrics_file"
        case mail
    }

    /// Every key the configuration knows, by section ("" is the top level): any other key
    /// is an error naming the nearest known one.
    static let knownKeys: [String: [String]] = [
        "": ["data_dir", "schemas_dir", "settle_seconds", "temporary_suffixes", "finding_cap", "limits", "exports",
             "backups_keep", "log_retention_days", "quarantine_retention_days", "metrics_file", "portal", "publish",
             "mail"],
        "limits": ["max_file_bytes", "max_cell_length", "max_data_rows"],
        "exports": ["formats", "csv_dialect"],
        // Read by `followup serve` (Portal's `PortalConfiguration`); checked here too, so that
        // one file with a misspelt portal key is refused by every command alike.
        "portal": ["listen", "public_base_url", "secure_cookies", "max_upload_bytes", "session_lifetime_seconds",
                   "login_max_failures", "login_window_seconds", "bcrypt_cost", "trust_loopback_proxy"],
        // Read by `followup publish` (`PublishConfiguration`).
        "publish": ["base_url", "publisher_name", "publisher_email", "publisher_url"],
        "mail": MailConfiguration.keys,
    ]

    public init(from d: Decoder) throws {
        let c = try d.container(keyedBy: CodingKeys.self)
        dataDir = try c.decodeIfPresent(String.self, forKey: .dataDir) ?? dataDir
        schemasDir = try c.decodeIfPresent(String.self, forKey: .schemasDir)
        settleSeconds = try c.decodeIfPresent(Double.self, forKey: .settleSeconds) ?? settleSeconds
        temporarySuffixes = try c.decodeIfPresent([String].self, forKey: .temporarySuffixes) ?? temporarySuffixes
        findingCap = try c.decodeIfPresent(Int.self, forKey: .findingCap) ?? findingCap
        limits = try c.decodeIfPresent(Limits.self, forKey: .limits) ?? limits
        exports = try c.decodeIfPresent(Exports.self, forKey: .exports) ?? exports
        backupsKeep = try c.decodeIfPresent(Int.self, forKey: .backupsKeep) ?? backupsKeep
        logRetentionDays = try c.decodeIfPresent(Int.self, forKey: .logRetentionDays) ?? logRetentionDays
        quarantineRetentionDays = try c.decodeIfPresent(Int.self, forKey: .quarantineRetentionDays) ?? quarantineRetentionDays
        metricsFile = try c.decodeIfPresent(String.self, forKey: .metricsFile)
        mail = try c.decodeIfPresent(MailConfiguration.self, forKey: .mail) ?? mail
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
        if let node = try? Yams.load(yaml: text) {
            try checkKeys(node, source: url.path)
        }
        let base = url.deletingLastPathComponent()
        config.dataDir = resolve(config.dataDir, against: base)
        config.schemasDir = config.schemasDir.map { resolve($0, against: base) }
        config.metricsFile = config.metricsFile.map { resolve($0, against: base) }
        config.mail.contactsFile = config.mail.contactsFile.map { resolve($0, against: base) }
        try config.check(source: url.path)
        return config
    }

    /// Refuses a key the configuration does not know (a misspelt `settle_secondz` would
    /// otherwise silently leave the default in force), naming the nearest known key.
    static func checkKeys(_ node: Any, source: String) throws {
        guard let top = node as? [AnyHashable: Any] else { return }
        var sections: [(String, Any)] = [("", top)]
        for (key, value) in top {
            if let name = key as? String, name != "", knownKeys[name] != nil { sections.append((name, value)) }
        }
        for (section, value) in sections {
            guard let map = value as? [AnyHashable: Any], let known = knownKeys[section] else { continue }
            let keys: [String] = map.keys.map { "\($0)" }.sorted()
            for key in keys where !known.contains(key) {
                let shown = section.isEmpty ? key : "\(section).\(key)"
                throw PipelineError.configuration(OperationsText.unknownKey(source: source, key: shown,
                                                                            suggestion: nearest(key, in: known)))
            }
        }
    }

    /// The known key with the smallest edit distance to `key`, if it is close at all.
    static func nearest(_ key: String, in known: [String]) -> String? {
        var best: String?
        var bestDistance = Int.max
        for candidate in known {
            let d = editDistance(key, candidate)
            if d < bestDistance { best = candidate; bestDistance = d }
        }
        return bestDistance <= max(3, key.count / 2) ? best : nil
    }

    /// Levenshtein distance over characters.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(min(previous[j] + 1, current[j - 1] + 1), substitution)
            }
            previous = current
        }
        return previous[b.count]
    }

    func check(source: String) throws {
        guard backupsKeep >= 0, logRetentionDays >= 0, quarantineRetentionDays >= 0 else {
            throw PipelineError.configuration(OperationsText.retentionNegative(source: source))
        }
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
        try mail.check(source: source)
    }

    private static func resolve(_ path: String, against base: URL) -> String {
        let expanded = (path as NSString).expandingTildeInPath
        if expanded.hasPrefix("/") { return expanded }
        return base.appendingPathComponent(expanded).standardizedFileURL.path
    }
}
