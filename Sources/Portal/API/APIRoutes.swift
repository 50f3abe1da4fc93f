import Exports
import FollowUpModel
import Foundation
import HTTPTypes
import Hummingbird
import Pipeline

/// The JSON API (`/api/v1`): bearer token or session; 401 otherwise. The region side
/// (check, submit, read) and the agency side (comparison tables, analytiker and admin).
struct APIRoutes {
    let services: PortalServices

    func add(to router: Router<PortalContext>) {
        let api = router.group("api/v1")
        api.post("check") { request, context in try await check(request, context: context, submit: false) }
        api.post("submissions") { request, context in try await check(request, context: context, submit: true) }
        api.get("submissions") { request, context in try submissions(request, context: context) }
        api.get("receipts/:id") { _, context in try receipt(context: context) }
        api.get("status") { request, context in try status(request, context: context) }
        api.get("openapi.json") { _, _ in Self.json(Data(OpenAPIDocument.json.utf8)) }
        api.get("tables/:year/{table}.csv") { _, context in try table(context: context, format: .csv) }
        api.get("tables/:year/{table}.json") { _, context in try table(context: context, format: .json) }
    }

    /// The nine comparison tables of `followup export`, by the names of their files.
    static let tableNames = ["omraden", "prioriteringar", "regioner", "stodformer", "insatser", "indikatorer",
                             "inlamning", "insatslista", "tidsserie"]

    /// One comparison table of `year` against `year - 1`, written by the exporter of
    /// `followup export` (CSV in the standard dialect; JSON as the exporter's document with
    /// this one table), read from the store read-only. Analysts and admins only: 403 for a
    /// region (before the table is looked at), 404 for an unknown table or a year without data.
    func table(context: PortalContext, format: ExportFormat) throws -> Response {
        let identity = try context.requireIdentity()
        guard identity.role == .analytiker || identity.role == .admin else { throw PortalError.forbidden }
        guard let name = context.parameters.get("table"), Self.tableNames.contains(name),
              let yearText = context.parameters.get("year"), let year = Int(yearText),
              let store = try services.storeAccess.store(), try store.hasAcceptedData(year: year) else {
            throw PortalError.notFound
        }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("followup-table-\(UUID().uuidString)", isDirectory: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let data = try store.withComparisonTables(year: year) { tables -> Data in
            guard let table = tables.first(where: { $0.name == name }) else { throw PortalError.notFound }
            let files = try Exporter.write([table], year: year, comparisonYear: year - 1, to: dir,
                                           options: ExportOptions(formats: [format], csvDialect: .standard))
            guard let file = files.first else { throw PortalError.notFound }
            return try Data(contentsOf: file)
        }
        let type = format == .csv ? "text/csv; charset=utf-8" : "application/json; charset=utf-8"
        return Response(status: .ok, headers: [.contentType: type], body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    static func json(_ data: Data, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: "application/json; charset=utf-8"],
                 body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    func check(_ request: Request, context: PortalContext, submit: Bool) async throws -> Response {
        let (identity, region) = try context.requireRegion()
        let form = try await UploadReceiver.receive(request, limit: services.config.maxUploadBytes, area: services.uploadArea)
        defer { form.remove() }
        try context.requireCSRF(request.headers[HTTPField.Name("X-CSRF-Token")!] ?? form.fields["csrf"])
        guard !form.files.isEmpty else { throw PortalError.badRequest }
        let now = services.now()
        let check = PortalCheck(services: services)
        let result = try await check.run(form, region: region, receivedAt: now)
        await services.audit.record(who: identity.name, address: context.remoteAddress, action: "check",
                                    detail: form.files.map(\.originalName).joined(separator: ", "))
        guard submit else { return Self.json(try ValidationReportJSON.encode(result.report)) }
        let placed = try check.submit(result, region: region, receivedAt: now)
        let sent = placed.filter(\.submitted)
        if !sent.isEmpty {
            await services.audit.record(who: identity.name, address: context.remoteAddress, action: "submit",
                                        detail: sent.map(\.file).joined(separator: ", "))
        }
        return Self.json(try ValidationReportJSON.encode(result.report, placements: placed.map { ValidationReportJSON.Placement(submitted: $0.submitted, reason: $0.reason) }),
                         status: sent.isEmpty ? .unprocessableContent : .accepted)
    }

    struct SubmissionItem: Encodable {
        var id: String?
        var file: String
        var region: String?
        var year: Int?
        var report: String?
        var outcome: String
        var receivedAt: String
        var rows: Int?
        var errors: Int?
        var warnings: Int?
        enum CodingKeys: String, CodingKey {
            case id, file, region, year, report, outcome, receivedAt = "received_at", rows, errors, warnings
        }
    }

    func year(_ request: Request) throws -> Int? {
        guard let text = request.uri.queryParameters["year"] else { return nil }
        guard let y = Int(text) else { throw PortalError.badRequest }
        return y
    }

    func submissions(_ request: Request, context: PortalContext) throws -> Response {
        let identity = try context.requireIdentity()
        let year = try year(request)
        let index = ReceiptIndex(zones: services.zones)
        var items: [SubmissionItem] = []
        let regions = identity.role == .region ? [identity.region ?? ""] : index.regionFolders(for: identity)
        for region in regions {
            for w in InboxWriter.waiting(zones: services.zones, region: region) where year == nil || w.name.year == year {
                items.append(SubmissionItem(id: nil, file: w.fileName, region: region, year: w.name.year, report: w.name.report.rawValue,
                                            outcome: "inskickad", receivedAt: SwedishTime.iso(w.receivedAt)))
            }
        }
        for e in index.entries(for: identity, year: year) {
            let r = e.receipt
            items.append(SubmissionItem(id: e.id, file: r.file, region: r.region ?? e.region, year: r.year, report: r.report,
                                        outcome: r.outcome.rawValue, receivedAt: r.receivedAt, rows: r.rows, errors: r.errors,
                                        warnings: r.warnings))
        }
        return Self.json(try ValidationReportJSON.encode(items))
    }

    func receipt(context: PortalContext) throws -> Response {
        let identity = try context.requireIdentity()
        guard let id = context.parameters.get("id"), let entry = ReceiptIndex(zones: services.zones).entry(id: id, for: identity),
              let data = try? Data(contentsOf: entry.jsonURL) else { throw PortalError.notFound }
        return Self.json(data)
    }

    func status(_ request: Request, context: PortalContext) throws -> Response {
        let identity = try context.requireIdentity()
        let year = try year(request) ?? ReportingYear.current(services.now())
        let regions = identity.role == .region ? [identity.region ?? ""] : services.catalog.regions.keys.sorted()
        let rows = try RegionStatusReader(zones: services.zones, catalog: services.catalog, store: services.storeAccess).statuses(year: year, regions: regions)
        return Self.json(try ValidationReportJSON.encode(rows))
    }
}
