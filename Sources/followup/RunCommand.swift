import ArgumentParser
import Foundation
import Pipeline
import Texts

struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "The nightly run: claim new files, validate, load, archive, write receipts, export touched years."
    )

    @OptionGroup var options: DataOptions
    @OptionGroup var owner: OwnerOption

    func run() throws {
        var env = try options.environment()
        env.allowOtherOwner = owner.allowOtherOwner
        let nightly = NightlyRun(environment: env, showProgress: true)
        nightly.mailContext = mailContext(env)
        let s = try nightly.run()
        if s.nothingNew {
            // Exports a failed run left pending are no "nothing changed".
            print(InboxText.nothingNew(stillUploading: s.stillUploading)
                  + (s.yearsExported.isEmpty ? ". " + InboxText.nothingChanged : "."))
        } else {
            print(InboxText.counts(accepted: s.accepted, rejected: s.rejected, duplicates: s.duplicates, quarantined: s.quarantined)
                  + (s.resumed > 0 ? InboxText.resumed(s.resumed) : "")
                  + (s.stillUploading > 0 ? InboxText.waiting(s.stillUploading) : ""))
            print(InboxText.receipts(env.zones.receipts.path))
        }
        if s.skipped > 0 { print(InboxText.skipped(s.skipped, log: s.logFile)) }
        if !s.yearsExported.isEmpty {
            print(s.nothingNew ? InboxText.exportedPending(s.yearsExported, to: s.exportsDir)
                               : InboxText.exported(s.yearsExported, to: s.exportsDir))
        }
        if s.mailFailed > 0 { print(MailText.runMailFailed(s.mailFailed, log: s.logFile)) }
        print(InboxText.logFile(s.logFile))
    }
}
