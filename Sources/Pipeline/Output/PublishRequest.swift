import Foundation
import Exports
import FollowUpModel
import Store
import Texts
import Yams

/// The keys of `followup publish` in the configuration file, under `publish:` (see
/// `Pipelines/nightly.yaml`).
///
/// ```yaml
/// publish:
///   base_url: https://data.example.se/uppfoljning/
///   publisher_name: Tillväxtverket
///   publisher_email: uppfoljning@example.se
///   publisher_url: https://tillvaxtverket.se/
/// ```
public struct PublishConfiguration: Decodable, Sendable {
    /// Where the publish folders are served from: year Y's files are at `<base_url>Y/`.
    public var baseURL: String?
    public var publisherName = "Tillväxtverket"
    /// The contact point of the DCAT-AP-SE record (required there).
    public var publisherEmail: String?
    public var publisherURL: String?

    public init() {}

    enum CodingKeys: String, CodingKey {
        case baseURL = "base_url", publisherName = "publisher_name"
        case publisherEmail = "publisher_email", publisherURL = "publisher_url"
    }

    public init(from d: any Decoder) throws {
        let c = try d.container(keyedBy: CodingKeys.self)
        baseURL = try c.decodeIfPresent(String.self, forKey: .baseURL)
        publisherName = try c.decodeIfPresent(String.self, forKey: .publisherName) ?? publisherName
        publisherEmail = try c.decodeIfPresent(String.self, forKey: .publisherEmail)
        publisherURL = try c.decodeIfPresent(String.self, forKey: .publisherURL)
    }

    /// Reads the `publish:` section of a configuration file (absent: the defaults). The
    /// file's keys are checked by `PipelineConfiguration.load` (`knownKeys`).
    public static func load(from url: URL) throws -> PublishConfiguration {
        struct File: Decodable { var publish: PublishConfiguration? }
        do {
            let text = try String(contentsOf: url, encoding: .utf8)
            return try YAMLDecoder().decode(File.self, from: text).publish ?? PublishConfiguration()
        } catch {
            throw PipelineError.configuration(ErrorTexts.configurationInvalid(path: url.path, reason: "\(error)"))
        }
    }
}

/// Why `followup publish` wrote nothing.
public enum PublishError: CategorizedError, Equatable, CustomStringConvertible {
    /// The year has no accepted report in force: there is nothing to publish.
    case noAcceptedData(year: Int)
    case baseURLMissing(source: String)
    case publisherEmailMissing(source: String)

    public var category: ErrorCategory {
        switch self {
        case .noAcceptedData: return .usage
        case .baseURLMissing, .publisherEmailMissing: return .configuration
        }
    }

    public var description: String {
        switch self {
        case .noAcceptedData(let year): return PublishText.noAcceptedData(year: year)
        case .baseURLMissing(let source): return PublishText.baseURLMissing(source: source)
        case .publisherEmailMissing(let source): return PublishText.publisherEmailMissing(source: source)
        }
    }
}

/// `followup publish`: one year's comparison tables as open data (Data Package, DCAT-AP-SE
/// and CSV) in `directory`, read from the store read-only.
public struct PublishRequest {
    public var year: Int
    public var directory: URL?
    public var configuration: PublishConfiguration
    /// Named in messages about a missing key (the configuration file, or "the configuration").
    public var source: String

    public init(year: Int, directory: URL?, configuration: PublishConfiguration, source: String) {
        self.year = year
        self.directory = directory
        self.configuration = configuration
        self.source = source
    }

    /// The folder written when none is given: `<data_dir>/publish/<year>/`.
    public static func defaultDirectory(_ env: PipelineEnvironment, year: Int) -> URL {
        URL(fileURLWithPath: env.config.dataDir, isDirectory: true)
            .appendingPathComponent("publish", isDirectory: true)
            .appendingPathComponent(String(year), isDirectory: true)
    }

    /// - Returns: the folder and the files written in it.
    public func run(_ env: PipelineEnvironment) throws -> (directory: URL, files: [URL]) {
        guard let base = configuration.baseURL, !base.isEmpty else { throw PublishError.baseURLMissing(source: source) }
        guard let email = configuration.publisherEmail, !email.isEmpty else {
            throw PublishError.publisherEmailMissing(source: source)
        }
        let metadata = try OpenDataMetadata(baseURL: base, publisherName: configuration.publisherName,
                                            publisherEmail: email, publisherURL: configuration.publisherURL,
                                            firstPublished: String(SwedishTime.iso(env.now).prefix(10)))
        let store = try env.openStoreReadOnly()
        guard try store.hasAcceptedData(year: year) else { throw PublishError.noAcceptedData(year: year) }
        let dir = directory ?? Self.defaultDirectory(env, year: year)
        let files = try store.withComparisonTables(year: year) { tables in
            do {
                return try OpenDataPublisher.publish(tables, year: year, metadata: metadata, to: dir)
            } catch let e as ExportError {
                throw PipelineError.io(path: dir.path, reason: "\(e)")
            }
        }
        return (dir, files)
    }
}
