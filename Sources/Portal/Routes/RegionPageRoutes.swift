import Exports
import FollowUpModel
import Foundation
import HTTPTypes
import Hummingbird
import NIOPosix
import Pipeline
import Texts

/// The region's pages: overview, "Kontrollera och skicka in", history with receipts, templates.
struct RegionPageRoutes {
    let services: PortalServices

    func add(to router: Router<PortalContext>) {
        router.get("/static/portal.css") { _, _ -> Response in
            Response(status: .ok, headers: [.contentType: "text/css; charset=utf-8", .cacheControl: "max-age=3600"],
                     body: .init(byteBuffer: ByteBuffer(string: PageTemplates.stylesheet + ReportFragments.stylesheet)))
        }
        router.get("/oversikt") { request, context in try overview(request, context: context) }
        router.get("/skicka-in") { _, context -> Response in
            let (_, _) = try context.requireRegion()
            return checkPage(context: context, report: nil, placements: nil, error: nil, status: .ok)
        }
        router.post("/skicka-in") { request, context in try await checkAndSubmit(request, context: context) }
        router.get("/historik") { _, context in try history(context: context) }
        router.get("/historik/:id/kvitto.txt") { _, context in try await receiptFile(context: context, kind: .text) }
        router.get("/historik/:id/kvitto.json") { _, context in try await receiptFile(context: context, kind: .json) }
        router.get("/historik/:id/fil") { _, context in try await receiptFile(context: context, kind: .archived) }
        router.get("/historik/:id/felrapport.csv") { _, context in try await receiptFile(context: context, kind: .findings) }
        router.get("/historik/:id/felrapport.xlsx") { _, context in try await receiptFile(context: context, kind: .workbook) }
        router.get("/skicka-in/felrapport/:file") { _, context in try await checkFindings(context: context) }
        router.get("/mallar") { _, context in try templates(context: context) }
        router.get("/mallar/:year/:file") { _, context in try template(context: context) }
    }

    // MARK: Overview

    func overview(_ request: Request, context: PortalContext) throws -> Response {
        let identity = try context.requireIdentity()
        let current = ReportingYear.current(services.now())
        let year = request.uri.queryParameters["ar"].flatMap { Int($0) } ?? current
        guard (2000...2100).contains(year) else { throw PortalError.notFound }
        let regions = identity.role == .region ? [identity.region ?? ""] : services.catalog.regions.keys.sorted()
        let statuses = try RegionStatusReader(zones: services.zones, catalog: services.catalog, store: services.storeAccess).statuses(year: year, regions: regions)
        let region = identity.region ?? ""
        let heading = identity.role == .region
            ? PortalText.overviewHeading(region: region, name: services.catalog.regions[region] ?? region, year: year)
            : "\(PortalText.overview) \(year)"
        let rows: [[String: Any]] = statuses.map { s in
            ["report": identity.role == .region ? s.report : "\(s.region) \(s.report)", "status": s.status,
             "statusText": s.statusText, "received": s.receivedAt.map(SwedishTime.readable) ?? "–",
             "late": s.late.map { $0 ? PortalText.yes : PortalText.no } ?? "–"]
        }
        let values: [String: Any] = [
            "heading": heading, "daysLeft": PortalText.daysLeft(ReportingYear.daysLeft(year: year, now: services.now()), year: year),
            "caption": heading, "reportLabel": PortalText.report, "statusLabel": PortalText.status,
            "receivedLabel": PortalText.received, "lateLabel": PortalText.late, "rows": rows,
            "nightlyNote": PortalText.nightlyNote, "otherYears": PortalText.otherYears,
            "years": (min(ReportingCalendar.firstYear, current)...current).reversed().filter { $0 != year }.map { ["year": $0] },
        ]
        return services.pages.html(services.pages.page("overview", title: heading, values: values, context: context, section: .overview))
    }

    // MARK: Check and submit

