import CLibCSV
import Foundation
import FollowUpModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Streams a CSV file into records: detects the encoding and the delimiter, parses with
/// libcsv (RFC 4180) and gives each record with the physical line on which it begins.
/// Memory does not grow with the file: it is read in 64 KiB chunks, twice (an encoding
/// pre-pass, then parsing). Bad data never throws; it ends up in `ReadSummary.problems`.
///
/// ```swift
/// let summary = try CSVReader.read(fileAt: url, limits: ReadLimits()) { record in
///     print(record.line, record.cells)
/// }
/// ```
public enum CSVReader {
    static let chunkSize = 64 * 1024

    /// Reads the file at `url`, calling `body` once per record, the header first.
    ///
    /// - Parameters:
    ///   - limits: size, cell and row limits; past one, reading stops with `file-too-large`.
    ///   - onDialect: called once, before the first record, with the detected dialect.
    ///   - body: receives each record. An error it throws stops reading and is rethrown.
    /// - Throws: `CSVReadError` when the file cannot be opened or read, and errors of `body`.
    public static func read(fileAt url: URL, limits: ReadLimits = ReadLimits(),
                            onDialect: (Dialect) throws -> Void = { _ in },
                            _ body: (RawRecord) throws -> Void) throws -> ReadSummary {
        let source = try FileByteSource(path: url.path)
        return try read(source: source, limits: limits, onDialect: onDialect) { try body($0.rawRecord()) }
    }

    /// Reads the file at `url` like `read(fileAt:limits:onDialect:_:)`, but hands each record
    /// as bytes (no `String` per cell). A record is only valid during the call of `body`.
    package static func readBytes(fileAt url: URL, limits: ReadLimits = ReadLimits(),
                                 onDialect: (Dialect) throws -> Void = { _ in },
                                 _ body: (RawRecordBytes) throws -> Void) throws -> ReadSummary {
        let source = try FileByteSource(path: url.path)
        return try read(source: source, limits: limits, onDialect: onDialect, body)
    }

    /// Reads bytes in memory, exactly as a file with these bytes would be read.
    public static func read(bytes: [UInt8], limits: ReadLimits = ReadLimits(),
                            onDialect: (Dialect) throws -> Void = { _ in },
                            _ body: (RawRecord) throws -> Void) throws -> ReadSummary {
        try read(source: MemoryByteSource(bytes), limits: limits, onDialect: onDialect) { try body($0.rawRecord()) }
    }

    /// Reads bytes in memory, handing each record as bytes (valid only during `body`).
    package static func readBytes(bytes: [UInt8], limits: ReadLimits = ReadLimits(),
                                 onDialect: (Dialect) throws -> Void = { _ in },
                                 _ body: (RawRecordBytes) throws -> Void) throws -> ReadSummary {
        try read(source: MemoryByteSource(bytes), limits: limits, onDialect: onDialect, body)
    }

    /// - Parameter splitsPlainLines: false sends every line through libcsv (tests compare).
    static func read(source: ByteSource, limits: ReadLimits,
                     onDialect: (Dialect) throws -> Void, splitsPlainLines: Bool = true,
                     _ body: (RawRecordBytes) throws -> Void) throws -> ReadSummary {
        var summary = ReadSummary(dialect: nil, records: 0, problems: [])
        if source.size > limits.maxFileBytes {
            summary.problems.append(ReadProblem(kind: .fileTooLarge(bytes: source.size, limit: limits.maxFileBytes), line: nil))
            return summary
        }
        if source.size == 0 {
            summary.problems.append(ReadProblem(kind: .emptyFile, line: nil))
            return summary
        }
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: chunkSize, alignment: 16)
        defer { buffer.deallocate() }

        // Pass 1: the encoding.
        var detector = EncodingDetector()
        while detector.stopped == nil {
            let n = try source.read(into: buffer)
            if n == 0 { break }
            detector.feed(UnsafeRawBufferPointer(rebasing: buffer[0..<n]))
        }
        let encoding: TextEncoding
        switch detector.finish() {
        case .utf8(let bom): encoding = bom ? .utf8WithBOM : .utf8
        case .windows1252:
            encoding = .windows1252
            summary.problems.append(ReadProblem(kind: .transcodedFromWindows1252, line: nil))
        case .nul(let offset):
            summary.problems.append(ReadProblem(kind: .nulByte(offset: offset), line: try lineOf(offset: offset, in: source, buffer: buffer)))
            return summary
        case .undecodable(let byte, let offset):
            summary.problems.append(ReadProblem(kind: .undecodableByte(byte: byte, offset: offset), line: try lineOf(offset: offset, in: source, buffer: buffer)))
            return summary
        }
        let bomLength = encoding == .utf8WithBOM ? 3 : 0
        let delimiter = DelimiterDetector.detect(head: detector.head[bomLength...])
        let dialect = Dialect(encoding: encoding, delimiter: delimiter)
        summary.dialect = dialect
        try onDialect(dialect)

        // Pass 2: parse.
        try source.rewind()
        let parser = try LineTrackingParser(delimiter: delimiter, limits: limits, splitsPlainLines: splitsPlainLines)
        var transcoded: [UInt8] = []
        var skip = bomLength
        var stop = false
        while !stop {
            let n = try source.read(into: buffer)
            if n == 0 { break }
            var chunk = UnsafeRawBufferPointer(rebasing: buffer[skip..<n])
            skip = 0
            if encoding == .windows1252 {
                Windows1252.transcode(chunk, into: &transcoded)
                stop = try transcoded.withUnsafeBytes { try parser.feed($0, body) }
            } else {
                stop = try parser.feed(chunk, body)
            }
            chunk = UnsafeRawBufferPointer(start: nil, count: 0)
        }
        if !stop { try parser.finish(body) }
        summary.records = parser.recordCount
        summary.problems.append(contentsOf: parser.problems)
        if summary.records == 0 && !summary.stoppedEarly {
            summary.problems.append(ReadProblem(kind: .emptyFile, line: nil))
        }
        return summary
    }

    /// The physical line of a byte offset: counts line ends (LF, CRLF, a lone CR) before it
    /// (only on an error).
    static func lineOf(offset: Int, in source: ByteSource, buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        try source.rewind()
        var line = 1
        var position = 0
        var afterCR = false
        while position < offset {
            let n = try source.read(into: buffer)
            if n == 0 { break }
            let upto = min(n, offset - position)
            for b in UnsafeRawBufferPointer(rebasing: buffer[0..<upto]) {
                if b == 0x0A {
                    if !afterCR { line += 1 }
                    afterCR = false
                } else if b == 0x0D {
                    line += 1
                    afterCR = true
                } else {
                    afterCR = false
                }
            }
            position += n
        }
        return line
    }
}
