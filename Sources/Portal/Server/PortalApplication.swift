import Foundation
import Hummingbird
import Logging
import ServiceLifecycle

/// Builds the portal's router and application.
///
/// ```swift
/// let services = try PortalServices(config: config, dataDir: dir, catalog: catalog)
/// try await PortalApplication.make(services: services, host: "127.0.0.1", port: 8080).runService()
/// ```
public enum PortalApplication {
    public static func router(services: PortalServices) -> Router<PortalContext> {
        let router = Router(context: PortalContext.self)
        router.add(middleware: AnswerMiddleware(services: services))
        router.add(middleware: IdentityMiddleware(services: services))
        SignInRoutes(services: services).add(to: router)
        RegionPageRoutes(services: services).add(to: router)
        APIRoutes(services: services).add(to: router)
        AnalystRoutes(services: services).add(to: router)
        AdminRoutes(services: services).add(to: router)
        return router
    }

    public static func make(services: PortalServices, host: String, port: Int,
                            logger: Logger = Logger(label: "followup.portal")) -> some ApplicationProtocol {
        Application(router: router(services: services),
                    configuration: .init(address: .hostname(host, port: port), serverName: "followup"),
                    services: [services.sessionDriver],
                    logger: logger)
    }

    /// Serves until SIGTERM or SIGINT, then lets requests in flight finish.
    public static func serve(services: PortalServices, host: String, port: Int) async throws {
        try await make(services: services, host: host, port: port).runService(gracefulShutdownSignals: [.sigterm, .sigint])
    }
}
