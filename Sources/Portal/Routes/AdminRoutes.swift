import Foundation
import HTTPTypes
import Hummingbird
import NIOPosix
import Pipeline
import Texts

/// The operators' pages (role `admin`; others get 403): accounts and API tokens with the
/// operations of `followup users` and `followup tokens`, and the audit log with filters.
/// Every change is a POST with the session's CSRF token and is written to the audit log;
/// a new password or token is shown once, on a page that is never cached.
struct AdminRoutes {
    let services: PortalServices

    func add(to router: Router<PortalContext>) {
        router.get("/admin/konton") { request, context in try accountsPage(request, context: context) }
        router.post("/admin/konton") { request, context in try await createAccount(request, context: context) }
        router.post("/admin/konton/:id/sparra") { request, context in try await setDisabled(true, request, context: context) }
        router.post("/admin/konton/:id/aktivera") { request, context in try await setDisabled(false, request, context: context) }
        router.post("/admin/konton/:id/losenord") { request, context in try await resetPassword(request, context: context) }
        router.get("/admin/token") { request, context in try tokensPage(request, context: context) }
        router.post("/admin/token") { request, context in try await createToken(request, context: context) }
        router.post("/admin/token/:id/aterkalla") { request, context in try await revokeToken(request, context: context) }
        router.get("/admin/logg") { request, context in try auditPage(request, context: context) }
    }

    // MARK: Access

    func requireAdmin(_ context: PortalContext) throws -> PortalIdentity {
        let identity = try context.requireIdentity()
        guard identity.role == .admin else { throw PortalError.forbidden }
        return identity
    }

    /// A change needs an admin's signed-in session and its CSRF token (tokens are never admin,
    /// and a change is never made without a session to tie the form to).
    func requireAdminForm<T: Decodable & CSRFCarrying>(_ type: T.Type, _ request: Request, context: PortalContext) async throws -> (PortalIdentity, T) {
        let identity = try requireAdmin(context)
        let form = try await FormBody.decode(T.self, from: request)
        guard context.session != nil else { throw PortalError.formExpired }
        try context.requireCSRF(form.csrf)
        return (identity, form)
    }

    func audit(_ identity: PortalIdentity, _ context: PortalContext, _ action: String, _ detail: String) async {
        await services.audit.record(who: identity.name, address: context.remoteAddress, action: action, detail: detail)
    }

    func pathID(_ context: PortalContext) throws -> Int64 {
        guard let text = context.parameters.get("id"), let id = Int64(text), id > 0 else { throw PortalError.notFound }
        return id
    }

    // MARK: Accounts

    func accountsPage(_ request: Request, context: PortalContext) throws -> Response {
        let identity = try requireAdmin(context)
        var notice: String?
        if let id = request.uri.queryParameters["konto"].flatMap({ Int64($0) }),
           let account = try services.accounts.list().first(where: { $0.id == id }) {
            switch request.uri.queryParameters["klart"].map(String.init) {
            case "sparrad"?: notice = AdminText.userDisabledNote(account.username)
            case "aktiverad"?: notice = AdminText.userEnabledNote(account.username)
            default: break
            }
        }
        return try accountsResponse(identity: identity, context: context, form: nil, errors: AdminForms.Errors(),
                                    notice: notice, status: .ok)
    }

