import Foundation
import Texts
#if canImport(Glibc)
import Glibc
#endif

/// Hands a message to the machine's mail system: runs the configured command (by default
/// `/usr/sbin/sendmail -t`, no shell) with the message on standard input, as cron does.
/// The message and the command's standard error go through temporary files, so neither a
/// command that exits early (no SIGPIPE) nor one that writes much can block the run.
public struct Sendmail: Sendable {
    public let commandLine: [String]
    /// How long the command may take before it is stopped and counted as failed.
    public var timeoutSeconds = 120

    public init(commandLine: [String]) {
        self.commandLine = commandLine
    }

    /// Why a message was not handed over; in the log, never the run's failure.
    public struct Failure: Error, CustomStringConvertible, Sendable {
        public let description: String
    }

    /// Sends `message`. - Throws: `Failure` when the command cannot start, times out or
    /// exits with another status than 0.
    public func send(_ message: MailMessage) throws {
        guard let program = commandLine.first else {
            throw Failure(description: MailText.sendmailNotStarted("", reason: MailText.emptyCommand))
        }
        let scratch = FileManager.default.temporaryDirectory
            .appendingPathComponent("followup-mail-\(getpid())-\(UUID().uuidString)", isDirectory: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let input = scratch.appendingPathComponent("message.eml")
        let errors = scratch.appendingPathComponent("stderr.txt")
        let process = Process()
        let done = DispatchSemaphore(value: 0)
        do {
            try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
            try message.rendered().write(to: input)
            _ = FileManager.default.createFile(atPath: errors.path, contents: nil)
            process.executableURL = URL(fileURLWithPath: Self.locate(program))
            process.arguments = Array(commandLine.dropFirst())
            process.standardInput = try FileHandle(forReadingFrom: input)
            process.standardOutput = FileHandle.nullDevice
            process.standardError = try FileHandle(forWritingTo: errors)
            process.terminationHandler = { _ in done.signal() }
            try process.run()
        } catch {
            throw Failure(description: MailText.sendmailNotStarted(commandLine.joined(separator: " "), reason: SystemErrorText.reason(error)))
        }
        if done.wait(timeout: .now() + .seconds(timeoutSeconds)) == .timedOut {
            process.terminate()
            _ = done.wait(timeout: .now() + .seconds(5))
            throw Failure(description: MailText.sendmailTimedOut(timeoutSeconds))
        }
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            let said = (try? String(contentsOf: errors, encoding: .utf8)) ?? ""
            let firstLines = said.split(separator: "\n").prefix(3).joined(separator: " | ")
            throw Failure(description: MailText.sendmailExit(process.terminationStatus, stderr: String(firstLines.prefix(300))))
        }
    }

    /// A program named without a folder is looked up in `PATH`, as a shell would.
    static func locate(_ program: String) -> String {
        guard !program.contains("/") else { return program }
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/sbin:/usr/bin:/sbin:/bin"
        for dir in path.split(separator: ":") {
            let candidate = "\(dir)/\(program)"
            if access(candidate, X_OK) == 0 { return candidate }
        }
        return program
    }
}
