import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Pipeline
import Testing
@testable import Portal

/// Helpers of the analysts' page tests: the nightly run over the fixture's data directory,
/// files put straight into a region's inbox, and the coverage grid's cells read off a page.
enum AnalystHelpers {
    /// Runs the nightly job an hour after the fixture's clock.
    @discardableResult
    static func nightly(_ fixture: PortalFixture) throws -> RunSummary {
        var config = PipelineConfiguration()
        config.dataDir = fixture.dir.path
        config.schemasDir = PortalFixture.repo.appendingPathComponent("Schemas").path
        let env = try PipelineEnvironment(config: config, now: PortalFixture.now.addingTimeInterval(3600))
        return try NightlyRun(environment: env, showProgress: false).run()
    }

    /// Puts `data` into `inbox/<region>/<name>`, received a day before the fixture's clock.
    static func drop(_ fixture: PortalFixture, region: String, name: String, data: Data) throws {
        let dir = fixture.zones.inbox.appendingPathComponent(region, isDirectory: true)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let url = dir.appendingPathComponent(name)
        try data.write(to: url)
        try FileManager.default.setAttributes([.modificationDate: PortalFixture.now.addingTimeInterval(-86_400)], ofItemAtPath: url.path)
    }

    /// The coverage grid's cell of `region` and `report`: its status class, link and words.
    static func cell(_ page: String, region: String, report: String) -> (status: String, href: String, text: String)? {
        let pattern = #"<td class="cov cov-([a-z]+)"><a href="([^"]+)"><span class="vh">"# + region + " " + report
            + #": </span>([^<]+)</a></td>"#
        guard let regex = try? NSRegularExpression(pattern: pattern),
              let m = regex.firstMatch(in: page, range: NSRange(page.startIndex..., in: page)),
              let a = Range(m.range(at: 1), in: page), let b = Range(m.range(at: 2), in: page),
              let c = Range(m.range(at: 3), in: page) else { return nil }
        return (String(page[a]), String(page[b]).replacingOccurrences(of: "&amp;", with: "&"), String(page[c]))
    }

    /// A copy of a valid finansiering file whose `beviljat_kr` carries ` kr` on the first
    /// `count` data rows: exactly `count` `type-error` findings.
    static func withTypeErrors(_ data: Data, count: Int) throws -> Data {
        let text = try #require(String(data: data, encoding: .utf8))
        var lines = text.components(separatedBy: "\n")
        let header = lines[0].split(separator: ",", omittingEmptySubsequences: false)
        let column = try #require(header.firstIndex(of: "beviljat_kr"))
        for i in 1...count {
            var cells = lines[i].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            cells[column] += " kr"
            lines[i] = cells.joined(separator: ",")
        }
        return Data(lines.joined(separator: "\n").utf8)
    }
}
