import ArgumentParser
import Foundation
import Pipeline
import Portal
import Texts

/// `followup tokens add|list|revoke`: API tokens for regions' own systems.
struct TokensCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tokens",
        abstract: "Manage the portal's API tokens (only a SHA-256 hash of each is stored).",
        subcommands: [Add.self, List.self, Revoke.self]
    )

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Create a token and print it once.")
        @Option(help: "Region code: the token acts as a region user of that region.") var region: String?
        @Option(help: "Role: region (default with --region) or analytiker (read-only, every region).") var role: PortalRole?
        @Option(help: "What the token is for, e.g. \"ekonomisystemet\".") var name: String

        @OptionGroup var options: PortalOptions

        func run() throws {
            let env = try options.environment()
            let db = try options.database(env)
            let role = role ?? (region == nil ? .analytiker : .region)
            let (token, secret) = try TokenStore(database: db, regions: Set(env.catalog.regions.keys))
                .add(name: name, role: role, region: region)
            try AuditLog(database: db).recordNow(who: "cli", action: "token-add", detail: "\(token.id) \(name) \(role.rawValue) \(region ?? "")")
            print(PortalText.tokenAdded(id: token.id, token: secret))
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the tokens (never the tokens themselves).")
        @OptionGroup var options: PortalOptions

        func run() throws {
            let env = try options.environment()
            let tokens = try TokenStore(database: options.database(env)).list()
            if tokens.isEmpty { print(PortalText.noTokens); return }
            for t in tokens {
                print([String(t.id), t.name, t.role.rawValue, t.region ?? "-", t.createdAt,
                       t.revoked ? PortalText.revoked : PortalText.active].joined(separator: "\t"))
            }
        }
    }

    struct Revoke: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Revoke a token by its id.")
        @Argument(help: "The token's id (see tokens list).") var id: Int64
        @OptionGroup var options: PortalOptions

        func run() throws {
            let env = try options.environment()
            let db = try options.database(env)
            try TokenStore(database: db).revoke(id: id)
            try AuditLog(database: db).recordNow(who: "cli", action: "token-revoke", detail: String(id))
            print(PortalText.tokenRevoked(id))
        }
    }
}
