import Foundation
import Store

/// What `validate --data-dir` asks the store, read once per region and year.
public final class StoreLookups: @unchecked Sendable {
    private let store: FollowUpStore
    private var activities: [String: Set<String>?] = [:]
    private var indicators: [String: [IndicatorKey: Double]] = [:]

    /// Opens the store of a data directory read-only, or returns nil when there is none
    /// yet (`validate` never creates or changes one).
    public init?(dataDir: String) throws {
        let path = Zones(dataDir: dataDir).store.path
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        do { store = try FollowUpStore.openReadOnly(at: path) } catch {
            throw PipelineError.io(path: path, reason: "\(error)")
        }
    }

    func activityIDs(region: String, year: Int) -> Set<String>? {
        let key = "\(region)/\(year)"
        if let cached = activities[key] { return cached }
        let ids = (try? store.activityIDs(region: region, year: year)) ?? nil
        activities[key] = .some(ids)
        return ids
    }

    /// The accepted value of the year before `year` for the key.
    func previousValue(region: String, year: Int, kod: String, kommun: String, kon: String) -> Double? {
        let key = "\(region)/\(year - 1)"
        if indicators[key] == nil {
            indicators[key] = (try? store.indicatorValues(region: region, year: year - 1)) ?? [:]
        }
        return indicators[key]?[IndicatorKey(indikatorKod: kod, kommunKod: kommun, kon: kon)]
    }
}
