import Foundation
import FollowUpModel
#if canImport(Glibc)
import Glibc
#endif

/// Times in archive names: UTC, fixed width, so that the text sorts as the time does and
/// no change of Swedish summer time can make two names ambiguous.
enum UTCStamp {
    static let utc = TimeZone(identifier: "UTC") ?? TimeZone(secondsFromGMT: 0)!

    private static func formatter(_ format: String) -> DateFormatter {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = utc
        f.dateFormat = format
        return f
    }

    /// `20251026T001000Z`: whole seconds (received times are whole seconds).
    static func seconds(_ date: Date) -> String { formatter("yyyyMMdd'T'HHmmss'Z'").string(from: date) }
    /// `20251026T001000.123Z`: milliseconds (a run's start and clock).
    static func millis(_ date: Date) -> String { formatter("yyyyMMdd'T'HHmmss.SSS'Z'").string(from: date) }

    /// Parses what `seconds` or `millis` wrote; nil for anything else. (By hand: it runs
    /// for every archived file on `rebuild`.)
    static func parse(_ text: some StringProtocol) -> Date? {
        let u = Array(text.utf8)
        guard u.count == 16 || u.count == 20, u[8] == UInt8(ascii: "T"), u.last == UInt8(ascii: "Z") else { return nil }
        func number(_ from: Int, _ count: Int) -> Int? {
            var n = 0
            for c in u[from..<(from + count)] {
                guard c >= 48, c <= 57 else { return nil }
                n = n * 10 + Int(c - 48)
            }
            return n
        }
        guard let year = number(0, 4), let month = number(4, 2), let day = number(6, 2),
              let hour = number(9, 2), let minute = number(11, 2), let second = number(13, 2),
              (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60, second < 61 else { return nil }
        var millis = 0
        if u.count == 20 {
            guard u[15] == UInt8(ascii: "."), let ms = number(16, 3) else { return nil }
            millis = ms
        }
        var t = tm()
        t.tm_year = Int32(year - 1900)
        t.tm_mon = Int32(month - 1)
        t.tm_mday = Int32(day)
        t.tm_hour = Int32(hour)
        t.tm_min = Int32(minute)
        t.tm_sec = Int32(second)
        let seconds = timegm(&t)
        guard seconds != -1 else { return nil }
        return Date(timeIntervalSince1970: Double(seconds) + Double(millis) / 1000)
    }
}

/// The run that archives files, as archive names record it: its identity (the wall-clock
/// time it archived its first file, UTC, milliseconds — runs hold the lock, so they do
/// not overlap and their starts order them), the place of each file in the run (`seq`,
/// the order the run processed them), and the run's clock (`--now`, which decides the
/// current year). A name is
/// `<run start>-<seq>_<clock>_<received>_<sha256[0:16]>_<file name>`, e.g.
/// `20260201T013000.123Z-000002_20260201T013000.120Z_20260131T161502Z_9f86d081884c7d65_01_2025_insatser.csv`.
final class ArchiveRun {
    let clock: Date
    private(set) var started: Date?
    private(set) var seq = 0

    init(clock: Date) {
        self.clock = clock
    }

