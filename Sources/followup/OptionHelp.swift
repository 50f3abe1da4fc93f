import ArgumentParser
import Texts

/// The help texts of the shared options, in the language of the commands that use them:
/// English for the operators' commands, Swedish for the regions' (`validate`, `template`).
protocol OptionHelp {
    static var dataDir: ArgumentHelp { get }
    static var now: ArgumentHelp { get }
    static var schemas: ArgumentHelp { get }
    /// The usage error for a `--now` that is not a time.
    static func notAnISO8601Time(_ text: String) -> String
}

enum English: OptionHelp {
    static let dataDir: ArgumentHelp = "Data directory; overrides the configuration's data_dir."
    static let now: ArgumentHelp = "Fix the clock (ISO 8601, e.g. 2026-03-01T02:00:00+01:00), for tests and replays."
    static let schemas: ArgumentHelp = "Folder with the Table Schemas and code lists; overrides schemas_dir."
    static func notAnISO8601Time(_ text: String) -> String {
        "--now \"\(text)\" is not an ISO 8601 time; write e.g. 2026-03-01T02:00:00+01:00"
    }
}

enum Swedish: OptionHelp {
    static let dataDir = ArgumentHelp(CommandText.optionDataDir)
    static let now = ArgumentHelp(CommandText.optionNow)
    static let schemas = ArgumentHelp(CommandText.optionSchemas)
    static func notAnISO8601Time(_ text: String) -> String { ErrorTexts.notAnISO8601Time(text) }
}
