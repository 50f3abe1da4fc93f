import Foundation
import FollowUpModel

/// A fresh directory under the system's temporary directory.
func makeTemporaryDirectory(_ label: String = "exports") throws -> URL {
    let url = FileManager.default.temporaryDirectory
        .appendingPathComponent("followup-\(label)-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

func readText(_ url: URL) throws -> String {
    String(decoding: try Data(contentsOf: url), as: UTF8.self)
}

/// A small table whose every exported byte the tests spell out.
enum SmallTable {
    static let table = Table(
        name: "omraden", title: "Finansiering per område",
        columns: [
            .init("ar", "År", .integer), .init("stodform", "Stödform", .text),
            .init("omrade_namn", "Område | namn", .text), .init("belopp_kr", "Belopp", .amount),
            .init("andel_procent", "Andel", .percent), .init("forandring_procent", "Förändring", .percent),
            .init("varde", "Värde", .decimal),
        ],
        rows: [
            [.integer(2021), .text("PROJ"), .text("Kompetens, \"bred\""), .integer(28_600_000), .tenths(589), .tenths(-362), .number(1.25)],
            [.integer(2021), .text("ALLA"), .text("Ej kopplat"), .integer(-1500), .tenths(-5), .empty, .empty],
        ])
}

/// The path of an executable on PATH, or nil.
func executableOnPath(_ names: [String]) -> String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
    for directory in path.split(separator: ":") {
        for name in names {
            let candidate = "\(directory)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
    }
    return nil
}
