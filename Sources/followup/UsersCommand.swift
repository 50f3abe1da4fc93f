import ArgumentParser
import Foundation
import Pipeline
import Portal
import Texts

/// `followup users add|list|disable|enable|reset-password`: the portal's accounts.
struct UsersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "users",
        abstract: "Manage the portal's accounts (portal.sqlite in the data directory).",
        subcommands: [Add.self, List.self, Disable.self, Enable.self, ResetPassword.self]
    )

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create an account; prints a one-time password unless --password-stdin is given.")
        @Argument(help: "User name (used to sign in).") var user: String
        @Option(help: "Role: region, analytiker or admin.") var role: PortalRole
        @Option(help: "Region code (two digits), for the role region.") var region: String?
        @Option(help: "Full name.") var name: String?
        @Option(help: "E-mail address.") var email: String?
        @Flag(help: "Read the password (at least 12 characters) from standard input.") var passwordStdin = false
        @OptionGroup var options: PortalOptions

        func run() throws {
            let env = try options.environment()
            let db = try options.database(env)
            let accounts = AccountStore(database: db, hasher: PasswordHasher(cost: try options.portalConfiguration().bcryptCost),
                                        regions: Set(env.catalog.regions.keys))
            let password = passwordStdin ? try readPasswordFromStdin() : PasswordHasher.oneTimePassword()
            try accounts.add(username: user, role: role, region: region, displayName: name, email: email, password: password)
            try AuditLog(database: db).recordNow(who: "cli", action: "account-add", detail: "\(user) \(role.rawValue) \(region ?? "")")
            print(PortalText.userAdded(user))
            if !passwordStdin { print(PortalText.oneTimePassword(password)) }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the accounts.")
        @OptionGroup var options: PortalOptions

        func run() throws {
            let env = try options.environment()
            let accounts = try AccountStore(database: options.database(env)).list()
            if accounts.isEmpty { print(PortalText.noUsers); return }
            for a in accounts {
                let fields = [a.username, a.role.rawValue, a.region ?? "-", a.disabled ? PortalText.disabled : PortalText.active,
                              a.displayName ?? "", a.email ?? ""]
                print(fields.joined(separator: "\t"))
            }
        }
    }

    struct Disable: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Disable an account and end its sessions.")
        @Argument(help: "User name.") var user: String
        @OptionGroup var options: PortalOptions

        func run() throws {
            let env = try options.environment()
            let db = try options.database(env)
            try AccountStore(database: db).setDisabled(user, true)
            try AuditLog(database: db).recordNow(who: "cli", action: "account-disable", detail: user)
            print(PortalText.userDisabled(user))
        }
    }

    struct Enable: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Enable a disabled account.")
        @Argument(help: "User name.") var user: String
        @OptionGroup var options: PortalOptions

        func run() throws {
            let env = try options.environment()
            let db = try options.database(env)
            try AccountStore(database: db).setDisabled(user, false)
            try AuditLog(database: db).recordNow(who: "cli", action: "account-enable", detail: user)
            print(PortalText.userEnabled(user))
        }
    }

    struct ResetPassword: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "reset-password",
            abstract: "Set a new password (one-time, printed, unless --password-stdin) and end the account's sessions.")
        @Argument(help: "User name.") var user: String
        @Flag(help: "Read the password (at least 12 characters) from standard input.") var passwordStdin = false
        @OptionGroup var options: PortalOptions

        func run() throws {
            let env = try options.environment()
            let db = try options.database(env)
            let password = passwordStdin ? try readPasswordFromStdin() : PasswordHasher.oneTimePassword()
            try AccountStore(database: db, hasher: PasswordHasher(cost: try options.portalConfiguration().bcryptCost))
                .setPassword(user, password)
            try AuditLog(database: db).recordNow(who: "cli", action: "account-password", detail: user)
            print(PortalText.passwordReset(user))
            if !passwordStdin { print(PortalText.oneTimePassword(password)) }
        }
    }
}
