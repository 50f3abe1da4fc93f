import Foundation
import FollowUpModel

/// A realistic table set for 2021 compared with 2020, built the way the store builds it
/// (every combination present, shares rounded half away from zero).
enum DemoTables {
    static let year = 2021
    static let comparisonYear = 2020

    static let instruments = ["PROJ", "INV", "FRAM", "SERV"]
    static let areaNames = [
        "0": "Ej kopplat till strategiskt område",
        "1": "Likvärdiga möjligheter till boende, arbete och välfärd i hela landet",
        "2": "Kompetensförsörjning och kompetensutveckling i hela landet",
        "3": "Innovation och förnyelse samt entreprenörskap och företagande i hela landet",
        "4": "Tillgänglighet i hela landet genom digital kommunikation och transportsystemet",
        "ALLA": "Samtliga områden",
    ]
    static let areas = ["0", "1", "2", "3", "4", "ALLA"]
    static let regions: [(code: String, name: String, weight: Int64)] = [
        ("01", "Stockholms län", 60), ("03", "Uppsala län", 22), ("04", "Södermanlands län", 15),
        ("05", "Östergötlands län", 28), ("06", "Jönköpings län", 21), ("07", "Kronobergs län", 13),
        ("08", "Kalmar län", 16), ("09", "Gotlands län", 6), ("10", "Blekinge län", 10),
        ("12", "Skåne län", 55), ("13", "Hallands län", 19), ("14", "Västra Götalands län", 70),
        ("17", "Värmlands län", 18), ("18", "Örebro län", 20), ("19", "Västmanlands län", 17),
        ("20", "Dalarnas län", 19), ("21", "Gävleborgs län", 19), ("22", "Västernorrlands län", 16),
        ("23", "Jämtlands län", 12), ("24", "Västerbottens län", 26), ("25", "Norrbottens län", 31),
    ]

    /// Kronor per instrument and area 0–4, for the year and the comparison year.
    /// PROJ 2021 is the real project funding: 28.6 / 55.5 / 287.8 / 34.9 MSEK in areas 1–4.
    static let funding: [String: (year: [Int64], previous: [Int64])] = [
        "PROJ": ([4_150_000, 28_600_000, 55_500_000, 287_800_000, 34_900_000],
                 [6_020_000, 31_250_000, 49_870_000, 264_300_000, 41_600_000]),
        "INV": ([0, 3_200_000, 1_150_000, 96_400_000, 12_050_000],
                [0, 2_800_000, 0, 104_900_000, 9_300_000]),
        "FRAM": ([0, 1_900_000, 4_450_000, 38_700_000, 850_000],
                 [250_000, 2_100_000, 3_950_000, 35_100_000, 0]),
        "SERV": ([0, 24_300_000, 0, 0, 1_200_000],
                 [0, 22_950_000, 0, 0, 1_450_000]),
    ]

    static func amounts(_ instrument: String, _ area: String) -> (Int64, Int64) {
        let forms = instrument == "ALLA" ? instruments : [instrument]
        var (y, p): (Int64, Int64) = (0, 0)
        for form in forms {
            let f = funding[form]!
            if area == "ALLA" {
                y += f.year.reduce(0, +); p += f.previous.reduce(0, +)
            } else {
                y += f.year[Int(area)!]; p += f.previous[Int(area)!]
            }
        }
        return (y, p)
    }

    /// 100 × part / whole in tenths, half away from zero; empty when the whole is 0.
    static func share(_ part: Int64, of whole: Int64) -> TableValue {
        guard whole != 0 else { return .empty }
        let scaled = 2000 * part
        let doubled = (scaled.magnitude + whole.magnitude) / (2 * whole.magnitude)
        return .tenths((part < 0) != (whole < 0) ? -Int64(doubled) : Int64(doubled))
    }

    static func years() -> [TableValue] { [.integer(Int64(year)), .integer(Int64(comparisonYear))] }
    static let yearColumns: [Table.Column] = [.init("ar", "År", .integer), .init("jamforelsear", "Jämförelseår", .integer)]

