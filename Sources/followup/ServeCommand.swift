import ArgumentParser
import Dispatch
import FollowUpModel
import Foundation
import Pipeline
import Portal
import Texts

/// `followup serve`: the regions' portal, until SIGTERM/SIGINT (requests in flight finish).
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the portal (sign-in, check, submit, receipts) over the data directory.",
        discussion: "Listens on the configuration's portal.listen, default 127.0.0.1:8080; put a TLS-terminating reverse proxy in front (see Pipelines/)."
    )

    @OptionGroup var options: PortalOptions

    @Option(help: "HOST:PORT to listen on; overrides portal.listen.")
    var listen: String?

    func run() throws {
        let env = try options.environment()
        var config = try options.portalConfiguration()
        if let listen { config.listen = listen }
        guard let (host, port) = PortalConfiguration.parseListen(config.listen) else {
            throw ValidationError(PortalText.badListen(config.listen))
        }
        let services: PortalServices
        do {
            // --now fixes the portal's clock too (demos and replays); otherwise the real one.
            let fixed = options.data.clock.date
            services = try PortalServices(config: config, dataDir: env.config.dataDir, catalog: env.catalog,
                                          now: { fixed ?? Date() })
        } catch let error as CategorizedError {
            throw error
        } catch {
            throw PipelineError.io(path: PortalDatabase.path(dataDir: env.config.dataDir), reason: "\(error)")
        }
        print(PortalText.serving(config.publicBaseURL ?? "http://\(host):\(port)/"))
        fflush(stdout)
        let outcome = ServeOutcome()
        let done = DispatchSemaphore(value: 0)
        Task {
            do { try await PortalApplication.serve(services: services, host: host, port: port) } catch { outcome.error = error }
            done.signal()
        }
        done.wait()
        if let error = outcome.error { throw PipelineError.io(path: "\(host):\(port)", reason: "\(error)") }
        print(PortalText.stopped)
    }
}

/// The server task's failure, read after it has ended.
private final class ServeOutcome: @unchecked Sendable {
    var error: Error?
}
