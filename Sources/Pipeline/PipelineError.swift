import Foundation

/// Failures that stop a command (bad data never does: it becomes a finding). The
/// executable maps each to its exit code in one place.
public enum PipelineError: Error, CustomStringConvertible {
    /// Another run holds the lock (exit 3).
    case lockHeld(path: String, holder: String)
    /// The configuration cannot be read or is wrong (exit 4).
    case configuration(String)
    /// A file or directory could not be read or written (exit 4).
    case io(path: String, reason: String)

    public var description: String {
        switch self {
        case .lockHeld(let path, let holder):
            return "En annan körning pågår redan (låset \(path) hålls av \(holder)). Avbryter utan att ändra något."
        case .configuration(let reason):
            return "Fel i konfigurationen: \(reason)"
        case .io(let path, let reason):
            return "Kunde inte läsa eller skriva \(path): \(reason)"
        }
    }
}
