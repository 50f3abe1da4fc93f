import CSVReading
import Foundation
import FollowUpModel
import Testing
import Validation

/// One small file per finding code, asserted as a flat list of (line, column, code).
@Suite struct FindingCodes {
    static let I = Valid.insatserHeader
    static let FH = Valid.finansieringHeader
    static let IH = Valid.indikatorerHeader

    @Test func fileName() throws {
        for name in ["14_2025_insatser.txt", "14-2025-insatser.csv", "99_2025_insatser.csv", "14_2025_Insatser.csv",
                     "14_2019_insatser.csv", "14_2026_insatser.csv", "4_2025_insatser.csv", "14_2025_insatser_v2.csv"] {
            #expect(flat(try check(name, Valid.file(.insatser))) == [F(nil, nil, .fileName)], "\(name)")
        }
        #expect(flat(try check("14_2025_insatser.CSV", Valid.file(.insatser))) == [])
    }

    @Test func regionDirectory() throws {
        #expect(flat(try check("14_2025_insatser.csv", Valid.file(.insatser), inboxRegion: "12")) == [F(nil, nil, .regionDirectory)])
        #expect(flat(try check("14_2025_insatser.csv", Valid.file(.insatser), inboxRegion: "14")) == [])
    }

    @Test func fileTooLarge() throws {
        let text = Valid.file(.insatser, rows: [Valid.insatserRow, Valid.insatserRow.replacingOccurrences(of: "INS-1", with: "INS-2")])
        #expect(flat(try check("14_2025_insatser.csv", text, limits: ReadLimits(maxDataRows: 1))) == [F(3, nil, .fileTooLarge)])
        #expect(flat(try check("14_2025_insatser.csv", text, limits: ReadLimits(maxFileBytes: 100))) == [F(nil, nil, .fileTooLarge)])
        #expect(flat(try check("14_2025_insatser.csv", text, limits: ReadLimits(maxCellCharacters: 12))) == [F(1, nil, .fileTooLarge)])
    }

    @Test func emptyFile() throws {
        #expect(flat(try check("14_2025_insatser.csv", "")) == [F(nil, nil, .emptyFile)])
        #expect(flat(try check("14_2025_insatser.csv", "\n\n")) == [F(1, nil, .emptyFile)])
    }

    @Test func encodingError() throws {
        #expect(flat(try check("14_2025_insatser.csv", Array((Valid.insatserHeader + "\n14,\0").utf8))) == [F(2, nil, .encodingError)])
        let bad = Array(Valid.file(.insatser).utf8).map { $0 == UInt8(ascii: "B") ? 0x8D : $0 }
        #expect(flat(try check("14_2025_insatser.csv", bad)) == [F(2, nil, .encodingError)])
    }

    @Test func encodingCp1252() throws {
        let cp1252 = Array(Valid.file(.insatser).replacingOccurrences(of: "Bredband", with: "Bredband i Västra").utf8)
            .reduce(into: [UInt8]()) { out, b in out.append(b) }
        let latin1 = String(decoding: cp1252, as: UTF8.self).unicodeScalars.map { UInt8($0.value) }
        let checked = try check("14_2025_insatser.csv", latin1)
        #expect(flat(checked) == [F(nil, nil, .encodingCp1252)])
        #expect(checked.report.valid)
    }

    @Test func sourceError() throws {
        #expect(flat(try check("14_2025_insatser.csv", Valid.file(.insatser) + "14,2025,\"INS-2,x\n")) == [F(3, nil, .sourceError)])
    }

