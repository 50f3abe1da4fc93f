import Foundation
import FollowUpModel
import Testing
import Validation
@testable import Pipeline

/// Issue 11 item 12 (validate side): an `insatser` file's `insats_id`s are kept only when a
/// later file of the same call needs them, so `validate` of a big `insatser` file does not
/// grow with it; the cross-file check still resolves (`ValidateCall`).
@Suite struct ActivityIDsCollection {
    typealias Valid = ValidateCall.Valid

    @Test func anInsatserFileCheckedAloneKeepsNoIDs() throws {
        let scratch = ValidateCall.Scratch()
        let url = scratch.write("14_2025_insatser.csv", Array(Valid.file(.insatser).utf8))
        let checker = FileChecker(catalog: ValidateCall.catalog, options: CheckOptions(now: ISO8601DateFormatter().date(from: "2025-06-01T12:00:00Z")!))
        let alone = try checker.check(fileAt: url, displayName: url.lastPathComponent, inboxRegion: nil, receivedAt: Date(timeIntervalSince1970: 1_748_736_000),
                                      context: .none, rowSink: nil)
        #expect(alone.isAccepted)
        #expect(alone.activityIDs.isEmpty)
        // The run's load (a row sink) does not keep them either: it asks the store.
        let loaded = try checker.check(fileAt: url, displayName: url.lastPathComponent, inboxRegion: nil, receivedAt: Date(timeIntervalSince1970: 1_748_736_000),
                                       context: .none, rowSink: { _ in })
        #expect(loaded.activityIDs.isEmpty)
        let asked = try checker.check(fileAt: url, displayName: url.lastPathComponent, inboxRegion: nil, receivedAt: Date(timeIntervalSince1970: 1_748_736_000),
                                      context: .none, collectActivityIDs: true, rowSink: nil)
        #expect(asked.activityIDs == ["INS-1"])
    }

    @Test func theValidatorCollectsOnlyWhenAsked() throws {
        let schema = ValidateCall.catalog.schema(for: .insatser, year: 2025)!
        let header = RawRecord(cells: Valid.insatserHeader.split(separator: ",").map(String.init), line: 1)
        let row = RawRecord(cells: Valid.insatserRow.split(separator: ",", omittingEmptySubsequences: false).map(String.init), line: 2)
        for collect in [false, true] {
            var v = FileValidator(schema: schema, catalog: ValidateCall.catalog, submission: SubmissionName(region: "14", year: 2025, report: .insatser),
                                  file: "14_2025_insatser.csv")
            v.producesRows = false
            v.collectsActivityIDs = collect
            _ = v.consume(header)
            _ = v.consume(row)
            try v.finish()
            #expect(v.activityIDs == (collect ? ["INS-1"] : []))
        }
    }
}
