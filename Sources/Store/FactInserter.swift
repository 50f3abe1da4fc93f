import GRDB
import GRDBSQLite
import FollowUpModel

/// Inserts the rows of one file with prepared statements, binding values straight to
/// SQLite (the hot path of a large load: no per-row argument arrays). Columns that are
/// NOT NULL with a default in the table (e.g. `kommun_kod`, the co-financing amounts) take
/// that default when the row's value is empty.
///
/// Rows come already encoded (`RowEncoder`, which the reading thread runs) and go in
/// `chunkRows` at a time through one multi-row `INSERT … VALUES (…), (…)`: one statement
/// execution per chunk instead of per row, and the table's cursor stays on the last page
/// between the rows of a chunk, so rows arriving in key order do not each seek from the
/// root. Text is bound straight from the batch's buffer, without copies.
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
    /// Checks and encodes rows for this inserter; safe to use from another thread.
    let encoder: RowEncoder

    init(_ db: Database, table: String, columns: [String], submissionID: Int64,
         region: String, year: Int) throws {
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
        encoder = try RowEncoder(db, table: table, columns: columns, region: region, year: year)
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
        if rc == SQLITE_DONE { return }
        let extended = sqlite3_extended_errcode(sqlite3_db_handle(stmt))
        let message = String(cString: sqlite3_errmsg(sqlite3_db_handle(stmt)))
        sqlite3_reset(stmt)
        if extended == sqliteConstraintPrimaryKey {
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
        if rc == SQLITE_DONE { return }
        let extended = sqlite3_extended_errcode(sqlite3_db_handle(stmt))
        let message = String(cString: sqlite3_errmsg(sqlite3_db_handle(stmt)))
        sqlite3_reset(stmt)
        if extended == sqliteConstraintPrimaryKey {
            skippedRows += 1
            return
        }
        throw DatabaseError(resultCode: ResultCode(rawValue: extended), message: message, sql: statement.sql)
    }
}

/// A batch of rows ready to bind: one cell per column per row, text in one buffer.
struct EncodedRows: Sendable {
    enum Cell: Sendable {
        case null
        case integer(Int64)
        case real(Double)
        case text(offset: Int32, count: Int32)
    }

    var lines: [Int64] = []
    var cells: [Cell] = []
    var text: [UInt8] = []
    var count: Int { lines.count }
}

/// Checks rows against what the store holds them to and encodes them for `FactInserter`.
///
/// The load runs with SQLite's foreign-key enforcement off (a parent lookup per row and
/// key was one of the largest costs of a large load), so the encoder enforces the table's
/// foreign keys itself: each foreign-key column of a row (all but `submission_id`, which
/// the inserter binds itself) must be NULL or one of the parent table's keys, read once
/// when the encoder is made (code lists are small). Values are compared with their storage
/// class (a validated row's values already have their column's type), and every reference
/// in the schema is to one named column (the encoder refuses to start otherwise). It also holds every row to the
/// submission's region and year, which the store relies on to find and replace a
/// version's rows; that makes the `region_kod` reference the submission's own, which is
/// checked once. A violation throws: validation lets no such row through, so it is a bug,
/// never data to store.
struct RowEncoder: @unchecked Sendable {
    private let table: String
    private let columnCount: Int
    private let regionColumn: Int, region: CellValue
    private let yearColumn: Int, year: CellValue
    private let foreignKeys: [(column: Int, name: String, parentKeys: Set<DatabaseValue>)]

    init(_ db: Database, table: String, columns: [String], region: String, year: Int) throws {
        self.table = table
        columnCount = columns.count
        guard let regionColumn = columns.firstIndex(of: "region_kod"), let yearColumn = columns.firstIndex(of: "ar") else {
            throw StoreError.unknownColumn(table: table, column: "region_kod/ar")
        }
        self.regionColumn = regionColumn
        self.yearColumn = yearColumn
        self.region = .text(region)
        self.year = .integer(Int64(year))
        var keys: [(Int, String, Set<DatabaseValue>)] = []
        for fk in try Row.fetchAll(db, sql: "PRAGMA foreign_key_list(\(table))") {
            let from: String = fk["from"], parent: String = fk["table"]
            guard let to: String = fk["to"], (fk["seq"] as Int) == 0 else {
                throw StoreError.unknownColumn(table: table, column: "\(from) → \(parent)")
            }
            // submission_id is bound by the inserter; region_kod must equal the submission's.
            guard from != "submission_id", from != "region_kod", let column = columns.firstIndex(of: from) else { continue }
            keys.append((column, from, Set(try DatabaseValue.fetchAll(db, sql: "SELECT \(to) FROM \(parent)"))))
        }
        foreignKeys = keys
    }

    func encode(_ rows: [TypedRow]) throws -> EncodedRows {
        var out = EncodedRows()
        out.lines.reserveCapacity(rows.count)
        out.cells.reserveCapacity(rows.count * columnCount)
        for row in rows {
            try check(row)
            out.lines.append(Int64(row.line))
            for value in row.values {
                switch value {
                case .null: out.cells.append(.null)
                case .integer(let n): out.cells.append(.integer(n))
                case .number(let d): out.cells.append(.real(d))
                case .boolean(let b): out.cells.append(.integer(b ? 1 : 0))
                case .text(let s), .date(let s): out.cells.append(Self.append(s, to: &out.text))
                case .list(let codes):
                    out.cells.append(codes.isEmpty ? .null : Self.append(codes.joined(separator: "|"), to: &out.text))
                }
            }
        }
        return out
    }

    private static func append(_ s: String, to text: inout [UInt8]) -> EncodedRows.Cell {
        let offset = text.count
        text.append(contentsOf: s.utf8)
        return .text(offset: Int32(offset), count: Int32(text.count - offset))
    }

    /// Throws unless the row belongs to the submission's region and year and each of its
    /// foreign keys is NULL or names an existing parent row.
    private func check(_ row: TypedRow) throws {
        let values = row.values
        guard values.count == columnCount else {
            throw StoreError.rowRefused(table: table, line: row.line, reason: "\(values.count) värden, tabellen väntar \(columnCount)")
        }
        if values[regionColumn] != region || values[yearColumn] != year {
            throw StoreError.rowRefused(table: table, line: row.line, reason: "raden hör inte till inlämningens region och år")
        }
        for fk in foreignKeys {
            let value = values[fk.column].databaseValue
            if !value.isNull && !fk.parentKeys.contains(value) {
                throw StoreError.rowRefused(table: table, line: row.line, reason: "\(fk.name) = \(value) saknas i kodlistan")
            }
        }
    }
}

/// `SQLITE_CONSTRAINT_PRIMARYKEY`, a C macro Swift does not import.
private let sqliteConstraintPrimaryKey: Int32 = 19 | (6 << 8)

private let emptyCString: UnsafePointer<CChar> = {
    let p = UnsafeMutablePointer<CChar>.allocate(capacity: 1)
    p.pointee = 0
    return UnsafePointer(p)
}()
