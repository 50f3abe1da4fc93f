import Foundation
import Exports
import FollowUpModel
import Store

/// Everything a command needs that comes from configuration: zones, clock, schemas and
/// the checker.
public struct PipelineEnvironment {
    public let config: PipelineConfiguration
    public let zones: Zones
    /// The clock (`--now` overrides it): decides the current year and lateness.
    public let now: Date
    public let catalog: SchemaCatalog
    public let checker: FileChecker
    /// `--allow-other-owner`: a writing command runs although the data directory belongs
    /// to another user (`ZoneAccess`).
    public var allowOtherOwner = false

    public init(config: PipelineConfiguration, now: Date?) throws {
        self.config = config
        zones = Zones(dataDir: config.dataDir)
        self.now = now ?? Date()
        catalog = try SchemaCatalog.load(configured: config.schemasDir.map { URL(fileURLWithPath: $0, isDirectory: true) })
        var limits = ReadLimits()
        limits.maxFileBytes = Int(config.limits.maxFileBytes)
        limits.maxCellCharacters = config.limits.maxCellLength
        limits.maxDataRows = config.limits.maxDataRows
        checker = FileChecker(catalog: catalog, options: CheckOptions(limits: limits, now: self.now, findingCap: config.findingCap))
    }

    private init(config: PipelineConfiguration, zones: Zones, now: Date, catalog: SchemaCatalog, checker: FileChecker) {
        self.config = config
        self.zones = zones
        self.now = now
        self.catalog = catalog
        self.checker = checker
    }

    /// The same environment with another clock (and a checker that uses it): `rebuild`
    /// replays each archived run with the clock that run had.
    func withClock(_ clock: Date) -> PipelineEnvironment {
        var options = checker.options
        options.now = clock
        var copy = PipelineEnvironment(config: config, zones: zones, now: clock, catalog: catalog,
                                       checker: FileChecker(catalog: catalog, options: options))
        copy.allowOtherOwner = allowOtherOwner
        return copy
    }

    /// Opens the store for writing (migrating it, creating it if needed) and seeds the code
    /// lists from the catalogue.
    public func openStore(at url: URL? = nil) throws -> FollowUpStore {
        let path = (url ?? zones.store).path
        do {
            let store = try FollowUpStore(path: path)
            try store.seed(catalog.storeSeed)
            return store
        } catch {
            throw PipelineError.io(path: path, reason: "\(error)")
        }
    }

    /// Opens the store read-only (no migration, no seeding; nothing in the file changes):
    /// for commands that only read it. The store is checked first (`StoreCheck`).
    /// - Throws: `StoreError.storeDamaged` / `.storeLost` (repaired by `rebuild`);
    ///   `PipelineError.io` when it is missing or cannot be opened.
    public func openStoreReadOnly() throws -> FollowUpStore {
        let path = zones.store.path
        try StoreCheck.verify(self)
        do {
            return try FollowUpStore.openReadOnly(at: path)
        } catch {
            throw PipelineError.io(path: path, reason: "\(error)")
        }
    }

    var exportFormats: Set<ExportFormat> { Set(config.exports.formats.compactMap(ExportFormat.init(rawValue:))) }
    var csvDialect: CSVDialect { CSVDialect(rawValue: config.exports.csvDialect) ?? .standard }
}
