import Hummingbird
import Texts

/// The operators' view of the audit log (role `admin`; others get 403).
struct AdminRoutes {
    let services: PortalServices

    func add(to router: Router<PortalContext>) {
        router.get("/admin/logg") { _, context -> Response in
            let identity = try context.requireIdentity()
            guard identity.role == .admin else { throw PortalError.forbidden }
            let rows: [[String: Any]] = try services.audit.entries(limit: 500).map {
                ["at": $0.at, "who": $0.who, "address": $0.address ?? "", "action": $0.action, "detail": $0.detail ?? ""]
            }
            let values: [String: Any] = [
                "heading": PortalText.auditLog, "atLabel": PortalText.auditAt, "whoLabel": PortalText.auditWho,
                "addressLabel": PortalText.auditAddress, "actionLabel": PortalText.auditAction,
                "detailLabel": PortalText.auditDetail, "rows": rows,
            ]
            return services.pages.html(services.pages.page("audit", title: PortalText.auditLog, values: values,
                                                           context: context, section: .audit))
        }
    }
}