    static var omraden: Table {
        var rows: [[TableValue]] = []
        for form in instruments + ["ALLA"] {
            let (total, previousTotal) = amounts(form, "ALLA")
            for area in areas {
                let (y, p) = amounts(form, area)
                rows.append(years() + [
                    .text(form), .text(area), .text(areaNames[area]!), .integer(y), share(y, of: total),
                    .integer(p), share(p, of: previousTotal), .integer(y - p), share(y - p, of: p),
                ])
            }
        }
        return Table(name: "omraden", title: "Finansiering per strategiskt område", columns: yearColumns + [
            .init("stodform", "Stödform", .text), .init("omrade", "Område", .text),
            .init("omrade_namn", "Områdesnamn", .text), .init("belopp_kr", "Belopp", .amount),
            .init("andel_procent", "Andel", .percent), .init("belopp_jamforelsear_kr", "Belopp jämförelseår", .amount),
            .init("andel_jamforelsear_procent", "Andel jämförelseår", .percent),
            .init("forandring_kr", "Förändring", .amount), .init("forandring_procent", "Förändring", .percent),
        ], rows: rows)
    }

    static var regioner: Table {
        let weightSum = regions.reduce(0) { $0 + $1.weight }
        var rows: [[TableValue]] = []
        for form in instruments + ["ALLA"] {
            for area in areas {
                let (y, p) = amounts(form, area)
                // Shift weights per area so each area has its own leader.
                let shift = area == "ALLA" ? 0 : Int(area)! * 4
                let parts = regions.indices.map { i -> (Int64, Int64) in
                    let w = regions[(i + shift) % regions.count].weight
                    return (y / weightSum * w / 1000 * 1000, p / weightSum * w / 1000 * 1000)
                }
                let total = parts.reduce(0) { $0 + $1.0 }
                let ranked = regions.indices.sorted { parts[$0].0 != parts[$1].0 ? parts[$0].0 > parts[$1].0 : $0 < $1 }
                for (i, region) in regions.enumerated() {
                    let rank = ranked.firstIndex(of: i)! + 1
                    rows.append(years() + [
                        .text(form), .text(area), .text(region.code), .text(region.name), .integer(parts[i].0),
                        share(parts[i].0, of: total), .integer(Int64(rank)), .integer(parts[i].1),
                        .integer(parts[i].0 - parts[i].1),
                    ])
                }
            }
        }
        return Table(name: "regioner", title: "Regionernas andelar inom områdena", columns: yearColumns + [
            .init("stodform", "Stödform", .text), .init("omrade", "Område", .text),
            .init("region_kod", "Regionkod", .text), .init("region_namn", "Region", .text),
            .init("belopp_kr", "Belopp", .amount), .init("andel_procent", "Andel", .percent),
            .init("rang", "Rang", .integer), .init("belopp_jamforelsear_kr", "Belopp jämförelseår", .amount),
            .init("forandring_kr", "Förändring", .amount),
        ], rows: rows)
    }

    static var stodformer: Table {
        let names = ["PROJ": "Stöd till projektverksamhet", "INV": "Regionalt investeringsstöd",
                     "FRAM": "Främjandestöd (regionalt bidrag till företagsutveckling)",
                     "SERV": "Stöd till kommersiell service", "ALLA": "Samtliga stödformer"]
        let decisions: [String: (Int64, Int64)] = ["PROJ": (412, 398), "INV": (57, 61), "FRAM": (133, 120), "SERV": (48, 51)]
        let (grand, _) = amounts("ALLA", "ALLA")
        var rows: [[TableValue]] = []
        for form in instruments + ["ALLA"] {
            let (y, p) = amounts(form, "ALLA")
            let d = form == "ALLA" ? decisions.values.reduce((0, 0)) { ($0.0 + $1.0, $0.1 + $1.1) } : decisions[form]!
            let eruf = form == "PROJ" || form == "ALLA" ? y * 3 / 10 : 0
            rows.append(years() + [
                .text(form), .text(names[form]!), .integer(d.0), .integer(y), share(y, of: grand),
                .integer(eruf), .integer(0), .integer(y - eruf - y / 5), .integer(y / 10), .integer(y / 20),
                .integer(y / 20), .integer(d.1), .integer(p), .integer(y - p), share(y - p, of: p),
            ])
        }
        return Table(name: "stodformer", title: "Stödformer och medfinansiering", columns: yearColumns + [
            .init("stodform", "Stödform", .text), .init("stodform_namn", "Namn", .text),
            .init("antal_beslut", "Antal beslut", .integer), .init("belopp_kr", "Beviljat", .amount),
            .init("andel_procent", "Andel", .percent), .init("eruf_kr", "ERUF", .amount), .init("jtf_kr", "FRO (JTF)", .amount),
            .init("region_kr", "Region", .amount), .init("kommun_kr", "Kommun", .amount),
            .init("annan_offentlig_kr", "Annan offentlig", .amount), .init("privat_kr", "Privat", .amount),
            .init("antal_beslut_jamforelsear", "Antal beslut jämförelseår", .integer),
            .init("belopp_jamforelsear_kr", "Beviljat jämförelseår", .amount),
            .init("forandring_kr", "Förändring", .amount), .init("forandring_procent", "Förändring", .percent),
        ], rows: rows)
    }

