import Foundation
import HTTPTypes
import Texts

/// The operators' forms: what they send, how each field is checked, and the values the
/// field templates (`admin-field`, `admin-select`) need. A refused form is shown again with
/// its values, a list of errors linking to the fields, and each error beside its field
/// (named by the field's `aria-describedby`).
enum AdminForms {
    /// Errors by field id, in the order of the form.
    struct Errors {
        var items: [(field: String, message: String)] = []
        var status: HTTPResponse.Status = .unprocessableContent

        mutating func add(_ field: String, _ message: String) { items.append((field, message)) }
        subscript(field: String) -> String? { items.first { $0.field == field }?.message }
        var isEmpty: Bool { items.isEmpty }

        var values: [String: Any] {
            ["hasErrors": !items.isEmpty, "errorSummaryText": AdminText.errorSummary,
             "errors": items.map { ["field": $0.field, "message": $0.message] as [String: Any] }]
        }
    }

    /// A text field's template values. Every key the template reads is set.
    static func text(id: String, name: String, label: String, value: String, errors: Errors, hint: String? = nil,
                     type: String = "text", required: Bool = false, maxLength: Int = 200, autocomplete: String? = nil) -> [String: Any] {
        let error = errors[id]
        return ["id": id, "name": name, "label": label, "value": value, "type": type, "required": required,
                "maxLength": maxLength, "autocomplete": autocomplete ?? false, "hint": hint ?? false, "error": error ?? false,
                "describedBy": describedBy(id: id, hint: hint != nil, error: error != nil)]
    }

    /// A select's template values; `options` are (value, text) pairs.
    static func select(id: String, name: String, label: String, options: [(String, String)], selected: String,
                       errors: Errors, hint: String? = nil) -> [String: Any] {
        let error = errors[id]
        return ["id": id, "name": name, "label": label, "hint": hint ?? false, "error": error ?? false,
                "describedBy": describedBy(id: id, hint: hint != nil, error: error != nil),
                "options": options.map { ["value": $0.0, "text": $0.1, "selected": $0.0 == selected] as [String: Any] }]
    }

    static func describedBy(id: String, hint: Bool, error: Bool) -> Any {
        let ids = (hint ? [id + "-hjalp"] : []) + (error ? [id + "-fel"] : [])
        return ids.isEmpty ? false : ids.joined(separator: " ")
    }

    /// The region choices: none, then every region of the code list by code.
    static func regionOptions(_ regions: [String: String]) -> [(String, String)] {
        [("", AdminText.noRegion)] + regions.keys.sorted().map { ($0, "\($0) \(regions[$0] ?? "")") }
    }

    static func trimmed(_ s: String?) -> String { (s ?? "").trimmingCharacters(in: .whitespacesAndNewlines) }

    // MARK: Accounts

    struct AccountForm: Decodable {
        var csrf: String?
        var username: String?
        var role: String?
        var region: String?
        var name: String?
        var email: String?
    }

    /// A checked account form: what `AccountStore.add` takes.
    struct NewAccount {
        var username: String
        var role: PortalRole
        var region: String?
        var name: String?
        var email: String?
    }

    enum AccountField {
        static let username = "konto-anvandarnamn", role = "konto-roll", region = "konto-region"
        static let name = "konto-namn", email = "konto-epost"
    }

    static func check(_ form: AccountForm, regions: [String: String]) -> Result<NewAccount, ErrorsBox> {
        var errors = Errors()
        let username = trimmed(form.username)
        if username.isEmpty {
            errors.add(AccountField.username, AdminText.userNameEmpty)
        } else if username.count > 64 || username.unicodeScalars.contains(where: { CharacterSet.whitespacesAndNewlines.contains($0) || CharacterSet.controlCharacters.contains($0) }) {
            errors.add(AccountField.username, AdminText.userNameInvalid)
        }
        let role = PortalRole(rawValue: trimmed(form.role))
        if role == nil { errors.add(AccountField.role, AdminText.roleInvalid) }
        let region = checkRegion(form.region, role: role, field: AccountField.region, regions: regions, errors: &errors)
        let name = trimmed(form.name)
        if name.count > 200 { errors.add(AccountField.name, AdminText.textTooLong) }
        let email = trimmed(form.email)
        if !email.isEmpty && !looksLikeEmail(email) { errors.add(AccountField.email, AdminText.emailInvalid) }
        guard errors.isEmpty, let role else { return .failure(ErrorsBox(errors)) }
        return .success(NewAccount(username: username, role: role, region: region,
                                   name: name.isEmpty ? nil : name, email: email.isEmpty ? nil : email))
    }

