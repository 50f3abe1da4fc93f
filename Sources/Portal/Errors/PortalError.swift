/// What a request can fail with in the portal. The HTTP status and the text of each are
/// decided in one place: `HTTPError+Category.swift`.
public enum PortalError: Error, Equatable, Sendable {
    /// No valid session or token.
    case unauthorized
    /// The resource does not exist — or belongs to another region: the two answer alike.
    case notFound
    /// The role may not do this.
    case forbidden
    /// A form or token check failed (CSRF).
    case formExpired
    /// A malformed request (bad form, bad multipart).
    case badRequest
    /// The upload is larger than `max_upload_bytes`.
    case payloadTooLarge
    /// Too many failed sign-ins.
    case throttled
}
