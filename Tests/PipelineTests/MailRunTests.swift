import Foundation
import Testing
@testable import Pipeline

/// The nightly run's e-mail through a stand-in `sendmail` (issue 13): receipts to the
/// regions, deadline reminders only to regions missing a report and only once, the agency's
/// summary, and a mail system that fails without failing the run.
@Suite(.serialized) struct MailRunTests {
    static func strategi(_ region: String, _ year: Int, handlingsplaner: String = "3") -> Data {
        Data(("region_kod,ar,rus_namn,antagen_ar,giltig_till_ar,oversyn_pagar,antal_handlingsplaner,agenda2030_integrerad,antal_analyser,antal_utvarderingar\n"
            + "\(region),\(year),Regional utvecklingsstrategi 2030,2019,2030,nej,\(handlingsplaner),ja,2,1\n").utf8)
    }

    static let rfc5322: DateFormatter = {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.dateFormat = "EEE, dd MMM yyyy HH:mm:ss Z"
        return f
    }()

    @Test func eachRegionGetsItsReceiptsAndTheAgencyASummaryWithWellFormedHeaders() throws {
        let b = try MailBench(); defer { b.cleanUp() }
        try b.writeContacts("region_kod;epost\n# Stockholm\n01;registrator@regionstockholm.se\n03;utveckling@regionuppsala.se\n")
        try b.drop("01_2024_strategi.csv", Self.strategi("01", 2024), folder: "01")
        try b.drop("03_2024_strategi.csv", Self.strategi("03", 2024, handlingsplaner: "tre"), folder: "03")
        let s = try b.run(b.configuration(), now: "2025-06-01T02:30:00+02:00")
        #expect(s.accepted == 1 && s.rejected == 1)
        #expect(s.mailSent == 3 && s.mailFailed == 0)

        let sent = try b.takeMessages()
        #expect(sent.count == 3)
        for m in sent {
            #expect(m.argv == ["-t"])
            #expect(m.header("From") == "followup@tillvaxtverket.se")
            #expect(m.header("MIME-Version") == "1.0")
            #expect(m.header("Content-Type") == "text/plain; charset=utf-8")
            #expect(m.header("Content-Transfer-Encoding") == "quoted-printable")
            let date = try #require(m.header("Date"))
            #expect(Self.rfc5322.date(from: date) != nil, "Date \(date) is RFC 5322")
            let id = try #require(m.header("Message-ID"))
            #expect(id.hasPrefix("<") && id.hasSuffix("@tillvaxtverket.se>"))
            // Non-ASCII subjects travel as encoded words; no raw UTF-8 in any header.
            #expect(m.headerLines.allSatisfy { $0.utf8.allSatisfy { $0 < 0x80 } })
            #expect(m.raw.components(separatedBy: "\n").allSatisfy { $0.utf8.count <= 78 || !$0.contains("=?") })
        }
        #expect(Set(sent.compactMap { $0.header("Message-ID") }).count == 3, "every Message-ID is unique")

        let stockholm = try #require(sent.first { $0.to == ["registrator@regionstockholm.se"] })
        #expect(stockholm.header("Subject")?.hasPrefix("=?UTF-8?B?") == true)
        #expect(stockholm.subject == "Kvitto på inlämnade filer, Region Stockholm: 1 fil (1 godkänd, 0 avvisade)")
        let stockholmReceipt = try #require(try b.receiptTexts(region: "01").first)
        #expect(stockholm.body.contains(stockholmReceipt), "the body holds the receipt file's text")
        #expect(stockholm.body.contains("https://uppfoljning.example.se/"))

        let uppsala = try #require(sent.first { $0.to == ["utveckling@regionuppsala.se"] })
        let uppsalaReceipt = try #require(try b.receiptTexts(region: "03").first)
        #expect(uppsalaReceipt.contains("antal_handlingsplaner"))
        #expect(uppsala.body.contains(uppsalaReceipt))
        #expect(uppsala.subject.contains("0 godkända, 1 avvisad"))

        let agency = try #require(sent.first { $0.to == ["analys@tillvaxtverket.se"] })
        #expect(agency.subject == "Nattens körning 2025-06-01: 1 godkänd, 1 avvisad")
        let body = agency.body
        #expect(body.contains("  01 Region Stockholm: 1 godkänd, 0 avvisade\n"))
        #expect(body.contains("  03 Region Uppsala: 0 godkända, 1 avvisad\n"))
        // The summary follows the year due next February (2024 in 2025); 01 has only its strategi.
        #expect(body.contains("Saknar godkänd rapport för 2024 (senast 2025-02-21)"))
        #expect(body.contains("  01 Region Stockholm: insatser, finansiering, indikatorer\n"))
        #expect(body.contains("  04 Region Sörmland: insatser, finansiering, indikatorer, strategi\n"))
        #expect(body.contains("Påminnelser skickade i natt: 0"))
    }

