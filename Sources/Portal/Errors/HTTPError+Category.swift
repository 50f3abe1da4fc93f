import FollowUpModel
import HTTPTypes
import Hummingbird
import Texts

/// The only place that decides the HTTP status (and the Swedish text) of a failure, as
/// `ExitCode+Category.swift` is for the command line.
enum HTTPFailure {
    struct Answer: Sendable {
        var status: HTTPResponse.Status
        var message: String
    }

    /// The status of each error category of the pipeline and store.
    static func status(_ category: ErrorCategory) -> HTTPResponse.Status {
        switch category {
        case .usage: return .badRequest
        case .lockHeld: return .serviceUnavailable
        case .storeMissing: return .notFound
        case .storeDamaged: return .serviceUnavailable
        case .configuration, .io, .permission, .internalError: return .internalServerError
        }
    }

    static func answer(_ error: any Error) -> Answer {
        switch error {
        case let e as PortalError:
            switch e {
            case .unauthorized: return Answer(status: .unauthorized, message: PortalText.unauthorized)
            case .notFound: return Answer(status: .notFound, message: PortalText.notFound)
            case .forbidden: return Answer(status: .forbidden, message: PortalText.forbidden)
            case .formExpired: return Answer(status: .forbidden, message: PortalText.formExpired)
            case .badRequest: return Answer(status: .badRequest, message: PortalText.badForm)
            case .payloadTooLarge: return Answer(status: .contentTooLarge, message: PortalText.uploadTooLarge)
            case .throttled: return Answer(status: .tooManyRequests, message: PortalText.signInThrottled)
            }
        case let e as CategorizedError:
            let status = status(e.category)
            return Answer(status: status, message: message(for: status))
        case let e as HTTPError:
            // The router's own answers (no such route, wrong method) read like ours.
            let status: HTTPResponse.Status = e.status == .methodNotAllowed ? .notFound : e.status
            return Answer(status: status, message: message(for: status))
        default:
            return Answer(status: .internalServerError, message: PortalText.serverError)
        }
    }

    static func message(for status: HTTPResponse.Status) -> String {
        switch status.code {
        case 401: return PortalText.unauthorized
        case 403: return PortalText.forbidden
        case 404: return PortalText.notFound
        case 413: return PortalText.uploadTooLarge
        case 429: return PortalText.signInThrottled
        case 503: return PortalText.unavailable
        case 400..<500: return PortalText.badRequest
        default: return PortalText.serverError
        }
    }
}
