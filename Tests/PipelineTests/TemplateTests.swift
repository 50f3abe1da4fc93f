import Foundation
import Testing
import FollowUpModel
@testable import Pipeline

struct TemplateTests {
    static let catalog: SchemaCatalog = {
        let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return try! SchemaCatalog(directory: repo.appendingPathComponent("Schemas"))
    }()

    static let headers: [ReportKind: String] = [
        .insatser: "region_kod,ar,insats_id,titel,strategiskt_omrade,prioritering,roll,hallbarhet,territoriell_inriktning,samverkan,status,startdatum,slutdatum,beskrivning",
        .finansiering: "region_kod,ar,beslut_id,insats_id,stodform,strategiskt_omrade,prioritering,beviljat_kr,eruf_kr,jtf_kr,region_kr,kommun_kr,annan_offentlig_kr,privat_kr,horisontella_kriterier,beslutsdatum",
        .indikatorer: "region_kod,ar,indikator_kod,kommun_kod,kon,varde,enhet,kalla",
        .strategi: "region_kod,ar,rus_namn,antagen_ar,giltig_till_ar,oversyn_pagar,antal_handlingsplaner,agenda2030_integrerad,antal_analyser,antal_utvarderingar",
    ]

    @Test(arguments: ReportKind.allCases)
    func theHeaderLineIsTheSchemasColumnsInOrder(_ report: ReportKind) throws {
        let t = try Template(report: report, year: 2025, catalog: Self.catalog)
        let header = try #require(Self.headers[report])
        #expect(t.headerLine == header)
        let excel = String(decoding: t.excelFile, as: UTF8.self)
        #expect(excel == "\u{FEFF}" + header.replacingOccurrences(of: ",", with: ";") + "\r\n")
        #expect(t.guide.contains("\nRubrikrad:\n\(header)\n\n"))
    }

