import ArgumentParser
import Foundation
import Pipeline

/// Options shared by every command that touches the data directory.
struct DataOptions: ParsableArguments {
    @Option(name: .long, help: "Configuration file (YAML or JSON). Default: Pipelines/nightly.yaml.")
    var config: String?

    @Option(name: .long, help: "Data directory; overrides the configuration's data_dir.")
    var dataDir: String?

    @Option(name: .long, help: "Fix the clock (ISO 8601, e.g. 2026-03-01T02:00:00+01:00), for tests and replays.")
    var now: String?

    @Option(name: .long, help: "Folder with the Table Schemas and code lists; overrides schemas_dir.")
    var schemas: String?

    func validate() throws {
        if let now, SwedishTime.parse(now) == nil {
            throw ValidationError("--now \"\(now)\" is not an ISO 8601 time; write e.g. 2026-03-01T02:00:00+01:00")
        }
    }

    /// Reads the configuration and builds the environment.
    func environment() throws -> PipelineEnvironment {
        var config: PipelineConfiguration
        if let path = config_path() {
            config = try PipelineConfiguration.load(from: URL(fileURLWithPath: path))
        } else {
            config = PipelineConfiguration()
        }
        if let dataDir {
            config.dataDir = URL(fileURLWithPath: dataDir).standardizedFileURL.path
        }
        if let schemas {
            config.schemasDir = URL(fileURLWithPath: schemas).standardizedFileURL.path
        }
        return try PipelineEnvironment(config: config, now: now.flatMap(SwedishTime.parse))
    }

    private func config_path() -> String? {
        if let config { return config }
        return ConfigLocator.defaultConfiguration()?.path
    }
}

/// Runs a command body and maps failures to exit codes, in one place.
func mapFailures(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let error as PipelineError {
        FileHandle.standardError.write(Data("followup: \(error.description)\n".utf8))
        switch error {
        case .lockHeld: throw ExitCode(3)
        case .configuration, .io: throw ExitCode(4)
        }
    } catch let error as ExitCode {
        throw error
    } catch let error as ValidationError {
        throw error
    } catch {
        FileHandle.standardError.write(Data("followup: \(error)\n".utf8))
        throw ExitCode(4)
    }
}
