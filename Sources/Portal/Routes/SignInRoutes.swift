import Foundation
import HTTPTypes
import Hummingbird
import Texts

/// Sign-in and sign-out. The sign-in form carries a CSRF token tied to a short-lived
/// cookie (there is no session yet); a successful sign-in ends any earlier session and
/// starts a new one with a fresh id, so a session id planted before sign-in is worthless.
struct SignInRoutes {
    let services: PortalServices

    struct Form: Decodable {
        var username: String?
        var password: String?
        var csrf: String?
    }

    func add(to router: Router<PortalContext>) {
        router.get("/") { _, context -> Response in
            Response(status: .seeOther, headers: [.location: context.identity == nil ? "/logga-in" : "/oversikt"])
        }
        router.get("/logga-in") { _, context -> Response in
            loginPage(context: context, error: nil, username: "", status: .ok)
        }
        router.post("/logga-in") { request, context -> Response in
            try await signIn(request, context: context)
        }
        router.post("/logga-ut") { request, context -> Response in
            let form = try await FormBody.decode(Form.self, from: request)
            guard context.session != nil else { throw PortalError.unauthorized }
            try context.requireCSRF(form.csrf)
            var response = Response(status: .seeOther, headers: [.location: "/logga-in"])
            if let cookie = try? await services.sessions.delete(request: request) { response.setCookie(cookie) }
            await services.audit.record(who: context.identity?.name ?? "-", address: context.remoteAddress, action: "logout")
            return response
        }
    }

    func loginPage(context: PortalContext, error: String?, username: String, status: HTTPResponse.Status) -> Response {
        let token = Secrets.randomHex()
        var values: [String: Any] = [
            "heading": PortalText.signIn, "csrf": token, "userName": PortalText.userName,
            "password": PortalText.password, "signIn": PortalText.signIn, "username": username,
        ]
        if let error { values["error"] = error }
        var anonymous = context
        anonymous.session = nil
        anonymous.identity = nil
        var response = services.pages.html(status: status, services.pages.page("login", title: PortalText.signIn, values: values, context: anonymous))
        response.setCookie(Cookie(name: PortalCookies.login, value: token, maxAge: 3600, path: "/logga-in",
                                  secure: services.config.secureCookies, httpOnly: true, sameSite: .strict))
        return response
    }

    func signIn(_ request: Request, context: PortalContext) async throws -> Response {
        let form = try await FormBody.decode(Form.self, from: request)
        guard let expected = request.cookies[PortalCookies.login]?.value, let given = form.csrf,
              Secrets.constantTimeEqual(expected, given) else {
            return loginPage(context: context, error: PortalText.formExpired, username: "", status: .forbidden)
        }
        let username = (form.username ?? "").trimmingCharacters(in: .whitespaces)
        let keys = LoginThrottle.keys(username: username, address: context.remoteAddress)
        if await services.throttle.isBlocked(keys) {
            await services.audit.record(who: username, address: context.remoteAddress, action: "login-throttled")
            return loginPage(context: context, error: PortalText.signInThrottled, username: username, status: .tooManyRequests)
        }
        guard !username.isEmpty, let password = form.password,
              let account = try await services.accounts.verify(username: username, password: password) else {
            await services.throttle.recordFailure(keys)
            await services.audit.record(who: username, address: context.remoteAddress, action: "login-failed")
            return loginPage(context: context, error: PortalText.signInFailed, username: username, status: .unauthorized)
        }
        await services.throttle.reset(keys)
        // A fresh session id: whatever session the browser had ends now.
        if services.sessions.getId(request: request) != nil { _ = try? await services.sessions.delete(request: request) }
        let cookie = try await services.sessions.save(
            session: PortalSession(userID: account.id, username: account.username), expiresIn: services.sessionLifetime)
        await services.audit.record(who: account.username, address: context.remoteAddress, action: "login")
        var response = Response(status: .seeOther, headers: [.location: "/oversikt"])
        response.setCookie(cookie)
        response.setCookie(Cookie(name: PortalCookies.login, value: "", maxAge: 0, path: "/logga-in",
                                  secure: services.config.secureCookies, httpOnly: true, sameSite: .strict))
        return response
    }
}

/// A URL-encoded form body (small: sign-in, sign-out).
enum FormBody {
    static func decode<T: Decodable>(_ type: T.Type, from request: Request) async throws -> T {
        let buffer: ByteBuffer
        do { buffer = try await request.body.collect(upTo: 64 * 1024) } catch { throw PortalError.payloadTooLarge }
        do { return try URLEncodedFormDecoder().decode(T.self, from: String(buffer: buffer)) } catch { throw PortalError.badRequest }
    }
}
