import Foundation
import GRDB
import FollowUpModel

/// What the store records about one processed file.
public struct SubmissionMeta: Sendable {
    public var region: String
    public var year: Int
    public var report: ReportKind
    public var fileName: String
    public var sha256: String
    public var sizeBytes: Int64
    /// ISO 8601 with offset, Swedish time.
    public var receivedAt: String
    public var receivedUnix: Double
    public var runID: Int64
    /// Path of the archived copy, relative to the data directory.
    public var archivePath: String
    public var late: Bool

    public init(region: String, year: Int, report: ReportKind, fileName: String, sha256: String,
                sizeBytes: Int64, receivedAt: String, receivedUnix: Double, runID: Int64,
                archivePath: String, late: Bool) {
        self.region = region
        self.year = year
        self.report = report
        self.fileName = fileName
        self.sha256 = sha256
        self.sizeBytes = sizeBytes
        self.receivedAt = receivedAt
        self.receivedUnix = receivedUnix
        self.runID = runID
        self.archivePath = archivePath
        self.late = late
    }
}

/// The verdict on a file once all its rows went through the load closure.
public struct LoadVerdict: Sendable {
    public var rows: Int
    public var errors: Int
    public var warnings: Int
    public var findings: [Finding]

    public init(rows: Int, errors: Int, warnings: Int, findings: [Finding]) {
        self.rows = rows
        self.errors = errors
        self.warnings = warnings
        self.findings = findings
    }

    public init(_ report: FileReport) {
        self.init(rows: report.rows, errors: report.errors, warnings: report.warnings,
                  findings: report.findings)
    }
}

public enum SubmissionStatus: String, Sendable, Codable {
    case accepted, rejected, duplicate
}

extension FollowUpStore {
    /// Loads one file in one transaction: the new rows are inserted as the load closure
    /// streams them; if the verdict has errors they are rolled back and the file is
    /// recorded as rejected, otherwise they replace the previous accepted version of the
    /// same (region, year, report), whose submission stays in the history.
    ///
    /// - Parameters:
    ///   - columns: the schema's field names, in the order of `TypedRow.values`.
    ///   - load: streams the file; calls `insert` for every row and returns the verdict. It
    ///     runs on a thread of its own while this one inserts, so it must not use the store
    ///     (read what it needs before; the store's queue is held by the load).
    /// - Returns: the new submission's id and status.
    public func recordSubmission(
        _ meta: SubmissionMeta,
        columns: [String],
        load: (_ insert: (TypedRow) throws -> Void) throws -> LoadVerdict
    ) throws -> (id: Int64, status: SubmissionStatus) {
        guard let table = Migrations.factTable(for: meta.report.rawValue) else {
            throw StoreError.unknownReport(meta.report.rawValue)
        }
        return try withoutForeignKeyEnforcement { db in
            let id = try insertSubmission(db, meta, status: .rejected, verdict: nil)
            // With SQLite's enforcement off, the new submission row's references are checked
            // here (the encoder checks the facts'; findings reference this submission).
            if try Row.fetchOne(db, sql: "SELECT 1 FROM pragma_foreign_key_check('submission') WHERE rowid = ?",
                                arguments: [id]) != nil {
                throw StoreError.submissionReference(region: meta.region, runID: meta.runID)
            }
            var verdict: LoadVerdict?
            try db.inSavepoint {
                // The version in force leaves before the new rows come (a corrected file reuses
                // its keys); a rejected file's rollback brings it back.
                // Only the version in force has facts, so its rows are the (region, year) ones.
                try db.execute(sql: "DELETE FROM \(table) WHERE region_kod = ? AND ar = ?",
                               arguments: [meta.region, meta.year])
                let inserter = try FactInserter(db, table: table, columns: columns, submissionID: id,
                                                region: meta.region, year: meta.year)
                // The file is read and checked on a second thread while this one inserts.
                let encoder = inserter.encoder
                let v = try RowPipeline.run(produce: load, encode: { try encoder.encode($0) },
                                            consume: { try inserter.insert($0) })
                if v.errors == 0 && inserter.skippedRows > 0 {
                    // Validation passed rows that break the table's key: never accept that.
                    throw StoreError.keyViolationInValidFile(file: meta.fileName, rows: inserter.skippedRows)
                }
                verdict = v
                return v.errors == 0 ? .commit : .rollback
            }
            let v = verdict!
            let status: SubmissionStatus = v.errors == 0 ? .accepted : .rejected
            // The status first: the schema lets only an accepted submission be the one in force.
            try db.execute(sql: """
                UPDATE submission SET status = ?, rows = ?, errors = ?, warnings = ? WHERE id = ?
                """, arguments: [status.rawValue, v.rows, v.errors, v.warnings, id])
            if status == .accepted {
                try replaceCurrent(db, with: id, meta: meta, table: table)
            }
            try insertFindings(db, submissionID: id, v.findings)
            if status == .accepted {
                try markExportPending(db, years: [meta.year, meta.year + 1])
            }
            return (id, status)
        }
    }

