import Foundation
import FollowUpModel
import Store
import Texts

/// `followup status`: the `inlamning` table of each year, as text for a terminal.
public enum StatusReport {
    public static func text(_ env: PipelineEnvironment, year: Int?) throws -> String {
        try StoreCheck.verify(env)
        guard FileManager.default.fileExists(atPath: env.zones.store.path) else {
            return StatusText.noStore(path: env.zones.store.path)
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
