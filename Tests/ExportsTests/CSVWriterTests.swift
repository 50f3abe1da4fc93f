import Foundation
import Testing
import FollowUpModel
@testable import Exports

@Suite struct CSVWriterTests {
    @Test func standardDialectIsRFC4180WithLineFeeds() {
        let text = CSVWriter.text(of: SmallTable.table, dialect: .standard)
        #expect(text == "ar,stodform,omrade_namn,belopp_kr,andel_procent,forandring_procent,varde\n"
            + "2021,PROJ,\"Kompetens, \"\"bred\"\"\",28600000,58.9,-36.2,1.25\n"
            + "2021,ALLA,Ej kopplat,-1500,-0.5,,\n")
    }

    @Test func excelSwedishDialectHasBOMSemicolonDecimalCommaAndCRLF() {
        let text = CSVWriter.text(of: SmallTable.table, dialect: .excelSv)
        #expect(text == "\u{FEFF}ar;stodform;omrade_namn;belopp_kr;andel_procent;forandring_procent;varde\r\n"
            + "2021;PROJ;\"Kompetens, \"\"bred\"\"\";28600000;58,9;-36,2;1,25\r\n"
            + "2021;ALLA;Ej kopplat;-1500;-0,5;;\r\n")
        #expect(Array(Data(text.utf8).prefix(3)) == [0xEF, 0xBB, 0xBF])
    }

    @Test func quotesSeparatorsLineBreaksAndQuotes() {
        #expect(CSVWriter.quoted("a,b", separator: ",") == "\"a,b\"")
        #expect(CSVWriter.quoted("a;b", separator: ",") == "a;b")
        #expect(CSVWriter.quoted("a;b", separator: ";") == "\"a;b\"")
        #expect(CSVWriter.quoted("rad 1\nrad 2", separator: ",") == "\"rad 1\nrad 2\"")
        #expect(CSVWriter.quoted("rad 1\r\nrad 2", separator: ",") == "\"rad 1\r\nrad 2\"")
        #expect(CSVWriter.quoted("säger \"hej\"", separator: ",") == "\"säger \"\"hej\"\"\"")
        #expect(CSVWriter.quoted("Västra Götaland", separator: ",") == "Västra Götaland")
    }

    @Test func headerOnlyForATableWithoutRows() {
        let table = Table(name: "tom", title: "Tom", columns: [.init("ar", "År", .integer)], rows: [])
        #expect(CSVWriter.text(of: table, dialect: .standard) == "ar\n")
    }
}