    func accountsResponse(identity: PortalIdentity, context: PortalContext, form: AdminForms.AccountForm?,
                          errors: AdminForms.Errors, notice: String? = nil, pageError: String? = nil,
                          status: HTTPResponse.Status) throws -> Response {
        let csrf = context.session?.csrf ?? ""
        let lastSignIns = try services.audit.lastSignIns()
        let accounts: [[String: Any]] = try services.accounts.list().map { a in
            let isSelf = a.id == identity.userID
            return ["id": a.id, "username": a.username, "role": AdminText.roleName(a.role.rawValue),
                    "region": a.region.map { "\($0) \(services.catalog.regions[$0] ?? "")" } ?? "–",
                    "name": a.displayName ?? "", "email": a.email ?? "",
                    "state": a.disabled ? AdminText.disabled : AdminText.active,
                    "stateClass": a.disabled ? "state-error" : "state-ok",
                    "lastSignIn": lastSignIns[a.username.lowercased()].map(SwedishTime.readable) ?? AdminText.never,
                    "isSelf": isSelf, "you": AdminText.you, "csrf": csrf,
                    "toggleAction": a.disabled ? "aktivera" : "sparra",
                    "toggleLabel": a.disabled ? AdminText.enable : AdminText.disable,
                    "resetLabel": AdminText.resetPassword]
        }
        typealias F = AdminForms.AccountField
        let regions = AdminForms.regionOptions(services.catalog.regions)
        let roles = PortalRole.allCases.map { ($0.rawValue, AdminText.roleName($0.rawValue)) }
        var values: [String: Any] = [
            "heading": AdminText.accountsHeading, "caption": AdminText.accountsCaption, "noAccounts": AdminText.noAccounts,
            "hasAccounts": !accounts.isEmpty, "accounts": accounts, "csrf": csrf,
            "userLabel": AdminText.userName, "roleLabel": AdminText.role, "regionLabel": AdminText.region,
            "nameLabel": AdminText.fullName, "emailLabel": AdminText.email, "stateLabel": AdminText.state,
            "lastSignInLabel": AdminText.lastSignIn, "actionsLabel": AdminText.actions, "selfNote": AdminText.selfNote,
            "createHeading": AdminText.createAccountHeading, "createLabel": AdminText.createAccount,
            "usernameField": AdminForms.text(id: F.username, name: "username", label: AdminText.userName,
                                             value: form?.username ?? "", errors: errors, hint: AdminText.userNameHint,
                                             required: true, maxLength: 64, autocomplete: "off"),
            "roleField": AdminForms.select(id: F.role, name: "role", label: AdminText.role, options: roles,
                                           selected: form?.role ?? PortalRole.region.rawValue, errors: errors),
            "regionField": AdminForms.select(id: F.region, name: "region", label: AdminText.region, options: regions,
                                             selected: form?.region ?? "", errors: errors, hint: AdminText.regionHint),
            "nameField": AdminForms.text(id: F.name, name: "name", label: "\(AdminText.fullName) \(AdminText.optional)",
                                         value: form?.name ?? "", errors: errors),
            "emailField": AdminForms.text(id: F.email, name: "email", label: "\(AdminText.email) \(AdminText.optional)",
                                          value: form?.email ?? "", errors: errors, type: "email"),
        ]
        values.merge(errors.values) { $1 }
        values["notice"] = notice ?? false
        values["pageError"] = pageError ?? false
        return services.pages.html(status: status, services.pages.page("admin-accounts", title: AdminText.accountsHeading,
                                                                        values: values, context: context, section: .accounts))
    }

    func createAccount(_ request: Request, context: PortalContext) async throws -> Response {
        let (identity, form) = try await requireAdminForm(AdminForms.AccountForm.self, request, context: context)
        let new: AdminForms.NewAccount
        switch AdminForms.check(form, regions: services.catalog.regions) {
        case .failure(let box):
            return try accountsResponse(identity: identity, context: context, form: form, errors: box.errors, status: box.errors.status)
        case .success(let value): new = value
        }
        let password = PasswordHasher.oneTimePassword()
        let accounts = services.accounts
        do {
            // bcrypt (cost 12) runs off the event loop.
            _ = try await NIOThreadPool.singleton.runIfActive {
                try accounts.add(username: new.username, role: new.role, region: new.region, displayName: new.name,
                                 email: new.email, password: password)
            }
        } catch AccountError.userExists {
            var errors = AdminForms.Errors()
            errors.status = .conflict
            errors.add(AdminForms.AccountField.username, AdminText.userNameTaken(new.username))
            return try accountsResponse(identity: identity, context: context, form: form, errors: errors, status: .conflict)
        }
        await audit(identity, context, "account-add", "\(new.username) \(new.role.rawValue) \(new.region ?? "")")
        return secretPage(context: context, section: .accounts, heading: AdminText.accountCreated(new.username),
                          done: AdminText.accountCreated(new.username), label: AdminText.oneTimePasswordLabel,
                          secret: password, note: AdminText.oneTimePasswordNote, back: AdminText.backToAccounts,
                          backHref: "/admin/konton", status: .created)
    }

