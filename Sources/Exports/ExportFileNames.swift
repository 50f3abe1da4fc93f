/// The file names fixed by the spec (`comparison-tables.md`, "Formats").
enum ExportFileNames {
    static func csv(table: String) -> String { "\(table).csv" }
    static func xlsx(year: Int) -> String { "jamforelse-\(year).xlsx" }
    static func html(year: Int) -> String { "rapport-\(year).html" }
    static func markdown(year: Int) -> String { "jamforelse-\(year).md" }
    static func json(year: Int) -> String { "jamforelse-\(year).json" }
}
