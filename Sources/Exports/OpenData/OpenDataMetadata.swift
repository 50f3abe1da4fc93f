import Foundation
import FollowUpModel
import Texts

/// Who publishes the open data and where (`publish:` in the configuration): what the
/// Data Package and the DCAT-AP-SE record say beside the tables.
///
/// ```swift
/// let metadata = try OpenDataMetadata(baseURL: "https://data.example.se/uppfoljning/",
///                                     publisherName: "Tillväxtverket",
///                                     publisherEmail: "uppfoljning@example.se")
/// ```
public struct OpenDataMetadata: Sendable, Hashable {
    /// Where the publish folders are served: the files of year Y are at `<baseURL>Y/<file>`.
    /// Always absolute http(s) and ending in `/`.
    public let baseURL: String
    public var publisherName: String
    public var publisherEmail: String
    /// The publisher's web site (`foaf:homepage` of the agent), if given.
    public var publisherURL: String?
    /// The date (`YYYY-MM-DD`) the dataset is first published: used when the output folder
    /// holds no earlier catalogue record (whose date is kept, so a re-run changes nothing).
    public var firstPublished: String

    /// - Throws: `OpenDataError.baseURLInvalid` when `baseURL` is not an absolute http(s)
    ///   address, `.publisherEmailInvalid` when the e-mail address has no `@`.
    public init(baseURL: String, publisherName: String, publisherEmail: String,
                publisherURL: String? = nil, firstPublished: String) throws {
        guard let normalised = Self.normalise(baseURL: baseURL) else { throw OpenDataError.baseURLInvalid(baseURL) }
        let email = publisherEmail.trimmingCharacters(in: .whitespaces)
        let at = email.firstIndex(of: "@")
        guard let at, at != email.startIndex, email.index(after: at) != email.endIndex,
              !email.contains(where: { $0.isWhitespace || $0 == "<" || $0 == ">" }) else {
            throw OpenDataError.publisherEmailInvalid(publisherEmail)
        }
        if let url = publisherURL, Self.normalise(baseURL: url) == nil { throw OpenDataError.baseURLInvalid(url) }
        self.baseURL = normalised
        self.publisherName = publisherName
        self.publisherEmail = email
        self.publisherURL = publisherURL
        self.firstPublished = firstPublished
    }

    /// `text` as an absolute http(s) address ending in `/`, or nil.
    static func normalise(baseURL text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let url = URL(string: trimmed), let scheme = url.scheme?.lowercased(), ["http", "https"].contains(scheme),
              let host = url.host, !host.isEmpty, url.query == nil, url.fragment == nil else { return nil }
        return trimmed.hasSuffix("/") ? trimmed : trimmed + "/"
    }

    /// The folder of `year`: `<baseURL><year>/`.
    func yearURL(_ year: Int) -> String { "\(baseURL)\(year)/" }
}

/// Why the open data could not be described or written.
public enum OpenDataError: CategorizedError, Equatable, CustomStringConvertible {
    case baseURLInvalid(String)
    case publisherEmailInvalid(String)
    /// The output folder exists and is not an earlier publication (it would be replaced).
    case outputNotAPublication(String)

    /// The addresses come from the configuration (or `--base-url`), the folder from `--output`.
    public var category: ErrorCategory {
        switch self {
        case .baseURLInvalid, .publisherEmailInvalid: return .configuration
        case .outputNotAPublication: return .usage
        }
    }

    public var description: String {
        switch self {
        case .baseURLInvalid(let value): return PublishText.baseURLInvalid(value)
        case .publisherEmailInvalid(let value): return PublishText.publisherEmailInvalid(value)
        case .outputNotAPublication(let path): return PublishText.outputNotAPublication(path)
        }
    }
}
