import Foundation
import Testing
import FollowUpModel
@testable import Pipeline

/// Archive names record the run, the file's place in it, the run's clock and the received
/// time in UTC; `ArchiveReplay` reads them back, and old names too (issue 11, item 3).
struct ArchiveNameTests {
    @Test func utcStampsRoundTrip() throws {
        let t = Date(timeIntervalSince1970: 1_761_438_600.123)  // 2025-10-26T00:30:00.123Z
        #expect(UTCStamp.millis(t) == "20251026T003000.123Z")
        #expect(UTCStamp.seconds(t) == "20251026T003000Z")
        #expect(abs(try #require(UTCStamp.parse("20251026T003000.123Z")).timeIntervalSince1970 - 1_761_438_600.123) < 0.0005)
        #expect(UTCStamp.parse("20251026T003000Z")?.timeIntervalSince1970 == 1_761_438_600)
        for bad in ["20251026T003000", "20251326T003000Z", "2025102600300Z0", "20251026T003000.12Z", ""] {
            #expect(UTCStamp.parse(bad) == nil, "\(bad)")
        }
    }

    @Test func replayGroupsByRunInPlaceOrderAfterOldNames() throws {
        let archive = FileManager.default.temporaryDirectory.appendingPathComponent("archive-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: archive) }
        let dir = archive.appendingPathComponent("01/2024")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let names = [
            // Night 2 (its second file first in the directory listing).
            "20250212T013000.000Z-000002_20250212T013000.000Z_20250211T090000Z_bbbbbbbbbbbbbbbb_01_2024_finansiering.csv",
            "20250212T013000.000Z-000001_20250212T013000.000Z_20250211T080000Z_aaaaaaaaaaaaaaaa_01_2024_insatser.csv",
            // Night 1, and a copy of the same inbox file that a run killed later archived again.
            "20250211T013000.000Z-000001_20250211T013000.000Z_20250210T090000Z_cccccccccccccccc_01_2024_finansiering.csv",
            "20250213T013000.000Z-000001_20250213T013000.000Z_20250210T090000Z_cccccccccccccccc_01_2024_finansiering.csv",
            // Old naming.
            "20250101T100000_dddddddddddddddd_01_2024_strategi.csv",
            "not-an-archive-name.csv",
        ]
        for n in names { #expect(FileManager.default.createFile(atPath: dir.appendingPathComponent(n).path, contents: Data())) }
        try FileManager.default.createDirectory(at: archive.appendingPathComponent(".staging"), withIntermediateDirectories: true)

        let replay = ArchiveReplay(archive: archive)
        #expect(replay.legacy.map(\.fileName) == ["01_2024_strategi.csv"])
        #expect(replay.runs.map(\.stamp) == ["20250212T013000.000Z", "20250213T013000.000Z"])
        #expect(replay.runs[0].files.map(\.fileName) == ["01_2024_insatser.csv", "01_2024_finansiering.csv"])
        #expect(replay.runs[1].files.map(\.sha16) == ["cccccccccccccccc"])
        #expect(replay.superseded.map(\.lastPathComponent) == [names[2]])
        #expect(replay.fileCount == 4)
        #expect(replay.latestClock == UTCStamp.parse("20250213T013000.000Z"))
        #expect(Archive.hasFiles(archive))
    }
}
