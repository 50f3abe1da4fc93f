import Foundation
import CSVReading
import FollowUpModel
import Testing

/// Reads `text` (or bytes) and returns the records and the summary.
func readAll(_ bytes: [UInt8], limits: ReadLimits = ReadLimits()) throws -> ([RawRecord], ReadSummary) {
    var records: [RawRecord] = []
    let summary = try CSVReader.read(bytes: bytes, limits: limits) { records.append($0) }
    return (records, summary)
}

func readAll(_ text: String, limits: ReadLimits = ReadLimits()) throws -> ([RawRecord], ReadSummary) {
    try readAll(Array(text.utf8), limits: limits)
}

@Suite struct LineNumbers {
    @Test func recordsCarryTheLineWhereTheyBegin() throws {
        let (records, summary) = try readAll("a,b\n1,\"two\nlines\"\n3,\"x\r\ny\r\nz\"\n4,4\n")
        #expect(records.map(\.line) == [1, 2, 4, 7])
        #expect(records[1].cells == ["1", "two\nlines"])
        #expect(records[2].cells == ["3", "x\r\ny\r\nz"])
        #expect(summary.records == 4)
        #expect(summary.problems.isEmpty)
    }

    @Test func emptyLinesComeOutAsBlankRecords() throws {
        let (records, _) = try readAll("a;b\r\n\r\n1;2\r\n   \r\n;\r\n\r\n")
        #expect(records.map(\.line) == [1, 2, 3, 4, 5, 6])
        #expect(records.map(\.cells) == [["a", "b"], [""], ["1", "2"], [""], ["", ""], [""]])
    }

    @Test func finalLineBreakIsOptional() throws {
        let (with, _) = try readAll("a,b\n1,2\n")
        let (without, _) = try readAll("a,b\n1,2")
        #expect(with == without)
        #expect(without.last?.cells == ["1", "2"])
    }

    @Test func linesStayRightAcrossChunkBoundaries() throws {
        // Multi-line quoted cells that straddle the 64 KiB chunks of the reader.
        var text = "id,text\n"
        var expected: [Int] = [1]
        var line = 2
        for i in 0..<4000 {
            expected.append(line)
            let breaks = i % 3
            text += "\(i),\"" + String(repeating: "x", count: i % 50) + String(repeating: "\n", count: breaks) + "end\"\n"
            line += 1 + breaks
        }
        let (records, summary) = try readAll(text)
        #expect(summary.problems.isEmpty)
        #expect(records.map(\.line) == expected)
    }
}

@Suite struct Dialects {
    @Test(arguments: [("a,b,c\n", Delimiter.comma), ("a;b;c\n", .semicolon), ("a\tb\tc\n", .tab),
                      ("\"x;y\",b,c\n", .comma), ("one\n", .comma)])
    func delimiterFromTheHeaderLine(_ header: String, _ expected: Delimiter) throws {
        let (_, summary) = try readAll(header + "1,2,3\n")
        #expect(summary.dialect?.delimiter == expected)
    }

    @Test func tabFileKeepsEmptyCells() throws {
        let (records, _) = try readAll("a\tb\tc\n1\t\t3\n")
        #expect(records[1].cells == ["1", "", "3"])
    }

    @Test func utf8WithAndWithoutBOM() throws {
        let (plain, s1) = try readAll("namn\nÅsa\n")
        let (bom, s2) = try readAll([0xEF, 0xBB, 0xBF] + Array("namn\nÅsa\n".utf8))
        #expect(s1.dialect?.encoding == .utf8)
        #expect(s2.dialect?.encoding == .utf8WithBOM)
        #expect(plain == bom)
        #expect(bom[1].cells == ["Åsa"])
    }

    @Test func windows1252IsTranscodedWithAWarning() throws {
        // "Örebro;€" in Windows-1252.
        let (records, summary) = try readAll([0x6E, 0x3B, 0x6D, 0x0A, 0xD6, 0x72, 0x65, 0x62, 0x72, 0x6F, 0x3B, 0x80, 0x0A])
        #expect(summary.dialect?.encoding == .windows1252)
        #expect(summary.problems.map(\.code) == [.encodingCp1252])
        #expect(records[1].cells == ["Örebro", "€"])
    }
}