    func account(_ context: PortalContext) throws -> Account {
        let id = try pathID(context)
        guard let account = try services.accounts.list().first(where: { $0.id == id }) else { throw PortalError.notFound }
        return account
    }

    func setDisabled(_ disabled: Bool, _ request: Request, context: PortalContext) async throws -> Response {
        let (identity, _) = try await requireAdminForm(CSRFOnly.self, request, context: context)
        let account = try account(context)
        if disabled && account.id == identity.userID {
            return try accountsResponse(identity: identity, context: context, form: nil, errors: AdminForms.Errors(),
                                        pageError: AdminText.cannotDisableSelf, status: .conflict)
        }
        try services.accounts.setDisabled(account.username, disabled)
        await audit(identity, context, disabled ? "account-disable" : "account-enable", account.username)
        return Response(status: .seeOther,
                        headers: [.location: "/admin/konton?klart=\(disabled ? "sparrad" : "aktiverad")&konto=\(account.id)"])
    }

    func resetPassword(_ request: Request, context: PortalContext) async throws -> Response {
        let (identity, _) = try await requireAdminForm(CSRFOnly.self, request, context: context)
        let account = try account(context)
        if account.id == identity.userID {
            return try accountsResponse(identity: identity, context: context, form: nil, errors: AdminForms.Errors(),
                                        pageError: AdminText.cannotResetSelf, status: .conflict)
        }
        let password = PasswordHasher.oneTimePassword()
        let accounts = services.accounts, username = account.username
        try await NIOThreadPool.singleton.runIfActive { try accounts.setPassword(username, password) }
        await audit(identity, context, "account-password", account.username)
        return secretPage(context: context, section: .accounts, heading: AdminText.passwordWasReset(account.username),
                          done: AdminText.passwordWasReset(account.username), label: AdminText.oneTimePasswordLabel,
                          secret: password, note: AdminText.oneTimePasswordNote, back: AdminText.backToAccounts,
                          backHref: "/admin/konton", status: .ok)
    }

    // MARK: Tokens

    func tokensPage(_ request: Request, context: PortalContext) throws -> Response {
        let identity = try requireAdmin(context)
        var notice: String?
        if request.uri.queryParameters["klart"].map(String.init) == "aterkallad", let id = request.uri.queryParameters["nyckel"].flatMap({ Int64($0) }),
           try services.tokens.list().contains(where: { $0.id == id && $0.revoked }) {
            notice = AdminText.tokenRevokedNote(id)
        }
        return try tokensResponse(identity: identity, context: context, form: nil, errors: AdminForms.Errors(), notice: notice, status: .ok)
    }

