import Foundation
import HTTPTypes
import Hummingbird

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
