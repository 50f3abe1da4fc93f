/// One value in a generated report, formatted by the file's dialect.
enum Cell {
    case text(String)
    /// A whole number (years, counts, codes); never grouped.
    case int(Int)
    /// Whole kronor; the dialect may group the thousands with spaces (`1 250 000`).
    case amount(Int)
    /// A fixed-point decimal: `scaled / 10^places` (indicator values).
    case fixed(Int, places: Int)
    case empty
}

/// A report ready to be written: the header in the schema's order and its rows.
struct ReportTable {
    var header: [String]
    var rows: [[Cell]]
}