    func tokensResponse(identity: PortalIdentity, context: PortalContext, form: AdminForms.TokenForm?,
                        errors: AdminForms.Errors, notice: String? = nil, status: HTTPResponse.Status) throws -> Response {
        let csrf = context.session?.csrf ?? ""
        let tokens: [[String: Any]] = try services.tokens.list().map { t in
            ["id": t.id, "name": t.name, "role": AdminText.roleName(t.role.rawValue),
             "region": t.region.map { "\($0) \(services.catalog.regions[$0] ?? "")" } ?? "–", "created": t.createdAt,
             "state": t.revoked ? AdminText.revoked : AdminText.active, "stateClass": t.revoked ? "state-error" : "state-ok",
             "revoked": t.revoked, "csrf": csrf, "revokeLabel": AdminText.revoke]
        }
        typealias F = AdminForms.TokenField
        let roles = [(PortalRole.region.rawValue, AdminText.tokenRegion), (PortalRole.analytiker.rawValue, AdminText.tokenAnalyst)]
        var values: [String: Any] = [
            "heading": AdminText.tokensHeading, "caption": AdminText.tokensCaption, "noTokens": AdminText.noTokens,
            "hasTokens": !tokens.isEmpty, "tokens": tokens, "csrf": csrf,
            "idLabel": AdminText.tokenID, "nameLabel": AdminText.tokenName, "roleLabel": AdminText.tokenRole,
            "regionLabel": AdminText.region, "createdLabel": AdminText.created, "stateLabel": AdminText.state,
            "actionsLabel": AdminText.actions, "createHeading": AdminText.createTokenHeading, "createLabel": AdminText.createToken,
            "nameField": AdminForms.text(id: F.name, name: "name", label: AdminText.tokenName, value: form?.name ?? "",
                                         errors: errors, hint: AdminText.tokenNameHint, required: true),
            "roleField": AdminForms.select(id: F.role, name: "role", label: AdminText.tokenRole, options: roles,
                                           selected: form?.role ?? PortalRole.region.rawValue, errors: errors, hint: AdminText.tokenRoleHint),
            "regionField": AdminForms.select(id: F.region, name: "region", label: AdminText.region,
                                             options: AdminForms.regionOptions(services.catalog.regions),
                                             selected: form?.region ?? "", errors: errors, hint: AdminText.regionHint),
        ]
        values.merge(errors.values) { $1 }
        values["notice"] = notice ?? false
        return services.pages.html(status: status, services.pages.page("admin-tokens", title: AdminText.tokensHeading,
                                                                        values: values, context: context, section: .tokens))
    }

    func createToken(_ request: Request, context: PortalContext) async throws -> Response {
        let (identity, form) = try await requireAdminForm(AdminForms.TokenForm.self, request, context: context)
        switch AdminForms.check(form, regions: services.catalog.regions) {
        case .failure(let box):
            return try tokensResponse(identity: identity, context: context, form: form, errors: box.errors, status: box.errors.status)
        case .success(let new):
            let (token, secret) = try services.tokens.add(name: new.name, role: new.role, region: new.region)
            await audit(identity, context, "token-add", "\(token.id) \(new.name) \(new.role.rawValue) \(new.region ?? "")")
            return secretPage(context: context, section: .tokens, heading: AdminText.tokenCreated(token.id, token.name),
                              done: AdminText.tokenCreated(token.id, token.name), label: AdminText.tokenLabel, secret: secret,
                              note: AdminText.tokenNote, back: AdminText.backToTokens, backHref: "/admin/token", status: .created)
        }
    }

    func revokeToken(_ request: Request, context: PortalContext) async throws -> Response {
        let (identity, _) = try await requireAdminForm(CSRFOnly.self, request, context: context)
        let id = try pathID(context)
        do { try services.tokens.revoke(id: id) } catch AccountError.noSuchToken { throw PortalError.notFound }
        await audit(identity, context, "token-revoke", String(id))
        return Response(status: .seeOther, headers: [.location: "/admin/token?klart=aterkallad&nyckel=\(id)"])
    }

    // MARK: The one-time secret

    func secretPage(context: PortalContext, section: PageRenderer.Section, heading: String, done: String, label: String,
                    secret: String, note: String, back: String, backHref: String, status: HTTPResponse.Status) -> Response {
        let values: [String: Any] = ["heading": heading, "done": done, "secretLabel": label, "secret": secret,
                                     "size": max(24, secret.count + 2), "note": note, "back": back, "backHref": backHref]
        var headers = HTTPFields()
        headers[.cacheControl] = "no-store"
        return services.pages.html(status: status, services.pages.page("admin-secret", title: heading, values: values,
                                                                        context: context, section: section), headers: headers)
    }

