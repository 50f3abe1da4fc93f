import Testing
import FollowUpModel
@testable import Exports

@Suite struct MarkdownWriterTests {
    @Test func pipeTablesWithEscapedPipesAndPlainNumbers() {
        let text = MarkdownWriter.text(of: [SmallTable.table], year: 2021, comparisonYear: 2020)
        #expect(text == """
            # Uppföljning av regionalt utvecklingsarbete 2021 – jämförelse med 2020

            ## Finansiering per område

            `omraden` – 2 rader

            | År | Stödform | Område \\| namn | Belopp (kr) | Andel (%) | Förändring (%) | Värde |
            | ---: | --- | --- | ---: | ---: | ---: | ---: |
            | 2021 | PROJ | Kompetens, "bred" | 28600000 | 58.9 | -36.2 | 1.25 |
            | 2021 | ALLA | Ej kopplat | -1500 | -0.5 |  |  |

            """)
    }

    @Test func escapesMarkupAndFoldsLineBreaks() {
        #expect(MarkdownWriter.escape("a|b") == "a\\|b")
        #expect(MarkdownWriter.escape("rad 1\nrad 2") == "rad 1 rad 2")
        #expect(MarkdownWriter.escape("*fet* <b> [länk] `kod` a\\b") == "\\*fet\\* \\<b\\> \\[länk\\] \\`kod\\` a\\\\b")
    }

    @Test func aTableWithoutRowsSaysSo() {
        let table = Table(name: "tom", title: "Tom tabell", columns: [.init("ar", "År", .integer)], rows: [])
        let text = MarkdownWriter.text(of: [table], year: 2021, comparisonYear: 2020)
        #expect(text.hasSuffix("## Tom tabell\n\n`tom` – 0 rader\n\n| År |\n| ---: |\n"))
    }

    @Test func unitsInTitlesAreReplacedNotDoubled() {
        #expect(ColumnHeading.withUnit("Belopp (kr)", unit: "MSEK") == "Belopp (MSEK)")
        #expect(ColumnHeading.withUnit("Belopp, kr", unit: "kr") == "Belopp (kr)")
        #expect(ColumnHeading.withUnit("Andel (%)", unit: "%") == "Andel (%)")
        #expect(ColumnHeading.withUnit("Beviljat", unit: "MSEK") == "Beviljat (MSEK)")
    }
}
