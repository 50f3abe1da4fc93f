import Foundation

/// The Swedish command line of the commands regions use (`validate`, `template`):
/// their help, and ArgumentParser's usage errors in Swedish. ArgumentParser (1.8.2) has no
/// localisation, so the executable shows these instead of its English ones.
public enum CommandLineText {
    // MARK: Help

    /// One entry of a help section: the synopsis (`--format <format>`) and what it does.
    typealias Entry = (synopsis: String, help: String)

    static let helpEntry: Entry = ("-h, --help", "Visa den här hjälpen.")
    static let versionEntry: Entry = ("--version", "Visa programmets version.")

    /// `followup validate --help`.
    public static var validateHelp: String {
        help(abstract: CommandText.validateAbstract, discussion: CommandText.validateDiscussion,
             usage: "followup validate <filer> ... [--format <format>] [--schemas <mapp>] [--data-dir <mapp>] [--now <tidpunkt>]",
             arguments: [("<filer>", CommandText.validateFiles)],
             options: [("--format <format>", CommandText.validateFormat + " (värden: text, json; standard: text)"),
                       ("--schemas <mapp>", CommandText.optionSchemas),
                       ("--data-dir <mapp>", CommandText.optionDataDir),
                       ("--now <tidpunkt>", CommandText.optionNow + " Fristen räknas från denna tidpunkt."),
                       versionEntry, helpEntry])
    }

    /// `followup template --help`.
    public static var templateHelp: String {
        help(abstract: CommandText.templateAbstract, discussion: CommandText.templateDiscussion,
             usage: "followup template --report <rapport> [--year <år>] [--out <mapp>] [--header-only] [--schemas <mapp>]",
             arguments: [],
             options: [("--report <rapport>", CommandText.templateReport),
                       ("--year <år>", CommandText.templateYear),
                       ("--out <mapp>", CommandText.templateOut),
                       ("--header-only", CommandText.templateHeaderOnly),
                       ("--schemas <mapp>", CommandText.optionSchemas),
                       versionEntry, helpEntry])
    }

    static let width = 80

    static func help(abstract: String, discussion: String, usage: String, arguments: [Entry], options: [Entry]) -> String {
        var t = wrap("ÖVERSIKT: " + abstract, indent: "") + "\n\n"
        t += wrap(discussion, indent: "") + "\n\n"
        t += wrap("ANVÄNDNING: " + usage, indent: "  ") + "\n\n"
        let column = 2 + max(22, (arguments + options).map(\.synopsis.count).max() ?? 0) + 2
        func section(_ title: String, _ entries: [Entry]) -> String {
            var s = "\(title):\n"
            for e in entries {
                let head = "  " + e.synopsis
                let body = wrap(e.help, indent: String(repeating: " ", count: column), first: column)
                s += head.count + 2 <= column
                    ? head.padding(toLength: column, withPad: " ", startingAt: 0) + body.dropFirst(column) + "\n"
                    : head + "\n" + body + "\n"
            }
            return s
        }
        if !arguments.isEmpty { t += section("ARGUMENT", arguments) + "\n" }
        t += section("FLAGGOR", options)
        return t
    }