    @Test func nothingIsSentWhenMailIsOff() throws {
        let b = try MailBench(); defer { b.cleanUp() }
        try b.writeContacts("01;registrator@regionstockholm.se\n")
        try b.drop("01_2024_strategi.csv", Self.strategi("01", 2024), folder: "01")
        let s = try b.run(b.configuration(enabled: false), now: "2026-02-07T02:30:00+01:00")
        #expect(s.accepted == 1)
        #expect(s.mailSent == 0 && s.mailFailed == 0)
        #expect(try b.takeMessages().isEmpty)
        #expect(!FileManager.default.fileExists(atPath: ReminderLedger.url(dataDir: b.data).path))
    }

    @Test func remindersGoOnlyToRegionsMissingAnAcceptedReportAndOnlyOnce() throws {
        let b = try MailBench(); defer { b.cleanUp() }
        try b.writeContacts("01;a@region01.se\n04;b@region04.se\n03;c@region03.se\n")
        // 01 sends all four reports of 2025 (the sample set's); 04 only its strategi; 03 nothing.
        for report in ["insatser", "finansiering", "indikatorer", "strategi"] { try b.dropSample("01_2025_\(report).csv") }
        try b.drop("04_2025_strategi.csv", Self.strategi("04", 2025), folder: "04")
        var c = b.configuration()
        c.mail.agencyRecipients = []
        // 7 February 2026: 14 days before the deadline of the 2025 reports.
        let first = try b.run(c, now: "2026-02-07T02:30:00+01:00")
        #expect(first.accepted == 5)
        let sent = try b.takeMessages()
        let reminders = sent.filter { $0.subject.hasPrefix("Påminnelse") }
        #expect(Set(reminders.flatMap(\.to)) == ["b@region04.se", "c@region03.se"], "01 has every report: no reminder")
        let r04 = try #require(reminders.first { $0.to == ["b@region04.se"] })
        #expect(r04.subject == "Påminnelse: uppföljningen 2025 ska vara inlämnad senast 2026-02-21 (Region Sörmland)")
        #expect(r04.body.contains("Det är 14 dagar kvar."))
        #expect(r04.body.contains("  - insatser\n  - finansiering\n  - indikatorer\n"))
        #expect(!r04.body.contains("  - strategi"))
        let r03 = try #require(reminders.first { $0.to == ["c@region03.se"] })
        #expect(r03.body.contains("  - strategi"))
        // The receipts went out too: to 01 and 02, none to 03.
        #expect(Set(sent.filter { $0.subject.hasPrefix("Kvitto") }.flatMap(\.to)) == ["a@region01.se", "b@region04.se"])

        let ledger = try ReminderLedger.load(from: ReminderLedger.url(dataDir: b.data))
        #expect(ledger.sent.map(\.region).sorted() == ["03", "04"])
        #expect(ledger.sent.allSatisfy { $0.year == 2025 && $0.stage == 14 })

        // The same night again, and the next night: nothing more.
        _ = try b.run(c, now: "2026-02-07T03:10:00+01:00")
        _ = try b.run(c, now: "2026-02-08T02:30:00+01:00")
        #expect(try b.takeMessages().isEmpty)

        // 3 days before, the next stage: 03 still misses everything; 04 sends a rejected insatser.
        try b.drop("04_2025_insatser.csv", Data("region_kod,ar\n02,2025\n".utf8), folder: "04", mtime: "2026-02-17T10:00:00+01:00")
        _ = try b.run(c, now: "2026-02-18T02:30:00+01:00")
        let third = try b.takeMessages().filter { $0.subject.hasPrefix("Påminnelse") }
        #expect(Set(third.flatMap(\.to)) == ["b@region04.se", "c@region03.se"])
        let again04 = try #require(third.first { $0.to == ["b@region04.se"] })
        #expect(again04.body.contains("Det är 3 dagar kvar."))
        #expect(again04.body.contains("  - insatser (inskickad men avvisad; skicka en rättad fil)"))
    }

