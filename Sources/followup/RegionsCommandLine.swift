import ArgumentParser
import Foundation
import Texts

/// The commands regions use (`validate`, `template`) speak Swedish on the command line too.
/// ArgumentParser 1.8.2 has no localisation, so their help and ArgumentParser's usage errors
/// are replaced here, in the executable's one error mapping (`Followup.main`): the help by
/// `CommandLineText`'s Swedish help, a usage error by its Swedish one-liner (exit 2). The
/// commands' own errors are Swedish already and pass through unchanged.
enum RegionsCommandLine {
    static let commands = ["validate", "template"]

    /// The region command the arguments run (`followup validate …`, `followup help template`), or nil.
    static func command(in arguments: [String]) -> String? {
        var args = arguments.dropFirst()
        if args.first == "help" { args = args.dropFirst() }
        return args.first.flatMap { commands.contains($0) ? $0 : nil }
    }

    /// Handles `error` when it is help or a usage error of a region command (prints and
    /// exits); returns otherwise.
    static func handle(_ error: Error, arguments: [String] = CommandLine.arguments) {
        guard !(error is ExitCode), let command = command(in: arguments) else { return }
        switch Followup.exitCode(for: error) {
        case .success:
            guard !arguments.contains("--version") else { return }
            let help = command == "validate" ? CommandLineText.validateHelp : CommandLineText.templateHelp
            print(help, terminator: "")
            Foundation.exit(0)
        case .validationFailure:
            guard let swedish = CommandLineText.usageError(Followup.message(for: error), command: command) else { return }
            CommandFailure(category: .usage, message: swedish).exit()
        default:
            return
        }
    }
}