    /// `text` wrapped at `width` columns, later lines indented with `indent` (the first
    /// line too when `first` is given: it starts at that column).
    static func wrap(_ text: String, indent: String, first: Int? = nil) -> String {
        var lines: [String] = []
        var line = first.map { String(repeating: " ", count: $0) } ?? ""
        var lineHasWord = false
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            if lineHasWord && line.count + 1 + word.count > width {
                lines.append(line)
                line = indent + word
            } else {
                line += (lineHasWord ? " " : "") + word
            }
            lineHasWord = true
        }
        lines.append(line)
        return lines.joined(separator: "\n")
    }

    // MARK: Usage errors

    /// The Swedish one-liner for an ArgumentParser usage error of `command`, or nil when the
    /// message is none of ArgumentParser's (the commands' own errors are Swedish already).
    ///
    /// ```swift
    /// CommandLineText.usageError("Missing expected argument '<files> ...'", command: "validate")
    /// // "ange minst en fil att kontrollera, t.ex. followup validate 14_2025_insatser.csv (se followup validate --help)"
    /// ```
    public static func usageError(_ message: String, command: String) -> String? {
        // A composite short option gives two lines ("… or: …"); the first says it.
        let m = String(message.split(separator: "\n").first ?? "")
        let hint = " (se followup \(command) --help)"
        if let g = match(m, #"^Missing expected argument '(.+)'$"#) {
            if g[0].hasPrefix("<files>") { return "ange minst en fil att kontrollera, t.ex. followup validate 14_2025_insatser.csv" + hint }
            if g[0].hasPrefix("--report") { return "ange rapporten med --report: insatser, finansiering, indikatorer eller strategi" + hint }
            return "\(synopsis(g[0])) saknas" + hint
        }
        if let g = match(m, #"^Missing value for '(\S+)( <.+>)?'$"#) {
            return "\(g[0]) saknar värde" + hint
        }
        if let g = match(m, #"^The value '(.*)' is invalid for '(\S+)( <[^>]+>)?'(.*)$"#) {
            let name = g[1].hasPrefix("<") ? synopsis(g[1]) : g[1]
            var s = "värdet \"\(g[0])\" går inte att använda för \(name)"
            if g[3].contains("Please provide one of") {
                let choices = quoted(in: g[3])
                s += "; välj " + (choices.count == 1 ? choices[0] : choices.dropLast().joined(separator: ", ") + " eller " + choices.last!)
            } else if g[1] == "--year" {
                s += "; ange ett år, t.ex. 2025"
            }
            return s + hint
        }
        if let g = match(m, #"^Unknown option '(\S+)'(?:\. Did you mean '(\S+)'\?)?$"#) {
            return "okänd flagga \(g[0])" + (g[1].isEmpty ? "" : "; menade du \(g[1])?") + hint
        }
        if let g = match(m, #"^Unexpected argument '(.*)'$"#) {
            return "oväntat argument \"\(g[0])\"" + hint
        }
        if let g = match(m, #"^(\d+) unexpected arguments: (.*)$"#) {
            return "\(g[0]) oväntade argument: " + quoted(in: g[1]).map { "\"\($0)\"" }.joined(separator: ", ") + hint
        }
        if let g = match(m, #"^The option '(\S+)' does not take any value, but '(.*)' was specified\.$"#) {
            return "\(g[0]) tar inget värde (angavs \"\(g[1])\")" + hint
        }
        if match(m, #"^Value to be set with .* had already been set with .*$"#) != nil {
            return "samma flagga har angetts mer än en gång" + hint
        }
        if let g = match(m, #"^Missing one of: (.*)$"#) {
            return "en av dessa saknas: " + quoted(in: g[0]).map(synopsis).joined(separator: ", ") + hint
        }
        if let g = match(m, #"^Invalid option: (.*)$"#) {
            return "ogiltig flagga: \(g[0])" + hint
        }
        return nil
    }

    /// ArgumentParser's value names in Swedish: `<files> ...` → `<filer> …`.
    static func synopsis(_ s: String) -> String {
        var s = s
        for (en, sv) in [("<files>", "<filer>"), ("<report>", "<rapport>"), ("<year>", "<år>"), ("<out>", "<mapp>"),
                         ("<schemas>", "<mapp>"), ("<data-dir>", "<mapp>"), ("<now>", "<tidpunkt>"), (" ...", " …")] {
            s = s.replacingOccurrences(of: en, with: sv)
        }
        return s
    }

    /// The capture groups of `pattern` in `s` ("" for a group that took no part), or nil.
    static func match(_ s: String, _ pattern: String) -> [String]? {
        guard let regex = try? NSRegularExpression(pattern: pattern),
              let m = regex.firstMatch(in: s, range: NSRange(s.startIndex..., in: s)) else { return nil }
        return (1..<m.numberOfRanges).map { i in Range(m.range(at: i), in: s).map { String(s[$0]) } ?? "" }
    }

    /// The texts between single quotes: `'text' and 'json'` → `["text", "json"]`.
    static func quoted(in s: String) -> [String] {
        let parts = s.split(separator: "'", omittingEmptySubsequences: false)
        return stride(from: 1, to: parts.count, by: 2).map { String(parts[$0]) }
    }
}
