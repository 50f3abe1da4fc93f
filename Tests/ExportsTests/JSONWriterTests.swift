import Foundation
import Testing
import FollowUpModel
@testable import Exports

@Suite struct JSONWriterTests {
    @Test func rowObjectsInColumnOrderWithNumbersAndNulls() {
        let text = JSONWriter.text(of: [SmallTable.table], year: 2021, comparisonYear: 2020)
        #expect(text == """
            {
              "ar": 2021,
              "jamforelsear": 2020,
              "tabeller": {
                "omraden": [
                  {"ar": 2021, "stodform": "PROJ", "omrade_namn": "Kompetens, \\"bred\\"", "belopp_kr": 28600000, "andel_procent": 58.9, "forandring_procent": -36.2, "varde": 1.25},
                  {"ar": 2021, "stodform": "ALLA", "omrade_namn": "Ej kopplat", "belopp_kr": -1500, "andel_procent": -0.5, "forandring_procent": null, "varde": null}
                ]
              }
            }

            """)
    }

    @Test func parsesAsJSONWithTheSameValues() throws {
        let text = JSONWriter.text(of: DemoTables.all, year: 2021, comparisonYear: 2020)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(object["ar"] as? Int == 2021)
        #expect(object["jamforelsear"] as? Int == 2020)
        let tables = try #require(object["tabeller"] as? [String: [[String: Any]]])
        #expect(tables["regioner"]?.count == 5 * 6 * 21)
        let first = try #require(tables["omraden"]?.first)
        #expect(first["belopp_kr"] as? Int == 4_150_000)
    }

    @Test func tenthsAlwaysHaveOneDecimal() {
        #expect(JSONWriter.value(.tenths(1000)) == "100.0")
        #expect(JSONWriter.value(.tenths(0)) == "0.0")
        #expect(JSONWriter.value(.tenths(-5)) == "-0.5")
        #expect(JSONWriter.value(.number(.nan)) == "null")
        #expect(JSONWriter.value(.number(2.5)) == "2.5")
    }

    @Test func escapesStringsAndEmptyTables() {
        #expect(JSONWriter.string("a\"b\\c\nd\u{1}") == #""a\"b\\c\nd\u0001""#)
        let empty = Table(name: "tom", title: "Tom", columns: [.init("ar", "År", .integer)], rows: [])
        #expect(JSONWriter.text(of: [empty], year: 2021, comparisonYear: 2020)
            == "{\n  \"ar\": 2021,\n  \"jamforelsear\": 2020,\n  \"tabeller\": {\n    \"tom\": []\n  }\n}\n")
        #expect(JSONWriter.text(of: [], year: 2021, comparisonYear: 2020)
            == "{\n  \"ar\": 2021,\n  \"jamforelsear\": 2020,\n  \"tabeller\": {}\n}\n")
    }
}
