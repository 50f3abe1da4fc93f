import Foundation

/// Column titles with the unit the exporter shows them in.
enum ColumnHeading {
    /// `"Belopp"` or `"Belopp (kr)"` → `"Belopp (MSEK)"`: amount columns are shown in MSEK in
    /// XLSX and (when large) HTML, so a unit written into the title by the store is replaced.
    /// The store's titles are best given without a unit.
    static func withUnit(_ title: String, unit: String) -> String {
        var base = title.trimmingCharacters(in: .whitespaces)
        for suffix in [" (kr)", ", kr", " kr", " (kronor)", ", kronor", " (MSEK)", ", MSEK", " MSEK", " (%)", ", %", " %", " (procent)", ", procent"]
        where base.lowercased().hasSuffix(suffix.lowercased()) {
            base = String(base.dropLast(suffix.count))
            break
        }
        return "\(base) (\(unit))"
    }
}