    // MARK: The audit log

    static let pageSize = 100

    func auditPage(_ request: Request, context: PortalContext) throws -> Response {
        _ = try requireAdmin(context)
        var query: [String: String] = [:]
        for (k, v) in request.uri.queryParameters { query[String(k)] = String(v) }
        let q = AdminForms.AuditQuery(query)
        typealias F = AdminForms.AuditQuery.Field
        let actions = [("", AdminText.filterAllActions)] + AuditLog.actions.map { ($0, $0) }
        var values: [String: Any] = [
            "heading": PortalText.auditLog, "atLabel": PortalText.auditAt, "whoLabel": PortalText.auditWho,
            "addressLabel": PortalText.auditAddress, "actionLabel": PortalText.auditAction,
            "detailLabel": PortalText.auditDetail, "filterHeading": AdminText.filterHeading,
            "apply": AdminText.filterApply, "clear": AdminText.filterClear, "pagesLabel": AdminText.pages,
            "whoField": AdminForms.text(id: F.who, name: "vem", label: AdminText.filterWho, value: q.who, errors: q.errors),
            "actionField": AdminForms.select(id: F.action, name: "handelse", label: AdminText.filterAction, options: actions,
                                             selected: q.action, errors: q.errors),
            "fromField": AdminForms.text(id: F.from, name: "fran", label: AdminText.filterFrom, value: q.from, errors: q.errors,
                                         hint: AdminText.filterDateHint, type: "date", maxLength: 10),
            "toField": AdminForms.text(id: F.to, name: "till", label: AdminText.filterTo, value: q.to, errors: q.errors,
                                       hint: AdminText.filterDateHint, type: "date", maxLength: 10),
            "addressField": AdminForms.text(id: F.address, name: "adress", label: AdminText.filterAddress, value: q.address,
                                            errors: q.errors, maxLength: 64),
            "hasRows": false, "hasPages": false, "shown": "",
        ]
        values.merge(q.errors.values) { $1 }
        var status: HTTPResponse.Status = .ok
        if q.errors.isEmpty {
            let total = try services.audit.count(q.filter)
            let offset = (q.page - 1) * Self.pageSize
            let rows: [[String: Any]] = try services.audit.entries(q.filter, limit: Self.pageSize, offset: offset).map {
                ["at": SwedishTime.readable($0.at), "who": $0.who, "address": $0.address ?? "", "action": $0.action, "detail": $0.detail ?? ""]
            }
            values["rows"] = rows
            values["hasRows"] = !rows.isEmpty
            values["shown"] = rows.isEmpty
                ? (total == 0 ? AdminText.noEntries : AdminText.entriesShown(from: 0, to: 0, total: total))
                : AdminText.entriesShown(from: offset + 1, to: offset + rows.count, total: total)
            let newer: Any = q.page > 1 ? q.href(page: q.page - 1) : false
            let older: Any = offset + rows.count < total ? q.href(page: q.page + 1) : false
            values["newerHref"] = newer
            values["olderHref"] = older
            values["newer"] = AdminText.newer
            values["older"] = AdminText.older
            values["hasPages"] = q.page > 1 || offset + rows.count < total
        } else {
            status = q.errors.status
        }
        return services.pages.html(status: status, services.pages.page("audit", title: PortalText.auditLog, values: values,
                                                                        context: context, section: .audit))
    }
}

/// A form whose only field that matters is the CSRF token (the row buttons).
protocol CSRFCarrying { var csrf: String? { get } }

struct CSRFOnly: Decodable, CSRFCarrying { var csrf: String? }
extension AdminForms.AccountForm: CSRFCarrying {}
extension AdminForms.TokenForm: CSRFCarrying {}
