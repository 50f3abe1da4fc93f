import FollowUpModel
import Foundation
import Hummingbird
import HummingbirdAuth
import Pipeline

/// Everything the routes share: configuration, the data directory's zones, the schema
/// catalogue, the portal's own database and the session storage.
public struct PortalServices: Sendable {
    public let config: PortalConfiguration
    public let dataDir: String
    public let zones: Zones
    public let catalog: SchemaCatalog
    public let database: PortalDatabase
    public let accounts: AccountStore
    public let tokens: TokenStore
    public let audit: AuditLog
    let sessions: SessionStorage<PortalSession>
    let sessionDriver: GRDBPersistDriver
    let throttle: LoginThrottle
    let pages: PageRenderer
    let storeAccess: StoreAccess
    /// The clock (tests fix it).
    let now: @Sendable () -> Date

    public init(config: PortalConfiguration, dataDir: String, catalog: SchemaCatalog,
                now: @escaping @Sendable () -> Date = { Date() }) throws {
        self.config = config
        self.dataDir = dataDir
        zones = Zones(dataDir: dataDir)
        self.catalog = catalog
        try FileManager.default.createDirectory(at: zones.root, withIntermediateDirectories: true)
        database = try PortalDatabase(path: PortalDatabase.path(dataDir: dataDir))
        let regions = Set(catalog.regions.keys)
        accounts = AccountStore(database: database, hasher: PasswordHasher(cost: config.bcryptCost), regions: regions)
        tokens = TokenStore(database: database, regions: regions)
        audit = AuditLog(database: database)
        sessionDriver = GRDBPersistDriver(database: database)
        sessions = SessionStorage(sessionDriver, configuration: .init(
            sessionCookieParameters: .init(name: PortalCookies.session, path: "/", secure: config.secureCookies, sameSite: .strict),
            keyPrefix: "s."))
        throttle = LoginThrottle(maxFailures: config.loginMaxFailures, window: config.loginWindowSeconds)
        pages = try PageRenderer()
        storeAccess = StoreAccess(zones: zones)
        self.now = now
    }

    /// Where uploads are streamed to before they are checked.
    var uploadArea: URL { zones.root.appendingPathComponent("tmp/portal", isDirectory: true) }

    var sessionLifetime: Duration { .seconds(config.sessionLifetimeSeconds) }
}

enum PortalCookies {
    static let session = "followup_session"
    static let login = "followup_login"
}
