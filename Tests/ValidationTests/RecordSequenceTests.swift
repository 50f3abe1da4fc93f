import FollowUpModel
import Testing
import Validation

/// Validation takes any sequence of records: no file, no libcsv.
@Suite struct RecordSequences {
    func records(_ lines: [[String]]) -> [RawRecord] {
        lines.enumerated().map { RawRecord(cells: $1, line: $0 + 1) }
    }

    @Test func onlyRowsWithoutErrorsAreTypedInFileOrder() throws {
        let schema = catalog.schema(for: .strategi, year: 2025)!
        let header = schema.fields.map(\.name)
        let good = ["14", "2025", "RUS", "2020", "", "ja", "", "", "", ""]
        var bad = good
        bad[5] = "kanske"
        let (findings, rows) = try FileValidator.validate(
            records: records([header, good, bad, good]), schema: schema, catalog: catalog,
            submission: SubmissionName(region: "14", year: 2025, report: .strategi), file: "x.csv")
        #expect(rows.map(\.line) == [2, 4])
        #expect(rows[0].values == [.text("14"), .integer(2025), .text("RUS"), .integer(2020), .null, .boolean(true), .null, .null, .null, .null])
        #expect(findings.listed.map { F($0.line, $0.column, $0.code) } == [F(3, "oversyn_pagar", .typeError), F(nil, nil, .rowCount)])
    }

    @Test func anEmptySequenceIsAnEmptyFile() throws {
        let schema = catalog.schema(for: .insatser, year: 2025)!
        let (findings, rows) = try FileValidator.validate(records: [], schema: schema, catalog: catalog, submission: nil, file: "x.csv")
        #expect(rows.isEmpty)
        #expect(findings.listed.map(\.code) == [.emptyFile])
    }
}
