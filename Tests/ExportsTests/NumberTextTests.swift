import Testing
import FollowUpModel
@testable import Exports

@Suite struct NumberTextTests {
    @Test func tenthsKeepOneDecimalIncludingNegatives() {
        #expect(TableValue.tenths(589).plainText == "58.9")
        #expect(TableValue.tenths(-5).plainText == "-0.5")
        #expect(TableValue.tenths(-362).plainText == "-36.2")
        #expect(TableValue.tenths(1000).plainText == "100.0")
        #expect(TableValue.tenths(0).plainText == "0.0")
        #expect(NumberText.decimalComma(.tenths(-5)) == "-0,5")
        #expect(NumberText.decimalComma(.integer(-1500)) == "-1500")
    }

    @Test func percentTenthsAsFractionsForTheWorkbook() {
        #expect(NumberText.tenthsAsFraction(589) == "0.589")
        #expect(NumberText.tenthsAsFraction(-5) == "-0.005")
        #expect(NumberText.tenthsAsFraction(-362) == "-0.362")
        #expect(NumberText.tenthsAsFraction(1000) == "1")
        #expect(NumberText.tenthsAsFraction(1234) == "1.234")
        #expect(NumberText.tenthsAsFraction(0) == "0")
    }

    @Test func msekRoundsHalfAwayFromZero() {
        #expect(NumberText.msekPlain(28_600_000) == "28.6")
        #expect(NumberText.msekPlain(28_550_000) == "28.6")
        #expect(NumberText.msekPlain(28_549_999) == "28.5")
        #expect(NumberText.msekPlain(-28_550_000) == "-28.6")
        #expect(NumberText.msekPlain(-40_000) == "0.0")
        #expect(NumberText.msekPlain(287_800_000) == "287.8")
    }

    @Test func swedishDisplayGroupsFromFiveDigitsWithDecimalCommaAndMinusSign() {
        #expect(NumberText.swedish(plain: "2021") == "2021")
        #expect(NumberText.swedish(plain: "12345") == "12\u{00A0}345")
        #expect(NumberText.swedish(plain: "1234567.5") == "1\u{00A0}234\u{00A0}567,5")
        #expect(NumberText.swedish(plain: "-36.2") == "\u{2212}36,2")
        #expect(NumberText.swedish(plain: "-0.0") == "0,0")
        #expect(NumberText.swedish(plain: "") == "")
    }
}
