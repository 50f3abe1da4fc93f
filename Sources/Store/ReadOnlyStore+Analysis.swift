import GRDB

/// How often one finding code was recorded, for one year, report and region (the
/// analysts' finding statistics).
public struct FindingCount: Sendable, Equatable {
    public var year: Int
    public var region: String
    public var report: String
    public var code: String
    public var severity: String
    /// Findings with this code (a submission's findings are capped by the validator's limit).
    public var findings: Int
    /// Submissions that had at least one.
    public var submissions: Int
    /// The latest such submission: its file name and SHA-256 find its receipt.
    public var exampleFile: String
    public var exampleSHA256: String
}

/// The analysts' read-only queries: the runs and the findings recorded in the store.
extension ReadOnlyStore {
    /// The stored years that have an accepted report in force, ascending.
    public func storedYears() throws -> [Int] {
        try pool.read { db in try ComparisonQuery.storedYears(db) }
    }

    /// The recorded runs (nightly runs and rebuilds), newest first, at most `limit`.
    public func runs(limit: Int = 200) throws -> [RunInfo] {
        try pool.read { db in
            try RunRecord.order(Column("id").desc).limit(limit).fetchAll(db).compactMap(RunInfo.init(record:))
        }
    }

    /// One recorded run, nil when there is none with this id.
    public func run(id: Int64) throws -> RunInfo? {
        try pool.read { db in try RunRecord.fetchOne(db, key: id).flatMap(RunInfo.init(record:)) }
    }

    /// The files run `runID` rejected, in the order it processed them.
    public func rejectedFiles(ofRun runID: Int64) throws -> [RejectedFile] {
        try pool.read { db in try RejectedFile.fetchAll(db, runID: runID) }
    }

    /// The findings recorded for the submissions of `years`, counted per year, region, report
    /// and code. Duplicates are left out: they repeat the findings of the file they copy.
    public func findingCounts(years: [Int]) throws -> [FindingCount] {
        guard !years.isEmpty else { return [] }
        return try pool.read { db in
            let marks = Array(repeating: "?", count: years.count).joined(separator: ",")
            return try Row.fetchAll(db, sql: """
                SELECT s.ar, s.region_kod, s.rapport, f.code, MIN(f.severity) AS severity,
                       COUNT(*) AS findings, COUNT(DISTINCT s.id) AS submissions,
                       (SELECT s2.id FROM submission s2 JOIN finding f2 ON f2.submission_id = s2.id
                        WHERE s2.ar = s.ar AND s2.region_kod = s.region_kod AND s2.rapport = s.rapport
                          AND f2.code = f.code AND s2.status <> 'duplicate'
                        ORDER BY s2.received_unix DESC, s2.id DESC LIMIT 1) AS example
                FROM finding f JOIN submission s ON s.id = f.submission_id
                WHERE s.status <> 'duplicate' AND s.ar IN (\(marks))
                GROUP BY s.ar, s.region_kod, s.rapport, f.code
                """, arguments: StatementArguments(years)).map { row -> (Row, Int64) in (row, row["example"]) }
                .map { row, example in
                    let ex = try Row.fetchOne(db, sql: "SELECT file_name, sha256 FROM submission WHERE id = ?", arguments: [example])
                    return FindingCount(year: row["ar"], region: row["region_kod"], report: row["rapport"], code: row["code"],
                                        severity: row["severity"], findings: row["findings"], submissions: row["submissions"],
                                        exampleFile: ex?["file_name"] ?? "", exampleSHA256: ex?["sha256"] ?? "")
                }
        }
    }
}