    /// The final archive name of the run's next file (each call is the next place).
    func finalURL(in archive: URL, name: SubmissionName, fileName: String, receivedAt: Date, sha256: String) -> URL {
        let start = started ?? Date()
        started = start
        seq += 1
        let run = "\(UTCStamp.millis(start))-\(String(format: "%06d", seq))"
        return archive.appendingPathComponent(name.region, isDirectory: true)
            .appendingPathComponent(String(name.year), isDirectory: true)
            .appendingPathComponent("\(run)_\(UTCStamp.millis(clock))_\(UTCStamp.seconds(receivedAt))_\(sha256.prefix(16))_\(fileName)")
    }
}

/// One archived file, as its name and place tell.
struct ArchivedFile: Sendable {
    var url: URL
    /// The region folder it lies in.
    var region: String
    var fileName: String
    var receivedAt: Date
    var sha16: String
    /// The run's start stamp (nil: a name of the old form, without the run).
    var run: String?
    var seq: Int
}

/// One archived run: its files in the order it processed them, and its clock.
struct ArchivedRun: Sendable {
    var stamp: String
    var started: Date
    var clock: Date
    var files: [ArchivedFile]
}

/// What `rebuild` replays, in order: files archived under the old naming
/// (`<Swedish local time>_<sha256[0:16]>_<file name>`, which recorded no run) first, as
/// one batch in the order a run would take them, then every run in the order it ran.
struct ArchiveReplay: Sendable {
    var legacy: [ArchivedFile] = []
    var runs: [ArchivedRun] = []
    /// Copies left by a run killed after archiving a file but before committing its
    /// outcome: the next run processed the same inbox file again (same name, bytes and
    /// received time) and archived it anew, so only the latest copy counts.
    var superseded: [URL] = []

    /// The clock `rebuild` must not be earlier than: the latest run's clock, or the latest
    /// received time of an old-style file.
    var latestClock: Date? {
        (runs.map(\.clock) + legacy.map(\.receivedAt)).max()
    }

    var fileCount: Int { legacy.count + runs.reduce(0) { $0 + $1.files.count } }

