import CSVReading
import FollowUpModel
import Texts
import Foundation
import Validation

public typealias ReadLimits = CSVReading.ReadLimits
public typealias CrossFileContext = Validation.CrossFileContext

/// How files are checked: reading limits, the clock, and how many findings a report lists.
public struct CheckOptions: Sendable {
    public var limits: ReadLimits
    /// The current time (for the accepted years of a file name); `--now` fixes it in tests.
    public var now: Date
    /// Findings listed per file; all are counted.
    public var findingCap: Int
    /// A check before submission (`followup validate`): the deadline is measured at `now`
    /// (the file would be submitted now), and a late file is told when it would be late,
    /// never when it "came in". False for the nightly run (the received time decides).
    public var precheck: Bool

    public init(limits: ReadLimits = ReadLimits(), now: Date = Date(), findingCap: Int = 1000, precheck: Bool = false) {
        self.limits = limits
        self.now = now
        self.findingCap = findingCap
        self.precheck = precheck
    }
}

/// The outcome of checking one file.
public struct CheckedFile: Sendable {
    public var report: FileReport
    /// The parsed file name; nil when the name is not a submission's (`file-name`).
    public var name: SubmissionName?
    /// The schema the file was checked against; nil when none applied.
    public var schema: Schema?
    /// `insats_id` values of an accepted `insatser` file when asked for (`collectActivityIDs`), else empty.
    public var activityIDs: Set<String>
    /// Encoding and delimiter as detected; nil when reading stopped before.
    public var dialect: Dialect?
    /// Hex SHA-256 of the bytes, when the caller computes it (the reader does not).
    public var sha256: String?

    /// True when the file has no error and its rows may be stored.
    public var isAccepted: Bool { report.valid }
}

/// Reads and validates one file: name, folder, deadline, bytes, header, rows, file rules.
/// Used by `followup validate` and by the nightly run.
///
/// ```swift
/// let checker = FileChecker(catalog: catalog, options: CheckOptions())
/// let checked = try checker.check(fileAt: url, displayName: url.lastPathComponent, inboxRegion: "14",
///                                 receivedAt: mtime, context: .none) { row in try insert(row) }
/// if !checked.isAccepted { rollback() }
/// ```
public struct FileChecker: Sendable {
    public let catalog: SchemaCatalog
    public let options: CheckOptions

    public init(catalog: SchemaCatalog, options: CheckOptions) {
        self.catalog = catalog
        self.options = options
    }

