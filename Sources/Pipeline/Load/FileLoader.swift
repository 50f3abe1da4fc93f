import Foundation
import FollowUpModel
import Texts
import Store
import Validation

/// Records one attributable file in the store: as `duplicate-file` when the same region's
/// file of the same year and report had these bytes before (an empty file never is),
/// otherwise read, checked and loaded in one transaction — the file is
/// read and validated on a second thread (`RowPipeline`) while this one appends its rows
/// through the store's `SubmissionWriter`. The step that the nightly run and `rebuild`
/// share.
struct FileLoader {
    let store: FollowUpStore
    let catalog: SchemaCatalog
    let checker: FileChecker

    struct Result {
        var submissionID: Int64
        var status: SubmissionStatus
        var report: FileReport
    }

    /// - Parameters:
    ///   - source: the bytes to read (the archived copy).
    ///   - meta: what the store records; `late` is filled in here.
    func load(source: URL, fileName: String, name: SubmissionName, inboxRegion: String?,
              meta: SubmissionMeta, schema: Schema) throws -> Result {
        // An empty file is always `empty-file`; otherwise a duplicate only of the same
        // region's, year's and report's earlier file (never another region's).
        if meta.sizeBytes > 0,
           let earlier = try store.submission(withSHA256: meta.sha256, region: name.region, year: name.year,
                                               report: name.report.rawValue) {
            // The same bytes were processed before: history only, nothing loaded.
            var findings = FindingList()
            findings.append(Finding(code: .duplicateFile, file: fileName,
                                    message: ReceiptText.duplicateMessage(earlierFile: earlier.fileName,
                                                                          receivedAt: earlier.receivedAt)))
            let id = try store.recordDuplicate(meta, findings: findings.sorted)
            return Result(submissionID: id, status: .duplicate,
                          report: FileReport(file: fileName, region: name.region, year: name.year,
                                             report: name.report, rows: 0, findings: findings))
        }
        var meta = meta
        // The same rule as the `late-submission` finding (SFS 2024:99 4 §: due 21 February).
        meta.late = Date(timeIntervalSince1970: meta.receivedUnix) >= SubmissionNaming.deadline(forYear: name.year)
        // Everything the checker asks the store is read before the write transaction opens.
        let activities: Set<String>? = name.report == .finansiering
            ? try store.activityIDs(region: name.region, year: name.year) : nil
        let previous: [IndicatorKey: Double] = name.report == .indikatorer
            ? try store.indicatorValues(region: name.region, year: name.year - 1) : [:]
        let context = CrossFileContext(
            knownActivities: { region, year in
                region == name.region && year == name.year ? activities : nil
            },
            previousIndicatorValue: { region, year, kod, kommun, kon in
                // `year` is the file's year; the value asked for is the year before's.
                guard region == name.region, year == name.year else { return nil }
                return previous[IndicatorKey(indikatorKod: kod, kommunKod: kommun, kon: kon)]
            })
        let receivedAt = Date(timeIntervalSince1970: meta.receivedUnix)
        // Replaced by the checker's report when the load returns.
        var report = FileReport(file: fileName, region: name.region, year: name.year, report: name.report,
                                rows: 0, findings: FindingList())
        let recorded = try store.writeSubmission(meta, columns: schema.fields.map(\.name)) { writer in
            // Read → validate → encode on a second thread; the writer inserts on this one,
            // which holds the store's write queue (so the producer must not use the store:
            // what the checker asks it was read above).
            let encoder = writer.encoder
            let c = try RowPipeline.run(produce: { push in
                try withoutActuallyEscaping(push) { sink in
                    try checker.check(fileAt: source, displayName: fileName, inboxRegion: inboxRegion,
                                      receivedAt: receivedAt, context: context, rowSink: sink)
                }
            }, encode: { try encoder.encode($0) }, consume: { try writer.append($0) })
            report = c.report
            return LoadVerdict(c.report)
        }
        return Result(submissionID: recorded.id, status: recorded.status, report: report)
    }
}
