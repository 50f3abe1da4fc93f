import Texts

/// The analysts' pages in the main navigation (roles `analytiker` and `admin`).
enum AnalystNavigation {
    static func entries(current: PageRenderer.Section?) -> [[String: Any]] {
        [
            ["href": "/analys/tackning", "label": AnalystText.coverageNav, "current": current == .coverage],
            ["href": "/analys/tabeller", "label": AnalystText.tablesNav, "current": current == .tables],
            ["href": "/analys/fynd", "label": AnalystText.findingsNav, "current": current == .findings],
            ["href": "/analys/korningar", "label": AnalystText.runsNav, "current": current == .runs],
        ]
    }
}

/// The operators' pages in the main navigation (role `admin`).
enum AdminNavigation {
    static func entries(current: PageRenderer.Section?) -> [[String: Any]] {
        [
            ["href": "/admin/konton", "label": AdminText.accountsNav, "current": current == .accounts],
            ["href": "/admin/token", "label": AdminText.tokensNav, "current": current == .tokens],
            ["href": "/admin/logg", "label": PortalText.auditLog, "current": current == .audit],
        ]
    }
}