    @Test func labels() throws {
        let header = Self.I.replacingOccurrences(of: "titel", with: "").replacingOccurrences(of: "beskrivning", with: "status")
        let text = header + ",okand\n" + Valid.insatserRow + ",x\n"
        #expect(flat(try check("14_2025_insatser.csv", text)) == [
            F(1, nil, .blankLabel), F(1, "status", .duplicateLabel), F(1, nil, .extraLabel),
            F(1, "titel", .missingLabel), F(1, "beskrivning", .missingLabel),
        ])
    }

    @Test func cells() throws {
        let text = Valid.file(.insatser, rows: [Valid.insatserRow + ",extra", "14,2025,INS-2,T,4,4.1,KUNSKAP,,,,PAGAENDE", "14,2025", ",,,,"])
        #expect(flat(try check("14_2025_insatser.csv", text)) == [
            F(2, nil, .extraCell), F(3, "startdatum", .missingCell), F(4, "insats_id", .missingCell), F(5, nil, .blankRow),
        ])
    }

    @Test func blankRowsAreSkippedWithAWarning() throws {
        let checked = try check("14_2025_insatser.csv", Valid.insatserHeader + "\n\n" + Valid.insatserRow + "\n,,,,,,,,,,,,,\n \u{00A0}\n")
        #expect(flat(checked) == [F(2, nil, .blankRow), F(4, nil, .blankRow), F(5, nil, .blankRow)])
        #expect(checked.report.valid)
        #expect(checked.report.rows == 1)
    }

    @Test func typeErrors() throws {
        let rows = ["14,2025,B-1,,PROJ,1,1.1,\"12,5\",1.0,x,,,,,,2025-13-01",
                    "14,2025,B-2,,PROJ,1,1.1,1 25 000,,,,,,,,25-03-01",
                    "14,2025,B-3,,PROJ,1,1.1,1 250 000,,,,,,,,2025-02-29"]
        #expect(flat(try check("14_2025_finansiering.csv", Valid.file(.finansiering, rows: rows))) == [
            F(2, "beviljat_kr", .typeError), F(2, "eruf_kr", .typeError), F(2, "jtf_kr", .typeError), F(2, "beslutsdatum", .typeError),
            F(3, "beviljat_kr", .typeError), F(3, "beslutsdatum", .typeError), F(4, "beslutsdatum", .typeError),
        ])
        let strategi = Valid.file(.strategi, rows: ["14,2025,RUS,2020,2030,kanske,3,ja,5,2"])
        #expect(flat(try check("14_2025_strategi.csv", strategi)) == [F(2, "oversyn_pagar", .typeError)])
        let indikator = Valid.file(.indikatorer, rows: ["14,2025,IND-1.1,1480,T,\"3,5\",promille,", "14,2025,IND-1.1,,T,inf,promille,"])
        #expect(flat(try check("14_2025_indikatorer.csv", indikator)) == [F(2, "varde", .typeError), F(3, "varde", .typeError)])
    }

    @Test func constraintErrors() throws {
        let long = String(repeating: "x", count: 201)
        let rows = ["14,2025,INS 1,\(long),5,4.1,KUNSKAP|,EKO|EKO,,,KLAR,,,",
                    "14,2025,INS-2,,4,4.1,,,,,PAGAENDE,,,"]
        #expect(flat(try check("14_2025_insatser.csv", Valid.file(.insatser, rows: rows))) == [
            F(2, "insats_id", .constraintError), F(2, "titel", .constraintError), F(2, "strategiskt_omrade", .constraintError),
            F(2, "roll", .constraintError), F(2, "hallbarhet", .constraintError), F(2, "status", .constraintError),
            F(3, "titel", .constraintError), F(3, "roll", .constraintError),
        ])
        let strategi = Valid.file(.strategi, rows: ["14,2025,RUS,2026,2024,nej,-1,,,"])
        #expect(flat(try check("14_2025_strategi.csv", strategi)) == [
            F(2, "antal_handlingsplaner", .constraintError), F(2, "antagen_ar", .constraintError), F(2, "giltig_till_ar", .constraintError),
        ])
    }

    @Test func primaryKey() throws {
        let rows = [Valid.insatserRow, Valid.insatserRow.replacingOccurrences(of: "INS-1", with: "INS-2"), Valid.insatserRow]
        #expect(flat(try check("14_2025_insatser.csv", Valid.file(.insatser, rows: rows))) == [F(4, "insats_id", .primaryKey)])
        let ind = ["14,2025,IND-1.1,,T,1,promille,", "14,2025,IND-1.1,,K,1,promille,", "14,2025,IND-1.1,,T,2,promille,"]
        let checked = try check("14_2025_indikatorer.csv", Valid.file(.indikatorer, rows: ind))
        #expect(flat(checked) == [F(4, "indikator_kod", .primaryKey)])
        #expect(checked.report.findings[0].message.contains("rad 2"))
    }

    @Test func foreignKeys() throws {
        let rows = ["99,2025,INS-1,T,4,9.9,KUNSKAP|BOSS|CHEF,EKO,HELA,KOMMUN,PAGAENDE,,,"]
        #expect(flat(try check("14_2025_insatser.csv", Valid.file(.insatser, rows: rows))) == [
            F(2, "region_kod", .foreignKey), F(2, "prioritering", .foreignKey), F(2, "roll", .foreignKey), F(2, "roll", .foreignKey),
            F(2, "region_kod", .regionMismatch),
        ])
        let ind = ["14,2025,IND-9.9,,T,1,procent,", "14,2025,RUS-14-Egen_1,,T,1,st,", "14,2025,RUS-12-Egen,,T,1,st,", "14,2025,ind-1.1,,T,1,promille,"]
        #expect(flat(try check("14_2025_indikatorer.csv", Valid.file(.indikatorer, rows: ind))) == [
            F(2, "indikator_kod", .foreignKey), F(4, "indikator_kod", .foreignKey), F(5, "indikator_kod", .foreignKey),
        ])
    }

    @Test func activityReferences() throws {
        let rows = ["14,2025,B-1,INS-1,PROJ,1,1.1,1,,,,,,,,2025-03-01", "14,2025,B-2,INS-2,PROJ,1,1.1,1,,,,,,,,2025-03-01"]
        let file = Valid.file(.finansiering, rows: rows)
        #expect(flat(try check("14_2025_finansiering.csv", file)) == [F(2, "insats_id", .foreignKey), F(3, "insats_id", .foreignKey)])
        let known = CrossFileContext(knownActivities: { region, year in region == "14" && year == 2025 ? ["INS-1"] : nil })
        #expect(flat(try check("14_2025_finansiering.csv", file, context: known)) == [F(3, "insats_id", .foreignKey)])
    }

    @Test func rowCount() throws {
        #expect(flat(try check("14_2025_strategi.csv", Valid.file(.strategi, rows: []))) == [F(nil, nil, .rowCount)])
        #expect(flat(try check("14_2025_strategi.csv", Valid.file(.strategi, rows: [Valid.strategiRow, Valid.strategiRow]))) == [F(nil, nil, .rowCount)])
        #expect(flat(try check("14_2025_strategi.csv", Valid.file(.strategi, rows: [Valid.strategiRow, ""]))) == [F(3, nil, .blankRow)])
    }

    @Test func regionAndYearMismatch() throws {
        let rows = ["12,2024,RUS,2020,,nej,,,,"]
        #expect(flat(try check("14_2025_strategi.csv", Valid.file(.strategi, rows: rows))) == [
            F(2, "region_kod", .regionMismatch), F(2, "ar", .yearMismatch),
        ])
    }

    @Test func areaRules() throws {
        let insatser = ["14,2025,INS-1,T,2,1.3,KUNSKAP,,,,PAGAENDE,2025-05-01,2025-04-30,"]
        #expect(flat(try check("14_2025_insatser.csv", Valid.file(.insatser, rows: insatser))) == [
            F(2, "prioritering", .priorityArea), F(2, "slutdatum", .dateOrder),
        ])
        let finansiering = ["14,2025,B-1,,INV,0,,1,,,,,,,,2025-03-01",
                            "14,2025,B-2,,PROJ,0,,1,,,,,,,,2025-03-01",
                            "14,2025,B-3,,SERV,1,1.1,1,,,,,,,,2025-03-01",
                            "14,2025,B-4,,SERV,1,,1,,,,,,,,2025-03-01",
                            "14,2025,B-5,,FRAM,3,2.1,1,,,,,,,,2024-12-31"]
        #expect(flat(try check("14_2025_finansiering.csv", Valid.file(.finansiering, rows: finansiering))) == [
            F(2, "strategiskt_omrade", .unassignedArea), F(4, "prioritering", .serviceArea),
            F(6, "prioritering", .priorityArea), F(6, "beslutsdatum", .decisionDateYear),
        ])
    }

    @Test func indicatorRules() throws {
        let rows = ["14,2025,IND-1.1,1280,T,1,promille,", "14,2025,IND-1.2,,T,1,promille,", "14,2025,EKO-1,1401,K,1,kr,"]
        #expect(flat(try check("14_2025_indikatorer.csv", Valid.file(.indikatorer, rows: rows))) == [
            F(2, "kommun_kod", .kommunRegion), F(3, "enhet", .unitMismatch),
        ])
    }

    @Test func lateSubmission() throws {
        let f = ISO8601DateFormatter()
        let onTime = f.date(from: "2026-02-21T23:59:00+01:00")!
        let late = f.date(from: "2026-02-22T00:00:00+01:00")!
        #expect(flat(try check("14_2025_strategi.csv", Valid.file(.strategi), received: onTime)) == [])
        let checked = try check("14_2025_strategi.csv", Valid.file(.strategi), received: late)
        #expect(flat(checked) == [F(nil, nil, .lateSubmission)])
        #expect(checked.report.valid)
    }

    @Test func yearOnYearChange() throws {
        let previous: (String, Int, String, String, String) -> Double? = { region, year, code, kommun, kon in
            guard region == "14", year == 2025, code == "IND-1.1" else { return nil }
            return kommun == "" ? (kon == "T" ? 10 : 0) : 10
        }
        let rows = ["14,2025,IND-1.1,,T,15,promille,", "14,2025,IND-1.1,,K,100,promille,",
                    "14,2025,IND-1.1,1480,T,15.5,promille,", "14,2025,IND-1.1,1480,K,4.9,promille,"]
        let checked = try check("14_2025_indikatorer.csv", Valid.file(.indikatorer, rows: rows),
                                context: CrossFileContext(previousIndicatorValue: previous))
        #expect(flat(checked) == [F(4, "varde", .yoyChange), F(5, "varde", .yoyChange)])
        #expect(checked.report.valid)
    }

    @Test func leadingZero() throws {
        let checked = try check("01_2025_indikatorer.csv", Valid.file(.indikatorer, rows: ["1,2025,IND-1.1,,T,3.5,promille,"]))
        #expect(flat(checked) == [F(2, "region_kod", .leadingZero)])
        #expect(checked.report.valid)
    }

    @Test func everyCodeButDuplicateFileIsProducedByTheseTests() {
        // Keeps this suite honest when a code is added to the vocabulary.
        let covered: Set<IssueCode> = [.fileName, .regionDirectory, .fileTooLarge, .emptyFile, .encodingError, .encodingCp1252,
                                       .sourceError, .blankLabel, .duplicateLabel, .missingLabel, .extraLabel, .extraCell,
                                       .missingCell, .blankRow, .typeError, .constraintError, .primaryKey, .foreignKey,
                                       .rowCount, .regionMismatch, .yearMismatch, .priorityArea, .unassignedArea,
                                       .serviceArea, .dateOrder, .decisionDateYear, .kommunRegion, .unitMismatch,
                                       .leadingZero, .lateSubmission, .yoyChange]
        #expect(Set(IssueCode.allCases).subtracting(covered) == [.duplicateFile])
    }
}