    static var insatslista: Table {
        let titles = ["Kompetenslyft för besöksnäringen", "Smart specialisering i livsmedelskedjan",
                      "Servicepunkter på landsbygden", "Bredband till byalag", "=Innovationsslussen",
                      "Grön omställning i industrin", "Näringslivets kompetensbehov 2030", "Cykelstråk mellan tätorter"]
        var rows: [[TableValue]] = []
        for (r, region) in regions.enumerated() {
            for i in 0..<12 {
                let area = (r + i) % 4 + 1
                rows.append(years() + [
                    .text(region.code), .text(region.name), .text("\(region.code)-\(2021)-\(String(format: "%03d", i + 1))"),
                    .text(titles[(r + i) % titles.count]), .text(String(area)), .text("\(area).\(i % 3 + 1)"),
                    .text(["AGARE", "FINANSIAR", "SAMVERKAN"][i % 3]), .text(i % 2 == 0 ? "MILJO" : "SOCIAL"),
                    .text(["PLANERAD", "PAGAENDE", "AVSLUTAD"][(r + i) % 3]), .text("2021-0\(i % 9 + 1)-01"),
                    .text("2023-12-31"), i % 5 == 4 ? .empty : .integer(Int64(150_000 + 37_500 * ((r * 7 + i * 3) % 40))),
                ])
            }
        }
        return Table(name: "insatslista", title: "Insatser under året", columns: yearColumns + [
            .init("region_kod", "Regionkod", .text), .init("region_namn", "Region", .text),
            .init("insats_id", "Insats", .text), .init("titel", "Titel", .text), .init("omrade", "Område", .text),
            .init("prioritering", "Prioritering", .text), .init("roll", "Roll", .text),
            .init("hallbarhet", "Hållbarhet", .text), .init("status", "Status", .text),
            .init("startdatum", "Startdatum", .text), .init("slutdatum", "Slutdatum", .text),
            .init("beviljat_kr", "Beviljat", .amount),
        ], rows: rows)
    }

    static var indikatorer: Table {
        var rows: [[TableValue]] = []
        for region in regions.prefix(6) {
            let base = Double(region.weight) * 1.37
            rows.append(years() + [
                .text("SYSS_20_64"), .text("Sysselsättningsgrad 20–64 år"), .text("procent"), .text(region.code),
                .number(base), .number(base - 1.25), .number(base + 0.5), .number(base - 0.75), .number(0.75), .tenths(-5),
            ])
        }
        return Table(name: "indikatorer", title: "Indikatorer på länsnivå", columns: yearColumns + [
            .init("indikator_kod", "Indikator", .text), .init("indikator_namn", "Namn", .text),
            .init("enhet", "Enhet", .text), .init("region_kod", "Regionkod", .text),
            .init("varde", "Värde", .decimal), .init("varde_kvinnor", "Kvinnor", .decimal),
            .init("varde_man", "Män", .decimal), .init("varde_jamforelsear", "Värde jämförelseår", .decimal),
            .init("forandring", "Förändring", .decimal), .init("forandring_procent", "Förändring", .percent),
        ], rows: rows)
    }

    static var all: [Table] { [omraden, regioner, stodformer, indikatorer, insatslista] }
}
