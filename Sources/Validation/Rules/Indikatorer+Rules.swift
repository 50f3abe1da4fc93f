import FollowUpModel
import Texts

/// `indikatorer`: the indicator is listed or the region's own `RUS-<region>-<name>`
/// (`foreign-key`); the municipality is listed (`foreign-key`, naming the county's
/// municipalities) and lies in the county (`kommun-region`); a listed
/// indicator's unit is the list's (`unit-mismatch`); a move of more than 50 % against the
/// stored previous year is a warning (`yoy-change`).
struct IndikatorerRules: ReportRules {
    private let context: RuleContext
    private let region, indicator, municipality, sex, value, unit: Int?
    private let ownName = PatternMatcher("^[A-Za-z0-9_-]{1,30}$")
    private let units: [String: String]
    private let indicatorList: CodeList?

    private let municipalities: CodeList?
    /// The county's municipalities (code, name) by region code, in list order.
    private let municipalitiesByRegion: [String: [(code: String, name: String)]]

    var ownForeignKeys: Set<String> { ["indikator_kod", "kommun_kod"] }

    init(_ context: RuleContext) {
        self.context = context
        region = context.index("region_kod")
        indicator = context.index("indikator_kod")
        municipality = context.index("kommun_kod")
        sex = context.index("kon")
        value = context.index("varde")
        unit = context.index("enhet")
        units = context.catalog.indicatorUnit
        indicatorList = context.catalog.codeList("indikatorer")
        let key = context.schema.foreignKeys?.first { $0.fields == ["kommun_kod"] }
        municipalities = key.flatMap { context.catalog.codeList($0.reference.resource) }
        var byRegion: [String: [(code: String, name: String)]] = [:]
        if let list = municipalities {
            for code in list.codes {
                let county = list.value(of: "region_kod", for: code) ?? String(code.prefix(2))
                byRegion[county, default: []].append((code, list.name(of: code) ?? ""))
            }
        }
        municipalitiesByRegion = byRegion
    }

    func check(_ row: Row, _ out: inout FindingReporter) {
        let regionCode = row.text(region) ?? context.submission?.region ?? ""
        if let code = row.validText(indicator) {
            if let expected = units[code] {
                if let u = row.text(unit), u != expected {
                    out.add(.unitMismatch, line: row.line, column: "enhet", value: u,
                            Messages.unitMismatch(line: row.line, indicator: code, unit: u, expected: expected))
                }
            } else if !isOwnIndicator(code, region: regionCode), let list = indicatorList {
                out.add(.foreignKey, line: row.line, column: "indikator_kod", value: code,
                        Messages.unknownIndicator(line: row.line, code: code, region: regionCode, list: list))
            }
        }
        if let kommun = row.validText(municipality), let list = municipalities, !list.contains(kommun) {
            out.add(.foreignKey, line: row.line, column: "kommun_kod", value: kommun,
                    Messages.unknownMunicipality(line: row.line, kommun: kommun, county: context.catalog.regions[regionCode],
                                                 municipalities: municipalitiesByRegion[regionCode] ?? []))
        } else if let kommun = row.validText(municipality), !TextPrefix.hasPrefix(kommun, regionCode) {
            out.add(.kommunRegion, line: row.line, column: "kommun_kod", value: kommun,
                    Messages.kommunRegion(line: row.line, kommun: kommun, region: regionCode))
        }
        checkYearOnYear(row, &out)
    }

    /// The region's own indicator: `RUS-<region>-<name>`.
    private func isOwnIndicator(_ code: String, region: String) -> Bool {
        TextPrefix.hasPrefix(code, "RUS-", region, "-", restMatching: ownName)
    }

    private func checkYearOnYear(_ row: Row, _ out: inout FindingReporter) {
        guard let lookup = context.crossFile.previousIndicatorValue, let submission = context.submission,
              let code = row.validText(indicator), let sexCode = row.validText(sex),
              let v = row.number(value) else { return }
        let kommun = row.text(municipality) ?? ""
        guard let previous = lookup(submission.region, submission.year, code, kommun, sexCode), previous != 0,
              abs(v - previous) / abs(previous) > 0.5 else { return }
        out.add(.yoyChange, line: row.line, column: "varde", value: row.text(value),
                Messages.yoyChange(line: row.line, indicator: code, previous: previous, value: v, year: submission.year))
    }
}
