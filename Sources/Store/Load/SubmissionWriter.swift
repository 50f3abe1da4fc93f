import Foundation
import GRDB
import FollowUpModel

/// Writes the rows of one submission inside the store's write transaction. Made by
/// `FollowUpStore.writeSubmission(_:columns:_:)`, valid only inside its closure.
///
/// The writer starts no thread. A caller that wants the file read on one thread and the
/// rows inserted on another encodes batches with `encoder` on the reading thread (it
/// touches no database) and calls `append` on the thread that runs the closure.
public final class SubmissionWriter {
    /// Checks rows against the store (`ReferenceCheck`) and encodes them for `append`;
    /// safe to use on another thread.
    public let encoder: RowBatchEncoder
    private let inserter: FactInserter
    private var isOpen = true

    init(encoder: RowBatchEncoder, inserter: FactInserter) {
        self.encoder = encoder
        self.inserter = inserter
    }

    /// Inserts a batch made by `encoder`, in order.
    /// - Throws: `StoreError.writerClosed` outside the closure; a GRDB error when SQLite
    ///   refuses a row (other than a repeated key, which is counted: see `FactInserter`).
    public func append(_ rows: EncodedRows) throws {
        guard isOpen else { throw StoreError.writerClosed }
        try inserter.insert(rows)
    }

    /// Checks, encodes and inserts rows on the calling thread.
    public func append(_ rows: [TypedRow]) throws {
        try append(encoder.encode(rows))
    }

    var skippedRows: Int { inserter.skippedRows }
    func close() { isOpen = false }
}

extension FollowUpStore {
    /// Records one file in one transaction. The submission is begun before `load` runs;
    /// `load` appends the file's rows through the writer and returns the verdict. With no
    /// errors the new rows replace the accepted version in force of the same (region,
    /// year, report), whose submission stays in the history; with errors they are rolled
    /// back and the file is recorded as rejected with its findings. If `load` throws,
    /// nothing is recorded.
    ///
    /// ```swift
    /// let recorded = try store.writeSubmission(meta, columns: schema.fields.map(\.name)) { writer in
    ///     for batch in batches { try writer.append(batch) }
    ///     return LoadVerdict(report)
    /// }
    /// ```
    /// - Parameters:
    ///   - columns: the schema's field names, in the order of `TypedRow.values`.
    ///   - load: runs on the calling thread while the store's write queue is held: nothing
    ///     it calls may use this store (read what the load needs before).
    /// - Throws: `StoreError` for a row or file the store must not hold (a bug upstream:
    ///   validation lets none through), a GRDB error, or what `load` throws.
    public func writeSubmission(
        _ meta: SubmissionMeta,
        columns: [String],
        _ load: (SubmissionWriter) throws -> LoadVerdict
    ) throws -> RecordedSubmission {
        let table = meta.report.factTable
        return try withoutForeignKeyEnforcement { db in
            let id = try insertSubmission(db, meta, status: .rejected, verdict: nil)
            // With SQLite's enforcement off, the new submission row's references are checked
            // here (`ReferenceCheck` checks the facts'; findings reference this submission).
            if try Row.fetchOne(db, sql: "SELECT 1 FROM pragma_foreign_key_check('submission') WHERE rowid = ?",
                                arguments: [id]) != nil {
                throw StoreError.submissionReference(region: meta.region, runID: meta.runID)
            }
            // Set by the savepoint's body unless it throws.
            var verdict = LoadVerdict(rows: 0, errors: 0, warnings: 0, findings: [])
            try db.inSavepoint {
                // The version in force leaves before the new rows come (a corrected file reuses
                // its keys); a rejected file's rollback brings it back.
                // Only the version in force has facts, so its rows are the (region, year) ones.
                try db.execute(sql: "DELETE FROM \(table) WHERE region_kod = ? AND ar = ?",
                               arguments: [meta.region, meta.year])
                let check = try ReferenceCheck(db, table: table, columns: columns, region: meta.region, year: meta.year)
                let writer = SubmissionWriter(
                    encoder: RowBatchEncoder(check: check, columnCount: columns.count),
                    inserter: try FactInserter(db, table: table, columns: columns, submissionID: id))
                defer { writer.close() }
                let v = try load(writer)
                if v.errors == 0 && writer.skippedRows > 0 {
                    // Validation passed rows that break the table's key: never accept that.
                    throw StoreError.keyViolationInValidFile(file: meta.fileName, rows: writer.skippedRows)
                }
                verdict = v
                return v.errors == 0 ? .commit : .rollback
            }
            let v = verdict
            let status: SubmissionStatus = v.errors == 0 ? .accepted : .rejected
            // The status first: the schema lets only an accepted submission be the one in force.
            try db.execute(sql: """
                UPDATE submission SET status = ?, rows = ?, errors = ?, warnings = ? WHERE id = ?
                """, arguments: [status, v.rows, v.errors, v.warnings, id])
            if status == .accepted {
                try replaceCurrent(db, with: id, meta: meta)
            }
            try insertFindings(db, submissionID: id, v.findings)
            if status == .accepted {
                try markExportPending(db, years: [meta.year, meta.year + 1])
            }
            return RecordedSubmission(id: id, status: status)
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
                             m.receivedAt, m.receivedUnix, m.runID, status,
                             verdict?.rows ?? 0, verdict?.errors ?? 0, verdict?.warnings ?? 0,
                             m.late ? 1 : 0, m.archivePath])
        return db.lastInsertedRowID
    }

    private func replaceCurrent(_ db: Database, with id: Int64, meta: SubmissionMeta) throws {
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
}
