import Exports
import FollowUpModel
import Foundation
import HTTPTypes
import Hummingbird
import NIOPosix
import Pipeline
import Store
import Texts

/// The analysts' pages (roles `analytiker` and `admin`; a region gets 403): the year's
/// coverage, one region's submissions, the comparison tables with their downloads, the
/// finding statistics and the nightly runs with their logs.
struct AnalystRoutes {
    let services: PortalServices

    func add(to router: Router<PortalContext>) {
        router.get("/analys/tackning") { request, context in try coverage(request, context: context) }
        router.get("/analys/region/:kod") { request, context in try region(request, context: context) }
        router.get("/analys/tabeller") { request, context in try tables(request, context: context) }
        router.get("/analys/tabeller/:year/:file") { _, context in try await download(context: context) }
        router.get("/analys/fynd") { request, context in try findings(request, context: context) }
        router.get("/analys/korningar") { _, context in try runs(context: context) }
        router.get("/analys/korningar/:id") { _, context in try run(context: context) }
    }

    /// The signed-in analyst or admin; 401 anonymous, 403 for a region.
    func requireAnalyst(_ context: PortalContext) throws -> PortalIdentity {
        let identity = try context.requireIdentity()
        guard identity.role == .analytiker || identity.role == .admin else { throw PortalError.forbidden }
        return identity
    }

    /// `?ar=Y`, the current reporting year without it; 404 outside 2000–2100.
    func year(_ request: Request) throws -> Int {
        let current = ReportingYear.current(services.now())
        guard let text = request.uri.queryParameters["ar"] else { return current }
        guard let year = Int(text), (2000...2100).contains(year) else { throw PortalError.notFound }
        return year
    }

    func yearLinks(_ years: [Int], current: Int, path: String) -> [[String: Any]] {
        years.sorted(by: >).map { ["year": $0, "href": "\(path)?ar=\($0)", "current": $0 == current] }
    }

    func page(_ template: String, title: String, values: [String: Any], context: PortalContext,
              section: PageRenderer.Section?, status: HTTPResponse.Status = .ok) -> Response {
        var values = values
        values["otherYearsLabel"] = AnalystText.otherYears
        return services.pages.html(status: status, services.pages.page(template, title: title, values: values,
                                                                       context: context, section: section))
    }

    // MARK: Coverage

    func coverage(_ request: Request, context: PortalContext) throws -> Response {
        _ = try requireAnalyst(context)
        let year = try year(request)
        let regions = services.catalog.regions.keys.sorted()
        let statuses = try RegionStatusReader(zones: services.zones, catalog: services.catalog, store: services.storeAccess)
            .statuses(year: year, regions: regions)
        let grid = Coverage(year: year, statuses: statuses, regions: regions, names: services.catalog.regions)
        let counts = grid.counts
        var countRows: [[String: Any]] = Coverage.Status.allCases.map {
            ["status": $0.rawValue, "word": $0.word, "count": counts[$0] ?? 0]
        }
        countRows.append(["status": "sen", "word": AnalystText.late, "count": grid.lateCount])
        let rows: [[String: Any]] = grid.rows.map { row in
            let href = "/analys/region/\(row.region)?ar=\(year)"
            return ["region": row.region, "name": row.name, "href": href,
                    "cells": row.cells.map { c -> [String: Any] in
                        ["report": c.report, "status": c.status.rawValue, "word": c.status.word, "late": c.late,
                         "href": href, "region": row.region]
                    }]
        }
        let current = ReportingYear.current(services.now())
        let heading = AnalystText.coverageHeading(year: year)
        let values: [String: Any] = [
            "heading": heading, "daysLeft": PortalText.daysLeft(ReportingYear.daysLeft(year: year, now: services.now()), year: year),
            "countsHeading": AnalystText.countsHeading, "counts": countRows,
            "caption": AnalystText.coverageCaption(year: year), "regionLabel": AnalystText.region,
            "reports": ReportKind.allCases.sorted().map(\.rawValue), "rows": rows, "lateMark": AnalystText.lateMark,
            "legend": AnalystText.coverageLegend,
            "years": yearLinks(Array(min(ReportingCalendar.firstYear, current)...current), current: year, path: "/analys/tackning"),
        ]
        return page("analyst-coverage", title: heading, values: values, context: context, section: .coverage)
    }

