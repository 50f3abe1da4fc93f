import NIOCore

/// Keeps MultipartKit 4.7.1's parser (`MultipartParser`) away from the two inputs that crash
/// it, and with it the whole server, instead of failing the request (found by
/// `scripts/api-fuzz`):
///
/// - a byte of 128 or more where a part's header *name* is read: its table of allowed name
///   characters has 128 entries and is indexed by the byte (`Index out of range`);
/// - an empty boundary (`precondition(!boundary.isEmpty)` in its initialiser).
///
/// `check(boundary:)` refuses the second. For the first, `scan(_:)` runs the parser's own
/// state machine over every chunk *before* the parser sees it, and throws at a non-ASCII
/// byte in a header-name position, so the upload answers 400. Bytes of 128 and more stay
/// welcome everywhere else (file contents, header values such as `filename="rättad.csv"`).
struct MultipartGuard {
    /// The part of MultipartKit's state this guard needs (the header name's content does not
    /// matter, only whether it is empty).
    enum State: Equatable {
        case preamble(Int)
        case preHeaders(expectingLF: Bool)
        case headerName(empty: Bool)
        case headerValue
        case postHeaderValue
        case postHeaders
        case body
        case boundary(Int)
        /// After the closing boundary, or after a syntax error the parser will throw on
        /// itself: nothing more to watch.
        case done
    }

    struct NonASCIIHeaderName: Error {}

    /// RFC 2046 allows 1–70 characters; the parser needs at least one.
    static func check(boundary: String) -> Bool {
        !boundary.isEmpty && boundary.utf8.count <= 70
    }

    private let delimiter: [UInt8]
    private(set) var state: State = .preamble(0)

    init(boundary: String) {
        delimiter = Array("\r\n--\(boundary)".utf8)
    }

    private static let cr: UInt8 = 13, lf: UInt8 = 10, colon: UInt8 = 58, hyphen: UInt8 = 45

    /// Follows `buffer` (without consuming it) as the parser will read it next.
    /// - Throws: `NonASCIIHeaderName` at a byte that would crash the parser.
    mutating func scan(_ buffer: ByteBuffer) throws {
        for byte in buffer.readableBytesView {
            if state == .done { return }
            try step(byte)
        }
    }

    private mutating func step(_ byte: UInt8) throws {
        let d = delimiter
        switch state {
        case .preamble(var i):
            // The parser lets the first delimiter go without its leading CRLF.
            if i == 0, byte == d[2] { i = 3 } else if byte == d[i] { i += 1 } else if i > 0, byte == d[0] { i = 1 } else { i = 0 }
            state = i >= d.count ? .preHeaders(expectingLF: false) : .preamble(i)
        case .preHeaders(let expectingLF):
            if !expectingLF, byte == Self.cr { state = .preHeaders(expectingLF: true) }
            else if expectingLF, byte == Self.lf { state = .headerName(empty: true) }
            else { state = .done }
        case .headerName(let empty):
            if byte == Self.colon, !empty { state = .headerValue }
            else if byte == Self.cr, empty { state = .postHeaders }
            else if byte >= 128 { throw NonASCIIHeaderName() }
            else { state = .headerName(empty: false) }  // a disallowed ASCII byte: the parser throws itself
        case .headerValue:
            if byte == Self.cr { state = .postHeaderValue }
        case .postHeaderValue:
            state = byte == Self.lf ? .headerName(empty: true) : .done
        case .postHeaders:
            state = byte == Self.lf ? .body : .done
        case .body:
            if byte == d[0] { state = .boundary(1) }
        case .boundary(let i):
            if i >= d.count {
                state = byte == Self.cr ? .preHeaders(expectingLF: true) : .done
            } else if byte == d[i] {
                state = .boundary(i + 1)
            } else {
                state = byte == d[0] ? .boundary(1) : .body
            }
        case .done:
            break
        }
    }
}
