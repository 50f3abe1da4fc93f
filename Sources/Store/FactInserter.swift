import GRDB
import GRDBSQLite
import FollowUpModel

/// Inserts the rows of one file with prepared statements, binding values straight to
/// SQLite (the hot path of a large load: no per-row argument arrays). Columns that are
/// NOT NULL with a default in the table (e.g. `kommun_kod`, the co-financing amounts) take
/// that default when the row's value is empty.
///
/// Rows go in `chunkRows` at a time through one multi-row `INSERT … VALUES (…), (…)`: one
/// statement execution per chunk instead of per row, and the table's cursor stays on the
/// last page between the rows of a chunk, so rows arriving in key order do not each seek
/// from the root. The text of a chunk is copied once into one buffer that stays put while
/// the statement runs, and bound without further copies.
///
/// A row that breaks the table's primary key is skipped and counted instead of failing the
/// load: validation reports repeated keys when the whole file has been read, and such a
/// file is rejected and rolled back anyway. The caller must treat a skipped row in a file
/// without errors as a bug, never as accepted data.
///
/// The load runs with SQLite's foreign-key enforcement off (a parent lookup per row and
/// key was the largest single cost of a large load), so the inserter enforces the table's
/// foreign keys itself, exactly: before a row is inserted, each of its foreign-key columns
/// (all but `submission_id`, which it binds itself) must be NULL or one of the parent
/// table's keys, read once when the inserter is made (code lists and regions are small).
/// It also holds every row to the submission's region and year, which the store relies
/// on to find and replace a version's rows. A violation throws: validation lets no such
/// row through, so it is a bug, never data to store.
final class FactInserter {
    private let statement: Statement
    private let chunkStatement: Statement
    static let chunkRows = 64
    // Reused from chunk to chunk; only this inserter's thread touches them, so the dynamic
    // exclusivity checks on every access are skipped.
    @exclusivity(unchecked) private var arena: [UInt8] = []
    @exclusivity(unchecked) private var spans: [(parameter: Int32, offset: Int, count: Int)] = []
    private let submissionID: Int64
    private let columnCount: Int
    private let table: String
    private let partition: (regionColumn: Int, region: CellValue, yearColumn: Int, year: CellValue)
    private let foreignKeys: [(column: Int, name: String, parentKeys: Set<DatabaseValue>)]
    private(set) var skippedRows = 0

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
        self.table = table
        columnCount = columns.count
        guard let regionColumn = columns.firstIndex(of: "region_kod"), let yearColumn = columns.firstIndex(of: "ar") else {
            throw StoreError.unknownColumn(table: table, column: "region_kod/ar")
        }
        partition = (regionColumn, .text(region), yearColumn, .integer(Int64(year)))
        var keys: [(Int, String, Set<DatabaseValue>)] = []
        for fk in try Row.fetchAll(db, sql: "PRAGMA foreign_key_list(\(table))") {
            let from: String = fk["from"], parent: String = fk["table"]
            guard from != "submission_id", let column = columns.firstIndex(of: from) else { continue }
            let to: String = fk["to"]
            keys.append((column, from, Set(try DatabaseValue.fetchAll(db, sql: "SELECT \(to) FROM \(parent)"))))
        }
        foreignKeys = keys
    }

    /// Throws unless the row belongs to the submission's region and year and each of its
    /// foreign keys is NULL or names an existing parent row.
    private func checkKeys(_ row: TypedRow) throws {
        let values = row.values
        guard values.count == columnCount else {
            throw StoreError.rowRefused(table: table, line: row.line, reason: "\(values.count) värden, tabellen väntar \(columnCount)")
        }
        if values[partition.regionColumn] != partition.region || values[partition.yearColumn] != partition.year {
            throw StoreError.rowRefused(table: table, line: row.line, reason: "raden hör inte till inlämningens region och år")
        }
        for fk in foreignKeys {
            let value = values[fk.column].databaseValue
            if !value.isNull && !fk.parentKeys.contains(value) {
                throw StoreError.rowRefused(table: table, line: row.line, reason: "\(fk.name) = \(value) saknas i kodlistan")
            }
        }
    }

    /// Inserts rows in file order.
    func insert(_ rows: [TypedRow]) throws {
        for row in rows { try checkKeys(row) }
        var start = 0
        while rows.count - start >= Self.chunkRows {
            try insertChunk(rows[start..<(start + Self.chunkRows)])
            start += Self.chunkRows
        }
        for row in rows[start...] { try insertOne(row) }
    }

    private func insertChunk(_ rows: ArraySlice<TypedRow>) throws {
        let stmt = chunkStatement.sqliteStatement
        sqlite3_reset(stmt)
        arena.removeAll(keepingCapacity: true)
        spans.removeAll(keepingCapacity: true)
        let width = Int32(columnCount + 2)
        for (k, row) in rows.enumerated() {
            let base = Int32(k) * width + 1
            sqlite3_bind_int64(stmt, base, submissionID)
            sqlite3_bind_int64(stmt, base + 1, Int64(row.line))
            for (c, value) in row.values.enumerated() {
                let parameter = base + 2 + Int32(c)
                switch value {
                case .null: sqlite3_bind_null(stmt, parameter)
                case .integer(let n): sqlite3_bind_int64(stmt, parameter, n)
                case .number(let d): sqlite3_bind_double(stmt, parameter, d)
                case .boolean(let b): sqlite3_bind_int64(stmt, parameter, b ? 1 : 0)
                case .text(let text), .date(let text): append(text, parameter)
                case .list(let codes):
                    if codes.isEmpty { sqlite3_bind_null(stmt, parameter) } else { append(codes.joined(separator: "|"), parameter) }
                }
            }
        }
        // The buffer is complete and does not move while the statement runs.
        let rc = arena.withUnsafeBufferPointer { buffer -> Int32 in
            let start = buffer.baseAddress.map { UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self) }
            for span in spans {
                _ = sqlite3_bind_text(stmt, span.parameter, start.map { $0 + span.offset } ?? emptyCString,
                                      Int32(span.count), nil)
            }
            return sqlite3_step(stmt)
        }
        if rc == SQLITE_DONE { return }
        let extended = sqlite3_extended_errcode(sqlite3_db_handle(stmt))
        let message = String(cString: sqlite3_errmsg(sqlite3_db_handle(stmt)))
        sqlite3_reset(stmt)
        if extended == sqliteConstraintPrimaryKey {
            // The statement's rows were all backed out: insert them one by one, skipping
            // and counting the ones whose key is taken.
            for row in rows { try insertOne(row) }
            return
        }
        throw DatabaseError(resultCode: ResultCode(rawValue: rc), message: message, sql: chunkStatement.sql)
    }

    private func append(_ text: String, _ parameter: Int32) {
        let offset = arena.count
        arena.append(contentsOf: text.utf8)
        spans.append((parameter, offset, arena.count - offset))
    }

    private func insertOne(_ row: TypedRow) throws {
        let stmt = statement.sqliteStatement
        sqlite3_reset(stmt)
        sqlite3_bind_int64(stmt, 1, submissionID)
        sqlite3_bind_int64(stmt, 2, Int64(row.line))
        // Text is bound without a copy: each string's bytes stay valid inside its
        // withUTF8 closure, and the statement runs in the innermost one.
        let rc = Self.bind(row.values[...].prefix(columnCount), at: 3, stmt) { sqlite3_step(stmt) }
        if rc == SQLITE_DONE { return }
        let extended = sqlite3_extended_errcode(sqlite3_db_handle(stmt))
        if extended == sqliteConstraintPrimaryKey {
            skippedRows += 1
            return
        }
        let message = String(cString: sqlite3_errmsg(sqlite3_db_handle(stmt)))
        sqlite3_reset(stmt)
        throw DatabaseError(resultCode: ResultCode(rawValue: rc), message: message, sql: statement.sql)
    }

    private static func bind(_ values: ArraySlice<CellValue>, at i: Int32, _ stmt: OpaquePointer,
                             then step: () -> Int32) -> Int32 {
        guard let v = values.first else { return step() }
        let rest = values.dropFirst()
        switch v {
        case .null:
            sqlite3_bind_null(stmt, i)
        case .integer(let n):
            sqlite3_bind_int64(stmt, i, n)
        case .number(let d):
            sqlite3_bind_double(stmt, i, d)
        case .boolean(let b):
            sqlite3_bind_int64(stmt, i, b ? 1 : 0)
        case .text(var s), .date(var s):
            return s.withUTF8 { buf in
                buf.withMemoryRebound(to: CChar.self) { chars in
                    _ = sqlite3_bind_text(stmt, i, chars.baseAddress ?? emptyCString, Int32(chars.count), nil)
                    return bind(rest, at: i + 1, stmt, then: step)
                }
            }
        case .list(let codes):
            if codes.isEmpty {
                sqlite3_bind_null(stmt, i)
            } else {
                var joined = codes.joined(separator: "|")
                return joined.withUTF8 { buf in
                    buf.withMemoryRebound(to: CChar.self) { chars in
                        _ = sqlite3_bind_text(stmt, i, chars.baseAddress ?? emptyCString, Int32(chars.count), nil)
                        return bind(rest, at: i + 1, stmt, then: step)
                    }
                }
            }
        }
        return bind(rest, at: i + 1, stmt, then: step)
    }
}

/// `SQLITE_CONSTRAINT_PRIMARYKEY`, a C macro Swift does not import.
private let sqliteConstraintPrimaryKey: Int32 = 19 | (6 << 8)

private let emptyCString: UnsafePointer<CChar> = {
    let p = UnsafeMutablePointer<CChar>.allocate(capacity: 1)
    p.pointee = 0
    return UnsafePointer(p)
}()

