import CSVReading
import Foundation
import FollowUpModel
import Testing
@testable import Validation

/// Issue 11, items 13 and 14 and reader items a–c, at the module edge.
@Suite struct FindingCapKeepsErrors {
    @Test func thousandBlankRowsAndOneBadRowListTheError() throws {
        // Item 13: 1 000 blank rows fill the listing; the one error still shows.
        let bad = Valid.insatserRow.replacingOccurrences(of: ",4,4.1,", with: ",9,4.1,")
        let text = Valid.insatserHeader + "\n" + String(repeating: "\n", count: 1000) + bad + "\n"
        let checked = try check("14_2025_insatser.csv", text)
        #expect(checked.report.errors == 1)
        #expect(checked.report.warnings == 1000)
        #expect(checked.report.findings.count == 1000)
        #expect(checked.report.findingsTruncated)
        #expect(checked.report.findings.contains { $0.code == .constraintError && $0.line == 1002 })
    }

    @Test func errorsDisplaceTheLatestWarningsNeverEachOther() {
        var list = FindingList(cap: 3)
        for i in 1...4 { list.append(Finding(code: .blankRow, file: "f", line: i, message: "w")) }
        for i in 10...13 { list.append(Finding(code: .typeError, file: "f", line: i, message: "e")) }
        #expect(list.errors == 4 && list.warnings == 4)
        #expect(list.listed.map(\.line) == [10, 11, 12])
        #expect(list.truncated)

        var mixed = FindingList(cap: 3)
        for i in 1...3 { mixed.append(Finding(code: .blankRow, file: "f", line: i, message: "w")) }
        mixed.append(Finding(code: .typeError, file: "f", line: 9, message: "e"))
        // The earliest warnings stay; the error takes the last warning's place; sorted by line.
        #expect(mixed.sorted.map(\.line) == [1, 2, 9])
    }

    @Test func repeatedKeysAfterAFullListingOfWarningsAreListed() throws {
        let rows = [Valid.insatserRow] + Array(repeating: "", count: 5) + [Valid.insatserRow]
        let checked = try check("14_2025_insatser.csv", Array(Valid.file(.insatser, rows: rows).utf8), findingCap: 3)
        #expect(checked.report.errors == 1)
        #expect(checked.report.findings.contains { $0.code == .primaryKey && $0.line == 8 && !$0.message.isEmpty })
    }
}

@Suite struct ControlCharacters {
    @Test func aControlCharacterInATextCellIsAnEncodingError() throws {
        // Item 14: `\u{08}=HYPERLINK(…)` would pass a formula guard that looks at the first character.
        let rows = [Valid.insatserRow.replacingOccurrences(of: "Bredband", with: "\u{08}=HYPERLINK(\"\"http://x\"\")"),
                    Valid.insatserRow.replacingOccurrences(of: "INS-1", with: "INS-2").replacingOccurrences(of: ",Text", with: ",Te\u{7F}xt"),
                    Valid.insatserRow.replacingOccurrences(of: "INS-1", with: "INS-3").replacingOccurrences(of: "Bredband", with: "Bred\u{1B}band"),
                    Valid.insatserRow.replacingOccurrences(of: "INS-1", with: "INS-4").replacingOccurrences(of: "Bredband", with: "Bred\u{85}band"),
                    Valid.insatserRow.replacingOccurrences(of: "INS-1", with: "INS-5").replacingOccurrences(of: "Bredband", with: "Brëd\u{01}band")]
        let checked = try check("14_2025_insatser.csv", Valid.file(.insatser, rows: rows.map { $0.replacingOccurrences(of: ",\u{08}=HYPERLINK(\"\"http://x\"\"),", with: ",\"\u{08}=HYPERLINK(\"\"http://x\"\")\",") }))
        #expect(flat(checked) == [F(2, "titel", .encodingError), F(3, "beskrivning", .encodingError),
                                  F(4, "titel", .encodingError), F(5, "titel", .encodingError), F(6, "titel", .encodingError)])
        #expect(checked.report.findings.first?.message.contains("U+0008") == true)
    }

    @Test func tabAndLineBreaksInsideQuotedCellsAreText() throws {
        let rows = [Valid.insatserRow.replacingOccurrences(of: "Bredband", with: "Bred\tband")
                        .replacingOccurrences(of: ",Text", with: ",\"a\r\nb\nc\"")]
        #expect(flat(try check("14_2025_insatser.csv", Valid.file(.insatser, rows: rows))) == [])
    }

    @Test func theFastRouteAndTheFullCheckAgree() throws {
        let schema = catalog.schema(for: .insatser, year: 2025)!
        let header = Valid.insatserHeader.split(separator: ",").map(String.init)
        let row = Valid.insatserRow.replacingOccurrences(of: "Bredband", with: "Bred\u{08}band").split(separator: ",").map(String.init)
        let records = [RawRecord(cells: header, line: 1), RawRecord(cells: row, line: 2)]
        let submission = SubmissionName(region: "14", year: 2025, report: .insatser)
        for fast in [true, false] {
            var v = FileValidator(schema: schema, catalog: catalog, submission: submission, file: "x.csv", context: .none,
                                  findingCap: 1000, decimalComma: false, engine: .init(fastChecks: fast))
            for r in records { _ = v.consume(r) }
            try v.finish()
            #expect(v.findings.sorted.map { F($0.line, $0.column, $0.code) } == [F(2, "titel", .encodingError)])
        }
    }
}

