import Hummingbird
import Texts

/// The analysts' pages (roles `analytiker` and `admin`; a region gets 403).
struct AnalystRoutes {
    let services: PortalServices

    func add(to router: Router<PortalContext>) {
    }
}
