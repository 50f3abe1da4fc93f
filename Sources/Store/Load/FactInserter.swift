import GRDB
import GRDBSQLite
import FollowUpModel

/// Inserts the rows of one file with prepared statements, binding values straight to
/// SQLite (the hot path of a large load: no per-row argument arrays). Columns that are
/// NOT NULL with a default in the table (e.g. `kommun_kod`, the co-financing amounts) take
/// that default when the row's value is empty.
///
/// Rows come already checked and encoded (`RowBatchEncoder`, which the reading thread
/// runs) and go in `chunkRows` at a time through one multi-row `INSERT … VALUES (…), (…)`:
/// one statement execution per chunk instead of per row, and the table's cursor stays on
/// the last page between the rows of a chunk, so rows arriving in key order do not each
/// seek from the root. Text is bound straight from the batch's buffer, without copies.
///
/// A row that breaks the table's primary key is skipped and counted instead of failing the
/// load: validation reports repeated keys when the whole file has been read, and such a
/// file is rejected and rolled back anyway. The caller must treat a skipped row in a file
/// without errors as a bug, never as accepted data.
final class FactInserter {
    private let statement: Statement
    private let chunkStatement: Statement
    static let chunkRows = 64
    private let submissionID: Int64
    private let columnCount: Int
    private(set) var skippedRows = 0

    init(_ db: Database, table: String, columns: [String], submissionID: Int64) throws {
        let info = try Row.fetchAll(db, sql: "PRAGMA table_info(\(table))")
        var defaults: [String: String] = [:]
        var known = Set<String>()
        for row in info {
            let name: String = row["name"]
            known.insert(name)
            if let d: String = row["dflt_value"], (row["notnull"] as Int) == 1 { defaults[name] = d }
        }
        for c in columns where !known.contains(c) {
            throw StoreError.unknownColumn(table: table, column: c)
        }
        let placeholders = columns.map { c in defaults[c].map { "COALESCE(?, \($0))" } ?? "?" }
        let head = "INSERT INTO \(table) (submission_id, line, \(columns.joined(separator: ", "))) VALUES "
        let tuple = "(?, ?, \(placeholders.joined(separator: ", ")))"
        statement = try db.makeStatement(sql: head + tuple)
        chunkStatement = try db.makeStatement(sql: head + Array(repeating: tuple, count: Self.chunkRows).joined(separator: ", "))
        self.submissionID = submissionID
        columnCount = columns.count
    }

    /// Inserts encoded rows in their order.
    func insert(_ rows: EncodedRows) throws {
        var start = 0
        while rows.count - start >= Self.chunkRows {
            try insertChunk(rows, start)
            start += Self.chunkRows
        }
        for r in start..<rows.count { try insertOne(rows, r) }
    }

    /// Binds rows `first..<first + n` of `rows` to `stmt`, parameters from 1, and steps it.
    private func bindAndStep(_ stmt: OpaquePointer, _ rows: EncodedRows, _ first: Int, _ n: Int) -> Int32 {
        sqlite3_reset(stmt)
        let width = columnCount
        return rows.text.withUnsafeBufferPointer { buffer -> Int32 in
            let text = buffer.baseAddress.map { UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self) } ?? emptyCString
            rows.cells.withUnsafeBufferPointer { cells in
                var parameter: Int32 = 1
                for r in first..<(first + n) {
                    sqlite3_bind_int64(stmt, parameter, submissionID)
                    sqlite3_bind_int64(stmt, parameter + 1, rows.lines[r])
                    parameter += 2
                    for cell in cells[(r * width)..<((r + 1) * width)] {
                        switch cell {
                        case .null: sqlite3_bind_null(stmt, parameter)
                        case .integer(let i): sqlite3_bind_int64(stmt, parameter, i)
                        case .real(let d): sqlite3_bind_double(stmt, parameter, d)
                        case .text(let offset, let count):
                            sqlite3_bind_text(stmt, parameter, text + Int(offset), count, nil)
                        }
                        parameter += 1
                    }
                }
            }
            let rc = sqlite3_step(stmt)
            // The text bindings point into this batch: drop them before it goes.
            sqlite3_clear_bindings(stmt)
            return rc
        }
    }

    private func insertChunk(_ rows: EncodedRows, _ first: Int) throws {
        let stmt = chunkStatement.sqliteStatement
        let rc = bindAndStep(stmt, rows, first, Self.chunkRows)
        if ResultCode(rawValue: rc) == .SQLITE_DONE { return }
        let extended = sqlite3_extended_errcode(sqlite3_db_handle(stmt))
        let message = String(cString: sqlite3_errmsg(sqlite3_db_handle(stmt)))
        sqlite3_reset(stmt)
        if ResultCode(rawValue: extended) == .SQLITE_CONSTRAINT_PRIMARYKEY {
            // The statement's rows were all backed out: insert them one by one, skipping
            // and counting the ones whose key is taken.
            for r in first..<(first + Self.chunkRows) { try insertOne(rows, r) }
            return
        }
        throw DatabaseError(resultCode: ResultCode(rawValue: extended), message: message, sql: chunkStatement.sql)
    }

    private func insertOne(_ rows: EncodedRows, _ r: Int) throws {
        let stmt = statement.sqliteStatement
        let rc = bindAndStep(stmt, rows, r, 1)
        if ResultCode(rawValue: rc) == .SQLITE_DONE { return }
        let extended = sqlite3_extended_errcode(sqlite3_db_handle(stmt))
        let message = String(cString: sqlite3_errmsg(sqlite3_db_handle(stmt)))
        sqlite3_reset(stmt)
        if ResultCode(rawValue: extended) == .SQLITE_CONSTRAINT_PRIMARYKEY {
            skippedRows += 1
            return
        }
        throw DatabaseError(resultCode: ResultCode(rawValue: extended), message: message, sql: statement.sql)
    }
}

private let emptyCString: UnsafePointer<CChar> = {
    let p = UnsafeMutablePointer<CChar>.allocate(capacity: 1)
    p.pointee = 0
    return UnsafePointer(p)
}()