    // MARK: One region's submissions

    func region(_ request: Request, context: PortalContext) throws -> Response {
        let identity = try requireAnalyst(context)
        guard let code = context.parameters.get("kod"), let name = services.catalog.regions[code] else { throw PortalError.notFound }
        let year = try year(request)
        var rows: [[String: Any]] = []
        for w in InboxWriter.waiting(zones: services.zones, region: code) where w.name.year == year {
            rows.append(["file": w.fileName, "received": SwedishTime.readable(SwedishTime.iso(w.receivedAt)), "outcome": PortalText.statusWaiting])
        }
        let index = ReceiptIndex(zones: services.zones)
        for e in index.entries(for: identity, year: year) where e.region == code {
            rows.append(["file": e.receipt.file, "received": SwedishTime.readable(e.receipt.receivedAt), "outcome": RegionPageRoutes(services: services).outcomeText(e.receipt.outcome),
                         "id": e.id, "hasFile": index.storedFile(of: e) != nil, "hasFindings": !e.receipt.findings.isEmpty,
                         "findingsCSV": PortalText.findingsCSV, "findingsXLSX": PortalText.findingsXLSX,
                         "receiptText": PortalText.receiptText, "receiptJSON": PortalText.receiptJSON,
                         "archivedFile": PortalText.archivedFile])
        }
        let current = ReportingYear.current(services.now())
        let heading = AnalystText.regionHeading(name: name, code: code, year: year)
        let values: [String: Any] = [
            "heading": heading, "year": year, "back": AnalystText.backToCoverage, "noHistory": AnalystText.noSubmissions,
            "nightlyNote": PortalText.nightlyNote,
            "hasRows": !rows.isEmpty, "rows": rows, "fileLabel": PortalText.file, "receivedLabel": PortalText.received,
            "outcomeLabel": PortalText.outcome, "receiptLabel": PortalText.receipt,
            "years": yearLinks(Array(min(ReportingCalendar.firstYear, current)...current), current: year, path: "/analys/region/\(code)"),
        ]
        return page("analyst-region", title: heading, values: values, context: context, section: .coverage)
    }

    // MARK: Tables

    func tables(_ request: Request, context: PortalContext) throws -> Response {
        _ = try requireAnalyst(context)
        let store = try services.storeAccess.store()
        let stored = try store?.storedYears() ?? []
        let year = request.uri.queryParameters["ar"] == nil ? (stored.last ?? ReportingYear.current(services.now())) : try year(request)
        var values: [String: Any] = [
            "heading": AnalystText.tablesHeading(year: year),
            "years": yearLinks(stored, current: year, path: "/analys/tabeller"),
        ]
        guard let store, stored.contains(year) else {
            values["message"] = store == nil ? AnalystText.noStore : AnalystText.noData(year: year)
            return page("analyst-tables", title: AnalystText.tablesTitle, values: values, context: context, section: .tables)
        }
        // One view at a time: the charts, or one of the nine tables (the largest has a row
        // per region, area and instrument; all nine on one page are too much to read).
        let view = request.uri.queryParameters["tabell"].map(String.init)
        if let view, !APIRoutes.tableNames.contains(view) { throw PortalError.notFound }
        let (report, titles) = try store.withComparisonTables(year: year) { tables -> (String, [(String, String)]) in
            let shown: String
            if let view, let table = tables.first(where: { $0.name == view }) {
                shown = try ReportFragments.table(table, year: year, comparisonYear: year - 1)
            } else {
                shown = ReportFragments.charts(tables, year: year, comparisonYear: year - 1)
            }
            return (shown, tables.map { ($0.name, $0.title) })
        }
        values["views"] = [["href": "/analys/tabeller?ar=\(year)", "label": AnalystText.charts, "current": view == nil]]
            + titles.map { name, title in
                ["href": "/analys/tabeller?ar=\(year)&tabell=\(name)", "label": title, "current": view == name] as [String: Any]
            }
        values["viewsLabel"] = AnalystText.views
        let base = "/analys/tabeller/\(year)/"
        values["hasData"] = true
        values["report"] = report
        values["downloadsLabel"] = AnalystText.downloads
        values["downloadsIntro"] = AnalystText.downloadsIntro
        values["files"] = [
            ["href": base + "jamforelse-\(year).xlsx", "label": AnalystText.workbook],
            ["href": base + "rapport-\(year).html", "label": AnalystText.htmlReport],
            ["href": base + "jamforelse-\(year).md", "label": AnalystText.markdown],
            ["href": base + "jamforelse-\(year).json", "label": AnalystText.json],
        ]
        values["csvCaption"] = "CSV"
        values["tableLabel"] = AnalystText.table
        values["csvStandard"] = AnalystText.csvStandard
        values["csvExcel"] = AnalystText.csvExcel
        values["csv"] = titles.map { name, title in
            ["name": name, "title": title, "standard": base + "\(name).csv", "excel": base + "\(name)-excel-sv.csv"]
        }
        return page("analyst-tables", title: AnalystText.tablesHeading(year: year), values: values, context: context, section: .tables)
    }

