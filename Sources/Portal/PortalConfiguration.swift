import Foundation
import Yams

/// The portal's keys in the pipeline's configuration file, under `portal:`
/// (see `Pipelines/nightly.yaml`). Every key is optional.
///
/// ```yaml
/// portal:
///   listen: 127.0.0.1:8080
///   public_base_url: https://uppfoljning.example.se
///   secure_cookies: true
///   max_upload_bytes: 268435456
///   session_lifetime_seconds: 28800
///   login_max_failures: 5
///   login_window_seconds: 900
/// ```
public struct PortalConfiguration: Decodable, Sendable {
    /// HOST:PORT the server listens on.
    public var listen = "127.0.0.1:8080"
    /// The address users reach (behind the reverse proxy); shown in `serve`'s first line.
    public var publicBaseURL: String?
    /// Mark the session cookie `Secure` (set when the proxy terminates TLS).
    public var secureCookies = false
    /// The largest request body an upload may have; larger ones are answered 413.
    public var maxUploadBytes: Int64 = 256 << 20
    /// How long a session lives without a new sign-in.
    public var sessionLifetimeSeconds = 8 * 3600
    /// Failed sign-ins (per user name and per address) within the window before throttling.
    public var loginMaxFailures = 5
    public var loginWindowSeconds: Double = 900
    /// bcrypt cost of new password hashes; never below 12 outside tests.
    public var bcryptCost: UInt8 = 12
    /// Take the client's address from `X-Forwarded-For` when the peer is on loopback (the
    /// reverse proxy on the same machine), for the audit log and sign-in throttling.
    public var trustLoopbackProxy = true

    public init() {}

    enum CodingKeys: String, CodingKey {
        case listen, publicBaseURL = "public_base_url", secureCookies = "secure_cookies"
        case maxUploadBytes = "max_upload_bytes", sessionLifetimeSeconds = "session_lifetime_seconds"
        case loginMaxFailures = "login_max_failures", loginWindowSeconds = "login_window_seconds"
        case bcryptCost = "bcrypt_cost", trustLoopbackProxy = "trust_loopback_proxy"
    }

    public init(from d: any Decoder) throws {
        let c = try d.container(keyedBy: CodingKeys.self)
        listen = try c.decodeIfPresent(String.self, forKey: .listen) ?? listen
        publicBaseURL = try c.decodeIfPresent(String.self, forKey: .publicBaseURL)
        secureCookies = try c.decodeIfPresent(Bool.self, forKey: .secureCookies) ?? secureCookies
        maxUploadBytes = try c.decodeIfPresent(Int64.self, forKey: .maxUploadBytes) ?? maxUploadBytes
        sessionLifetimeSeconds = try c.decodeIfPresent(Int.self, forKey: .sessionLifetimeSeconds) ?? sessionLifetimeSeconds
        loginMaxFailures = try c.decodeIfPresent(Int.self, forKey: .loginMaxFailures) ?? loginMaxFailures
        loginWindowSeconds = try c.decodeIfPresent(Double.self, forKey: .loginWindowSeconds) ?? loginWindowSeconds
        bcryptCost = max(12, try c.decodeIfPresent(UInt8.self, forKey: .bcryptCost) ?? bcryptCost)
        trustLoopbackProxy = try c.decodeIfPresent(Bool.self, forKey: .trustLoopbackProxy) ?? trustLoopbackProxy
    }

    /// Reads the `portal:` section of a configuration file (absent: the defaults).
    public static func load(from url: URL) throws -> PortalConfiguration {
        struct File: Decodable { var portal: PortalConfiguration? }
        let text = try String(contentsOf: url, encoding: .utf8)
        return try YAMLDecoder().decode(File.self, from: text).portal ?? PortalConfiguration()
    }

    /// `listen` split into host and port, or nil when it is not HOST:PORT.
    public static func parseListen(_ value: String) -> (host: String, port: Int)? {
        guard let colon = value.lastIndex(of: ":") else { return nil }
        let host = String(value[..<colon]).trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
        guard !host.isEmpty, let port = Int(value[value.index(after: colon)...]), (1...65535).contains(port) else { return nil }
        return (host, port)
    }
}
