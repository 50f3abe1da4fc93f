import ArgumentParser
import Foundation
import Pipeline

/// `--now`: a fixed clock, for tests and replays. Parsed by `SwedishTime.parse`, the one
/// parser of times on the command line.
struct ClockOption<Help: OptionHelp>: ParsableArguments {
    @Option(name: .long, help: Help.now)
    var now: String?

    func validate() throws {
        if let now, SwedishTime.parse(now) == nil {
            throw ValidationError(Help.notAnISO8601Time(now))
        }
    }

    /// The fixed time, or nil for the real clock.
    var date: Date? { now.flatMap(SwedishTime.parse) }
}

/// `--schemas`: the folder with the Table Schemas and code lists.
struct SchemaDirectoryOption<Help: OptionHelp>: ParsableArguments {
    @Option(name: .long, help: Help.schemas)
    var schemas: String?

    /// The folder given, or nil for the configured or default one.
    var url: URL? { schemas.map { URL(fileURLWithPath: $0, isDirectory: true).standardizedFileURL } }
}

/// `--data-dir`: the data directory with its zones and the store.
struct DataDirectoryOption<Help: OptionHelp>: ParsableArguments {
    @Option(name: .long, help: Help.dataDir)
    var dataDir: String?

    var path: String? { dataDir.map { URL(fileURLWithPath: $0).standardizedFileURL.path } }
}

/// `--allow-other-owner`, for the commands that write the data directory.
struct OwnerOption: ParsableArguments {
    @Flag(name: .long, help: "Write although the data directory belongs to another user (by default refused, exit 5: files this user leaves behind may be unwritable for the service user).")
    var allowOtherOwner = false
}

/// Options shared by every command that works on the data directory.
struct DataOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "Configuration file (YAML or JSON).",
        discussion: "Without it: $FOLLOWUP_CONFIG, else Pipelines/nightly.yaml (or .json) in the working folder "
            + "or a folder above the executable, else /etc/followup/nightly.yaml, else the built-in defaults."))
    var config: String?

    @OptionGroup var dataDirectory: DataDirectoryOption<English>
    @OptionGroup var clock: ClockOption<English>
    @OptionGroup var schemaDirectory: SchemaDirectoryOption<English>

    /// Reads the configuration and builds the environment.
    /// - Throws: `PipelineError.configuration` when the configuration or the schemas are broken.
    func environment() throws -> PipelineEnvironment {
        var configuration: PipelineConfiguration
        if let path = config ?? ConfigLocator.defaultConfiguration()?.path {
            configuration = try PipelineConfiguration.load(from: URL(fileURLWithPath: path))
        } else {
            configuration = PipelineConfiguration()
        }
        if let dataDir = dataDirectory.path {
            configuration.dataDir = dataDir
        }
        if let schemas = schemaDirectory.url {
            configuration.schemasDir = schemas.path
        }
        return try PipelineEnvironment(config: configuration, now: clock.date)
    }
}
