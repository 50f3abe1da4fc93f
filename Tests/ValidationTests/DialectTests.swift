import CSVReading
import Foundation
import FollowUpModel
import Testing
import Validation

/// Valid files in every accepted dialect give the same typed rows.
@Suite struct Dialects {
    static let expected: [CellValue] = [
        .text("14"), .integer(2025), .text("B-1"), .null, .text("PROJ"), .integer(1), .text("1.1"),
        .integer(1_250_000), .integer(0), .integer(0), .integer(5000), .integer(0), .integer(0), .integer(0),
        .list(["JAMST", "MILJO"]), .date("2025-03-01"),
    ]

    func rows(_ bytes: [UInt8]) throws -> (CheckedFile, [TypedRow]) {
        var rows: [TypedRow] = []
        let checked = try check("14_2025_finansiering.csv", bytes) { rows.append($0) }
        return (checked, rows)
    }

    @Test func plainUTF8Comma() throws {
        let text = Valid.finansieringHeader + "\n14,2025,B-1,,PROJ,1,1.1,1250000,,,5000,,,,JAMST|MILJO,2025-03-01\n"
        let (checked, rows) = try rows(Array(text.utf8))
        #expect(flat(checked) == [])
        #expect(rows == [TypedRow(line: 2, values: Self.expected)])
    }

    @Test func swedishExcel() throws {
        // Windows-1252, `;`, CRLF, grouped amounts with a no-break space (0xA0), a title with å.
        let header = Valid.finansieringHeader.replacingOccurrences(of: ",", with: ";")
        let text = header + "\r\n14;2025;B-1;;PROJ;1;1.1;1\u{00A0}250\u{00A0}000;;;5 000;;;;JAMST|MILJO;2025-03-01\r\n"
        let bytes = text.unicodeScalars.map { UInt8($0.value) }
        let (checked, rows) = try rows(bytes)
        #expect(flat(checked) == [F(nil, nil, .encodingCp1252)])
        #expect(rows.map(\.values) == [Self.expected])
        #expect(checked.dialect?.delimiter == .semicolon)
    }

    @Test func decimalCommaOnlyWhereTheDelimiterAllowsIt() throws {
        let semicolon = Valid.indikatorerHeader.replacingOccurrences(of: ",", with: ";") + "\r\n14;2025;IND-1.1;;T;1 250,5;promille;Källa\r\n"
        var rows: [TypedRow] = []
        let checked = try check("14_2025_indikatorer.csv", semicolon) { rows.append($0) }
        #expect(flat(checked) == [])
        #expect(rows.first?.values[5] == .number(1250.5))
        let comma = Valid.indikatorerHeader + "\n14,2025,IND-1.1,,T,\"1 250,5\",promille,\n"
        #expect(flat(try check("14_2025_indikatorer.csv", comma)) == [F(2, "varde", .typeError)])
    }

    @Test func bomTabAndHeaderInAnotherOrderWithOddCase() throws {
        let header = ["  BESLUTSDATUM", "Region_Kod ", "ar", "beslut_id", "insats_id", "stodform", "strategiskt_omrade", "prioritering",
                      "beviljat_kr", "eruf_kr", "jtf_kr", "region_kr", "kommun_kr", "annan_offentlig_kr", "privat_kr", "horisontella_kriterier"]
        let row = ["2025-03-01", "14", "2025", "B-1", "", "PROJ", "1", "1.1", "1 250 000", "", "", "5000", "", "", "", "JAMST|MILJO"]
        let text = header.joined(separator: "\t") + "\n" + row.joined(separator: "\t") + "\n"
        let (checked, rows) = try rows([0xEF, 0xBB, 0xBF] + Array(text.utf8))
        #expect(flat(checked) == [])
        #expect(rows.map(\.values) == [Self.expected])
        #expect(checked.dialect?.encoding == .utf8WithBOM)
    }

    @Test func quotedLineBreaksKeepLaterLineNumbers() throws {
        let rows = ["14,2025,INS-1,\"Titel över\ntvå rader\",4,4.1,KUNSKAP,,,,PAGAENDE,,,\"a\r\nb\nc\"",
                    "14,2025,INS-2,T,4,4.1,KUNSKAP,,,,KLAR,,,"]
        let checked = try check("14_2025_insatser.csv", Valid.file(.insatser, rows: rows))
        #expect(flat(checked) == [F(6, "status", .constraintError)])
        #expect(checked.report.findings[0].message.contains("rad 6"))
    }

