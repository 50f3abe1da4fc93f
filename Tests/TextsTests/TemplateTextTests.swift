import Foundation
import Testing
import FollowUpModel
import Texts

/// The template guide at the catalogue's edge: a small schema in, the exact guide out.
struct TemplateTextTests {
    static let schema: Schema = {
        let json = #"""
            {"report": "indikatorer", "validFrom": 2020, "description": "Indikatorutfall år Y.",
             "primaryKey": ["indikator_kod", "kommun_kod"],
             "fields": [
               {"name": "kommun_kod", "type": "string", "description": "Kommunkod.",
                "constraints": {"maxLength": 4}},
               {"name": "kon", "type": "string", "constraints": {"required": true, "enum": ["K", "M", "T"]}},
               {"name": "varde", "type": "number", "constraints": {"required": true, "minimum": 0, "maximum": 12.5}},
               {"name": "belopp_kr", "type": "integer", "constraints": {"minimum": 0}},
               {"name": "andel", "type": "integer", "constraints": {"maximum": 100}},
               {"name": "datum", "type": "date"},
               {"name": "koder", "type": "list", "delimiter": "|"},
               {"name": "ok", "type": "boolean"}
             ]}
            """#
        return try! JSONDecoder().decode(Schema.self, from: Data(json.utf8))
    }()

    @Test func theGuideInFull() {
        let guide = TemplateText.guide(Self.schema, headerLine: "kommun_kod,kon,varde,belopp_kr,andel,datum,koder,ok") { field in
            switch field.name {
            case "kommun_kod": return TemplateText.seeCodeList("kommuner")
            case "kon": return field.constraints?.enum?.joined(separator: ", ")
            default: return nil
            }
        }
        #expect(guide == """
            Mall för rapporten indikatorer
            Indikatorutfall år Y.
            Filnamn: <regionkod>_<år>_indikatorer.csv, t.ex. 14_2025_indikatorer.csv
            Spara som CSV (UTF-8 eller Excels "CSV (semikolonavgränsad)"); kolumnerna får stå i valfri ordning men alla ska finnas.
            Unik nyckel i filen: indikator_kod + kommun_kod

            Rubrikrad:
            kommun_kod,kon,varde,belopp_kr,andel,datum,koder,ok

            Kolumner:
              kommun_kod  valfri (får vara tom), text, högst 4 tecken. Kommunkod. Tillåtna värden: se kodlistan kommuner.csv.
              kon         obligatorisk, text Tillåtna värden: K, M, T.
              varde       obligatorisk, tal, t.ex. 12,5 eller 12.5 (decimalkomma bara i filer med ; eller tabb), 0–12.5
              belopp_kr   valfri (får vara tom), heltal i kronor, t.ex. 1250000 eller 1 250 000, minst 0
              andel       valfri (får vara tom), heltal, högst 100
              datum       valfri (får vara tom), datum ÅÅÅÅ-MM-DD
              koder       valfri (får vara tom), lista med koder åtskilda med |
              ok          valfri (får vara tom), ja/nej (även true/false, SANT/FALSKT eller 1/0)

            Kontrollera filen innan du skickar den: followup validate 14_2025_indikatorer.csv

            """)
    }
}
