import GRDB
import FollowUpModel

extension FollowUpStore {
    /// The nine yearly comparison tables of `comparison-tables.md`, in the spec's order:
    /// `omraden`, `prioriteringar`, `regioner`, `stodformer`, `insatser`, `indikatorer`,
    /// `inlamning`, `insatslista`, `tidsserie`. Year `year` is compared with `year - 1`;
    /// only the accepted version in force of each report counts.
    ///
    /// ```swift
    /// for table in try store.comparisonTables(year: 2021) { print(table.name, table.rows.count) }
    /// ```
    /// - Throws: a GRDB error when the store cannot be read.
    public func comparisonTables(year: Int) throws -> [FollowUpModel.Table] {
        try dbQueue.read { db in
            let q = try ComparisonQuery(db: db, year: year)
            return [
                try q.omraden(), try q.prioriteringar(), try q.regioner(), try q.stodformer(),
                try q.insatser(), try q.indikatorer(), try q.inlamning(), try q.insatslista(),
                try q.tidsserie(),
            ]
        }
    }

    /// The nine tables as `comparisonTables`, given to `body` inside one read of the store,
    /// with `insatslista` (one row per activity) streamed: its rows are read from the store
    /// as `body`'s writers ask for them (`Table.source`), so memory does not grow with the
    /// number of activities. The tables must not be used after `body` returns.
    public func withComparisonTables<T>(year: Int, _ body: ([FollowUpModel.Table]) throws -> T) throws -> T {
        try dbQueue.read { db in
            let q = try ComparisonQuery(db: db, year: year)
            return try body([
                try q.omraden(), try q.prioriteringar(), try q.regioner(), try q.stodformer(),
                try q.insatser(), try q.indikatorer(), try q.inlamning(), try q.insatslistaStreamed(),
                try q.tidsserie(),
            ])
        }
    }

    /// Only the `inlamning` table of `year` (who has reported what), for `followup status`.
    public func submissionTable(year: Int) throws -> FollowUpModel.Table {
        try dbQueue.read { db in try ComparisonQuery(db: db, year: year).inlamning() }
    }

    /// Whether `year` has at least one accepted report in force (`followup export` of a
    /// year without one says so instead of writing tables of nothing).
    public func hasAcceptedData(year: Int) throws -> Bool {
        try dbQueue.read { db in try ComparisonQuery.hasAcceptedData(db, year: year) }
    }

    /// The years that have an accepted report in force, ascending.
    public func storedYears() throws -> [Int] {
        try dbQueue.read { db in try ComparisonQuery.storedYears(db) }
    }
}

/// One read of the store for the tables of `year`; each table is one SQL query whose rows
/// are shaped (and shares rounded) here.
struct ComparisonQuery {
    let db: Database
    let year: Int
    var previous: Int { year - 1 }
    /// Whether the comparison year has any accepted report in force. Without one its
    /// columns are empty (not 0, and no change equal to the whole amount): there is no
    /// history to compare with, as in `indikatorer`.
    let previousHasData: Bool

    init(db: Database, year: Int) throws {
        self.db = db
        self.year = year
        self.previousHasData = try Self.hasAcceptedData(db, year: year - 1)
    }

    /// `value` of the comparison year, or `nil` (an empty cell, and empty changes) when
    /// that year has no accepted data.
    func before(_ value: Int64?) -> Int64? { previousHasData ? value : nil }

    /// A count of the comparison year as a cell, empty when that year has no accepted data.
    func beforeCount(_ value: Int64) -> TableValue { previousHasData ? .integer(value) : .empty }

    /// `ar`, `jamforelsear` — the first two cells of every row.
    var yearCells: [TableValue] { [.integer(Int64(year)), .integer(Int64(previous))] }

    /// The instruments in code-list order (`stodform.ordning`, set by the seeding), `ALLA`
    /// last (SQL rows `(stodform, ord)`).
    static let instrumentsSQL = """
        SELECT stodform, ordning AS ord FROM stodform
        UNION ALL SELECT 'ALLA', (SELECT COALESCE(MAX(ordning), 0) + 1 FROM stodform)
        """

    /// The areas in code-list order (`omrade.ordning`, set by the seeding), `ALLA` last (SQL
    /// rows `(omrade, ord)`, `omrade` as text).
    static let areasSQL = """
        SELECT CAST(omrade AS TEXT) AS omrade, ordning AS ord FROM omrade
        UNION ALL SELECT 'ALLA', (SELECT COALESCE(MAX(ordning), 0) + 1 FROM omrade)
        """

    /// `areasSQL` without area 0 ("not linked to a strategic area"), which only funding
    /// can have: an activity always has one of the strategy's areas (the `insats` CHECK).
    static let activityAreasSQL = "SELECT omrade, ord FROM (\(areasSQL)) WHERE omrade <> '0'"

    static func hasAcceptedData(_ db: Database, year: Int) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM submission WHERE is_current = 1 AND ar = ?)",
                          arguments: [year]) ?? false
    }

    static func storedYears(_ db: Database) throws -> [Int] {
        try Int.fetchAll(db, sql: "SELECT DISTINCT ar FROM submission WHERE is_current = 1 ORDER BY ar")
    }
}

extension Row {
    /// An integer column that SQL may leave NULL (no rows behind it) read as 0.
    func int64(_ column: String) -> Int64 { (self[column] as Int64?) ?? 0 }

    /// An amount summed by SQL's `total()` (a double, which never overflows), read back as
    /// whole kronor: 0 when NULL (no rows behind it), exact while its magnitude is below
    /// 2⁵³ (9 007 199 254 740 992 kr: a double holds every integer up to there), `nil`
    /// (shown empty, with the shares and changes that need it) beyond.
    func amount(_ column: String) -> Int64? {
        let value: DatabaseValue = self[column]
        switch value.storage {
        case .null: return 0
        case .int64(let i): return i
        case .double(let d): return abs(d) < 9_007_199_254_740_992 ? Int64(exactly: d) : nil
        case .string, .blob: return nil
        }
    }
    func text(_ column: String) -> TableValue {
        (self[column] as String?).map(TableValue.text) ?? .empty
    }
}
