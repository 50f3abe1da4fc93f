import Hummingbird
import NIOCore

/// The request context of the portal: who is asking (set by `IdentityMiddleware`) and from
/// which address.
public struct PortalContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The signed-in user or the bearer token; nil when anonymous.
    public var identity: PortalIdentity?
    /// The session of a signed-in user (nil for a token).
    public var session: PortalSession?
    /// The peer's address (the proxy's, behind one).
    public var remoteAddress: String?

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress?.ipAddress
    }

    /// The identity, or `PortalError.unauthorized`.
    func requireIdentity() throws -> PortalIdentity {
        guard let identity else { throw PortalError.unauthorized }
        return identity
    }

    /// A region user's identity and region, or `forbidden` for other roles.
    func requireRegion() throws -> (PortalIdentity, String) {
        let identity = try requireIdentity()
        guard identity.role == .region, let region = identity.region else { throw PortalError.forbidden }
        return (identity, region)
    }

    /// Checks the CSRF token of a state-changing request made with a session; token
    /// requests carry no cookie and need none.
    func requireCSRF(_ given: String?) throws {
        guard let session else { return }
        guard let given, Secrets.constantTimeEqual(given, session.csrf) else { throw PortalError.formExpired }
    }
}
