import Foundation
import Pipeline
import Portal

extension RunCommand {
    /// What the run's e-mail takes from the portal, read here so that the Pipeline module
    /// does not depend on the Portal: `portal.public_base_url` and the addresses of the
    /// enabled region accounts in `portal.sqlite` (only when the file exists: the run never
    /// creates it). Either failing leaves that part out (an unreadable portal.sqlite is logged by
    /// the run); the run goes on.
    func mailContext(_ env: PipelineEnvironment) -> MailContext {
        var context = MailContext()
        guard env.config.mail.enabled else { return context }
        if let path = options.config ?? ConfigLocator.defaultConfiguration()?.path {
            context.portalURL = (try? PortalConfiguration.load(from: URL(fileURLWithPath: path)))?.publicBaseURL
        }
        let portalFile = PortalDatabase.path(dataDir: env.config.dataDir)
        guard env.config.mail.portalAccounts, FileManager.default.fileExists(atPath: portalFile) else { return context }
        let accounts: [Account]
        do { accounts = try AccountStore(database: PortalDatabase(path: portalFile)).list() } catch {
            context.portalProblem = "\(portalFile): \(error)"
            return context
        }
        for account in accounts where account.role == .region && !account.disabled {
            guard let region = account.region, let email = account.email, MailAddress.isValid(email) else { continue }
            context.portalContacts[region, default: []].append(email)
        }
        return context
    }
}
