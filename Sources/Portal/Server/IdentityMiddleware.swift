import Foundation
import HTTPTypes
import Hummingbird

/// Finds who is asking: a bearer token (`Authorization: Bearer …`) or the session cookie.
/// A request with a bad token stays anonymous (the route answers 401).
struct IdentityMiddleware: RouterMiddleware {
    typealias Context = PortalContext
    let services: PortalServices

    func handle(_ request: Request, context: PortalContext, next: (Request, PortalContext) async throws -> Response) async throws -> Response {
        var context = context
        if services.config.trustLoopbackProxy, let peer = context.remoteAddress, peer == "127.0.0.1" || peer == "::1",
           let forwarded = request.headers[HTTPField.Name("X-Forwarded-For")!]?.split(separator: ",").last?.trimmingCharacters(in: .whitespaces),
           !forwarded.isEmpty {
            context.remoteAddress = forwarded
        }
        if let auth = request.headers[.authorization] {
            let parts = auth.split(separator: " ", maxSplits: 1)
            if parts.count == 2, parts[0].lowercased() == "bearer",
               let token = try await services.tokens.authenticate(String(parts[1]).trimmingCharacters(in: .whitespaces)) {
                context.identity = token.identity
            }
        } else if let session = try? await services.sessions.load(request: request),
                  let account = try await services.accounts.find(id: session.userID),
                  !account.disabled, account.username == session.username {
            context.identity = account.identity
            context.session = session
        }
        // A failure is answered here, where the caller is known, so that an error page keeps
        // the signed-in navigation; AnswerMiddleware answers what fails before this point.
        do {
            return try await next(request, context)
        } catch {
            return AnswerMiddleware(services: services).failure(error, request: request, context: context)
        }
    }
}
