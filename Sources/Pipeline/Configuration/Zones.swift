import Foundation

/// The zones under one data directory (spec/pipeline.md).
public struct Zones: Sendable {
    public let root: URL

    public init(dataDir: String) {
        root = URL(fileURLWithPath: dataDir, isDirectory: true).standardizedFileURL
    }

    public var inbox: URL { root.appendingPathComponent("inbox", isDirectory: true) }
    public var archive: URL { root.appendingPathComponent("archive", isDirectory: true) }
    public var quarantine: URL { root.appendingPathComponent("quarantine", isDirectory: true) }
    public var receipts: URL { root.appendingPathComponent("receipts", isDirectory: true) }
    public var exports: URL { root.appendingPathComponent("exports", isDirectory: true) }
    public var logs: URL { root.appendingPathComponent("logs", isDirectory: true) }
    /// Consistent copies of the store (`followup backup`, and before each run that loads files).
    public var backups: URL { root.appendingPathComponent("backups", isDirectory: true) }
    public var store: URL { root.appendingPathComponent("followup.sqlite") }
    public var lock: URL { root.appendingPathComponent("followup.lock") }

    /// Creates every zone that is missing.
    public func create() throws {
        for dir in [root, inbox, archive, quarantine, receipts, exports, logs, backups] {
            do {
                try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            } catch {
                throw PipelineError.io(path: dir.path, reason: error.localizedDescription)
            }
        }
    }

    /// The path of `url` relative to the data directory.
    public func relative(_ url: URL) -> String {
        let p = url.standardizedFileURL.path, r = root.path + "/"
        return p.hasPrefix(r) ? String(p.dropFirst(r.count)) : p
    }
}