    func checkPage(context: PortalContext, report: ValidationReport?, placements: [PortalCheck.Placement]?,
                   error: String?, status: HTTPResponse.Status, reportID: String? = nil, workbooks: Set<Int> = []) -> Response {
        var values: [String: Any] = [
            "heading": PortalText.checkAndSubmit, "csrf": context.session?.csrf ?? "",
            "chooseFiles": PortalText.chooseFiles, "filesHint": PortalText.filesHint,
            "checkOnly": PortalText.checkOnly, "checkAndSend": PortalText.checkAndSend,
            "findingsHeading": PortalText.findingsHeading,
        ]
        if let error { values["error"] = error }
        if let reportID {
            values["reportLink"] = "/skicka-in/felrapport/\(reportID).csv"
            values["downloadFindings"] = PortalText.downloadFindings
        }
        if let report {
            values["hasResults"] = true
            values["files"] = report.files.enumerated().map { i, f -> [String: Any] in
                let placement = placements?[i]
                let state: String, stateClass: String
                if f.errors > 0 {
                    (state, stateClass) = (PortalText.fileHasErrors, "state-error")
                } else if let placement {
                    if placement.submitted { (state, stateClass) = (PortalText.submitted, "state-ok") }
                    else { (state, stateClass) = (PortalText.alreadyWaiting, "state-error") }
                } else {
                    (state, stateClass) = (PortalText.fileIsValid, "state-ok")
                }
                var item: [String: Any] = [
                    "file": f.file, "summary": PortalText.fileSummary(rows: f.rows, errors: f.errors, warnings: f.warnings),
                    "state": state, "stateClass": stateClass, "hasFindings": !f.findings.isEmpty,
                    "lineLabel": PortalText.line, "columnLabel": PortalText.column, "valueLabel": PortalText.value,
                    "severityLabel": PortalText.severity, "codeLabel": PortalText.code, "messageLabel": PortalText.message,
                    "findings": FindingText.ordered(f.findings).map { x -> [String: Any] in
                        ["line": x.line.map(String.init) ?? "", "column": x.column ?? "", "value": x.value ?? "",
                         "severity": x.severity.rawValue == "error" ? PortalText.error : PortalText.warning,
                         "code": x.code.rawValue, "message": x.message]
                    },
                ]
                if let reportID, workbooks.contains(i) {
                    item["xlsxLink"] = "/skicka-in/felrapport/\(reportID)-\(i).xlsx"
                    item["downloadXLSX"] = PortalText.downloadFindingsXLSX
                }
                return item
            }
        }
        return services.pages.html(status: status, services.pages.page("check", title: PortalText.checkAndSubmit, values: values,
                                                                        context: context, section: .check))
    }

    func checkAndSubmit(_ request: Request, context: PortalContext) async throws -> Response {
        let (identity, region) = try context.requireRegion()
        let form = try await UploadReceiver.receive(request, limit: services.config.maxUploadBytes, area: services.uploadArea)
        defer { form.remove() }
        try context.requireCSRF(form.fields["csrf"])
        guard !form.files.isEmpty else {
            return checkPage(context: context, report: nil, placements: nil, error: PortalText.noFilesChosen, status: .badRequest)
        }
        let now = services.now()
        let check = PortalCheck(services: services)
        let result = try await check.run(form, region: region, receivedAt: now)
        let names = form.files.map(\.originalName).joined(separator: ", ")
        await services.audit.record(who: identity.name, address: context.remoteAddress, action: "check", detail: names)
        var placements: [PortalCheck.Placement]?
        if form.fields["action"] == "submit" {
            let placed = try check.submit(result, region: region, receivedAt: now)
            placements = placed
            let sent = placed.filter(\.submitted).map(\.file)
            if !sent.isEmpty {
                await services.audit.record(who: identity.name, address: context.remoteAddress, action: "submit",
                                            detail: sent.joined(separator: ", "))
            }
        }
        let store = CheckReportStore(area: services.uploadArea)
        let reportID = result.report.files.contains { !$0.findings.isEmpty }
            ? store.save(result.report.files, owner: identity.name, now: now) : nil
        var workbooks: Set<Int> = []
        if let reportID {
            let report = result.report, laidOut = result.laidOut, sizes = form.files.map(\.size)
            let made: [(Int, Data)] = try await NIOThreadPool.singleton.runIfActive {
                report.files.enumerated().compactMap { i, f in
                    guard !f.findings.isEmpty else { return nil }
                    let source = sizes[i] <= 20 << 20 ? laidOut[i] : nil
                    return (try? FindingsXLSX.make(file: source, name: f.file, findings: f.findings)).map { (i, $0) }
                }
            }
            for (i, data) in made {
                store.saveWorkbook(data, id: reportID, index: i)
                workbooks.insert(i)
            }
        }
        return checkPage(context: context, report: result.report, placements: placements, error: nil, status: .ok,
                         reportID: reportID, workbooks: workbooks)
    }

