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
        return try await next(request, context)
    }
}

/// Turns every failure into an answer (Swedish HTML for pages, JSON for `/api/`) with the
/// status of `HTTPError+Category.swift`, and puts the security headers on every answer.
struct AnswerMiddleware: RouterMiddleware {
    typealias Context = PortalContext
    let services: PortalServices

    func handle(_ request: Request, context: PortalContext, next: (Request, PortalContext) async throws -> Response) async throws -> Response {
        var response: Response
        do {
            response = try await next(request, context)
        } catch {
            response = failure(error, request: request, context: context)
        }
        SecurityHeaders.apply(to: &response.headers)
        return response
    }

    func failure(_ error: any Error, request: Request, context: PortalContext) -> Response {
        let answer = HTTPFailure.answer(error)
        if answer.status != .notFound && answer.status.code >= 500 {
            context.logger.error("portal: \(request.method) \(request.uri.path): \(error)")
        }
        if request.uri.path.hasPrefix("/api/") {
            var headers = HTTPFields()
            headers[.contentType] = "application/json; charset=utf-8"
            if answer.status == .unauthorized { headers[.wwwAuthenticate] = "Bearer" }
            let body = #"{"error":"\#(JSONText.escape(answer.message))","status":\#(answer.status.code)}"#
            return Response(status: answer.status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: body)))
        }
        if answer.status == .unauthorized {
            return Response(status: .seeOther, headers: [.location: "/logga-in"])
        }
        return services.pages.html(status: answer.status,
                                   services.pages.errorPage(answer.message, status: answer.status.code, context: context))
    }
}

enum JSONText {
    static func escape(_ s: String) -> String {
        var out = ""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case _ where u.value < 0x20: out += String(format: "\\u%04x", u.value)
            default: out.unicodeScalars.append(u)
            }
        }
        return out
    }
}