    /// Checks the file at `url`.
    ///
    /// - Parameters:
    ///   - displayName: the name findings and the report carry.
    ///   - inboxRegion: the region code of the folder the file lies in; nil when unknown.
    ///   - receivedAt: when the file arrived (its modification time), for `late-submission`.
    ///   - context: what is known beyond the file (activities of the run, the store).
    ///   - rowSink: receives every row that passed the row-level checks, in file order. The
    ///     caller rolls back if the file ends with errors (`CheckedFile.isAccepted`).
    /// - Throws: only I/O errors (`CSVReadError`, `ValidationEngineError` for the temporary
    ///   files of the primary keys) and errors thrown by `rowSink`.
    ///   - collectActivityIDs: fill `CheckedFile.activityIDs` (an `insatser` file whose ids a
    ///     later file of the same call needs); off, memory does not grow with the file.
    public func check(fileAt url: URL, displayName: String, inboxRegion: String?, receivedAt: Date,
                      context: CrossFileContext, collectActivityIDs: Bool = false,
                      rowSink: ((TypedRow) throws -> Void)?) throws -> CheckedFile {
        let name: SubmissionName
        // The name is the submitted file's (displayName), not the path read from, which may
        // be the archived copy.
        let fileName = (displayName as NSString).lastPathComponent
        switch SubmissionNaming.parse(fileName: fileName, regions: catalog.regions, now: options.now) {
        case .failure(let problem):
            return fileLevelOnly(displayName, name: nil, problem.code, problem.message)
        case .success(let parsed):
            name = parsed
        }
        guard let schema = catalog.schema(for: name.report, year: name.year) else {
            return fileLevelOnly(displayName, name: name, .fileName,
                                 Messages.fileNameNoSchema(fileName, report: name.report, year: name.year))
        }
        let run = ValidatorBox(FileValidator(schema: schema, catalog: catalog, submission: name, file: displayName,
                                             context: context, findingCap: options.findingCap))
        for problem in [SubmissionNaming.checkDirectory(name, inboxRegion: inboxRegion),
                        options.precheck ? SubmissionNaming.checkDeadline(name, ifSubmittedAt: options.now)
                                         : SubmissionNaming.checkDeadline(name, receivedAt: receivedAt)].compactMap({ $0 }) {
            run.validator.report(problem.code, message: problem.message)
        }
        run.validator.producesRows = rowSink != nil
        run.validator.collectsActivityIDs = collectActivityIDs
        // Checking only: the file is read and split on a second thread. A load already has
        // its second thread (the rows' consumer), so it reads on this one.
        let read = rowSink == nil ? CSVReader.readBytesConcurrently(fileAt:limits:onDialect:_:)
                                  : CSVReader.readBytes(fileAt:limits:onDialect:_:)
        let summary = try read(url, options.limits,
                               { run.validator.decimalComma = $0.delimiter.allowsDecimalComma }) { record in
            // Once the file has an error it will be rejected whole: its rows go no further.
            // (Repeated primary keys are only known at the end: such rows may reach the sink.)
            if let row = run.validator.consume(record), let rowSink, run.validator.errorCount == 0 {
                try rowSink(row)
            }
        }
        var validator = run.validator
        for problem in summary.problems {
            validator.report(problem.code, line: problem.line, value: problem.value, message: ReadProblemText.message(problem))
        }
        if !summary.stoppedEarly { try validator.finish() } else { try validator.finishPrimaryKeys() }
        let report = FileReport(file: displayName, region: name.region, year: name.year, report: name.report,
                                rows: validator.dataRows, findings: validator.findings)
        return CheckedFile(report: report, name: name, schema: schema,
                           activityIDs: report.valid ? validator.activityIDs : [], dialect: summary.dialect)
    }

    private func fileLevelOnly(_ displayName: String, name: SubmissionName?, _ code: IssueCode, _ message: String) -> CheckedFile {
        var list = FindingList(cap: options.findingCap)
        list.append(Finding(code: code, file: displayName, message: message))
        let report = FileReport(file: displayName, region: name?.region, year: name?.year, report: name?.report,
                                rows: 0, findings: list)
        return CheckedFile(report: report, name: name, schema: nil, activityIDs: [])
    }
}

/// Holds the validator the reader's callbacks feed. A captured local `var` would be checked
/// for exclusive access on every record; the accesses here never overlap (one thread, the
/// callbacks run one after another), so the check is skipped.
private final class ValidatorBox {
    @exclusivity(unchecked) var validator: FileValidator
    init(_ validator: FileValidator) { self.validator = validator }
}

/// The Swedish text of a reading problem, from the validation message catalogue.
enum ReadProblemText {
    static func message(_ problem: ReadProblem) -> String {
        switch problem.kind {
        case .emptyFile: return Messages.emptyFile
        case .fileTooLarge(let bytes, let limit): return Messages.fileTooLarge(bytes: bytes, limit: limit)
        case .cellTooLong(let characters, let limit): return Messages.cellTooLong(line: problem.line, characters: characters, limit: limit)
        case .tooManyRows(let limit): return Messages.tooManyRows(limit: limit)
        case .tooManyCells(let limit): return Messages.tooManyCells(line: problem.line, limit: limit)
        case .nulByte: return Messages.nulByte(line: problem.line)
        case .undecodableByte(let byte, _): return Messages.undecodableByte(byte, line: problem.line)
        case .transcodedFromWindows1252: return Messages.encodingCp1252
        case .unclosedQuote: return Messages.unclosedQuote(line: problem.line)
        case .misplacedQuote(let resumed): return resumed ? Messages.misplacedQuoteSkipped(line: problem.line) : Messages.misplacedQuote(line: problem.line)
        }
    }
}
