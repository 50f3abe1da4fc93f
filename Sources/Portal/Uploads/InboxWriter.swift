import FollowUpModel
import Foundation
import Pipeline

/// Places accepted uploads into `inbox/<region>/` the way the nightly run expects a file
/// to arrive: written under a hidden temporary name (`.<name>.<uuid>.part`, which the claim
/// stage never takes), flushed, given the upload time as its modification time, and then
/// linked to its real name with `link(2)`, which fails when that name exists. So a second
/// upload of the same name never replaces the bytes of an earlier one that the nightly run
/// has not claimed yet: it is refused ("väntar redan") and the region sends it again after
/// the run.
enum InboxWriter {
    enum Outcome: Sendable, Equatable {
        case placed
        case alreadyWaiting
    }

    static func place(_ source: URL, region: String, fileName: String, receivedAt: Date, zones: Zones) throws -> Outcome {
        let fm = FileManager.default
        let dir = zones.inbox.appendingPathComponent(region, isDirectory: true)
        let final = dir.appendingPathComponent(fileName)
        let temp = dir.appendingPathComponent(".\(fileName).\(UUID().uuidString).part")
        do {
            try fm.createDirectory(at: dir, withIntermediateDirectories: true)
            try fm.copyItem(at: source, to: temp)
            let handle = try FileHandle(forUpdating: temp)
            try handle.synchronize()
            try handle.close()
            try fm.setAttributes([.modificationDate: receivedAt], ofItemAtPath: temp.path)
        } catch {
            try? fm.removeItem(at: temp)
            throw PipelineError.io(path: zones.relative(final), reason: "\(error)")
        }
        defer { try? fm.removeItem(at: temp) }
        if link(temp.path, final.path) == 0 { return .placed }
        let code = errno
        if code == EEXIST { return .alreadyWaiting }
        throw PipelineError.io(path: zones.relative(final), reason: String(cString: strerror(code)))
    }

    struct Waiting: Sendable {
        var fileName: String
        var name: SubmissionName
        var receivedAt: Date
    }

    /// The files of a region that wait in the inbox for the nightly run.
    static func waiting(zones: Zones, region: String) -> [Waiting] {
        let dir = zones.inbox.appendingPathComponent(region, isDirectory: true)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        return names.compactMap { name in
            guard !name.hasPrefix("."), let parsed = SubmissionName(fileName: name), parsed.region == region,
                  let attrs = try? FileManager.default.attributesOfItem(atPath: dir.appendingPathComponent(name).path),
                  attrs[.type] as? FileAttributeType == .typeRegular else { return nil }
            return Waiting(fileName: name, name: parsed, receivedAt: attrs[.modificationDate] as? Date ?? Date())
        }.sorted { $0.fileName < $1.fileName }
    }
}
