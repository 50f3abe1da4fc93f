import CSVReading
import FollowUpModel
import Testing

/// A small seeded generator (SplitMix64), so failures are reproducible.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// RFC 4180 writing: quote when needed, double the quotes.
func csvLine(_ cells: [String], delimiter: Character) -> String {
    cells.map { cell in
        let needs = cell.contains(delimiter) || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")
            || cell.first == " " || cell.last == " " || cell.first == "\t" || cell.last == "\t" || cell.isEmpty
        return needs ? "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : cell
    }.joined(separator: String(delimiter))
}

@Suite struct RoundTrip {
    static let alphabet: [String] = ["a", "Z", "0", "9", " ", ",", ";", "\t", "\"", "\n", "\r\n", "å", "Ö", "€", "—", "😀", "\u{00A0}", "|", "x"]

    @Test(arguments: [Character(","), ";", "\t"])
    func randomCellsReadBackUnchanged(delimiter: Character) throws {
        var rng = SeededGenerator(state: 20_250_214)
        for _ in 0..<200 {
            let columns = Int.random(in: 2...6, using: &rng)
            var rows: [[String]] = [(0..<columns).map { "h\($0)" }]
            for _ in 0..<Int.random(in: 1...20, using: &rng) {
                rows.append((0..<columns).map { _ in
                    (0..<Int.random(in: 1...12, using: &rng)).map { _ in Self.alphabet.randomElement(using: &rng)! }.joined()
                })
            }
            let crlf = Bool.random(using: &rng)
            let text = rows.map { csvLine($0, delimiter: delimiter) }.joined(separator: crlf ? "\r\n" : "\n")
                + (Bool.random(using: &rng) ? "\n" : "")
            var read: [[String]] = []
            let summary = try CSVReader.read(bytes: Array(text.utf8)) { read.append($0.cells) }
            #expect(summary.problems.isEmpty, "\(text)")
            #expect(read == rows, "\(text.debugDescription)")
        }
    }
}
