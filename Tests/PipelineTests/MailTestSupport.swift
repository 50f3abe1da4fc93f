import Foundation
@testable import Pipeline

/// A data directory, a stand-in `sendmail` that records what it is given, and a
/// configuration with mail on — for the tests of the run's e-mail.
struct MailBench {
    static let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    let root: URL
    var data: URL { root.appendingPathComponent("data") }
    var outbox: URL { root.appendingPathComponent("outbox") }
    var contacts: URL { root.appendingPathComponent("kontakter.csv") }
    var recorder: URL { root.appendingPathComponent("sendmail-stand-in") }
    var failing: URL { root.appendingPathComponent("sendmail-failing") }

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("followup-mail-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: outbox, withIntermediateDirectories: true)
        // Records each call: the message (stdin) in outbox/msg.XXXXXX, its arguments one a line beside it.
        try script(recorder, """
            #!/bin/sh
            f=$(mktemp "\(outbox.path)/msg.XXXXXX")
            cat > "$f"
            printf '%s\\n' "$@" > "$f.argv"
            exit 0
            """)
        try script(failing, """
            #!/bin/sh
            cat > /dev/null
            echo "sendmail: cannot connect to the mail hub" >&2
            exit 75
            """)
    }

    private func script(_ url: URL, _ text: String) throws {
        try Data((text + "\n").utf8).write(to: url)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path)
    }

    func cleanUp() { try? FileManager.default.removeItem(at: root) }

    func configuration(enabled: Bool = true, command: String? = nil, reminderDays: [Int] = [14, 3]) -> PipelineConfiguration {
        var c = PipelineConfiguration()
        c.dataDir = data.path
        c.schemasDir = Self.repo.appendingPathComponent("Schemas").path
        c.exports.formats = ["csv"]
        c.mail.enabled = enabled
        c.mail.sendmailCommand = command ?? "\(recorder.path) -t"
        c.mail.from = "followup@tillvaxtverket.se"
        c.mail.agencyRecipients = ["analys@tillvaxtverket.se"]
        c.mail.reminderDays = reminderDays
        c.mail.contactsFile = contacts.path
        c.mail.portalURL = "https://uppfoljning.example.se/"
        return c
    }

    func run(_ config: PipelineConfiguration, now: String, hooks: RunHooks = RunHooks()) throws -> RunSummary {
        let env = try PipelineEnvironment(config: config, now: ISO8601DateFormatter().date(from: now))
        return try NightlyRun(environment: env, showProgress: false, hooks: hooks).run()
    }

    func writeContacts(_ text: String) throws { try Data(text.utf8).write(to: contacts) }

    /// Copies a sample file of `Samples/inbox/` into the inbox, received at `mtime`.
    func dropSample(_ name: String, mtime: String = "2026-01-15T10:00:00+01:00") throws {
        let region = String(name.prefix(2))
        try drop(name, try Data(contentsOf: Self.repo.appendingPathComponent("Samples/inbox/\(region)/\(name)")),
                 folder: region, mtime: mtime)
    }

    func drop(_ name: String, _ bytes: Data, folder: String, mtime: String = "2026-01-15T10:00:00+01:00") throws {
        let dir = data.appendingPathComponent("inbox/\(folder)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let url = dir.appendingPathComponent(name)
        try bytes.write(to: url)
        try FileManager.default.setAttributes([.modificationDate: ISO8601DateFormatter().date(from: mtime)!], ofItemAtPath: url.path)
    }

    /// Every message the stand-in received, parsed; the outbox is emptied.
    func takeMessages() throws -> [Sent] {
        let names = try FileManager.default.contentsOfDirectory(atPath: outbox.path).filter { !$0.hasSuffix(".argv") }
        let messages = try names.sorted().map { name -> Sent in
            let url = outbox.appendingPathComponent(name)
            let raw = try String(contentsOf: url, encoding: .utf8)
            let argv = try String(contentsOf: url.appendingPathExtension("argv"), encoding: .utf8)
            return Sent(raw: raw, argv: argv.split(separator: "\n").map(String.init))
        }
        for name in try FileManager.default.contentsOfDirectory(atPath: outbox.path) {
            try FileManager.default.removeItem(at: outbox.appendingPathComponent(name))
        }
        return messages
    }

    /// The text receipts the run wrote for a region.
    func receiptTexts(region: String) throws -> [String] {
        let dir = data.appendingPathComponent("receipts/\(region)")
        return try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".kvitto.txt") }.sorted()
            .map { try String(contentsOf: dir.appendingPathComponent($0), encoding: .utf8) }
    }

    func logText(_ summary: RunSummary) throws -> String { try String(contentsOfFile: summary.logFile, encoding: .utf8) }
}

/// One message as the stand-in got it, decoded independently of the code under test.
struct Sent {
    let raw: String
    let argv: [String]

    /// Header lines, unfolded (a continuation line starts with a space).
    var headerLines: [String] {
        let head = raw.components(separatedBy: "\n\n").first ?? ""
        var lines: [String] = []
        for line in head.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix(" ") || line.hasPrefix("\t"), !lines.isEmpty { lines[lines.count - 1] += String(line) } else { lines.append(String(line)) }
        }
        return lines
    }

    func header(_ name: String) -> String? {
        let prefix = name.lowercased() + ":"
        return headerLines.first { $0.lowercased().hasPrefix(prefix) }.map { String($0.dropFirst(prefix.count)).trimmingCharacters(in: .whitespaces) }
    }

    /// The subject with RFC 2047 B-encoded words decoded.
    var subject: String {
        let value = header("Subject") ?? ""
        guard value.contains("=?") else { return value }
        var out = ""
        for token in value.split(separator: " ") {
            let t = String(token)
            if t.hasPrefix("=?UTF-8?B?") && t.hasSuffix("?=") {
                let b64 = String(t.dropFirst(10).dropLast(2))
                out += String(decoding: Data(base64Encoded: b64) ?? Data(), as: UTF8.self)
            } else {
                out += (out.isEmpty ? "" : " ") + t
            }
        }
        return out
    }

    var to: [String] { (header("To") ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }

    /// The body with quoted-printable undone.
    var body: String {
        guard let range = raw.range(of: "\n\n") else { return "" }
        let encoded = raw[range.upperBound...]
        var bytes: [UInt8] = []
        var lines = encoded.components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        for line in lines {
            var u = Array(line.utf8)
            let soft = u.last == UInt8(ascii: "=")
            if soft { u.removeLast() }
            var i = 0
            while i < u.count {
                if u[i] == UInt8(ascii: "="), i + 2 < u.count + 0, let v = UInt8(String(decoding: u[(i + 1)...(i + 2)], as: UTF8.self), radix: 16) {
                    bytes.append(v)
                    i += 3
                } else {
                    bytes.append(u[i])
                    i += 1
                }
            }
            if !soft { bytes.append(UInt8(ascii: "\n")) }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
