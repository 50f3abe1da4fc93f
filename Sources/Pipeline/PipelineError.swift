import FollowUpModel
import Texts

/// Failures that stop a command (bad data never does: it becomes a finding). Its category
/// decides the exit code (and later the HTTP status); its text is in `ErrorTexts`.
public enum PipelineError: CategorizedError, CustomStringConvertible {
    /// Another run holds the lock.
    case lockHeld(path: String, holder: String)
    /// The configuration, the schemas or the code lists cannot be read or are wrong.
    case configuration(String)
    /// A file or directory could not be read or written.
    case io(path: String, reason: String)
    /// This user cannot write `path` (owned by `owner`).
    case notWritable(path: String, owner: String, user: String)
    /// The data directory belongs to `owner`, not to this `user`.
    case otherOwner(path: String, owner: String, user: String)
    /// `followup export` of a year without any accepted report in force (and no
    /// `--allow-empty`): the tables would hold nothing.
    case noAcceptedData(year: Int)

    public var category: ErrorCategory {
        switch self {
        case .lockHeld: return .lockHeld
        case .configuration: return .configuration
        case .io: return .io
        case .notWritable, .otherOwner: return .permission
        case .noAcceptedData: return .usage
        }
    }

    public var description: String {
        switch self {
        case .lockHeld(let path, let holder): return ErrorTexts.lockHeld(path: path, holder: holder)
        case .configuration(let reason): return ErrorTexts.configuration(reason)
        case .io(let path, let reason): return ErrorTexts.io(path: path, reason: reason)
        case .notWritable(let path, let owner, let user): return OperationsText.notWritable(path: path, owner: owner, user: user)
        case .otherOwner(let path, let owner, let user): return OperationsText.otherOwner(path: path, owner: owner, user: user)
        case .noAcceptedData(let year): return ErrorTexts.noAcceptedData(year: year)
        }
    }
}
