import FollowUpModel

/// How the bytes of a file were decoded.
public enum TextEncoding: String, Sendable, Hashable, Codable {
    case utf8 = "utf-8"
    case utf8WithBOM = "utf-8-bom"
    /// Not valid UTF-8 but valid Windows-1252; transcoded to UTF-8 (warning `encoding-cp1252`).
    case windows1252 = "windows-1252"
}

/// The field separator detected from the header line.
public enum Delimiter: UInt8, Sendable, Hashable, Codable {
    case comma = 0x2C
    case semicolon = 0x3B
    case tab = 0x09

    /// True when a `,` in a number may be a decimal sign (`;` and TAB files, as Swedish Excel writes them).
    public var allowsDecimalComma: Bool { self != .comma }
}

/// What the reader detected before the first record: the dialect of the file.
public struct Dialect: Sendable, Hashable {
    public var encoding: TextEncoding
    public var delimiter: Delimiter
}

/// A problem with the bytes or the CSV structure of a file. The reader knows no Swedish:
/// the validation layer turns a problem into a finding with a message.
public struct ReadProblem: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// No bytes, or no header line.
        case emptyFile
        case fileTooLarge(bytes: Int, limit: Int)
        /// A cell longer than the limit; `characters` is at least the cell's length.
        case cellTooLong(characters: Int, limit: Int)
        case tooManyRows(limit: Int)
        /// A record with more cells than the limit.
        case tooManyCells(limit: Int)
        /// A NUL byte at the given byte offset.
        case nulByte(offset: Int)
        /// A byte that is neither UTF-8 nor Windows-1252 (0x81, 0x8D, 0x8F, 0x90, 0x9D).
        case undecodableByte(byte: UInt8, offset: Int)
        /// Read as Windows-1252 and transcoded (a warning).
        case transcodedFromWindows1252
        /// A quoted cell is never closed before the end of the file.
        case unclosedQuote
        /// A quote where RFC 4180 allows none (inside an unquoted cell, or text after a closing
        /// quote). `resumed`: the line ended outside any quoted field, so the broken record
        /// was dropped and reading went on at the next line (not fatal).
        case misplacedQuote(resumed: Bool)
    }

    public var kind: Kind
    /// The physical line where the affected record begins (header = 1); nil for the whole file.
    public var line: Int?
    /// The offending text, shortened, where there is one.
    public var value: String?

    public init(kind: Kind, line: Int?, value: String? = nil) {
        self.kind = kind
        self.line = line
        self.value = value
    }

    /// The stable finding code of spec/issue-codes.md.
    public var code: IssueCode {
        switch kind {
        case .emptyFile: return .emptyFile
        case .fileTooLarge, .cellTooLong, .tooManyRows, .tooManyCells: return .fileTooLarge
        case .nulByte, .undecodableByte: return .encodingError
        case .transcodedFromWindows1252: return .encodingCp1252
        case .unclosedQuote, .misplacedQuote: return .sourceError
        }
    }

    /// True when reading stopped because of this problem.
    public var isFatal: Bool {
        if case .misplacedQuote(resumed: true) = kind { return false }
        return code.severity == .error
    }
}

/// The outcome of reading one file.
public struct ReadSummary: Sendable, Hashable {
    /// nil when reading stopped before the encoding was known (e.g. an empty file).
    public var dialect: Dialect?
    /// Records passed to the body, the header included.
    public var records: Int
    public var problems: [ReadProblem]

    /// True when reading stopped early; the records passed so far are not the whole file.
    public var stoppedEarly: Bool { problems.contains(where: \.isFatal) }
}

/// Failures that are not bad data: the file cannot be opened or read.
public enum CSVReadError: Error, Sendable, Hashable, CustomStringConvertible {
    case cannotOpen(path: String, errno: Int32)
    /// A FIFO, device, directory or link where a file was expected: never opened for reading.
    case notARegularFile(path: String)
    case readFailed(path: String, errno: Int32)
    case parserInit

    public var description: String {
        switch self {
        case .cannotOpen(let path, let e): return "cannot open \(path): errno \(e)"
        case .notARegularFile(let path): return "\(path) is not a regular file"
        case .readFailed(let path, let e): return "cannot read \(path): errno \(e)"
        case .parserInit: return "libcsv could not be initialised"
        }
    }
}
