import Foundation
import Testing

/// Issue 15: the commands regions use (`validate`, `template`) speak Swedish on the command
/// line too — their help, ArgumentParser's usage errors, and the system's reasons.
@Suite struct RegionsCommandTextTests {
    func run(_ args: [String], in ws: Workspace) throws -> CommandResult { try Binary.run(args, in: ws.root) }

    @Test func usageErrorsAreSwedishOneLiners() throws {
        let ws = try Workspace(); defer { ws.cleanUp() }
        let cases: [([String], String)] = [
            (["validate"], "ange minst en fil att kontrollera, t.ex. followup validate 14_2025_insatser.csv (se followup validate --help)"),
            (["validate", "--format", "pdf", "x.csv"], "värdet \"pdf\" går inte att använda för --format; välj text eller json (se followup validate --help)"),
            (["validate", "--now"], "--now saknar värde (se followup validate --help)"),
            (["template"], "ange rapporten med --report: insatser, finansiering, indikatorer eller strategi (se followup template --help)"),
            (["template", "--report", "insats"], "värdet \"insats\" går inte att använda för --report; välj insatser, finansiering, indikatorer eller strategi (se followup template --help)"),
            (["template", "--report", "strategi", "--year", "i fjol"], "värdet \"i fjol\" går inte att använda för --year; ange ett år, t.ex. 2025 (se followup template --help)"),
            (["template", "--report", "strategi", "extra"], "oväntat argument \"extra\" (se followup template --help)"),
            (["template", "--report", "strategi", "--header-only=ja"], "--header-only tar inget värde (angavs \"ja\") (se followup template --help)"),
            (["template", "--report", "strategi", "--qqqqqqqqqq"], "okänd flagga --qqqqqqqqqq (se followup template --help)"),
            (["template", "--report", "strategi", "--rapport", "x"], "okänd flagga --rapport; menade du --report? (se followup template --help)"),
        ]
        for (args, message) in cases {
            let r = try run(args, in: ws)
            #expect(r.status == 2, "\(args)")
            #expect(r.stdout == "", "\(args)")
            #expect(r.stderr == "followup: \(message)\n", "\(args)")
        }
    }

    @Test func helpIsSwedish() throws {
        let ws = try Workspace(); defer { ws.cleanUp() }
        let validate = try run(["validate", "--help"], in: ws)
        #expect(validate.status == 0)
        #expect(validate.stdout == """
            ÖVERSIKT: Kontrollera rapportfiler som nattkörningen skulle göra, utan att spara
            något.

            Slutkod 0 om alla filer är godkända, 1 om någon fil är underkänd, 2 vid felaktig
            användning, 4 om scheman, konfiguration eller en fil inte kan läsas.

            ANVÄNDNING: followup validate <filer> ... [--format <format>] [--schemas <mapp>]
              [--data-dir <mapp>] [--now <tidpunkt>]

            ARGUMENT:
              <filer>                 CSV-filerna som ska kontrolleras, t.ex.
                                      14_2025_finansiering.csv.

            FLAGGOR:
              --format <format>       Utdataformat: text (för läsare) eller json. (värden:
                                      text, json; standard: text)
              --schemas <mapp>        Katalog med scheman och kodlistor (standard: Schemas/
                                      som hittas automatiskt).
              --data-dir <mapp>       Datamapp med databasen: insats_id och jämförelsen med
                                      föregående år görs då också mot det lagrade.
              --now <tidpunkt>        Fast tidpunkt i ISO 8601 i stället för klockan, t.ex.
                                      2026-02-01T12:00:00+01:00. Fristen räknas från denna
                                      tidpunkt.
              --version               Visa programmets version.
              -h, --help              Visa den här hjälpen.

            """)
        #expect(try run(["validate", "-h"], in: ws).stdout == validate.stdout)
        #expect(try run(["help", "validate"], in: ws).stdout == validate.stdout)
        let template = try run(["template", "--help"], in: ws)
        #expect(template.status == 0)
        #expect(template.stdout == """
            ÖVERSIKT: Skriv en tom mall med rätt rubrikrad och en guide till kolumnerna.

            Utan --out skrivs guiden (med rubrikraden) ut. Med --out <mapp> skrivs också
            mall_<rapport>.csv (semikolon, öppnas direkt i Excel) och mall_<rapport>.txt.
            --header-only skriver bara rubrikraden, för att skapa en fil: followup template
            --report insatser --header-only > 14_2025_insatser.csv

            ANVÄNDNING: followup template --report <rapport> [--year <år>] [--out <mapp>]
              [--header-only] [--schemas <mapp>]

            FLAGGOR:
              --report <rapport>      Rapporten: insatser, finansiering, indikatorer eller
                                      strategi.
              --year <år>             Redovisningsåret mallen gäller (väljer schemaversion;
                                      standard: senaste).
              --out <mapp>            Mapp där mallen och guiden skrivs.
              --header-only           Skriv bara rubrikraden (kommaseparerad).
              --schemas <mapp>        Katalog med scheman och kodlistor (standard: Schemas/
                                      som hittas automatiskt).
              --version               Visa programmets version.
              -h, --help              Visa den här hjälpen.

            """)
        #expect(try run(["template", "-h"], in: ws).stdout == template.stdout)
        #expect(try run(["help", "template"], in: ws).stdout == template.stdout)
        for english in ["OVERVIEW", "USAGE", "OPTIONS", "ARGUMENTS", "Show help", "Show the version", "default:", "values:"] {
            #expect(!validate.stdout.contains(english) && !template.stdout.contains(english), "\(english)")
        }
        // The operators' commands keep ArgumentParser's English help.
        #expect(try run(["status", "--help"], in: ws).stdout.contains("OPTIONS:"))
    }

    @Test func aSystemReasonInsideASwedishErrorIsSwedish() throws {
        let ws = try Workspace(); defer { ws.cleanUp() }
        let r = try run(["template", "--report", "strategi", "--out", "/proc/finns-inte/mall"], in: ws)
        #expect(r.status == 4)
        #expect(r.stderr == "followup: Kunde inte läsa eller skriva /proc/finns-inte/mall: filen eller mappen finns inte\n")
    }
}
