import ArgumentParser
import Foundation
import Pipeline
import Texts

struct RebuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rebuild",
        abstract: "Recreate the store from the archive alone (same tables), then re-export every year."
    )

    @OptionGroup var options: DataOptions
    @OptionGroup var owner: OwnerOption

    func run() throws {
        var env = try options.environment()
        env.allowOtherOwner = owner.allowOtherOwner
        let s = try Rebuild.run(env)
        print(CommandText.rebuilt(files: s.files, accepted: s.accepted, rejected: s.rejected, duplicates: s.duplicates))
        if !s.yearsExported.isEmpty {
            print(InboxText.exported(s.yearsExported, to: env.zones.exports.path))
        }
    }
}