@Suite struct Problems {
    @Test func nulByteIsAnEncodingError() throws {
        let (_, summary) = try readAll([0x61, 0x0A, 0x62, 0x00, 0x0A])
        #expect(summary.problems.map(\.code) == [.encodingError])
        #expect(summary.problems.first?.line == 2)
    }

    @Test func undefinedWindows1252ByteInNonUTF8IsAnEncodingError() throws {
        let (_, summary) = try readAll([0x61, 0x0A, 0x0A, 0xE5, 0x81, 0x0A])
        #expect(summary.problems.map(\.code) == [.encodingError])
        #expect(summary.problems.first?.line == 3)
    }

    @Test func undefinedWindows1252ByteInsideValidUTF8IsFine() throws {
        // U+0441 is D1 81 in UTF-8: 0x81 is a continuation byte there.
        let (records, summary) = try readAll("a\nс\n")
        #expect(summary.problems.isEmpty)
        #expect(records[1].cells == ["с"])
    }

    @Test func unclosedQuoteIsASourceErrorOnTheRecordsLine() throws {
        let (records, summary) = try readAll("a,b\n1,2\n3,\"open\n4,5\n")
        #expect(summary.problems.map(\.code) == [.sourceError])
        #expect(summary.problems.first?.line == 3)
        #expect(records.count == 2)
    }

    @Test func quoteInsideAnUnquotedCellIsASourceError() throws {
        let (_, summary) = try readAll("a,b\n1,2\"x\n")
        #expect(summary.problems.map(\.code) == [.sourceError])
        #expect(summary.problems.first?.line == 2)
    }

    @Test func emptyInputs() throws {
        #expect(try readAll("").1.problems.map(\.code) == [.emptyFile])
        #expect(try readAll([0xEF, 0xBB, 0xBF]).1.problems.map(\.code) == [.emptyFile])
    }

    @Test func limitsAreTheLargestAllowedValue() throws {
        let text = "a\n1\n2\n3\n"
        #expect(try readAll(text, limits: ReadLimits(maxDataRows: 3)).1.problems.isEmpty)
        let (records, summary) = try readAll(text, limits: ReadLimits(maxDataRows: 2))
        #expect(summary.problems.map(\.kind) == [.tooManyRows(limit: 2)])
        #expect(summary.problems.first?.line == 4)
        #expect(records.count == 3)

        #expect(try readAll(text, limits: ReadLimits(maxFileBytes: 8)).1.problems.isEmpty)
        #expect(try readAll(text, limits: ReadLimits(maxFileBytes: 7)).1.problems.map(\.kind) == [.fileTooLarge(bytes: 8, limit: 7)])

        #expect(try readAll("a\nåäö\n", limits: ReadLimits(maxCellCharacters: 3)).1.problems.isEmpty)
        let long = try readAll("a\nåäöx\n", limits: ReadLimits(maxCellCharacters: 3)).1
        #expect(long.problems.map(\.code) == [.fileTooLarge])
        #expect(long.problems.first?.line == 2)
    }

    @Test func oneLineOfDelimitersStopsAtTheCellCountLimit() throws {
        #expect(try readAll("a,b,c\n1,2,3\n", limits: ReadLimits(maxCellsPerRecord: 3)).1.problems.isEmpty)
        let (records, summary) = try readAll("a\n" + String(repeating: ",", count: 100_000), limits: ReadLimits(maxCellsPerRecord: 50))
        #expect(summary.problems.map(\.kind) == [.tooManyCells(limit: 50)])
        #expect(summary.problems.first?.line == 2)
        #expect(records.count == 1)
    }

    @Test func aNeverClosedQuoteStopsAtTheCellLimitWithoutGrowing() throws {
        let text = "a\n\"" + String(repeating: "0123456789\n", count: 200_000)
        let (_, summary) = try readAll(text)
        #expect(summary.problems.map(\.code) == [.fileTooLarge])
        #expect(summary.problems.first?.line == 2)
    }
}

@Suite struct Quoting {
    @Test func blanksAroundQuotedCellsAreAllowed() throws {
        let (records, summary) = try readAll("a,b\n \"x, y\" , \"z\"\"q\"\n")
        #expect(summary.problems.isEmpty)
        #expect(records[1].cells.map { $0.trimmingCharacters(in: .whitespaces) } == ["x, y", "z\"q"])
    }
}
