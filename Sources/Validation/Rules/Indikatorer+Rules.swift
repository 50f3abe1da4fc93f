import Foundation
import FollowUpModel

/// `indikatorer`: the indicator is listed or the region's own `RUS-<region>-<name>`
/// (`foreign-key`); the municipality lies in the county (`kommun-region`); a listed
/// indicator's unit is the list's (`unit-mismatch`); a move of more than 50 % against the
/// stored previous year is a warning (`yoy-change`).
struct IndikatorerRules: ReportRules {
    private let context: RuleContext
    private let region, indicator, municipality, sex, value, unit: Int?
    private let ownName = PatternMatcher("^[A-Za-z0-9_-]{1,30}$")
    private let units: [String: String]
    private let indicatorList: CodeList?

    var ownForeignKeys: Set<String> { ["indikator_kod"] }

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
    }

    func check(_ row: RowView, _ out: inout FindingReporter) {
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
        if let kommun = row.validText(municipality), !Self.hasPrefix(kommun, regionCode) {
            out.add(.kommunRegion, line: row.line, column: "kommun_kod", value: kommun,
                    Messages.kommunRegion(line: row.line, kommun: kommun, region: regionCode))
        }
        checkYearOnYear(row, &out)
    }

    private func isOwnIndicator(_ code: String, region: String) -> Bool {
        if let own = Self.isOwnASCII(code, region: region, name: ownName) { return own }
        let prefix = "RUS-\(region)-"
        return code.hasPrefix(prefix) && ownName.matches(String(code.dropFirst(prefix.count)))
    }

    /// `isOwnIndicator` over the bytes when both texts are ASCII (then a byte prefix is a
    /// prefix of characters); nil otherwise.
    private static func isOwnASCII(_ code: String, region: String, name: PatternMatcher) -> Bool? {
        var code = code, region = region
        return code.withUTF8 { c -> Bool? in
            region.withUTF8 { r -> Bool? in
                guard isASCII(c), isASCII(r) else { return nil }
                let p = r.count + 5
                guard c.count >= p, c[0] == UInt8(ascii: "R"), c[1] == UInt8(ascii: "U"), c[2] == UInt8(ascii: "S"),
                      c[3] == UInt8(ascii: "-"), c[p - 1] == UInt8(ascii: "-") else { return false }
                for k in 0..<r.count where c[4 + k] != r[k] { return false }
                return name.matchesASCII(UnsafeBufferPointer(rebasing: c[p...]))
            }
        }
    }

    private static func isASCII(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        for x in b where x >= 0x80 { return false }
        return true
    }

    /// `String.hasPrefix`, by bytes when both are ASCII.
    private static func hasPrefix(_ s: String, _ prefix: String) -> Bool {
        var a = s, b = prefix
        let ascii = a.withUTF8 { x in b.withUTF8 { y -> Bool? in
            guard isASCII(x), isASCII(y) else { return nil }
            if y.isEmpty { return true }
            return x.count >= y.count && memcmp(x.baseAddress!, y.baseAddress!, y.count) == 0
        } }
        return ascii ?? s.hasPrefix(prefix)
    }

    private func checkYearOnYear(_ row: RowView, _ out: inout FindingReporter) {
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
