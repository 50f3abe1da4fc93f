import Foundation
import FollowUpModel
import Store
import Texts

/// `followup status`: the `inlamning` table of each year, as text for a terminal.
public enum StatusReport {
    public static func text(_ env: PipelineEnvironment, year: Int?) throws -> String {
        try StoreCheck.verify(env)
        // No store is no status: said on standard error with exit 4, so a check notices.
        guard FileManager.default.fileExists(atPath: env.zones.store.path) else {
            throw StoreError.storeMissing(path: env.zones.store.path)
        }
        let store = try env.openStoreReadOnly()
        let years = try year.map { [$0] } ?? store.storedYears()
        if years.isEmpty { return StatusText.noAcceptedReports }
        var out = ""
        for y in years {
            let table = try store.submissionTable(year: y)
            out += StatusText.yearHeading(y)
            out += TextTable.render(table, dropping: ["ar", "jamforelsear"])
            out += "\n"
        }
        return out
    }
}