    /// One export file of a year, written by the exporter of `followup export` into a
    /// scratch folder and sent as an attachment (the HTML report too: it carries its own
    /// inline style, which the portal's CSP would not let it show as a page). The file name
    /// must be exactly one of those the tables page lists.
    func download(context: PortalContext) async throws -> Response {
        let identity = try requireAnalyst(context)
        guard let yearText = context.parameters.get("year"), let year = Int(yearText), (2000...2100).contains(year),
              let file = context.parameters.get("file") else { throw PortalError.notFound }
        let choice: (format: ExportFormat, dialect: CSVDialect, table: String?, type: String)
        switch file {
        case "jamforelse-\(year).xlsx":
            choice = (.xlsx, .standard, nil, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        case "rapport-\(year).html": choice = (.html, .standard, nil, "text/html; charset=utf-8")
        case "jamforelse-\(year).md": choice = (.md, .standard, nil, "text/markdown; charset=utf-8")
        case "jamforelse-\(year).json": choice = (.json, .standard, nil, "application/json; charset=utf-8")
        default:
            if file.hasSuffix("-excel-sv.csv"), case let name = String(file.dropLast("-excel-sv.csv".count)), APIRoutes.tableNames.contains(name) {
                choice = (.csv, .excelSv, name, "text/csv; charset=utf-8")
            } else if file.hasSuffix(".csv"), case let name = String(file.dropLast(4)), APIRoutes.tableNames.contains(name) {
                choice = (.csv, .standard, name, "text/csv; charset=utf-8")
            } else {
                throw PortalError.notFound
            }
        }
        guard let store = try services.storeAccess.store(), try store.hasAcceptedData(year: year) else { throw PortalError.notFound }
        let generatedAt = SwedishTime.iso(services.now())
        let data: Data = try await NIOThreadPool.singleton.runIfActive {
            let dir = FileManager.default.temporaryDirectory.appendingPathComponent("followup-export-\(UUID().uuidString)", isDirectory: true)
            defer { try? FileManager.default.removeItem(at: dir) }
            return try store.withComparisonTables(year: year) { all -> Data in
                let tables = choice.table.map { name in all.filter { $0.name == name } } ?? all
                let files = try Exporter.write(tables, year: year, comparisonYear: year - 1, to: dir,
                                               options: ExportOptions(formats: [choice.format], csvDialect: choice.dialect,
                                                                      generatedAt: generatedAt))
                guard let written = files.first else { throw PortalError.notFound }
                return try Data(contentsOf: written)
            }
        }
        await services.audit.record(who: identity.name, address: context.remoteAddress, action: "download", detail: "\(year)/\(file)")
        return Response(status: .ok, headers: [.contentType: choice.type, .contentDisposition: "attachment; filename=\"\(file)\""],
                        body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    // MARK: Findings

    func findings(_ request: Request, context: PortalContext) throws -> Response {
        let identity = try requireAnalyst(context)
        let year = try year(request)
        let store = try services.storeAccess.store()
        let counts = try store?.findingCounts(years: [year, year - 1]) ?? []
        let stats = FindingStatistics(year: year, counts: counts)
        // The examples' receipts: a submission's receipt has its file name and SHA-256.
        var receipts: [String: String] = [:]
        for e in ReceiptIndex(zones: services.zones).entries(for: identity, year: year) {
            receipts["\(e.region)/\(e.receipt.file)/\(e.receipt.sha256)"] = receipts["\(e.region)/\(e.receipt.file)/\(e.receipt.sha256)"] ?? e.id
        }
        func rows(_ list: [FindingStatistics.Row], names: [String: String] = [:]) -> [[String: Any]] {
            list.map { r in
                var row: [String: Any] = [
                    "group": names[r.group].map { "\(r.group) \($0)" } ?? r.group, "code": r.code,
                    "severity": r.severity == "error" ? AnalystText.error : AnalystText.warning,
                    "findings": r.findings, "files": r.submissions,
                    "previousFindings": r.previousFindings, "previousFiles": r.previousSubmissions,
                ]
                if let ex = r.example, let id = receipts["\(ex.region)/\(ex.file)/\(ex.sha256)"] {
                    row["exampleHref"] = "/historik/\(id)/kvitto.txt"
                    row["exampleText"] = "\(AnalystText.exampleReceipt) \(ex.file)"
                }
                return row
            }
        }
        let common: [String: Any] = [
            "codeLabel": AnalystText.code, "severityLabel": AnalystText.severity,
            "findingsLabel": AnalystText.findingsIn(year), "filesLabel": AnalystText.filesIn(year),
            "previousFindingsLabel": AnalystText.findingsIn(year - 1), "previousFilesLabel": AnalystText.filesIn(year - 1),
            "exampleLabel": AnalystText.example,
        ]
        var tables: [[String: Any]] = [
            ["id": "per-kod", "caption": AnalystText.byCode, "grouped": false, "rows": rows(stats.byCode)],
            ["id": "per-rapport", "caption": AnalystText.byReport, "grouped": true, "groupLabel": PortalText.report,
             "rows": rows(stats.byReport)],
            ["id": "per-region", "caption": AnalystText.byRegion, "grouped": true, "groupLabel": AnalystText.region,
             "rows": rows(stats.byRegion, names: services.catalog.regions)],
        ]
        tables = tables.map { $0.merging(common) { a, _ in a } }
        let hasRows = !counts.isEmpty
        let current = ReportingYear.current(services.now())
        let heading = AnalystText.findingsHeading(year: year)
        let values: [String: Any] = [
            "heading": heading, "intro": AnalystText.findingsIntro, "hasRows": hasRows,
            "noRows": AnalystText.noFindings(year: year), "tables": hasRows ? tables : [],
            // What each code on the page means, in the order of the first table.
            "meaningsHeading": AnalystText.codeMeanings,
            "meanings": stats.byCode.compactMap { r in
                IssueCode(rawValue: r.code).map { ["code": r.code, "meaning": IssueCodeText.meaning($0)] }
            },
            "years": yearLinks(Array(min(ReportingCalendar.firstYear, current)...current), current: year, path: "/analys/fynd"),
        ]
        return page("analyst-findings", title: heading, values: values, context: context, section: .findings)
    }

    // MARK: Runs

    func statusText(_ status: RunStatus) -> String {
        switch status {
        case .done: return AnalystText.statusDone
        case .failed: return AnalystText.statusFailed
        case .running: return AnalystText.statusRunning
        }
    }

    func runs(context: PortalContext) throws -> Response {
        _ = try requireAnalyst(context)
        let runs = try services.storeAccess.store()?.runs() ?? []
        let rows: [[String: Any]] = runs.map { r in
            ["id": r.id, "started": SwedishTime.readable(r.startedAt), "duration": AnalystText.seconds(RunLogs.seconds(from: r.startedAt, to: r.finishedAt)),
             "status": r.status.rawValue, "statusText": statusText(r.status), "accepted": r.counts.accepted,
             "rejected": r.counts.rejected, "duplicates": r.counts.duplicates, "quarantined": r.counts.quarantined]
        }
        let values: [String: Any] = [
            "heading": AnalystText.runsHeading, "intro": AnalystText.runsIntro, "hasRows": !rows.isEmpty,
            "noRows": AnalystText.noRuns, "rows": rows, "runLabel": AnalystText.run, "startedLabel": AnalystText.started,
            "durationLabel": AnalystText.duration, "outcomeLabel": AnalystText.outcome,
            "acceptedLabel": AnalystText.acceptedCount, "rejectedLabel": AnalystText.rejectedCount,
            "duplicatesLabel": AnalystText.duplicateCount, "quarantinedLabel": AnalystText.quarantinedCount,
        ]
        return page("analyst-runs", title: AnalystText.runsHeading, values: values, context: context, section: .runs)
    }

    func run(context: PortalContext) throws -> Response {
        _ = try requireAnalyst(context)
        guard let text = context.parameters.get("id"), let id = Int64(text), id > 0,
              let store = try services.storeAccess.store(), let run = try store.run(id: id) else { throw PortalError.notFound }
        let rejected = try store.rejectedFiles(ofRun: id)
        let log = RunLogs(zones: services.zones).index()[id]
        let limit = 2000
        let (lines, more) = log.map { RunLogs.lines(of: $0, limit: limit) } ?? ([], false)
        let problems = lines.filter(\.isProblem).count
        let facts: [[String: Any]] = [
            ["label": AnalystText.started, "value": SwedishTime.readable(run.startedAt)],
            ["label": AnalystText.finished, "value": run.finishedAt.map(SwedishTime.readable) ?? "–"],
            ["label": AnalystText.duration, "value": AnalystText.seconds(RunLogs.seconds(from: run.startedAt, to: run.finishedAt))],
            ["label": AnalystText.outcome, "value": statusText(run.status), "cssClass": "run-\(run.status.rawValue)"],
            ["label": AnalystText.acceptedCount, "value": run.counts.accepted],
            ["label": AnalystText.rejectedCount, "value": run.counts.rejected],
            ["label": AnalystText.duplicateCount, "value": run.counts.duplicates],
            ["label": AnalystText.quarantinedCount, "value": run.counts.quarantined],
            ["label": AnalystText.problems, "value": log == nil ? "–" : "\(problems)"],
        ]
        let heading = AnalystText.runHeading(id)
        var values: [String: Any] = [
            "heading": heading, "back": AnalystText.backToRuns, "facts": facts,
            "hasRejected": !rejected.isEmpty, "rejectedLabel": AnalystText.rejectedFiles,
            "rejected": rejected.map { ["region": $0.region, "report": $0.report, "file": $0.fileName, "errors": $0.errors] },
            "regionLabel": AnalystText.region, "reportLabel": PortalText.report, "fileLabel": AnalystText.file,
            "errorsLabel": AnalystText.errors, "logHeading": AnalystText.logHeading, "noLog": AnalystText.noLog,
            "hasLog": log != nil, "logCaption": "\(AnalystText.logHeading): \(log?.lastPathComponent ?? "")",
            "timeLabel": AnalystText.time, "levelLabel": AnalystText.level, "eventLabel": AnalystText.event,
            "detailsLabel": AnalystText.details,
            "lines": lines.map { ["time": $0.time, "level": $0.level, "event": $0.event, "detail": $0.detail, "problem": $0.isProblem] },
        ]
        if more { values["cut"] = AnalystText.logCut(limit) }
        return page("analyst-run", title: heading, values: values, context: context, section: .runs)
    }
}