    init(archive: URL) {
        let fm = FileManager.default
        func names(_ dir: URL) -> [String] {
            ((try? fm.contentsOfDirectory(atPath: dir.path)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
        }
        let local = DateFormatter()
        local.locale = Locale(identifier: "en_US_POSIX")
        local.timeZone = SwedishTime.zone
        local.dateFormat = "yyyyMMdd'T'HHmmss"
        var current: [String: ArchivedFile] = [:]
        var clocks: [String: Date] = [:]
        for region in names(archive) {
            let rdir = archive.appendingPathComponent(region, isDirectory: true)
            for year in names(rdir) {
                let ydir = rdir.appendingPathComponent(year, isDirectory: true)
                for f in names(ydir) {
                    let url = ydir.appendingPathComponent(f)
                    let parts = f.split(separator: "_", maxSplits: 4)
                    if parts.count == 5, let dash = parts[0].lastIndex(of: "-"),
                       UTCStamp.parse(parts[0][..<dash]) != nil, let seq = Int(parts[0][parts[0].index(after: dash)...]),
                       let clock = UTCStamp.parse(parts[1]), let received = UTCStamp.parse(parts[2]) {
                        let run = String(parts[0][..<dash])
                        let file = ArchivedFile(url: url, region: region, fileName: String(parts[4]), receivedAt: received,
                                                sha16: String(parts[3]), run: run, seq: seq)
                        clocks[run] = clock
                        // The same inbox file (region, name, bytes, received time) archived by
                        // several runs: the latest run's copy is the one whose outcome counts.
                        let key = "\(region)/\(year)/\(parts[2])_\(parts[3])_\(parts[4])"
                        if let other = current[key] {
                            let newer = (other.run ?? "", other.seq) < (run, seq)
                            superseded.append(newer ? other.url : url)
                            if newer { current[key] = file }
                        } else {
                            current[key] = file
                        }
                        continue
                    }
                    let old = f.split(separator: "_", maxSplits: 2)
                    guard old.count == 3, let stated = local.date(from: String(old[0])) else { continue }
                    // The old names carry Swedish local time without offset, ambiguous in the
                    // hour the clocks go back; the archived copy's modification time is the
                    // received time itself (set when it was archived), so it decides when it
                    // agrees with the name.
                    var received = stated
                    if let mtime = (try? fm.attributesOfItem(atPath: url.path))?[.modificationDate] as? Date {
                        let whole = Date(timeIntervalSince1970: mtime.timeIntervalSince1970.rounded(.down))
                        if SwedishTime.stamp(whole) == String(old[0]) { received = whole }
                    }
                    legacy.append(ArchivedFile(url: url, region: region, fileName: String(old[2]), receivedAt: received,
                                               sha16: String(old[1]), run: nil, seq: 0))
                }
            }
        }
        legacy.sort { a, b in
            let ra = SubmissionName(fileName: a.fileName)?.report.processingRank ?? 9
            let rb = SubmissionName(fileName: b.fileName)?.report.processingRank ?? 9
            if ra != rb { return ra < rb }
            return a.receivedAt != b.receivedAt ? a.receivedAt < b.receivedAt : a.url.path < b.url.path
        }
        var byRun: [String: [ArchivedFile]] = [:]
        for file in current.values { byRun[file.run ?? "", default: []].append(file) }
        runs = byRun.compactMap { stamp, files in
            guard let started = UTCStamp.parse(stamp), let clock = clocks[stamp] else { return nil }
            return ArchivedRun(stamp: stamp, started: started, clock: clock,
                               files: files.sorted { $0.seq != $1.seq ? $0.seq < $1.seq : $0.url.path < $1.url.path })
        }
        runs.sort { $0.started != $1.started ? $0.started < $1.started : $0.stamp < $1.stamp }
    }
}

extension Archive {
    /// True when the archive holds at least one processed file (hidden working folders
    /// such as `.staging` do not count). Stops at the first one.
    static func hasFiles(_ archive: URL) -> Bool {
        let fm = FileManager.default
        func names(_ dir: URL) -> [String] {
            ((try? fm.contentsOfDirectory(atPath: dir.path)) ?? []).filter { !$0.hasPrefix(".") }
        }
        for region in names(archive) {
            let rdir = archive.appendingPathComponent(region, isDirectory: true)
            for year in names(rdir) where !names(rdir.appendingPathComponent(year, isDirectory: true)).isEmpty {
                return true
            }
        }
        return false
    }
}

extension Archive {
    /// Moves aside, to `archive/.uncommitted/<region>/<Y>/`, the copies archived by a run
    /// that was killed before it committed their outcome: files named by a run that started
    /// at or after `since` whose path no submission records. No run's outcome came from
    /// them (the inbox file, still there, is processed again and archived anew), so
    /// `rebuild` must not replay them. Returns the files moved. Call holding the lock.
    static func setAsideUncommitted(in zones: Zones, since: Date, committed: Set<String>) throws -> [URL] {
        let fm = FileManager.default
        let archive = zones.archive
        func names(_ dir: URL) -> [String] {
            ((try? fm.contentsOfDirectory(atPath: dir.path)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
        }
        let floor = Date(timeIntervalSince1970: since.timeIntervalSince1970.rounded(.down))
        var moved: [URL] = []
        for region in names(archive) {
            for year in names(archive.appendingPathComponent(region, isDirectory: true)) {
                let ydir = archive.appendingPathComponent(region, isDirectory: true).appendingPathComponent(year, isDirectory: true)
                for f in names(ydir) {
                    guard let dash = f.firstIndex(of: "-"), let underscore = f.firstIndex(of: "_"), dash < underscore,
                          let started = UTCStamp.parse(f[..<dash]), started >= floor else { continue }
                    let url = ydir.appendingPathComponent(f)
                    guard !committed.contains(zones.relative(url)) else { continue }
                    let dst = archive.appendingPathComponent(".uncommitted", isDirectory: true)
                        .appendingPathComponent(region, isDirectory: true).appendingPathComponent(year, isDirectory: true)
                    do { try fm.createDirectory(at: dst, withIntermediateDirectories: true) } catch {
                        throw PipelineError.io(path: dst.path, reason: error.localizedDescription)
                    }
                    if rename(url.path, dst.appendingPathComponent(f).path) != 0 {
                        throw PipelineError.io(path: url.path, reason: String(cString: strerror(errno)))
                    }
                    moved.append(dst.appendingPathComponent(f))
                }
            }
        }
        return moved
    }
}