@Suite struct NumbersAtTheEdges {
    @Test func anIntegerBeyond64BitsIsATypeErrorThatSaysSo() throws {
        let row = Valid.strategiRow.replacingOccurrences(of: "nej,3,", with: "nej,99999999999999999999,")
        let checked = try check("14_2025_strategi.csv", Valid.file(.strategi, rows: [row]))
        #expect(flat(checked) == [F(2, "antal_handlingsplaner", .typeError)])
        #expect(checked.report.findings.first?.message.contains("för stort") == true)
        let grouped = Valid.strategiRow.replacingOccurrences(of: "nej,3,", with: "nej,\"99 999 999 999 999 999 999\",")
        #expect(try check("14_2025_strategi.csv", Valid.file(.strategi, rows: [grouped])).report.findings.first?.message.contains("för stort") == true)
    }

    @Test func decimalsWithoutAnIntegerOrFractionPartAreAccepted() throws {
        var values: [Double] = []
        for (text, delimiter) in [(".5", ","), ("-.5", ","), ("5.", ","), (",5", ";"), ("-,25", ";"), ("1 000,", ";"), (".5E1", ",")] {
            var file = Valid.file(.indikatorer, rows: [Valid.indikatorerRow.replacingOccurrences(of: "3.5", with: delimiter == ";" ? "X" : text)])
            if delimiter == ";" { file = file.replacingOccurrences(of: ",", with: ";").replacingOccurrences(of: "X", with: text) }
            var rows: [TypedRow] = []
            let checked = try check("14_2025_indikatorer.csv", file, sink: { rows.append($0) })
            #expect(flat(checked) == [], "\(text)")
            if case .number(let d)? = rows.first?.values[5] { values.append(d) }
        }
        #expect(values == [0.5, -0.5, 5, 0.5, -0.25, 1000, 5])
    }

    @Test func aLoneDotOrSignIsStillATypeError() throws {
        for text in [".", "-.", "-", ".e5", "5.,5"] {
            let file = Valid.file(.indikatorer, rows: [Valid.indikatorerRow.replacingOccurrences(of: "3.5", with: "\"\(text)\"")])
            #expect(flat(try check("14_2025_indikatorer.csv", file)) == [F(2, "varde", .typeError)], "\(text)")
        }
    }

    @Test func aDecimalPartInAnIntegerColumnIsStillATypeError() throws {
        for text in ["3.", ".3"] {
            let row = Valid.strategiRow.replacingOccurrences(of: "nej,3,", with: "nej,\(text),")
            #expect(flat(try check("14_2025_strategi.csv", Valid.file(.strategi, rows: [row]))) == [F(2, "antal_handlingsplaner", .typeError)])
        }
    }
}

@Suite struct ReaderItemsAtTheEdge {
    @Test func findingsAfterASourceErrorAreReported() throws {
        let rows = [Valid.insatserRow.replacingOccurrences(of: "Bredband", with: "12\" skärm"),
                    Valid.insatserRow.replacingOccurrences(of: "INS-1", with: "INS-2").replacingOccurrences(of: ",4,4.1,", with: ",9,4.1,")]
        let checked = try check("14_2025_insatser.csv", Valid.file(.insatser, rows: rows))
        #expect(flat(checked) == [F(2, nil, .sourceError), F(3, "strategiskt_omrade", .constraintError)])
    }

    @Test func findingsOfACROnlyFilePointAtTheirLines() throws {
        let rows = [Valid.insatserRow, Valid.insatserRow.replacingOccurrences(of: "INS-1", with: "INS-2").replacingOccurrences(of: ",4,4.1,", with: ",9,4.1,")]
        let text = Valid.file(.insatser, rows: rows).replacingOccurrences(of: "\n", with: "\r")
        #expect(flat(try check("14_2025_insatser.csv", text)) == [F(3, "strategiskt_omrade", .constraintError)])
    }
}
