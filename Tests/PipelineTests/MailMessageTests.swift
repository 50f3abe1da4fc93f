import Foundation
import Testing
@testable import Pipeline

/// The parts of the run's e-mail that need no run: the message's headers and body, the
/// reminder calendar, the contacts file and the `mail:` configuration.
struct MailMessageTests {
    func sent(_ m: MailMessage) -> Sent { Sent(raw: String(decoding: m.rendered(), as: UTF8.self), argv: []) }

    @Test func noTextCanAddAHeaderLine() {
        let m = MailMessage(from: "followup@tillvaxtverket.se", to: ["a@region01.se"],
                            subject: "Kvitto\r\nBcc: angripare@example.com\nX-Evil: 1", body: "Hej\nBcc: inte en rubrik\n")
        let s = sent(m)
        #expect(!s.headerLines.contains { $0.lowercased().hasPrefix("bcc:") || $0.lowercased().hasPrefix("x-evil") })
        #expect(s.subject == "Kvitto  Bcc: angripare@example.com X-Evil: 1")
        #expect(s.headerLines.count == 9)
    }

    @Test func addressesThatCouldSmuggleRecipientsAreRefused() {
        #expect(MailAddress.isValid("registrator@regionstockholm.se"))
        for bad in ["a@b.se\nBcc: c@d.se", "a@b.se, c@d.se", "Namn <a@b.se>", "a@b", "@b.se", "a@@b.se", "å@b.se", "a@b.se\r", "a b@c.se", ""] {
            #expect(!MailAddress.isValid(bad), "\(bad.debugDescription)")
        }
        let m = MailMessage(from: "followup@tillvaxtverket.se", to: ["a@b.se\nBcc: c@d.se"], subject: "x", body: "y")
        #expect(!m.addressesValid)
    }

    @Test func aLongSwedishSubjectIsFoldedIntoEncodedWordsThatDecodeBack() {
        let subject = "Påminnelse: uppföljningen 2025 ska vara inlämnad senast 2026-02-21 (Region Västra Götaland, Östergötland och Jämtland Härjedalen)"
        let s = sent(MailMessage(from: "f@t.se", to: ["a@b.se"], subject: subject, body: ""))
        #expect(s.subject == subject)
        let raw = s.raw.components(separatedBy: "\n\n")[0].components(separatedBy: "\n")
        let subjectLines = raw.drop { !$0.hasPrefix("Subject:") }.prefix { $0.hasPrefix("Subject:") || $0.hasPrefix(" ") }
        #expect(subjectLines.count > 1)
        #expect(subjectLines.allSatisfy { $0.count <= 76 })
        // An ASCII subject stays readable.
        #expect(sent(MailMessage(from: "f@t.se", to: ["a@b.se"], subject: "Run 2025", body: "")).header("Subject") == "Run 2025")
    }

    @Test func theBodyIsQuotedPrintableWithShortLinesAndNoLoneDot() {
        let long = String(repeating: "Värdet i kolumnen beviljat_kr är inte ett tal; ", count: 8)
        let body = "Hej,\n.\nFrom here\n\(long)\nrad med blanksteg på slutet   \n"
        let s = sent(MailMessage(from: "f@t.se", to: ["a@b.se"], subject: "x", body: body))
        #expect(s.body == body)
        let encoded = s.raw.components(separatedBy: "\n\n").dropFirst().joined(separator: "\n\n")
        let lines = encoded.components(separatedBy: "\n")
        #expect(lines.allSatisfy { $0.utf8.count <= 76 })
        #expect(!lines.contains("."), "sendmail without -i would end the message there")
        #expect(!lines.contains { $0.hasPrefix("From ") })
        #expect(encoded.contains("V=C3=A4rdet"))
        #expect(lines.allSatisfy { $0.utf8.allSatisfy { $0 < 0x80 } })
    }

    @Test func theDateHeaderIsSwedishTimeInRFC5322() {
        let date = ISO8601DateFormatter().date(from: "2026-02-07T01:30:00Z")!
        #expect(MailMessage.rfc5322Date(date) == "Sat, 07 Feb 2026 02:30:00 +0100")
        let summer = ISO8601DateFormatter().date(from: "2025-06-01T00:30:00Z")!
        #expect(MailMessage.rfc5322Date(summer) == "Sun, 01 Jun 2025 02:30:00 +0200")
    }