    /// The error report of an earlier check, for the user who made it.
    func checkFindings(context: PortalContext) async throws -> Response {
        let (identity, _) = try context.requireRegion()
        let store = CheckReportStore(area: services.uploadArea)
        guard let file = context.parameters.get("file") else { throw PortalError.notFound }
        if file.hasSuffix(".xlsx") {
            let parts = file.dropLast(5).split(separator: "-")
            guard parts.count == 2, let index = Int(parts[1]),
                  let data = store.loadWorkbook(String(parts[0]), index: index, owner: identity.name) else { throw PortalError.notFound }
            await services.audit.record(who: identity.name, address: context.remoteAddress, action: "download", detail: "felrapport")
            return Self.workbook(data)
        }
        guard file.hasSuffix(".csv"), let files = store.load(String(file.dropLast(4)), owner: identity.name)
        else { throw PortalError.notFound }
        await services.audit.record(who: identity.name, address: context.remoteAddress, action: "download", detail: "felrapport")
        return Self.csv(FindingsCSV.render(files))
    }

    static func workbook(_ data: Data) -> Response {
        Response(status: .ok, headers: [.contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                         .contentDisposition: "attachment; filename=\"felrapport.xlsx\""],
                 body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    static func csv(_ data: Data) -> Response {
        Response(status: .ok, headers: [.contentType: "text/csv; charset=utf-8", .contentDisposition: "attachment; filename=\"felrapport.csv\""],
                 body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    // MARK: History

    func history(context: PortalContext) throws -> Response {
        let identity = try context.requireIdentity()
        let index = ReceiptIndex(zones: services.zones)
        var rows: [[String: Any]] = []
        let regions = identity.role == .region ? [identity.region ?? ""] : index.regionFolders(for: identity)
        for region in regions {
            for w in InboxWriter.waiting(zones: services.zones, region: region) {
                rows.append(["file": w.fileName, "received": SwedishTime.readable(SwedishTime.iso(w.receivedAt)), "outcome": PortalText.statusWaiting])
            }
        }
        for e in index.entries(for: identity) {
            rows.append(["file": e.receipt.file, "received": SwedishTime.readable(e.receipt.receivedAt), "outcome": outcomeText(e.receipt.outcome),
                         "id": e.id, "hasFile": index.storedFile(of: e) != nil, "hasFindings": !e.receipt.findings.isEmpty,
                         "findingsCSV": PortalText.findingsCSV, "findingsXLSX": PortalText.findingsXLSX,
                         "receiptText": PortalText.receiptText, "receiptJSON": PortalText.receiptJSON,
                         "archivedFile": PortalText.archivedFile])
        }
        let values: [String: Any] = [
            "heading": PortalText.history, "nightlyNote": PortalText.nightlyNote, "noHistory": PortalText.noHistory,
            "hasRows": !rows.isEmpty, "rows": rows, "fileLabel": PortalText.file, "receivedLabel": PortalText.received,
            "outcomeLabel": PortalText.outcome, "receiptLabel": PortalText.receipt,
        ]
        return services.pages.html(services.pages.page("history", title: PortalText.history, values: values, context: context, section: .history))
    }

    func outcomeText(_ outcome: FileOutcome) -> String {
        switch outcome {
        case .accepted: return PortalText.statusAccepted
        case .rejected: return PortalText.statusRejected
        case .duplicate: return PortalText.statusDuplicate
        case .quarantined: return PortalText.statusQuarantined
        }
    }

    enum ReceiptFile { case text, json, archived, findings, workbook }

    func receiptFile(context: PortalContext, kind: ReceiptFile) async throws -> Response {
        let identity = try context.requireIdentity()
        guard let id = context.parameters.get("id"), let entry = ReceiptIndex(zones: services.zones).entry(id: id, for: identity)
        else { throw PortalError.notFound }
        let url: URL, type: String
        switch kind {
        case .text: (url, type) = (entry.textURL, "text/plain; charset=utf-8")
        case .json: (url, type) = (entry.jsonURL, "application/json; charset=utf-8")
        case .findings:
            await services.audit.record(who: identity.name, address: context.remoteAddress, action: "download", detail: "felrapport \(entry.id)")
            return Self.csv(FindingsCSV.render([(entry.receipt.file, entry.receipt.findings)]))
        case .workbook:
            let index = ReceiptIndex(zones: services.zones)
            let source = index.storedFile(of: entry)
            let receipt = entry.receipt
            let data = try await NIOThreadPool.singleton.runIfActive {
                try FindingsXLSX.make(file: source, name: receipt.file, findings: receipt.findings)
            }
            await services.audit.record(who: identity.name, address: context.remoteAddress, action: "download", detail: "felrapport \(entry.id)")
            return Self.workbook(data)
        case .archived:
            guard let stored = ReceiptIndex(zones: services.zones).storedFile(of: entry) else { throw PortalError.notFound }
            (url, type) = (stored, "text/csv")
        }
        guard let data = try? Data(contentsOf: url) else { throw PortalError.notFound }
        var headers: HTTPFields = [.contentType: type]
        if kind == .archived {
            let safe = String(entry.receipt.file.unicodeScalars.filter { $0.isASCII && ($0.properties.isAlphabetic || "0123456789._-".unicodeScalars.contains($0)) })
            headers[.contentDisposition] = "attachment; filename=\"\(safe.isEmpty ? "fil.csv" : safe)\""
            await services.audit.record(who: identity.name, address: context.remoteAddress, action: "download", detail: entry.id)
        }
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    // MARK: Templates

    func templates(context: PortalContext) throws -> Response {
        _ = try context.requireIdentity()
        let year = ReportingYear.current(services.now())
        let values: [String: Any] = [
            "heading": PortalText.templates, "intro": PortalText.templateIntro,
            "reports": ReportKind.allCases.sorted().map { ["report": $0.rawValue, "year": year, "template": PortalText.template, "guide": PortalText.guide] },
        ]
        return services.pages.html(services.pages.page("templates", title: PortalText.templates, values: values, context: context, section: .templates))
    }

    func template(context: PortalContext) throws -> Response {
        _ = try context.requireIdentity()
        guard let year = context.parameters.get("year").flatMap({ Int($0) }), let file = context.parameters.get("file"),
              let dot = file.lastIndex(of: "."), let kind = ReportKind(rawValue: String(file[..<dot])),
              let template = try? Template(report: kind, year: year, catalog: services.catalog) else { throw PortalError.notFound }
        switch file[file.index(after: dot)...] {
        case "csv":
            return Response(status: .ok, headers: [.contentType: "text/csv; charset=utf-8",
                                                   .contentDisposition: "attachment; filename=\"\(kind.rawValue)_mall.csv\""],
                            body: .init(byteBuffer: ByteBuffer(bytes: template.excelFile)))
        case "txt":
            return Response(status: .ok, headers: [.contentType: "text/plain; charset=utf-8"],
                            body: .init(byteBuffer: ByteBuffer(string: template.guide)))
        default:
            throw PortalError.notFound
        }
    }
}
