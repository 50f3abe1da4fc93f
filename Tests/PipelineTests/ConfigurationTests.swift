import Foundation
import Testing
@testable import Pipeline

struct ConfigurationTests {
    func write(_ text: String) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("followup-config-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let url = dir.appendingPathComponent("nightly.yaml")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    @Test func theShippedConfigurationsLoad() throws {
        let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let nightly = try PipelineConfiguration.load(from: repo.appendingPathComponent("Pipelines/nightly.yaml"))
        #expect(nightly.dataDir == "/var/lib/followup")
        #expect(nightly.limits.maxFileBytes == 1 << 30)
        #expect(nightly.exports.formats == ["xlsx", "csv", "html", "md", "json"])
        let demo = try PipelineConfiguration.load(from: repo.appendingPathComponent("Pipelines/demo.yaml"))
        #expect(demo.dataDir == repo.appendingPathComponent("scratch/demo").standardizedFileURL.path)
        #expect(demo.settleSeconds == 0)
    }

    @Test func relativePathsAreResolvedAgainstTheFile() throws {
        let url = try write("data_dir: data\nfinding_cap: 5\n")
        let c = try PipelineConfiguration.load(from: url)
        #expect(c.dataDir == url.deletingLastPathComponent().appendingPathComponent("data").path)
        #expect(c.findingCap == 5)
    }

    @Test func badValuesAreConfigurationErrorsNamingTheValue() throws {
        for (text, word) in [("exports:\n  formats: [pdf]\n", "pdf"), ("exports:\n  csv_dialect: excel\n", "excel"),
                             ("finding_cap: 0\n", "positiva"), ("limits: [1, 2]\n", "inte giltig")] {
            let url = try write(text)
            do {
                _ = try PipelineConfiguration.load(from: url)
                Issue.record("accepted \(text)")
            } catch let e as PipelineError {
                guard case .configuration(let reason) = e else { Issue.record("wrong error \(e)"); continue }
                #expect(reason.contains(word), "\(reason)")
            }
        }
    }
}
