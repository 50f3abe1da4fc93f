// TEMPORARY STUB — replaced by the validation branch.
import Foundation
import FollowUpModel

public struct ReadLimits: Sendable { public var maxFileBytes: Int64 = 1 << 30; public var maxCellLength = 10_000; public var maxDataRows = 10_000_000; public init() {} }
public struct Field: Sendable { public var name: String }
public struct Schema: Sendable { public var fields: [Field] }
public struct SchemaCatalog: Sendable { public init(directory: URL) throws {}; public static func defaultDirectory() -> URL? { nil } }
public struct CheckOptions: Sendable { public var limits: ReadLimits; public var now: Date; public var findingCap: Int
  public init(limits: ReadLimits = ReadLimits(), now: Date = Date(), findingCap: Int = 1000) { self.limits = limits; self.now = now; self.findingCap = findingCap } }
public struct CrossFileContext {
  public var knownActivities: (_ region: String, _ year: Int) -> Set<String>?
  public var previousIndicatorValue: ((_ region: String, _ year: Int, _ indikatorKod: String, _ kommunKod: String, _ kon: String) -> Double?)?
  public init(knownActivities: @escaping (_ region: String, _ year: Int) -> Set<String>?, previousIndicatorValue: ((_ region: String, _ year: Int, _ indikatorKod: String, _ kommunKod: String, _ kon: String) -> Double?)?) { self.knownActivities = knownActivities; self.previousIndicatorValue = previousIndicatorValue }
}
public struct CheckedFile { public var report: FileReport; public var name: SubmissionName?; public var schema: Schema?; public var activityIDs: Set<String> }
public struct FileChecker {
  public init(catalog: SchemaCatalog, options: CheckOptions) {}
  public func check(fileAt: URL, displayName: String, inboxRegion: String?, receivedAt: Date, context: CrossFileContext, rowSink: ((TypedRow) throws -> Void)?) throws -> CheckedFile { fatalError() }
}
