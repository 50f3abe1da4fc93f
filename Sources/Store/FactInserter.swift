import GRDB
import GRDBSQLite
import FollowUpModel

/// Inserts the rows of one file with one prepared statement, binding values straight to
/// SQLite (the hot path of a large load: no per-row argument arrays). Columns that are
/// NOT NULL with a default in the table (e.g. `kommun_kod`, the co-financing amounts) take
/// that default when the row's value is empty.
///
/// A row that breaks the table's primary key is skipped and counted instead of failing the
/// load: validation reports repeated keys when the whole file has been read, and such a
/// file is rejected and rolled back anyway. The caller must treat a skipped row in a file
/// without errors as a bug, never as accepted data.
final class FactInserter {
    private let statement: Statement
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
        let sql = "INSERT INTO \(table) (submission_id, line, \(columns.joined(separator: ", "))) "
            + "VALUES (?, ?, \(placeholders.joined(separator: ", ")))"
        statement = try db.makeStatement(sql: sql)
        self.submissionID = submissionID
        columnCount = columns.count
    }

    func insert(_ row: TypedRow) throws {
        let stmt = statement.sqliteStatement
        sqlite3_reset(stmt)
        sqlite3_bind_int64(stmt, 1, submissionID)
        sqlite3_bind_int64(stmt, 2, Int64(row.line))
        if row.values.count < columnCount {
            for i in row.values.count..<columnCount { sqlite3_bind_null(stmt, Int32(i + 3)) }
        }
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