    func at(_ iso: String) -> Date { ISO8601DateFormatter().date(from: iso)! }

    @Test func theReminderStageDueIsTheLatestOneReached() {
        let days = [14, 3]
        #expect(ReminderSchedule.due(now: at("2026-02-06T23:30:00+01:00"), reminderDays: days) == nil)
        #expect(ReminderSchedule.due(now: at("2026-02-07T00:10:00+01:00"), reminderDays: days)
                == ReminderSchedule(year: 2025, stage: 14, daysLeft: 14, deadlineDay: "2026-02-21"))
        // A missed night: on the 12th the 14-day reminder is still due (once, by the ledger).
        #expect(ReminderSchedule.due(now: at("2026-02-12T02:30:00+01:00"), reminderDays: days)?.stage == 14)
        #expect(ReminderSchedule.due(now: at("2026-02-18T02:30:00+01:00"), reminderDays: days)
                == ReminderSchedule(year: 2025, stage: 3, daysLeft: 3, deadlineDay: "2026-02-21"))
        #expect(ReminderSchedule.due(now: at("2026-02-21T23:59:00+01:00"), reminderDays: days)?.daysLeft == 0)
        #expect(ReminderSchedule.due(now: at("2026-02-22T00:00:00+01:00"), reminderDays: days) == nil)
        #expect(ReminderSchedule.due(now: at("2026-06-01T02:30:00+02:00"), reminderDays: days) == nil)
        #expect(ReminderSchedule.due(now: at("2026-02-10T02:30:00+01:00"), reminderDays: []) == nil)
        // Far ahead: 60 days before the 2027 deadline falls in December 2026.
        #expect(ReminderSchedule.due(now: at("2026-12-23T02:30:00+01:00"), reminderDays: [60])
                == ReminderSchedule(year: 2026, stage: 60, daysLeft: 60, deadlineDay: "2027-02-21"))
    }

    @Test func theMailSectionIsCheckedStrictly() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("followup-mailconf-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        func load(_ yaml: String) throws -> PipelineConfiguration {
            let url = dir.appendingPathComponent("c-\(UUID().uuidString).yaml")
            try Data(yaml.utf8).write(to: url)
            return try PipelineConfiguration.load(from: url)
        }
        let c = try load("""
            mail:
              enabled: true
              from: followup@tillvaxtverket.se
              agency_recipients: [analys@tillvaxtverket.se]
              reminder_days: [21, 7, 1]
              contacts_file: kontakter.csv
            """)
        #expect(c.mail.enabled && c.mail.reminderDays == [21, 7, 1])
        #expect(c.mail.contactsFile == dir.appendingPathComponent("kontakter.csv").path)
        #expect(c.mail.commandLine == ["/usr/sbin/sendmail", "-t"])
        #expect(try load("data_dir: /tmp/x\n").mail.enabled == false)

        func refusal(_ yaml: String) -> String {
            do { _ = try load(yaml); return "" } catch { return "\(error)" }
        }
        #expect(refusal("mail:\n  enabeld: true\n").contains("mail.enabeld"))
        #expect(refusal("mail:\n  enabeld: true\n").contains("\"enabled\""))
        #expect(refusal("mail:\n  enabled: true\n").contains("mail.from"))
        #expect(refusal("mail:\n  from: \"a@b.se\\nBcc: c@d.se\"\n").contains("ingen giltig e-postadress"))
        #expect(refusal("mail:\n  agency_recipients: [inte-en-adress]\n").contains("inte-en-adress"))
        #expect(refusal("mail:\n  reminder_days: [-1]\n").contains("reminder_days"))
        #expect(refusal("mail:\n  sendmail_command: \"  \"\n").contains("sendmail_command"))
    }

    @Test func theContactsFileAcceptsSemicolonsCommasHeaderAndComments() {
        var c = MailContacts()
        c.read("\u{FEFF}region_kod;epost\n# kommentar\n\n01;a@region01.se\n01,b@region01.se\n01;A@REGION01.SE\n03 ; c@region03.se \n",
               knownRegions: ["01", "03"])
        #expect(c.byRegion == ["01": ["a@region01.se", "b@region01.se"], "03": ["c@region03.se"]])
        #expect(c.problems.isEmpty)
    }
}
