import CSVReading
import FollowUpModel
import Foundation
import Texts
import Validation

/// What `followup validate FILE...` does: checks every file as the nightly run would, writing
/// nothing. Files are checked `insatser` first, so that a `finansiering` file's `insats_id`
/// resolves against the accepted `insatser` file of the same region and year in the same
/// call; the report lists the files in the order given. The received time is each file's
/// modification time; `region-directory` is checked only when the file's folder is named
/// like a region code (two digits).
///
/// - Throws: only I/O errors (e.g. a file that cannot be opened).
/// With `store`, an `insats_id` also resolves against the stored activities when the call
/// has no accepted `insatser` file of that region and year, and `yoy-change` compares with
/// the stored year before.
public func validateFiles(_ urls: [URL], catalog: SchemaCatalog, options: CheckOptions,
                          store: StoreLookups? = nil) throws -> ValidationReport {
    let checker = FileChecker(catalog: catalog, options: options)
    let activities = ActivityRegistry()
    let context = CrossFileContext(
        knownActivities: { activities.ids(region: $0, year: $1) ?? store?.activityIDs(region: $0, year: $1) },
        previousIndicatorValue: store.map { s in { s.previousValue(region: $0, year: $1, kod: $2, kommun: $3, kon: $4) } })
    let order = urls.indices.sorted { a, b in
        func key(_ i: Int) -> (String, Int, Int) {
            let name = try? SubmissionNaming.parse(fileName: urls[i].lastPathComponent, regions: catalog.regions, now: options.now).get()
            return (name?.region ?? "", name?.year ?? 0, name?.report.processingRank ?? -1)
        }
        let ka = key(a), kb = key(b)
        return ka != kb ? ka < kb : a < b
    }
    // An `insatser` file's ids are collected only when a `finansiering` file of the same
    // region and year is in the call (collecting them costs memory in the file's size).
    let names = urls.map { try? SubmissionNaming.parse(fileName: $0.lastPathComponent, regions: catalog.regions, now: options.now).get() }
    let fundingKeys = Set(names.compactMap { n in n.flatMap { $0.report == .finansiering ? "\($0.region)/\($0.year)" : nil } })
    var reports = [FileReport?](repeating: nil, count: urls.count)
    for i in order {
        let url = urls[i]
        let folder = url.deletingLastPathComponent().lastPathComponent
        let inboxRegion = folder.count == 2 && folder.allSatisfy(\.isASCII) && folder.allSatisfy(\.isNumber) ? folder : nil
        let attributes = try? FileManager.default.attributesOfItem(atPath: url.path)
        let received = attributes?[.modificationDate] as? Date ?? options.now
        let checked = try readableInSwedish(url) { try checker.check(fileAt: url, displayName: url.relativePath, inboxRegion: inboxRegion,
                                        receivedAt: received, context: context,
                                        collectActivityIDs: names[i].map { $0.report == .insatser && fundingKeys.contains("\($0.region)/\($0.year)") } ?? false,
                                        rowSink: nil) }
        if checked.isAccepted, let name = checked.name, name.report == .insatser {
            activities.add(checked.activityIDs, region: name.region, year: name.year)
        }
        reports[i] = checked.report
    }
    return ValidationReport(files: reports.compactMap { $0 })
}

/// A file that cannot be opened or read is a `PipelineError.io` whose reason is Swedish
/// (`SystemErrorText`), not the reader's English.
func readableInSwedish<T>(_ url: URL, _ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as CSVReadError {
        switch error {
        case .cannotOpen(let path, let e), .readFailed(let path, let e):
            throw PipelineError.io(path: path, reason: SystemErrorText.reason(errno: e))
        case .notARegularFile(let path):
            throw PipelineError.io(path: path, reason: ErrorTexts.notARegularFile)
        case .parserInit:
            throw error
        }
    }
}

/// `insats_id` values of the accepted `insatser` files seen so far, by region and year.
final class ActivityRegistry: @unchecked Sendable {
    private var byKey: [String: Set<String>] = [:]

    func add(_ ids: Set<String>, region: String, year: Int) {
        let key = "\(region)/\(year)"
        // The first set is kept as it is (shared, not copied element by element).
        if byKey[key] == nil { byKey[key] = ids } else { byKey[key]!.formUnion(ids) }
    }

    func ids(region: String, year: Int) -> Set<String>? { byKey["\(region)/\(year)"] }
}
