import GRDB
import FollowUpModel
import Texts

/// Holds every row of a submission to what the store relies on, in Swift, before the row
/// is encoded: the load runs with SQLite's foreign-key enforcement off (a parent lookup per
/// row and key was one of the largest costs of a large load), so this check stands in for
/// it.
///
/// A row passes when
/// - it has one value per column;
/// - its `region_kod` and `ar` are the submission's (the store finds and replaces a
///   version's rows by them; it also makes the `region_kod` reference the submission's
///   own, which the writer checks once);
/// - each other foreign-key column (all but `submission_id`, which the inserter binds) is
///   NULL or one of the parent table's keys, read once when the check is made (code lists
///   are small). Values are compared with their storage class: a validated row's values
///   already have their column's type.
///
/// Every reference in the schema is to one named column; the check refuses to start
/// otherwise. A violation throws `StoreError.rowRefused`: validation lets no such row
/// through, so it is a bug, never data to store.
///
/// ```swift
/// let check = try ReferenceCheck(db, table: "finansiering", columns: columns, region: "14", year: 2021)
/// try check.check(row)   // throws StoreError.rowRefused for stodform "LÅN"
/// ```
struct ReferenceCheck: @unchecked Sendable {
    private let table: String
    private let columnCount: Int
    private let regionColumn: Int, region: CellValue
    private let yearColumn: Int, year: CellValue
    private let foreignKeys: [(column: Int, name: String, parentKeys: Set<DatabaseValue>)]

    /// Reads the table's foreign keys and their parents' keys.
    /// - Throws: `StoreError.unknownColumn` when `columns` lack `region_kod` or `ar`, or a
    ///   reference spans more than one column.
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

    /// Throws unless the row belongs to the submission's region and year and each of its
    /// foreign keys is NULL or names an existing parent row.
    func check(_ row: TypedRow) throws {
        let values = row.values
        guard values.count == columnCount else {
            throw StoreError.rowRefused(table: table, line: row.line, reason: ErrorTexts.refusedValueCount(values.count, expected: columnCount))
        }
        if values[regionColumn] != region || values[yearColumn] != year {
            throw StoreError.rowRefused(table: table, line: row.line, reason: ErrorTexts.refusedOtherSubmission)
        }
        for fk in foreignKeys {
            let value = values[fk.column].databaseValue
            if !value.isNull && !fk.parentKeys.contains(value) {
                throw StoreError.rowRefused(table: table, line: row.line, reason: ErrorTexts.refusedUnknownCode(column: fk.name, value: "\(value)"))
            }
        }
    }
}

extension CellValue {
    /// The value as the store keeps it: booleans as 0/1, a list as its codes joined by `|`
    /// (NULL when empty).
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
