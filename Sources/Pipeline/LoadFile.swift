import Foundation
import FollowUpModel
import Texts
import Store
import Validation

/// Records one attributable file in the store: as `duplicate-file` when its bytes were
/// processed before, otherwise checked and loaded in one transaction. The step that the
/// nightly run and `rebuild` share.
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
        if let earlier = try store.submission(withSHA256: meta.sha256) {
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
        var checked: CheckedFile?
        let outcome = try store.recordSubmission(meta, columns: schema.fields.map(\.name)) { insert in
            let c = try withoutActuallyEscaping(insert) { sink in
                try checker.check(fileAt: source, displayName: fileName, inboxRegion: inboxRegion,
                                  receivedAt: Date(timeIntervalSince1970: meta.receivedUnix),
                                  context: context, rowSink: sink)
            }
            checked = c
            return LoadVerdict(c.report)
        }
        return Result(submissionID: outcome.id, status: outcome.status, report: checked!.report)
    }
}
