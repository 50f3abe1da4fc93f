import Foundation
@testable import CSVReading
import FollowUpModel
import Testing

/// Issue 11, reader items a and b: reading goes on after a misplaced quote when the line
/// ends outside a quoted field; a lone CR ends a line.
@Suite struct ResyncAfterSourceError {
    @Test func aQuoteInsideAnUnquotedCellIsReportedAndReadingGoesOnAtTheNextLine() throws {
        let (records, summary) = try readAll("a,b\n1,2\"x\n3,4\n5,\"six\"\n")
        #expect(summary.problems.map(\.code) == [.sourceError])
        #expect(summary.problems.first?.line == 2)
        #expect(!summary.stoppedEarly)
        #expect(records.map(\.line) == [1, 3, 4])
        #expect(records.map(\.cells) == [["a", "b"], ["3", "4"], ["5", "six"]])
    }

    @Test func textAfterAClosingQuoteResynchronisesToo() throws {
        let (records, summary) = try readAll("a,b\n\"1\"x,2\n3,4\n")
        #expect(summary.problems.map(\.code) == [.sourceError])
        #expect(summary.problems.first?.line == 2)
        #expect(records.map(\.cells) == [["a", "b"], ["3", "4"]])
    }

    @Test func aQuotedWordInsideAnUnquotedCellAndLaterQuotedCellsOnTheLine() throws {
        // The stray quotes are literal, the later cell opens and closes on the line: the
        // line ends outside quotes.
        let (records, summary) = try readAll("a,b,c\nBolaget \"AB\" i stan,\"x,y\",3\n4,5,6\n")
        #expect(summary.problems.map(\.code) == [.sourceError])
        #expect(records.map(\.line) == [1, 3])
    }

    @Test func eachBrokenLineIsReportedOnItsOwnLine() throws {
        let (records, summary) = try readAll("a,b\n1,2\"x\n3,4\n5,6\"y\n7,8\n")
        #expect(summary.problems.map(\.line) == [2, 4])
        #expect(records.map(\.line) == [1, 3, 5])
    }

    @Test func aRecordThatBeganOnAnEarlierLineResynchronisesAfterTheBrokenLine() throws {
        let (records, summary) = try readAll("a,b\n1,\"two\nlines\"x\n3,4\n")
        #expect(summary.problems.map(\.line) == [2])
        #expect(records.map(\.line) == [1, 4])
    }

    @Test func aLineThatEndsInsideAnOpenedQuoteStillStopsReading() throws {
        // After the stray quote, `"c` opens a quoted cell the line does not close: where the
        // record ends is a guess, so reading stops as before.
        let (records, summary) = try readAll("a,b,c\n1,2\"x,\"c\n3,4,5\n")
        #expect(summary.problems.map(\.code) == [.sourceError])
        #expect(summary.stoppedEarly)
        #expect(records.map(\.line) == [1])
    }

    @Test func aBrokenHeaderStillStopsReading() throws {
        // Dropping it would make the first data line the header.
        let (records, summary) = try readAll("a,b\"c\n1,2\n")
        #expect(summary.problems.map(\.code) == [.sourceError])
        #expect(summary.stoppedEarly)
        #expect(records.isEmpty)
    }

    @Test func resynchronisesAcrossChunkBoundaries() throws {
        // The broken line straddles the 64 KiB chunk boundary.
        let long = String(repeating: "x", count: 70_000)
        let (records, summary) = try readAll("a,b\n1,2\"\(long)\n3,4\n", limits: ReadLimits(maxCellCharacters: 100_000))
        #expect(summary.problems.map(\.line) == [2])
        #expect(records.map(\.line) == [1, 3])
    }

    @Test func theSameWithLibcsvAlone() throws {
        for splits in [true, false] {
            var lines: [Int] = []
            let summary = try CSVReader.read(source: MemoryByteSource(Array("a,b\n1,2\"x\n3,4\n".utf8)), limits: ReadLimits(),
                                             onDialect: { _ in }, splitsPlainLines: splits) { lines.append($0.line) }
            #expect(lines == [1, 3])
            #expect(summary.problems.map(\.line) == [2])
        }
    }
}

@Suite struct LoneCarriageReturns {
    @Test func aLoneCREndsALine() throws {
        let (records, summary) = try readAll("a,b\r1,2\r\r3,4\r")
        #expect(summary.problems.isEmpty)
        #expect(records.map(\.line) == [1, 2, 3, 4])
        #expect(records.map(\.cells) == [["a", "b"], ["1", "2"], [""], ["3", "4"]])
    }

    @Test func aLoneCRInsideAQuotedCellIsKeptAndCountsAsALineBreak() throws {
        let (records, _) = try readAll("a,b\r1,\"x\ry\"\r3,4")
        #expect(records.map(\.line) == [1, 2, 4])
        #expect(records[1].cells == ["1", "x\ry"])
    }

    @Test func crlfIsStillOneLineEndAlsoAcrossChunks() throws {
        // A CR as the last byte of a chunk, its LF the first of the next.
        let first = "a,b\r\n" + String(repeating: "1,2\r\n", count: (64 * 1024 - 5) / 5)
        var text = first
        while text.utf8.count < 64 * 1024 - 1 { text += "x" }
        text += "\r\n3,4\r\n"
        let (records, summary) = try readAll(text)
        #expect(summary.problems.isEmpty)
        #expect(records.last?.cells == ["3", "4"])
        #expect(records.last?.line == records.count)
    }

    @Test func aLoneCRAtTheEndOfAChunk() throws {
        var text = "a,b\r"
        while text.utf8.count < 64 * 1024 - 1 { text += "x" }
        text += "\r3,4\r"
        let (records, summary) = try readAll(text, limits: ReadLimits(maxCellCharacters: 100_000))
        #expect(summary.problems.isEmpty)
        #expect(records.map(\.line) == [1, 2, 3])
        #expect(records.last?.cells == ["3", "4"])
    }

    @Test func anEncodingErrorLineCountsLoneCRs() throws {
        let (_, summary) = try readAll([0x61, 0x0D, 0x62, 0x0D, 0x00, 0x0D])
        #expect(summary.problems.map(\.code) == [.encodingError])
        #expect(summary.problems.first?.line == 3)
    }
}
