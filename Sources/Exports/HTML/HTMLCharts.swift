import FollowUpModel
import Texts

/// The report's charts, drawn from the `omraden` and `regioner` tables when they are present.
struct HTMLCharts {
    let tables: [Table]
    let year: Int
    let comparisonYear: Int

    private func table(_ name: String) -> Table? { tables.first { $0.name == name } }

    /// The codes of `column` in the order the tables list them (the code lists' order), without
    /// the `ALLA` rollup: from `omraden`, else `regioner`.
    private func codes(_ column: String) -> [String] {
        guard let t = table("omraden") ?? table("regioner"), let c = t.columnIndex(column) else { return [] }
        var seen: Set<String> = []
        return t.rows.map { $0[c].code }.filter { $0 != "ALLA" && seen.insert($0).inserted }
    }

    /// The instruments that get a chart of their own (besides the one of all instruments).
    var instruments: [String] { codes("stodform") }
    /// The areas, each a bar group and a chart of the regions' shares.
    var areaCodes: [String] { codes("omrade") }

    /// The instruments' names as the `stodformer` table gives them (from the code list, and
    /// the catalogue's name of `ALLA`); without that table a chart names the code.
    private var instrumentNames: [String: String] {
        var names: [String: String] = [:]
        if let t = table("stodformer"), let code = t.columnIndex("stodform"), let name = t.columnIndex("stodform_namn") {
            for row in t.rows where !row[name].plainText.isEmpty {
                names[row[code].code] = row[name].plainText
            }
        }
        return names
    }

    /// Funding per area for `instrument`, both years; nil without an `omraden` table.
    func areaChart(instrument: String, compact: Bool) -> SVGBarChart? {
        guard let t = table("omraden"),
              let form = t.columnIndex("stodform"), let area = t.columnIndex("omrade"),
              let amount = t.columnIndex("belopp_kr"), let previous = t.columnIndex("belopp_jamforelsear_kr")
        else { return nil }
        let nameColumn = t.columnIndex("omrade_namn")
        var groups: [SVGBarChart.Group] = []
        for code in areaCodes {
            guard let row = t.rows.first(where: { $0[form].code == instrument && $0[area].code == code }) else { continue }
            var label = code
            if let nameColumn, !row[nameColumn].plainText.isEmpty {
                label = "\(code) \(row[nameColumn].plainText)"
            }
            if compact { label = Self.shortened(label, to: 58) }
            let values = [row[amount].integerValue, row[previous].integerValue]
            groups.append(SVGBarChart.Group(
                label: label,
                values: values.map { $0.map(Double.init) },
                valueTexts: values.map { $0.map { NumberText.swedish(plain: NumberText.msekPlain($0)) } ?? "–" }))
        }
        guard !groups.isEmpty else { return nil }
        let instrumentName = instrumentNames[instrument] ?? instrument
        let title = ReportTexts.areasChartTitle(instrument: instrumentName, year: year, comparisonYear: comparisonYear)
        let description = groups.map { "\($0.label): \($0.valueTexts[0]) MSEK (\(year)), \($0.valueTexts[1]) MSEK (\(comparisonYear))" }
            .joined(separator: "; ")
        return SVGBarChart(
            id: "diagram-omraden-\(instrument.lowercased())", title: title, description: description,
            series: [.init(label: String(year), cssClass: "ar"), .init(label: String(comparisonYear), cssClass: "jamforelsear")],
            groups: groups, width: compact ? 520 : 760, barHeight: compact ? 13 : 16)
    }

    /// The regions' shares of all instruments' funding within `area`; nil without a `regioner` table.
    func regionChart(area code: String) -> SVGBarChart? {
        guard let t = table("regioner"),
              let form = t.columnIndex("stodform"), let area = t.columnIndex("omrade"),
              let share = t.columnIndex("andel_procent")
        else { return nil }
        let name = t.columnIndex("region_namn") ?? t.columnIndex("region_kod")
        let regionCode = t.columnIndex("region_kod")
        let amount = t.columnIndex("belopp_kr")
        let rows = t.rows.filter { $0[form].code == "ALLA" && $0[area].code == code }
        guard !rows.isEmpty else { return nil }
        let sorted = rows.sorted { a, b in
            let (x, y) = (a[share].tenthsValue ?? 0, b[share].tenthsValue ?? 0)
            if x != y { return x > y }
            if let amount, a[amount].integerValue != b[amount].integerValue {
                return (a[amount].integerValue ?? 0) > (b[amount].integerValue ?? 0)
            }
            guard let regionCode else { return false }
            return a[regionCode].code < b[regionCode].code
        }
        let groups = sorted.map { row -> SVGBarChart.Group in
            let tenths = row[share].tenthsValue
            return SVGBarChart.Group(
                label: name.map { row[$0].plainText } ?? "",
                values: [tenths.map { Double($0) / 10 }],
                valueTexts: [tenths.map { NumberText.swedish(plain: TableValueText.tenthsWithDecimal($0)) + "\u{00A0}%" } ?? "–"])
        }
        let areaLabel = areaName(code)
        let description = groups.map { "\($0.label) \($0.valueTexts[0])" }.joined(separator: ", ")
        return SVGBarChart(
            id: "diagram-regioner-\(code.lowercased())",
            title: ReportTexts.regionsChartTitle(area: areaLabel, year: year), description: description,
            series: [.init(label: String(year), cssClass: "ar")], groups: groups,
            width: 540, labelWidth: 190, barHeight: 12, emptyText: ReportTexts.noFunding)
    }

    /// "Område 1" with the area's name from `omraden` when known.
    func areaName(_ code: String) -> String {
        if let t = table("omraden"), let area = t.columnIndex("omrade"), let name = t.columnIndex("omrade_namn"),
           let row = t.rows.first(where: { $0[area].code == code }), !row[name].plainText.isEmpty {
            return "\(ReportTexts.area(code)) – \(row[name].plainText)"
        }
        return ReportTexts.area(code)
    }

    static func shortened(_ text: String, to limit: Int) -> String {
        text.count <= limit ? text : String(text.prefix(limit - 1)).trimmingCharacters(in: .whitespaces) + "…"
    }

    var hasAreaCharts: Bool { areaChart(instrument: "ALLA", compact: false) != nil }
    var hasRegionCharts: Bool { areaCodes.contains { regionChart(area: $0) != nil } }
}
