import Foundation
import HTTPTypes
import Hummingbird
import Mustache
import Texts

/// Renders the portal's pages: a page template inside the layout, as a Swedish HTML answer.
struct PageRenderer: Sendable {
    let library: MustacheLibrary

    init() throws {
        var library = MustacheLibrary()
        let regionPages = [("layout", PageTemplates.layout), ("login", PageTemplates.login),
                           ("overview", PageTemplates.overview), ("check", PageTemplates.check),
                           ("history", PageTemplates.history), ("templates", PageTemplates.templates),
                           ("error", PageTemplates.error)]
        for (name, text) in regionPages + AnalystTemplates.pages + AdminTemplates.pages {
            try library.register(text, named: name)
        }
        self.library = library
    }

    enum Section: String { case overview, check, history, templates, audit, coverage, tables, findings, runs, accounts, tokens }

    /// A whole page: `template` rendered with `values`, inside the layout.
    func page(_ template: String, title: String, values: [String: Any], context: PortalContext, section: Section? = nil) -> String {
        let body = library.render(values, withTemplate: template) ?? ""
        let isRegion = context.identity?.role == .region
        let nav: [[String: Any]] = [
            ["href": "/oversikt", "label": PortalText.overview, "current": section == .overview],
        ] + (isRegion ? [["href": "/skicka-in", "label": PortalText.checkAndSubmit, "current": section == .check]] : []) + [
            ["href": "/historik", "label": PortalText.history, "current": section == .history],
            ["href": "/mallar", "label": PortalText.templates, "current": section == .templates],
        ] + (context.identity?.role == .region ? [] : AnalystNavigation.entries(current: section))
          + (context.identity?.role == .admin ? AdminNavigation.entries(current: section) : [])
        var layout: [String: Any] = [
            "title": title, "siteName": PortalText.siteName, "skipLink": PortalText.skipLink,
            "mainNavigation": PortalText.mainNavigation, "signOut": PortalText.signOut,
            "signedInAs": PortalText.signedInAs, "body": body, "nav": nav,
        ]
        if let session = context.session, let identity = context.identity {
            layout["signedIn"] = true
            layout["csrf"] = session.csrf
            layout["user"] = identity.name
        }
        return library.render(layout, withTemplate: "layout") ?? ""
    }

    func errorPage(_ message: String, status: Int, context: PortalContext) -> String {
        let heading = PortalText.errorHeading(status: status)
        return page("error", title: heading, values: ["heading": heading, "message": message, "back": PortalText.overview],
                    context: context)
    }

    func html(status: HTTPResponse.Status = .ok, _ text: String, headers extra: HTTPFields = [:]) -> Response {
        var headers = extra
        headers[.contentType] = "text/html; charset=utf-8"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: text)))
    }
}
