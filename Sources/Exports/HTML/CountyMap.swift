import FollowUpModel
import Texts

/// The map of Sweden's 21 counties, each coloured by its region's share of all funding
/// granted in the year (all instruments and areas: the `regioner` row `ALLA`/`ALLA`, the
/// share the table and the share charts show), with a legend, a `<title>` per county and
/// a table of the same numbers for screen readers.
struct CountyMap {
    struct Region {
        let code: String
        let name: String
        /// Tenths of a percent; nil when unknown (no funding at all in the year).
        let share: Int64?
        let amount: Int64?
    }

    /// One entry per county of `CountyMapData`, in code order; nil values for a county the
    /// table does not list.
    let regions: [Region]
    let listed: Set<String>
    let year: Int

    /// The class boundaries in tenths of a percent: under 2,0 %, 2,0–3,9 %, 4,0–6,9 %,
    /// 7,0–9,9 %, 10,0 % or more. Fixed (not from the year's data), so years compare.
    static let bounds: [Int64] = [20, 40, 70, 100]

    /// The map of `tables`' `regioner`, or nil without that table or its `ALLA`/`ALLA` rows.
    init?(tables: [Table], year: Int) {
        guard let t = tables.first(where: { $0.name == "regioner" }),
              let form = t.columnIndex("stodform"), let area = t.columnIndex("omrade"),
              let code = t.columnIndex("region_kod"), let share = t.columnIndex("andel_procent")
        else { return nil }
        let name = t.columnIndex("region_namn")
        let amount = t.columnIndex("belopp_kr")
        var byCode: [String: Region] = [:]
        for row in t.rows where row[form].code == "ALLA" && row[area].code == "ALLA" {
            let c = row[code].code
            let n = name.map { row[$0].plainText } ?? ""
            byCode[c] = Region(code: c, name: n.isEmpty ? ReportTexts.county(c) : n,
                               share: row[share].tenthsValue, amount: amount.flatMap { row[$0].integerValue })
        }
        guard !byCode.isEmpty else { return nil }
        listed = Set(byCode.keys)
        regions = CountyMapData.counties.map { county in
            byCode[county.code] ?? Region(code: county.code, name: ReportTexts.county(county.code), share: nil, amount: nil)
        }
        self.year = year
    }

    /// The colour class of a region: `klass-0` no funding, `klass-1`…`klass-5` by `bounds`,
    /// `klass-saknas` for a county the table does not list.
    func fillClass(_ region: Region) -> String {
        guard listed.contains(region.code) else { return "klass-saknas" }
        if region.amount == 0 || (region.amount == nil && (region.share ?? 0) == 0) { return "klass-0" }
        let share = region.share ?? 0
        return "klass-\(1 + Self.bounds.filter { share >= $0 }.count)"
    }

    /// The legend's entries: (class, text), in order.
    static var legend: [(cssClass: String, text: String)] {
        let text = { (t: Int64) in NumberText.swedish(plain: TableValueText.tenthsWithDecimal(t)) }
        let below = { (t: Int64) in NumberText.swedish(plain: TableValueText.tenthsWithDecimal(t - 1)) }
        var entries = [("klass-0", ReportTexts.mapClassNone)]
        for (i, bound) in bounds.enumerated() {
            let low = i == 0 ? nil : text(bounds[i - 1])
            entries.append(("klass-\(i + 1)", ReportTexts.mapClass(lowText: low, highText: i == 0 ? text(bound) : below(bound))))
        }
        entries.append(("klass-\(bounds.count + 1)", ReportTexts.mapClass(lowText: text(bounds.last!), highText: nil)))
        return entries
    }

    func shareText(_ region: Region) -> String {
        region.share.map { NumberText.swedish(plain: TableValueText.tenthsWithDecimal($0)) } ?? "–"
    }

    func countyTitle(_ region: Region) -> String {
        guard listed.contains(region.code) else { return ReportTexts.mapCountyMissing(region: region.name) }
        return ReportTexts.mapCountyTitle(region: region.name, share: shareText(region),
                                          msek: region.amount.map { NumberText.swedish(plain: NumberText.msekPlain($0)) })
    }

    static let legendWidth = 150.0
    static let id = "karta-regioner"

    var svg: String {
        let e = XMLText.escape
        let width = Self.legendWidth + CountyMapData.width
        var out = #"<svg class="karta" role="img" viewBox="0 0 \#(n(width)) \#(n(CountyMapData.height))" "#
        out += #"aria-labelledby="\#(Self.id)-titel \#(Self.id)-beskrivning" preserveAspectRatio="xMinYMin meet">"#
        out += #"<title id="\#(Self.id)-titel">\#(e(ReportTexts.mapTitle(year: year)))</title>"#
        out += #"<desc id="\#(Self.id)-beskrivning">\#(e(ReportTexts.mapDescription(regions: regions.count)))</desc>"#
        out += #"<text class="forklaring rubrik" x="0" y="14">\#(e(ReportTexts.mapLegendTitle))</text>"#
        var entries = Self.legend
        if regions.contains(where: { !listed.contains($0.code) }) { entries.append(("klass-saknas", ReportTexts.mapClassMissing)) }
        for (i, entry) in entries.enumerated() {
            let y = 26 + Double(i) * 20
            out += #"<rect class="\#(entry.cssClass)" x="0" y="\#(n(y))" width="16" height="14"/>"#
            out += #"<text class="forklaring" x="22" y="\#(n(y + 11))">\#(e(entry.text))</text>"#
        }
        out += #"<g transform="translate(\#(n(Self.legendWidth)) 0)">"#
        let paths = Dictionary(uniqueKeysWithValues: CountyMapData.counties.map { ($0.code, $0.path) })
        for region in regions {
            out += #"<path class="lan \#(fillClass(region))" data-region="\#(e(region.code))" fill-rule="evenodd" d="\#(paths[region.code] ?? "")">"#
            out += "<title>\(e(countyTitle(region)))</title></path>"
        }
        return out + "</g></svg>"
    }

    /// The map's numbers as a table shown beside the map (on paper the counties' tooltips
    /// are gone), largest share first.
    var table: String {
        let e = XMLText.escape
        let classText = Dictionary(uniqueKeysWithValues: Self.legend.map { ($0.cssClass, $0.text) })
        var out = "<table class=\"kartdata\" id=\"\(Self.id)-tabell\">\n<caption>\(e(ReportTexts.mapTableCaption(year: year)))</caption>\n"
        out += "<thead>\n<tr><th scope=\"col\">\(e(ReportTexts.mapRegionColumn))</th><th scope=\"col\" class=\"tal\">\(e(ReportTexts.mapShareColumn))</th>"
        out += "<th scope=\"col\" class=\"tal\">\(e(ReportTexts.mapAmountColumn))</th><th scope=\"col\">\(e(ReportTexts.mapClassColumn))</th></tr>\n</thead>\n<tbody>\n"
        for region in regions.sorted(by: { ($0.share ?? -1, $1.code) > ($1.share ?? -1, $0.code) }) {
            let cssClass = fillClass(region)
            let amount = region.amount.map { NumberText.swedish(plain: NumberText.msekPlain($0)) } ?? "–"
            out += "<tr><th scope=\"row\">\(e(region.name))</th><td class=\"tal\">\(e(shareText(region)))</td><td class=\"tal\">\(e(amount))</td>"
            out += "<td>\(e(classText[cssClass] ?? ReportTexts.mapClassMissing))</td></tr>\n"
        }
        return out + "</tbody>\n</table>\n"
    }

    private func n(_ value: Double) -> String { TableValueText.tenths(Int64((value * 10).rounded())) }
}