    @Test func theStrategiGuideInFull() throws {
        let t = try Template(report: .strategi, year: 2025, catalog: Self.catalog)
        #expect(t.guide == """
            Mall för rapporten strategi (SFS 2024:99 7 §, 8 § och 11 §)
            Läget för den regionala utvecklingsstrategin (RUS) år Y: handlingsplaner, Agenda 2030, analyser och utvärderingar (7 §, 8 §, 11 §). Exakt en datarad.
            Filnamn: <regionkod>_<år>_strategi.csv, t.ex. 14_2025_strategi.csv
            Spara som CSV (UTF-8 eller Excels "CSV (semikolonavgränsad)"); kolumnerna får stå i valfri ordning men alla ska finnas.
            Filen ska ha exakt en datarad.

            Rubrikrad:
            region_kod,ar,rus_namn,antagen_ar,giltig_till_ar,oversyn_pagar,antal_handlingsplaner,agenda2030_integrerad,antal_analyser,antal_utvarderingar

            Kolumner:
              region_kod             obligatorisk, text. Regionens länskod, t.ex. 14; samma som i filnamnet.
              ar                     obligatorisk, heltal. Redovisningsåret Y; samma som i filnamnet.
              rus_namn               obligatorisk, text, högst 300 tecken. Strategins namn.
              antagen_ar             obligatorisk, heltal, minst 2000. År då strategin antogs, 2000–Y.
              giltig_till_ar         valfri (får vara tom), heltal. Sista giltighetsår (valfritt), inte före antagen_ar.
              oversyn_pagar          obligatorisk, ja/nej (även true/false, SANT/FALSKT eller 1/0). Pågår en översyn? ja/nej.
              antal_handlingsplaner  valfri (får vara tom), heltal, minst 0. Antal handlingsplaner.
              agenda2030_integrerad  valfri (får vara tom), ja/nej (även true/false, SANT/FALSKT eller 1/0). Är Agenda 2030 integrerad? ja/nej.
              antal_analyser         valfri (får vara tom), heltal, minst 0. Antal analyser.
              antal_utvarderingar    valfri (får vara tom), heltal, minst 0. Antal utvärderingar.

            Kontrollera filen innan du skickar den: followup validate 14_2025_strategi.csv

            """)
    }

    @Test func theFinansieringGuideNamesTheKeyTheUnitsAndTheAllowedCodes() throws {
        let lines = try Template(report: .finansiering, year: 2025, catalog: Self.catalog).guide
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for expected in [
            "Unik nyckel i filen: beslut_id",
            "  stodform                obligatorisk, text. Stödform ur stodformer.csv: PROJ, INV, FRAM eller SERV. Tillåtna värden:",
            "                            PROJ  Stöd till projektverksamhet",
            "                            INV   Regionalt investeringsstöd",
            "                            FRAM  Främjandestöd (regionalt bidrag till företagsutveckling)",
            "                            SERV  Stöd till kommersiell service",
            "  strategiskt_omrade      obligatorisk, heltal, 0–4. Strategiskt område 0–4; 0 endast för PROJ.",
            "  beviljat_kr             obligatorisk, heltal i kronor, t.ex. 1250000 eller 1 250 000, 0–1 000 000 000 000. Beviljat belopp ur anslag 1:1, hela kronor.",
            "  horisontella_kriterier  valfri (får vara tom), lista med koder åtskilda med |. Horisontella kriterier, koder ur horisontella.csv åtskilda med |. Tillåtna värden:",
            "                            JAMST   Jämställdhet",
            "                            INTEGR  Integration och mångfald",
            "                            MILJO   Miljö och klimat",
            "  beslutsdatum            obligatorisk, datum ÅÅÅÅ-MM-DD. Beslutsdatum ÅÅÅÅ-MM-DD inom år Y.",
        ] {
            #expect(lines.contains(expected), "\(expected)")
        }
        #expect(!lines.contains("Filen ska ha exakt en datarad."))
    }

    /// Issue 15: every code a column accepts is shown with what it means, from the code lists.
    @Test func theGuideShowsTheMeaningOfEveryCode() throws {
        let insatser = try Template(report: .insatser, year: 2025, catalog: Self.catalog).guide
        #expect(insatser.contains("""
              roll                     obligatorisk, lista med koder åtskilda med |. Regionens roll(er), koder ur roller.csv åtskilda med |. Tillåtna värden:
                                         KUNSKAP        Kunskapsaktör
                                         NATVERK        Nätverks- och samverkansaktör
                                         SAMORDNARE     Samordnare
                                         FINANSIAR      Finansiär
                                         PAVERKAN       Påverkansaktör
                                         PROCESSLEDARE  Processledare
                                         KAPACITET      Kapacitetsbyggare
              hallbarhet               valfri (får vara tom), lista med koder åtskilda med |. Hållbarhetsdimensioner, koder ur hallbarhet.csv åtskilda med |. Tillåtna värden:
                                         EKO  Ekonomisk hållbarhet
                                         SOC  Social hållbarhet
                                         MIL  Miljömässig hållbarhet

            """))
        #expect(insatser.contains("\n                             1.3  God tillgång till kommersiell och offentlig service (område 1)\n"))
        let indikatorer = try Template(report: .indikatorer, year: 2025, catalog: Self.catalog).guide
        #expect(indikatorer.contains("\n                   IND-3.4  Nystartade företag per 1 000 invånare (enhet: promille)\n"))
        #expect(indikatorer.contains("\n                   EKO-2    Antal varsel om uppsägning (enhet: antal)\n"))
        #expect(indikatorer.contains("Tillåtna värden: 290 koder, se kodlistan kommuner.csv.\n"))
        // Every code of every listed code list is in some guide, with its name.
        let guides = try ReportKind.allCases.map { try Template(report: $0, year: 2025, catalog: Self.catalog).guide }.joined()
        for name in ["roller", "hallbarhet", "territoriella", "samverkan", "stodformer", "horisontella", "prioriteringar", "indikatorer"] {
            let list = Self.catalog.codeList(name)!
            for code in list.codes {
                #expect(guides.contains(" \(code)") && guides.contains(list.name(of: code)!), "\(name): \(code)")
            }
        }
    }

    @Test func theIndikatorerGuideNamesANumberWithItsDecimalSeparators() throws {
        let guide = try Template(report: .indikatorer, year: 2025, catalog: Self.catalog).guide
        #expect(guide.contains("\n  varde          obligatorisk, tal, t.ex. 12,5 eller 12.5 (decimalkomma bara i filer med ; eller tabb). Värdet.\n"))
        #expect(guide.contains("\nUnik nyckel i filen: indikator_kod + kommun_kod + kon\n"))
    }

    @Test func theExcelTemplateWithOneRowFilledInValidates() throws {
        let t = try Template(report: .strategi, year: 2025, catalog: Self.catalog)
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("followup-template-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let values = ["region_kod": "14", "ar": "2025", "rus_namn": "Västra Götaland 2030", "antagen_ar": "2020",
                      "giltig_till_ar": "2030", "oversyn_pagar": "nej", "antal_handlingsplaner": "4",
                      "agenda2030_integrerad": "ja", "antal_analyser": "2", "antal_utvarderingar": "1"]
        let row = Self.catalog.schema(for: .strategi, year: 2025)!.fields.map { values[$0.name] ?? "" }.joined(separator: ";")
        var data = t.excelFile
        data.append(Data((row + "\r\n").utf8))
        let url = dir.appendingPathComponent("14_2025_strategi.csv")
        try data.write(to: url)
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: 1_770_000_000)], ofItemAtPath: url.path)
        let report = try validateFiles([url], catalog: Self.catalog,
                                       options: CheckOptions(now: Date(timeIntervalSince1970: 1_780_000_000)))
        #expect(report.valid, "\(report.files.first?.findings ?? [])")
    }
}
