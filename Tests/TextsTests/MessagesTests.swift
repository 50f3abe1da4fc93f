import Testing
import FollowUpModel
import Texts

/// A few finding messages written out in full: the wording regions read.
struct MessagesTests {
    @Test func requiredQuotesTheColumnLineAndDescription() {
        var field = Field(name: "titel", type: .string, constraints: FieldConstraints(required: true))
        field.description = "Insatsens namn."
        #expect(Messages.required(field, line: 7) == "Kolumnen titel på rad 7 får inte vara tom. Insatsens namn.")
    }

    @Test func aSimplePatternIsExplainedInWords() {
        let field = Field(name: "region_kod", type: .string)
        #expect(Messages.pattern(field, line: 2, value: "1", pattern: "^[0-9]{2}$", allowed: "siffror", length: 2...2)
                == "Kolumnen region_kod på rad 2 får bara innehålla siffror och ska vara exakt 2 tecken lång; värdet var \"1\".")
        #expect(Messages.pattern(field, line: 2, value: "x", pattern: "^(a|b)$", allowed: nil, length: nil)
                == "Kolumnen region_kod på rad 2 ska ha formen ^(a|b)$; värdet var \"x\".")
    }

    @Test func longValuesAreShortenedTo100Characters() {
        let field = Field(name: "titel", type: .integer)
        let message = Messages.typeError(field, line: 3, value: String(repeating: "a", count: 150), decimalComma: true)
        #expect(message == "Kolumnen titel på rad 3 ska vara ett heltal, t.ex. 12 eller 1 250 (utan decimaler); värdet var \""
                + String(repeating: "a", count: 99) + "…\".")
    }

    @Test func rangeWritesNumbersWithADecimalComma() {
        let field = Field(name: "andel", type: .number)
        #expect(Messages.range(field, line: 5, value: "120,5", minimum: 0, maximum: 100.5)
                == "Kolumnen andel på rad 5 ska vara mellan 0 och 100,5; värdet var \"120,5\".")
    }
}