    static func checkRegion(_ given: String?, role: PortalRole?, field: String, regions: [String: String], errors: inout Errors) -> String? {
        let code = trimmed(given)
        guard let role else { return nil }
        if role == .region {
            if code.isEmpty { errors.add(field, AdminText.regionMissing); return nil }
            if regions[code] == nil { errors.add(field, AdminText.regionUnknown(code)); return nil }
            return code
        }
        if !code.isEmpty { errors.add(field, AdminText.regionNotAllowed) }
        return nil
    }

    /// One `@`, something before it, a dotted domain after it, no spaces, at most 200 characters.
    static func looksLikeEmail(_ s: String) -> Bool {
        guard s.count <= 200, !s.contains(where: \.isWhitespace) else { return false }
        let parts = s.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty else { return false }
        let domain = parts[1]
        return domain.contains(".") && !domain.hasPrefix(".") && !domain.hasSuffix(".") && !domain.contains("..")
    }

    // MARK: Tokens

    struct TokenForm: Decodable {
        var csrf: String?
        var name: String?
        var role: String?
        var region: String?
    }

    enum TokenField {
        static let name = "nyckel-namn", role = "nyckel-roll", region = "nyckel-region"
    }

    static func check(_ form: TokenForm, regions: [String: String]) -> Result<(name: String, role: PortalRole, region: String?), ErrorsBox> {
        var errors = Errors()
        let name = trimmed(form.name)
        if name.isEmpty { errors.add(TokenField.name, AdminText.tokenNameEmpty) }
        else if name.count > 200 { errors.add(TokenField.name, AdminText.textTooLong) }
        var role = PortalRole(rawValue: trimmed(form.role))
        if role == .admin || role == nil {
            errors.add(TokenField.role, AdminText.tokenRoleInvalid)
            role = nil
        }
        let region = checkRegion(form.region, role: role, field: TokenField.region, regions: regions, errors: &errors)
        guard errors.isEmpty, let role else { return .failure(ErrorsBox(errors)) }
        return .success((name, role, region))
    }

    /// `Result` wants an `Error`; the form's errors are not thrown, only carried.
    struct ErrorsBox: Error {
        var errors: Errors
        init(_ errors: Errors) { self.errors = errors }
    }

    // MARK: The audit log's filters

    struct AuditQuery {
        var filter = AuditLog.Filter()
        var page = 1
        var errors = Errors()
        var who = "", action = "", from = "", to = "", address = ""

        enum Field {
            static let who = "logg-vem", action = "logg-handelse", from = "logg-fran", to = "logg-till", address = "logg-adress"
        }

        init(_ query: [String: String]) {
            errors.status = .badRequest
            who = AdminForms.trimmed(query["vem"])
            action = AdminForms.trimmed(query["handelse"])
            from = AdminForms.trimmed(query["fran"])
            to = AdminForms.trimmed(query["till"])
            address = AdminForms.trimmed(query["adress"])
            page = query["sida"].flatMap { Int($0) }.map { max(1, min($0, 1_000_000)) } ?? 1
            if !who.isEmpty { filter.who = who }
            if !action.isEmpty { filter.action = action }
            if !address.isEmpty { filter.address = address }
            if !from.isEmpty {
                if Self.isDay(from) { filter.from = from } else { errors.add(Field.from, AdminText.dateInvalid) }
            }
            if !to.isEmpty {
                if Self.isDay(to) { filter.to = to } else { errors.add(Field.to, AdminText.dateInvalid) }
            }
            if let f = filter.from, let t = filter.to, t < f { errors.add(Field.to, AdminText.dateOrder) }
        }

        /// `YYYY-MM-DD` naming a day that exists.
        static func isDay(_ s: String) -> Bool {
            guard s.count == 10, s.wholeMatch(of: /[0-9]{4}-[0-9]{2}-[0-9]{2}/) != nil else { return false }
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = TimeZone(identifier: "UTC")!
            let parts = s.split(separator: "-").compactMap { Int($0) }
            let c = DateComponents(year: parts[0], month: parts[1], day: parts[2])
            guard let date = calendar.date(from: c) else { return false }
            let back = calendar.dateComponents([.year, .month, .day], from: date)
            return back.year == parts[0] && back.month == parts[1] && back.day == parts[2]
        }

        /// The page's address with the same filters and another page number.
        func href(page: Int) -> String {
            var items: [(String, String)] = []
            for (k, v) in [("vem", who), ("handelse", action), ("fran", from), ("till", to), ("adress", address)] where !v.isEmpty {
                items.append((k, v))
            }
            if page > 1 { items.append(("sida", String(page))) }
            let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-._~"))
            let query = items.map { "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")" }.joined(separator: "&")
            return "/admin/logg" + (query.isEmpty ? "" : "?" + query)
        }
    }
}
