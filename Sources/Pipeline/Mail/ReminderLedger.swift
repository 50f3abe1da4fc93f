import Foundation

/// Which deadline reminders have been handed to `sendmail`, so that a second run the same
/// night (or a late one) never sends one again: `<data_dir>/mail/paminnelser.json`, kept
/// apart from the store (which `rebuild` and `restore` replace). Rewritten atomically after
/// every reminder sent, under the run's lock. A reminder that failed is not recorded and is
/// tried again by the next run while its stage is due.
public struct ReminderLedger: Codable, Sendable {
    public struct Entry: Codable, Sendable, Equatable {
        public var year: Int
        public var region: String
        /// The stage (`mail.reminder_days`) the reminder belonged to.
        public var stage: Int
        public var sentAt: String
        public var reports: [String]
        enum CodingKeys: String, CodingKey {
            case year = "ar", region = "region_kod", stage = "dagar_fore", sentAt = "skickad", reports = "rapporter"
        }
    }

    public var sent: [Entry] = []

    enum CodingKeys: String, CodingKey { case sent = "skickade" }

    public init() {}

    /// The ledger file of a data directory.
    public static func url(dataDir: URL) -> URL {
        dataDir.appendingPathComponent("mail", isDirectory: true).appendingPathComponent("paminnelser.json")
    }

    /// Reads the ledger; a missing file is an empty ledger.
    /// - Throws: when the file exists but cannot be read or understood (then no reminder is
    ///   sent: better none than a second one to every region).
    public static func load(from url: URL) throws -> ReminderLedger {
        guard FileManager.default.fileExists(atPath: url.path) else { return ReminderLedger() }
        return try JSONDecoder().decode(ReminderLedger.self, from: Data(contentsOf: url))
    }

    public func contains(year: Int, region: String, stage: Int) -> Bool {
        sent.contains { $0.year == year && $0.region == region && $0.stage == stage }
    }

    public func save(to url: URL) throws {
        let enc = JSONEncoder()
        enc.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        try FileIO.writeAtomically(try enc.encode(self), to: url)
    }
}