    @Test func aFailingSendmailDoesNotFailTheRunAndAReminderIsTriedAgain() throws {
        let b = try MailBench(); defer { b.cleanUp() }
        try b.writeContacts("04;b@region04.se\n")
        try b.drop("04_2025_strategi.csv", Self.strategi("04", 2025), folder: "04")
        let s = try b.run(b.configuration(command: "\(b.failing.path) -t"), now: "2026-02-10T02:30:00+01:00")
        #expect(s.accepted == 1, "the run did its work")
        #expect(s.mailSent == 0)
        #expect(s.mailFailed == 3, "receipt, reminder and summary")
        let log = try b.logText(s)
        #expect(log.contains("mail-failed"))
        #expect(log.contains("cannot connect to the mail hub"))
        #expect(log.contains("run-finished"))
        #expect(!FileManager.default.fileExists(atPath: ReminderLedger.url(dataDir: b.data).path), "no reminder recorded")
        #expect(Metrics.text(summary: s, started: Date(), finished: Date(), success: true)
                    .contains("followup_last_run_mail_messages{result=\"failed\"} 3\n"))

        // The mail system is back the next night: the reminder goes out, the old receipt does not.
        let next = try b.run(b.configuration(), now: "2026-02-11T02:30:00+01:00")
        #expect(next.mailFailed == 0)
        let sent = try b.takeMessages()
        #expect(sent.filter { $0.to == ["b@region04.se"] }.map(\.subject)
                == ["Påminnelse: uppföljningen 2025 ska vara inlämnad senast 2026-02-21 (Region Sörmland)"])
        let summary = try #require(sent.first { $0.to == ["analys@tillvaxtverket.se"] })
        #expect(summary.body.contains("Påminnelser skickade i natt: 1"))
        #expect(summary.body.contains("Ingen e-postadress för region 01, 03, 05"), "the regions without contacts are named")
    }

    @Test func aMissingSendmailProgramIsAWarningNotAFailure() throws {
        let b = try MailBench(); defer { b.cleanUp() }
        try b.writeContacts("01;a@region01.se\n")
        try b.drop("01_2024_strategi.csv", Self.strategi("01", 2024), folder: "01")
        let s = try b.run(b.configuration(command: b.root.appendingPathComponent("no-such-sendmail").path + " -t"),
                          now: "2025-06-01T02:30:00+02:00")
        #expect(s.accepted == 1)
        #expect(s.mailFailed == 2)
        #expect(try b.logText(s).contains("kunde inte startas: filen eller mappen finns inte"))
        // In Swedish throughout: no system message in English inside it.
        #expect(!(try b.logText(s).contains("The file")))
    }

    @Test func badLinesOfTheContactsFileAreSkippedAndNamed() throws {
        let b = try MailBench(); defer { b.cleanUp() }
        try b.writeContacts("01;a@region01.se\n99;x@example.se\n03;inte en adress\n04\n01;second@region01.se\n")
        try b.drop("01_2024_strategi.csv", Self.strategi("01", 2024), folder: "01")
        let s = try b.run(b.configuration(), now: "2025-06-01T02:30:00+02:00")
        let sent = try b.takeMessages()
        #expect(sent.contains { $0.to == ["a@region01.se", "second@region01.se"] })
        let log = try b.logText(s)
        #expect(log.contains("rad 2: okänd region_kod"))
        #expect(log.contains("rad 3: \\\"inte en adress\\\" är ingen giltig e-postadress") || log.contains("rad 3: \"inte en adress\""))
        #expect(log.contains("rad 4: väntade två fält"))
        let summary = try #require(sent.first { $0.to == ["analys@tillvaxtverket.se"] })
        #expect(summary.body.contains("3 rader i kontaktfilen kunde inte läsas"))
    }

    struct Interrupted: Error, CustomStringConvertible { var description: String { "disken är full" } }

    @Test func aFailedRunStillSendsTheAgencyItsSummaryWithTheError() throws {
        let b = try MailBench(); defer { b.cleanUp() }
        try b.writeContacts("01;a@region01.se\n")
        try b.drop("01_2024_strategi.csv", Self.strategi("01", 2024), folder: "01")
        var hooks = RunHooks()
        hooks.afterClaim = { _ in throw Interrupted() }
        #expect(throws: Interrupted.self) { try b.run(b.configuration(), now: "2026-02-10T02:30:00+01:00", hooks: hooks) }
        let sent = try b.takeMessages()
        #expect(sent.map(\.to) == [["analys@tillvaxtverket.se"]], "no reminders from a failed run, no receipts written")
        let summary = try #require(sent.first)
        #expect(summary.subject == "Nattens körning MISSLYCKADES 2026-02-10: 0 godkända, 0 avvisade")
        #expect(summary.body.contains("Körningen misslyckades och avbröts: disken är full"))
    }
}