    /// Runs `body` in one write transaction with SQLite's foreign-key enforcement off for
    /// this connection (the pragma cannot change inside a transaction), then turns it on
    /// again and reads it back: if it is not on, that is an error (after the body's own
    /// error, if any), so no later statement can run unchecked unnoticed. The body must
    /// check the references it writes.
    private func withoutForeignKeyEnforcement<T>(_ body: (Database) throws -> T) throws -> T {
        try dbQueue.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA foreign_keys = OFF")
            let outcome = Result<T, Error> {
                var result: T?
                try db.inTransaction {
                    result = try body(db)
                    return .commit
                }
                return result!
            }
            try? db.execute(sql: "PRAGMA foreign_keys = ON")
            let restored = (try? Bool.fetchOne(db, sql: "PRAGMA foreign_keys")) == true
            let value = try outcome.get()
            guard restored else { throw StoreError.foreignKeysNotRestored }
            return value
        }
    }

    /// Records a file whose bytes were already processed: history only, no facts.
    public func recordDuplicate(_ meta: SubmissionMeta, findings: [Finding]) throws -> Int64 {
        try dbQueue.write { db in
            let warnings = findings.filter { $0.severity == .warning }.count
            let id = try insertSubmission(db, meta, status: .duplicate,
                                          verdict: LoadVerdict(rows: 0, errors: 0, warnings: warnings, findings: findings))
            try insertFindings(db, submissionID: id, findings)
            return id
        }
    }

    private func insertSubmission(_ db: Database, _ m: SubmissionMeta, status: SubmissionStatus,
                                  verdict: LoadVerdict?) throws -> Int64 {
        try db.execute(sql: """
            INSERT INTO submission (region_kod, ar, rapport, file_name, sha256, size_bytes, received_at,
                received_unix, run_id, status, rows, errors, warnings, late, archive_path)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [m.region, m.year, m.report.rawValue, m.fileName, m.sha256, m.sizeBytes,
                             m.receivedAt, m.receivedUnix, m.runID, status.rawValue,
                             verdict?.rows ?? 0, verdict?.errors ?? 0, verdict?.warnings ?? 0,
                             m.late ? 1 : 0, m.archivePath])
        return db.lastInsertedRowID
    }

    private func replaceCurrent(_ db: Database, with id: Int64, meta: SubmissionMeta, table: String) throws {
        let previous = try Int64.fetchAll(db, sql: """
            SELECT id FROM submission WHERE region_kod = ? AND ar = ? AND rapport = ? AND is_current = 1
            """, arguments: [meta.region, meta.year, meta.report.rawValue])
        for old in previous {
            try db.execute(sql: "UPDATE submission SET is_current = 0 WHERE id = ?", arguments: [old])
        }
        try db.execute(sql: "UPDATE submission SET is_current = 1 WHERE id = ?", arguments: [id])
    }

    private func insertFindings(_ db: Database, submissionID: Int64, _ findings: [Finding]) throws {
        let stmt = try db.makeStatement(sql: """
            INSERT INTO finding (submission_id, seq, code, severity, line, column_name, value, message)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for (i, f) in findings.enumerated() {
            try stmt.execute(arguments: [submissionID, i + 1, f.code.rawValue, f.severity.rawValue,
                                         f.line, f.column, f.value, f.message])
        }
    }

    func markExportPending(_ db: Database, years: [Int]) throws {
        for y in years {
            try db.execute(sql: "INSERT OR IGNORE INTO pending_export (ar) VALUES (?)", arguments: [y])
        }
    }
}

extension CellValue {
    var databaseValue: DatabaseValue {
        switch self {
        case .null: return .null
        case .text(let s): return s.databaseValue
        case .integer(let i): return i.databaseValue
        case .number(let d): return d.databaseValue
        case .boolean(let b): return (b ? 1 : 0).databaseValue
        case .date(let s): return s.databaseValue
        case .list(let codes): return codes.isEmpty ? .null : codes.joined(separator: "|").databaseValue
        }
    }
}
