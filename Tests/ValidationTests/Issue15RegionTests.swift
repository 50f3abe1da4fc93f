import FollowUpModel
import Testing
import Validation

/// Issue 15, regions: what Excel does to a file is accepted and said (leading zeros,
/// `SANT`/`FALSKT`), and a municipality must be one of `kommuner.csv`.
@Suite struct Issue15RegionTests {
    static let region01 = SubmissionName(region: "01", year: 2025, report: .indikatorer)

    @Test func codesWithoutTheirLeadingZerosAreReadWithOneWarningPerColumn() throws {
        let text = Valid.indikatorerHeader + "\n"
            + "1,2025,IND-1.1,180,T,3.5,promille,SCB\n"
            + "1,2025,IND-1.1,181,T,3.5,promille,SCB\n"
            + "01,2025,IND-1.1,0192,T,3.5,promille,SCB\n"
        var rows: [TypedRow] = []
        let checked = try check("01_2025_indikatorer.csv", text) { rows.append($0) }
        #expect(flat(checked) == [F(2, "region_kod", .leadingZero), F(2, "kommun_kod", .leadingZero)])
        #expect(checked.report.errors == 0 && checked.report.warnings == 2)
        #expect(checked.report.findings.first?.message == "Kolumnen region_kod på rad 2 är \"1\" och har lästs som 01: Excel tar bort inledande nollor i koder som ser ut som tal. Det gäller alla sådana värden i kolumnen i den här filen (varning, hindrar inte). Behåll nollorna genom att formatera kolumnen som Text i Excel (markera kolumnen, välj Formatera celler och sedan Text) innan koderna skrivs in, eller genom att öppna CSV-filen via Data > Från text/CSV och ange kolumntypen Text.")
        #expect(IssueCode.leadingZero.severity == .warning)
        // Stored with the zeros.
        #expect(rows.map { $0.values[0] } == [.text("01"), .text("01"), .text("01")])
        #expect(rows.map { $0.values[3] } == [.text("0180"), .text("0181"), .text("0192")])
    }

    @Test func aRestoredKeyIsTheSameKey() throws {
        let text = Valid.indikatorerHeader + "\n"
            + "01,2025,IND-1.1,0180,T,3.5,promille,SCB\n"
            + "01,2025,IND-1.1,180,T,3.5,promille,SCB\n"
        let checked = try check("01_2025_indikatorer.csv", text)
        #expect(flat(checked) == [F(3, "kommun_kod", .leadingZero), F(3, "indikator_kod", .primaryKey)])
    }

    @Test func anythingElseStaysAnError() throws {
        let text = Valid.indikatorerHeader + "\n"
            + "001,2025,IND-1.1,,T,3.5,promille,SCB\n"    // too long
            + "2,2025,IND-1.1,,K,3.5,promille,SCB\n"      // 02 is no region
            + "01,2025,IND-1.1,18,T,3.5,promille,SCB\n"   // 0018 is no municipality
            + "01,2025,IND-1.1,0180 ,M,3.5,promille,SCB\n"
        let checked = try check("01_2025_indikatorer.csv", text)
        #expect(flat(checked) == [
            F(2, "region_kod", .foreignKey), F(2, "region_kod", .regionMismatch),
            F(3, "region_kod", .foreignKey), F(3, "region_kod", .regionMismatch),
            F(4, "kommun_kod", .constraintError),
        ])
        // Another region's code without its zero is read as that code: it is still not this file's region.
        let other = try check("14_2025_indikatorer.csv", Valid.indikatorerHeader + "\n1,2025,IND-1.1,,T,3.5,promille,SCB\n")
        #expect(flat(other) == [F(2, "region_kod", .leadingZero), F(2, "region_kod", .regionMismatch)])
    }

    @Test func anUnknownMunicipalityIsAForeignKeyNamingTheCountysMunicipalities() throws {
        let text = Valid.indikatorerHeader + "\n"
            + "14,2025,IND-1.1,1450,T,3.5,promille,SCB\n"
            + "14,2025,IND-1.1,1280,T,3.5,promille,SCB\n"
            + "14,2025,IND-1.1,9999,T,3.5,promille,SCB\n"
        let checked = try check("14_2025_indikatorer.csv", text)
        #expect(flat(checked) == [F(2, "kommun_kod", .foreignKey), F(3, "kommun_kod", .kommunRegion), F(4, "kommun_kod", .foreignKey)])
        let messages = checked.report.findings.map(\.message)
        #expect(messages[0] == "Kommunkoden \"1450\" på rad 2 finns inte i kodlistan kommuner. Kommuner i Västra Götalands län: 1401 Härryda, 1402 Partille, 1407 Öckerö, 1415 Stenungsund, 1419 Tjörn, 1421 Orust, 1427 Sotenäs, 1430 Munkedal, 1435 Tanum, 1438 Dals-Ed och 39 kommuner till (se kodlistan kommuner). Lämna cellen tom för hela länet.")
        let gotland = try check("09_2025_indikatorer.csv", Valid.indikatorerHeader + "\n09,2025,IND-1.1,0981,T,3.5,promille,SCB\n")
        #expect(gotland.report.findings.map(\.message) == ["Kommunkoden \"0981\" på rad 2 finns inte i kodlistan kommuner. Kommuner i Gotlands län: 0980 Gotland. Lämna cellen tom för hela länet."])
    }

    @Test func swedishExcelBooleansAreAccepted() throws {
        for (cell, value) in [("SANT", true), ("FALSKT", false), ("sant", true), ("Falskt", false)] {
            let text = Valid.strategiHeader + "\n14,2025,RUS Västra Götaland,2020,2030,\(cell),3,\(cell),5,2\n"
            var rows: [TypedRow] = []
            let checked = try check("14_2025_strategi.csv", text) { rows.append($0) }
            #expect(flat(checked) == [], "\(cell)")
            #expect(rows.first?.values[5] == .boolean(value), "\(cell)")
        }
        let bad = try check("14_2025_strategi.csv", Valid.strategiHeader + "\n14,2025,RUS,2020,2030,SAN,3,ja,5,2\n")
        #expect(bad.report.findings.map(\.message) == ["Kolumnen oversyn_pagar på rad 2 ska vara ja eller nej (även true/false, SANT/FALSKT eller 1/0 godtas); värdet var \"SAN\"."])
    }
}
