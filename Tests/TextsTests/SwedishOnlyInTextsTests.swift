import Foundation
import Testing

/// The house rule of issue 10: every Swedish text a user reads lives in `Sources/Texts`.
/// A string literal with å, ä or ö anywhere else in `Sources/` (comments aside) breaks it.
/// `samplegen` makes test data and is exempt; proper nouns used as configuration defaults
/// are listed.
struct SwedishOnlyInTextsTests {
    static let allowed: Set<String> = [
        "\"Tillväxtverket\"", // publish.publisher_name's default (a name, not a text)
    ]

    @Test func noSwedishStringLiteralOutsideTexts() throws {
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Sources")
        let files = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)!
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" }
            .filter { !$0.path.contains("/Sources/Texts/") && !$0.path.contains("/Sources/samplegen/") }
        #expect(files.count > 100)
        let literal = try Regex(#""[^"\n]*[åäöÅÄÖ][^"\n]*""#)
        var found: [String] = []
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let code = line.trimmingCharacters(in: .whitespaces)
                if code.hasPrefix("//") { continue }
                let beforeComment = line.range(of: " //").map { line[..<$0.lowerBound] } ?? line[...]
                for match in beforeComment.matches(of: literal) where !Self.allowed.contains(String(match.output[0].substring ?? "")) {
                    found.append("\(file.lastPathComponent):\(n + 1): \(match.output[0].substring ?? "")")
                }
            }
        }
        #expect(found.isEmpty, "\(found.joined(separator: "\n"))")
    }
}
