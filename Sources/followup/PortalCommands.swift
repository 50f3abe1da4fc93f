import ArgumentParser
import Foundation
import Pipeline
import Portal
import Texts

/// What `users`, `tokens` and `serve` share: the environment (data directory, schemas) and
/// the portal's keys of the same configuration file.
struct PortalOptions: ParsableArguments {
    @OptionGroup var data: DataOptions

    func environment() throws -> PipelineEnvironment { try data.environment() }

    func portalConfiguration() throws -> PortalConfiguration {
        guard let path = data.config ?? ConfigLocator.defaultConfiguration()?.path else { return PortalConfiguration() }
        do { return try PortalConfiguration.load(from: URL(fileURLWithPath: path)) } catch {
            throw PipelineError.configuration(ErrorTexts.configurationInvalid(path: path, reason: "\(error)"))
        }
    }

    /// The portal's database in the data directory (created if missing).
    func database(_ env: PipelineEnvironment) throws -> PortalDatabase {
        let path = PortalDatabase.path(dataDir: env.config.dataDir)
        do {
            try FileManager.default.createDirectory(atPath: env.config.dataDir, withIntermediateDirectories: true)
            return try PortalDatabase(path: path)
        } catch {
            throw PipelineError.io(path: path, reason: "\(error)")
        }
    }
}

extension PortalRole: ExpressibleByArgument {}

/// Reads one line (a password) from standard input.
func readPasswordFromStdin() throws -> String {
    guard let line = readLine(strippingNewline: true), !line.isEmpty else { throw ValidationError(PortalText.noPasswordOnStdin) }
    return line
}
