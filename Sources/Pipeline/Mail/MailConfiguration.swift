import Foundation
import Texts

/// The `mail:` section of `Pipelines/nightly.yaml`: what the nightly run sends through the
/// machine's `sendmail` interface (docs/operations.md, "E-post"). Off unless `enabled`.
public struct MailConfiguration: Decodable, Sendable {
    public var enabled = false
    /// The program and its arguments, split at spaces (no shell, no quoting); it gets the
    /// whole message on standard input and takes the recipients from its headers (`-t`).
    public var sendmailCommand = "/usr/sbin/sendmail -t"
    /// The sender, e.g. `followup@tillvaxtverket.se`; needed when `enabled`.
    public var from: String?
    /// Who gets the morning summary of every run (none: no summary).
    public var agencyRecipients: [String] = []
    /// Days before the deadline (21 February) on which regions that miss an accepted
    /// report are reminded; empty: no reminders.
    public var reminderDays: [Int] = [14, 3]
    /// The regions' addresses, one `region_kod;epost` a line (relative: against the
    /// configuration file's folder). Unset: only the portal's accounts.
    public var contactsFile: String?
    /// Also write to the e-mail addresses of the enabled region accounts of the portal
    /// (`portal.sqlite` in the data directory), if it exists.
    public var portalAccounts = true
    /// The portal's address in the messages; default: `portal.public_base_url`.
    public var portalURL: String?

    public init() {}

    enum CodingKeys: String, CodingKey {
        case enabled, sendmailCommand = "sendmail_command", from, agencyRecipients = "agency_recipients"
        case reminderDays = "reminder_days", contactsFile = "contacts_file", portalAccounts = "portal_accounts"
        case portalURL = "portal_url"
    }

    /// The keys of the section, for the strict check of the configuration.
    static let keys = CodingKeys.allKeys

    public init(from d: Decoder) throws {
        let c = try d.container(keyedBy: CodingKeys.self)
        enabled = try c.decodeIfPresent(Bool.self, forKey: .enabled) ?? enabled
        sendmailCommand = try c.decodeIfPresent(String.self, forKey: .sendmailCommand) ?? sendmailCommand
        from = try c.decodeIfPresent(String.self, forKey: .from)
        agencyRecipients = try c.decodeIfPresent([String].self, forKey: .agencyRecipients) ?? agencyRecipients
        reminderDays = try c.decodeIfPresent([Int].self, forKey: .reminderDays) ?? reminderDays
        contactsFile = try c.decodeIfPresent(String.self, forKey: .contactsFile)
        portalAccounts = try c.decodeIfPresent(Bool.self, forKey: .portalAccounts) ?? portalAccounts
        portalURL = try c.decodeIfPresent(String.self, forKey: .portalURL)
    }

    /// The command split into program and arguments.
    public var commandLine: [String] {
        sendmailCommand.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
    }

    /// Refuses values that would make every message fail or go astray.
    func check(source: String) throws {
        if commandLine.isEmpty { throw PipelineError.configuration(MailText.emptyCommand(source: source)) }
        if !reminderDays.allSatisfy({ (0...60).contains($0) }) {
            throw PipelineError.configuration(MailText.badReminderDays(source: source))
        }
        if let from, !MailAddress.isValid(from) {
            throw PipelineError.configuration(MailText.badAddress(source: source, key: "from", value: from))
        }
        for a in agencyRecipients where !MailAddress.isValid(a) {
            throw PipelineError.configuration(MailText.badAddress(source: source, key: "agency_recipients", value: a))
        }
        if enabled && from == nil { throw PipelineError.configuration(MailText.noFrom(source: source)) }
    }
}

extension MailConfiguration.CodingKeys: CaseIterable {
    static var allKeys: [String] { allCases.map(\.rawValue) }
}
