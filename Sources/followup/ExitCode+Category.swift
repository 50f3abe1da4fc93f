import ArgumentParser
import FollowUpModel
import Foundation

extension ExitCode {
    /// The command line's exit code for each category of failure: the only place that
    /// decides one. 0 is done and 1 is "some file is invalid" (`validate`, not an error).
    /// A second front end maps the same `ErrorCategory` in one place of its own (the
    /// portal: to HTTP statuses, e.g. usage → 400, lockHeld → 503, storeMissing → 404, permission → 500).
    init(_ category: ErrorCategory) {
        switch category {
        case .usage: self.init(2)
        case .lockHeld: self.init(3)
        case .permission: self.init(5)
        case .configuration, .io, .storeMissing, .storeDamaged, .internalError: self.init(4)
        }
    }

    /// `validate`: some file is invalid.
    static let someFileInvalid = ExitCode(1)
}

/// A failure as the command line reports it: one line on standard error and the exit code
/// of its category.
struct CommandFailure {
    let category: ErrorCategory
    let message: String

    init(category: ErrorCategory, message: String) {
        self.category = category
        self.message = message
    }

    /// nil when `error` is not a failure: help, `--version`, or an exit code a command chose.
    init?(_ error: Error) {
        if error is ExitCode { return nil }
        if let error = error as? CategorizedError {
            category = error.category
            message = "\(error)"
            return
        }
        switch Followup.exitCode(for: error) {
        case .success:
            return nil
        case .validationFailure:
            category = .usage
            message = Followup.message(for: error)
        default:
            category = .internalError
            message = "\(error)"
        }
    }

    /// The line `followup` writes to standard error.
    var line: String { "followup: \(message)\n" }

    func exit() -> Never {
        _ = Array(line.utf8).withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress, $0.count) }  // never traps on a full or closed stderr
        Foundation.exit(ExitCode(category).rawValue)
    }
}
