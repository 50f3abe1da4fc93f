import Foundation

/// One plain-text message in Swedish, rendered as RFC 5322 with MIME headers for
/// `sendmail -t`: UTF-8 body in quoted-printable, the subject as RFC 2047 encoded words
/// when it is not ASCII. Nothing from data can add a header line: addresses are checked
/// (`MailAddress`), and the subject loses every control character before it is encoded.
public struct MailMessage: Sendable {
    public var from: String
    public var to: [String]
    public var subject: String
    public var body: String
    /// When the message was written (the Date header).
    public var date: Date
    public var messageID: String

    public init(from: String, to: [String], subject: String, body: String, date: Date = Date()) {
        self.from = from
        self.to = to
        self.subject = subject
        self.body = body
        self.date = date
        messageID = "<\(UUID().uuidString.lowercased()).\(Int(date.timeIntervalSince1970))@\(MailAddress.domain(of: from))>"
    }

    /// The message as `sendmail` reads it: lines ending in LF (the local convention; the
    /// mail system turns them into CRLF on the wire).
    public func rendered() -> Data {
        var headers = [
            "From: \(from)",
            "To: \(to.joined(separator: ", "))",
            "Subject: \(Self.encodedHeaderText(subject))",
            "Date: \(Self.rfc5322Date(date))",
            "Message-ID: \(messageID)",
            "MIME-Version: 1.0",
            "Content-Type: text/plain; charset=utf-8",
            "Content-Transfer-Encoding: quoted-printable",
            "Auto-Submitted: auto-generated",
        ]
        headers.append("")
        return Data((headers.joined(separator: "\n") + "\n" + QuotedPrintable.encode(body)).utf8)
    }

    /// Whether every address is usable in a header.
    var addressesValid: Bool { MailAddress.isValid(from) && !to.isEmpty && to.allSatisfy(MailAddress.isValid) }

    /// `Thu, 05 Feb 2026 04:12:00 +0100`, in Swedish time.
    public static func rfc5322Date(_ date: Date) -> String {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = SwedishTime.zone
        f.dateFormat = "EEE, dd MMM yyyy HH:mm:ss Z"
        return f.string(from: date)
    }

    /// Header text: control characters become spaces; ASCII stays as it is, anything else
    /// becomes RFC 2047 `=?UTF-8?B?…?=` words of at most 75 characters, folded onto
    /// continuation lines, never splitting a character.
    static func encodedHeaderText(_ text: String) -> String {
        let clean = String(String.UnicodeScalarView(text.unicodeScalars.map {
            $0.properties.generalCategory == .control || $0 == "\u{2028}" || $0 == "\u{2029}" ? " " : $0
        }))
        if clean.unicodeScalars.allSatisfy({ $0.isASCII }) {
            return clean
        }
        // Header lines of at most 76 characters: after "Subject: " a word holds 39 bytes (52
        // base64 characters), on a continuation line 45 (60).
        var words: [String] = []
        var chunk: [UInt8] = []
        for character in clean {
            let bytes = Array(String(character).utf8)
            if chunk.count + bytes.count > (words.isEmpty ? 39 : 45), !chunk.isEmpty {
                words.append(word(chunk))
                chunk = []
            }
            chunk += bytes
        }
        if !chunk.isEmpty || words.isEmpty { words.append(word(chunk)) }
        return words.joined(separator: "\n ")
    }

    private static func word(_ bytes: [UInt8]) -> String {
        "=?UTF-8?B?\(Data(bytes).base64EncodedString())?="
    }
}

/// Quoted-printable (RFC 2045 §6.7) of UTF-8 text with LF line ends: lines of at most 76
/// characters, so long receipt lines survive any mail system. A line's leading `.` and the
/// `F` of a leading `From ` are encoded too: `sendmail` without `-i` ends the message at a
/// line holding only a dot, and mbox files mangle `From `.
enum QuotedPrintable {
    static func encode(_ text: String) -> String {
        let normalized = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        var lines = normalized.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last?.isEmpty == true { lines.removeLast() }  // the text's own last line end
        var out = ""
        for line in lines {
            out += encodeLine(Array(line.utf8)) + "\n"
        }
        return out
    }

    private static func encodeLine(_ bytes: [UInt8]) -> String {
        let startsWithFrom = bytes.starts(with: Array("From ".utf8))
        func piece(_ i: Int, atLineStart: Bool) -> String {
            let b = bytes[i]
            let guarded = atLineStart && (b == UInt8(ascii: ".") || (i == 0 && startsWithFrom))
            let trailingSpace = (b == 32 || b == 9) && i == bytes.count - 1
            let literal = !guarded && !trailingSpace && ((b >= 33 && b <= 126 && b != 61) || b == 32 || b == 9)
            return literal ? String(UnicodeScalar(b)) : String(format: "=%02X", b)
        }
        var out = ""
        var width = 0
        for i in bytes.indices {
            var p = piece(i, atLineStart: width == 0)
            if width + p.count > 75 {
                out += "=\n"
                width = 0
                p = piece(i, atLineStart: true)
            }
            out += p
            width += p.count
        }
        return out
    }
}
