import Foundation
import GRDB
import FollowUpModel

/// The normalised SQLite store (`followup.sqlite`): code lists, runs, submissions with their
/// history and findings, and the facts of the accepted version in force of every report.
///
/// The nightly run opens it for writing (`init(path:)`); whatever only reads opens it
/// read-only (`openReadOnly(at:)`), which changes nothing in the file.
///
/// ```swift
/// let store = try FollowUpStore(path: dataDir.appendingPathComponent("followup.sqlite").path)
/// try store.seed(codeLists)
/// let reader = try FollowUpStore.openReadOnly(at: dataDir.appendingPathComponent("followup.sqlite").path)
/// ```
public final class FollowUpStore: @unchecked Sendable {
    let dbQueue: DatabaseQueue

    private init(queue: DatabaseQueue) {
        dbQueue = queue
    }

    /// Opens (creating if needed) the store at `path` and brings its schema up to date.
    /// - Throws: `StoreError` or a GRDB error when the file cannot be opened or migrated.
    public init(path: String) throws {
        var config = Configuration()
        config.foreignKeysEnabled = true
        config.busyMode = .timeout(10)
        config.prepareDatabase { db in
            // 16 KiB pages (set before a new store's first page is written; an existing
            // store keeps its size): a quarter of the page writes and B-tree levels of the
            // default 4 KiB for the same rows, which a large load feels most.
            try db.execute(sql: "PRAGMA page_size = 16384; PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;")
        }
        dbQueue = try DatabaseQueue(path: path, configuration: config)
        try Migrations.migrator.migrate(dbQueue)
    }

    /// Opens an existing store for reading only: no migration, no seeding, no pragma that
    /// writes; SQLite itself refuses every write on the connection. For `status`, `export`,
    /// `validate --data-dir` and anything else that only reads.
    ///
    /// ```swift
    /// let tables = try FollowUpStore.openReadOnly(at: path).comparisonTables(year: 2021)
    /// ```
    /// - Throws: `StoreError.storeMissing` when there is no file at `path` (a read never
    ///   creates one), `StoreError.storeOutdated` when its schema lacks migrations this
    ///   version has (the next `followup run` brings it up to date), or a GRDB error when it
    ///   cannot be opened.
    public static func openReadOnly(at path: String) throws -> FollowUpStore {
        guard FileManager.default.fileExists(atPath: path) else { throw StoreError.storeMissing(path: path) }
        var config = Configuration()
        config.readonly = true
        config.busyMode = .timeout(10)
        let queue = try DatabaseQueue(path: path, configuration: config)
        guard try queue.read({ db in try Migrations.migrator.hasCompletedMigrations(db) }) else {
            throw StoreError.storeOutdated(path: path)
        }
        return FollowUpStore(queue: queue)
    }

    /// Runs `PRAGMA integrity_check` and `PRAGMA foreign_key_check`; returns the problems
    /// found (empty when the store is sound).
    public func integrityProblems() throws -> [String] {
        try dbQueue.read { db in
            var problems = try String.fetchAll(db, sql: "PRAGMA integrity_check").filter { $0 != "ok" }
            let fk = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check")
            problems += fk.map { "foreign key: \($0)" }
            return problems
        }
    }

    /// A canonical text dump of the stored facts and code lists, without run ids and
    /// timestamps of processing: two stores holding the same data give the same dump.
    public func factsDigest() throws -> String {
        try dbQueue.read { db in
            var out = ""
            let queries = [
                "SELECT region_kod, lan, organisation FROM region ORDER BY 1",
                "SELECT s.region_kod, s.ar, s.rapport, s.file_name, s.sha256, s.status, s.rows, s.errors, s.warnings, s.late, s.is_current, s.received_at FROM submission s ORDER BY s.region_kod, s.ar, s.rapport, s.received_unix, s.sha256, s.status",
                "SELECT i.region_kod, i.ar, i.insats_id, i.line, i.titel, i.strategiskt_omrade, i.prioritering, i.roll, i.hallbarhet, i.territoriell_inriktning, i.samverkan, i.status, i.startdatum, i.slutdatum, i.beskrivning, s.sha256 FROM insats i JOIN submission s ON s.id = i.submission_id ORDER BY 1, 2, 3",
                "SELECT f.region_kod, f.ar, f.beslut_id, f.line, f.insats_id, f.stodform, f.strategiskt_omrade, f.prioritering, f.beviljat_kr, f.eruf_kr, f.jtf_kr, f.region_kr, f.kommun_kr, f.annan_offentlig_kr, f.privat_kr, f.horisontella_kriterier, f.beslutsdatum, s.sha256 FROM finansiering f JOIN submission s ON s.id = f.submission_id ORDER BY 1, 2, 3",
                "SELECT v.region_kod, v.ar, v.indikator_kod, v.kommun_kod, v.kon, v.line, v.varde, v.enhet, v.kalla, s.sha256 FROM indikatorvarde v JOIN submission s ON s.id = v.submission_id ORDER BY 1, 2, 3, 4, 5",
                "SELECT t.region_kod, t.ar, t.line, t.rus_namn, t.antagen_ar, t.giltig_till_ar, t.oversyn_pagar, t.antal_handlingsplaner, t.agenda2030_integrerad, t.antal_analyser, t.antal_utvarderingar, s.sha256 FROM strategi t JOIN submission s ON s.id = t.submission_id ORDER BY 1, 2",
            ]
            for sql in queries {
                out += "# \(sql)\n"
                let rows = try Row.fetchCursor(db, sql: sql)
                while let row = try rows.next() {
                    out += row.databaseValues.map { $0.description }.joined(separator: "\t") + "\n"
                }
            }
            return out
        }
    }
}

extension FollowUpStore {
    /// Moves everything from the WAL into the database file and leaves a single file
    /// (used before the store file is swapped by `rebuild`).
    public func checkpointAndClose() throws {
        try dbQueue.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)")
        }
        try dbQueue.close()
    }
}