    @Test func cellsAreTrimmedButCodesAreCaseSensitive() throws {
        let rows = ["\u{00A0}14 , 2025 ,INS-1 , T ,4, 4.1 ,kunskap,,,, PAGAENDE ,,,"]
        #expect(flat(try check("14_2025_insatser.csv", Valid.file(.insatser, rows: rows))) == [F(2, "roll", .foreignKey)])
    }

    @Test func booleansInEveryAcceptedSpelling() throws {
        for (text, value) in [("JA", true), ("Nej", false), ("true", true), ("FALSE", false), ("1", true), ("0", false)] {
            var rows: [TypedRow] = []
            let file = Valid.file(.strategi, rows: ["14,2025,RUS,2020,,\(text),,,,"])
            let checked = try check("14_2025_strategi.csv", file) { rows.append($0) }
            #expect(flat(checked) == [])
            #expect(rows.first?.values[5] == .boolean(value))
        }
    }
}

@Suite struct ValidateCall {
    @Test func findingsAreCountedPastTheCap() throws {
        let rows = (0..<30).map { "14,2025,B-\($0),,PROJ,1,1.1,x,,,,,,,,2025-03-01" }
        let checked = try check("14_2025_finansiering.csv", Array(Valid.file(.finansiering, rows: rows).utf8), findingCap: 10)
        #expect(checked.report.errors == 30)
        #expect(checked.report.findings.count == 10)
        #expect(checked.report.findingsTruncated)
    }

    @Test func messagesNameLineColumnValueAndTheFix() throws {
        let checked = try check("14_2025_finansiering.csv", Valid.file(.finansiering, rows: [
            "14,2025,B-1,,PROJ,1,1.1,1,,,,,,,,2025-03-01",
            "14,2025,B-2,,PROJ,1,1.1,\"12,5\",,,,,,,,2025-03-01"]))
        #expect(checked.report.findings.map(\.message) == [
            "Kolumnen beviljat_kr på rad 3 ska vara ett heltal i kronor, t.ex. 1250000 eller 1 250 000; värdet var \"12,5\".",
        ])
        #expect(checked.report.findings[0].value == "12,5")
    }
}

@Suite struct Catalog {
    @Test func productCopyOfTheCodeListsEqualsTheSpec() throws {
        let spec = URL(fileURLWithPath: "/work/shared/spec/codelists")
        guard FileManager.default.fileExists(atPath: spec.path) else { return }
        for name in try FileManager.default.contentsOfDirectory(atPath: spec.path) where name.hasSuffix(".csv") {
            let ours = try Data(contentsOf: repositoryRoot.appendingPathComponent("Schemas/codelists/\(name)"))
            #expect(ours == (try Data(contentsOf: spec.appendingPathComponent(name))), "\(name)")
        }
    }

    @Test func schemaForAYearIsTheLatestValidFromNotAfterIt() throws {
        #expect(catalog.schema(for: .insatser, year: 2025)?.validFrom == 2020)
        #expect(catalog.schema(for: .insatser, year: 2019) == nil)
        #expect(catalog.schema(for: .finansiering, year: 2020)?.fields.first?.name == "region_kod")
        #expect(catalog.priorityArea["1.3"] == 1)
        #expect(catalog.indicatorUnit["EKO-1"] == "kr")
        #expect(catalog.regions.count == 21)
        #expect(catalog.codeList("omraden")?.name(of: "1")?.hasPrefix("Likvärdiga möjligheter") == true)
    }

    @Test func aNewerSchemaFileTakesOverFromItsYear() throws {
        let scratch = Scratch()
        let dir = scratch.url.appendingPathComponent("Schemas")
        try FileManager.default.copyItem(at: repositoryRoot.appendingPathComponent("Schemas"), to: dir)
        var json = try String(contentsOf: dir.appendingPathComponent("strategi.2020.schema.json"), encoding: .utf8)
        json = json.replacingOccurrences(of: "\"validFrom\": 2020", with: "\"validFrom\": 2027")
        try json.write(to: dir.appendingPathComponent("strategi.2027.schema.json"), atomically: true, encoding: .utf8)
        let local = try loadCatalog(dir)
        #expect(local.schema(for: .strategi, year: 2026)?.validFrom == 2020)
        #expect(local.schema(for: .strategi, year: 2028)?.validFrom == 2027)
    }
}
