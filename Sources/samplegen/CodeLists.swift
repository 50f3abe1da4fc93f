/// The code lists of spec/codelists, as the generator needs them (kept in code so that
/// samplegen never reads the spec folder at run time).
struct RegionInfo {
    let kod: String
    let lan: String
    let organisation: String
    /// Used in activity titles ("… i Jämtland").
    let shortName: String
    /// Prefix of the region's own activity ids.
    let idPrefix: String
    /// Rough population in thousands (weights for funding and indicator sizes).
    let population: Int
    /// Real municipality codes and names of the county (a few).
    let kommuner: [(kod: String, namn: String)]
    /// Stödområde for regional investment support (northern and some inland regions).
    let investmentArea: Bool
}

enum CodeLists {
    static let regions: [RegionInfo] = [
        RegionInfo(kod: "01", lan: "Stockholms län", organisation: "Region Stockholm", shortName: "Stockholmsregionen", idPrefix: "RS", population: 2450,
                   kommuner: [("0180", "Stockholm"), ("0181", "Södertälje"), ("0192", "Nynäshamn")], investmentArea: false),
        RegionInfo(kod: "03", lan: "Uppsala län", organisation: "Region Uppsala", shortName: "Uppsala län", idPrefix: "RUPP", population: 400,
                   kommuner: [("0380", "Uppsala"), ("0381", "Enköping"), ("0382", "Östhammar")], investmentArea: false),
        RegionInfo(kod: "04", lan: "Södermanlands län", organisation: "Region Sörmland", shortName: "Sörmland", idPrefix: "RSRM", population: 300,
                   kommuner: [("0480", "Nyköping"), ("0484", "Eskilstuna"), ("0486", "Strängnäs")], investmentArea: false),
        RegionInfo(kod: "05", lan: "Östergötlands län", organisation: "Region Östergötland", shortName: "Östergötland", idPrefix: "ROG", population: 470,
                   kommuner: [("0580", "Linköping"), ("0581", "Norrköping"), ("0513", "Kinda")], investmentArea: false),
        RegionInfo(kod: "06", lan: "Jönköpings län", organisation: "Region Jönköpings län", shortName: "Jönköpings län", idPrefix: "RJL", population: 370,
                   kommuner: [("0680", "Jönköping"), ("0682", "Nässjö"), ("0683", "Värnamo")], investmentArea: false),
        RegionInfo(kod: "07", lan: "Kronobergs län", organisation: "Region Kronoberg", shortName: "Kronoberg", idPrefix: "RKRO", population: 200,
                   kommuner: [("0780", "Växjö"), ("0781", "Ljungby"), ("0765", "Älmhult")], investmentArea: false),
        RegionInfo(kod: "08", lan: "Kalmar län", organisation: "Region Kalmar län", shortName: "Kalmar län", idPrefix: "RKL", population: 245,
                   kommuner: [("0880", "Kalmar"), ("0882", "Oskarshamn"), ("0885", "Borgholm")], investmentArea: true),
        RegionInfo(kod: "09", lan: "Gotlands län", organisation: "Region Gotland", shortName: "Gotland", idPrefix: "RG", population: 61,
                   kommuner: [("0980", "Gotland")], investmentArea: true),
        RegionInfo(kod: "10", lan: "Blekinge län", organisation: "Region Blekinge", shortName: "Blekinge", idPrefix: "RB", population: 157,
                   kommuner: [("1080", "Karlskrona"), ("1081", "Ronneby"), ("1082", "Karlshamn")], investmentArea: false),
        RegionInfo(kod: "12", lan: "Skåne län", organisation: "Region Skåne", shortName: "Skåne", idPrefix: "RSK", population: 1400,
                   kommuner: [("1280", "Malmö"), ("1281", "Lund"), ("1283", "Helsingborg")], investmentArea: false),
        RegionInfo(kod: "13", lan: "Hallands län", organisation: "Region Halland", shortName: "Halland", idPrefix: "RH", population: 340,
                   kommuner: [("1380", "Halmstad"), ("1382", "Falkenberg"), ("1383", "Varberg")], investmentArea: false),
        RegionInfo(kod: "14", lan: "Västra Götalands län", organisation: "Västra Götalandsregionen", shortName: "Västra Götaland", idPrefix: "VGR", population: 1750,
                   kommuner: [("1480", "Göteborg"), ("1488", "Trollhättan"), ("1490", "Borås")], investmentArea: false),
        RegionInfo(kod: "17", lan: "Värmlands län", organisation: "Region Värmland", shortName: "Värmland", idPrefix: "RV", population: 283,
                   kommuner: [("1780", "Karlstad"), ("1784", "Arvika"), ("1737", "Torsby")], investmentArea: true),
        RegionInfo(kod: "18", lan: "Örebro län", organisation: "Region Örebro län", shortName: "Örebro län", idPrefix: "ROL", population: 305,
                   kommuner: [("1880", "Örebro"), ("1881", "Kumla"), ("1883", "Karlskoga")], investmentArea: false),
        RegionInfo(kod: "19", lan: "Västmanlands län", organisation: "Region Västmanland", shortName: "Västmanland", idPrefix: "RVM", population: 280,
                   kommuner: [("1980", "Västerås"), ("1983", "Köping"), ("1984", "Arboga")], investmentArea: false),
        RegionInfo(kod: "20", lan: "Dalarnas län", organisation: "Region Dalarna", shortName: "Dalarna", idPrefix: "RD", population: 288,
                   kommuner: [("2080", "Falun"), ("2081", "Borlänge"), ("2039", "Älvdalen")], investmentArea: true),
        RegionInfo(kod: "21", lan: "Gävleborgs län", organisation: "Region Gävleborg", shortName: "Gävleborg", idPrefix: "RGB", population: 287,
                   kommuner: [("2180", "Gävle"), ("2181", "Sandviken"), ("2184", "Hudiksvall")], investmentArea: true),
        RegionInfo(kod: "22", lan: "Västernorrlands län", organisation: "Region Västernorrland", shortName: "Västernorrland", idPrefix: "RVN", population: 245,
                   kommuner: [("2281", "Sundsvall"), ("2280", "Härnösand"), ("2284", "Örnsköldsvik")], investmentArea: true),
        RegionInfo(kod: "23", lan: "Jämtlands län", organisation: "Region Jämtland Härjedalen", shortName: "Jämtland Härjedalen", idPrefix: "RJH", population: 132,
                   kommuner: [("2380", "Östersund"), ("2321", "Åre"), ("2361", "Härjedalen")], investmentArea: true),
        RegionInfo(kod: "24", lan: "Västerbottens län", organisation: "Region Västerbotten", shortName: "Västerbotten", idPrefix: "RVB", population: 275,
                   kommuner: [("2480", "Umeå"), ("2482", "Skellefteå"), ("2418", "Malå")], investmentArea: true),
        RegionInfo(kod: "25", lan: "Norrbottens län", organisation: "Region Norrbotten", shortName: "Norrbotten", idPrefix: "RN", population: 250,
                   kommuner: [("2580", "Luleå"), ("2584", "Kiruna"), ("2582", "Boden")], investmentArea: true),
    ]

    static func region(_ kod: String) -> RegionInfo { regions.first { $0.kod == kod }! }

    /// (prioritering, omrade)
    static let priorities: [(kod: String, area: Int)] = [
        ("1.1", 1), ("1.2", 1), ("1.3", 1), ("2.1", 2), ("2.2", 2),
        ("3.1", 3), ("3.2", 3), ("3.3", 3), ("3.4", 3), ("3.5", 3), ("4.1", 4), ("4.2", 4),
    ]

    static let areaNames: [Int: String] = [
        0: "Ej kopplat till strategiskt område",
        1: "Likvärdiga möjligheter till boende, arbete och välfärd i hela landet",
        2: "Kompetensförsörjning och kompetensutveckling i hela landet",
        3: "Innovation och förnyelse samt entreprenörskap och företagande i hela landet",
        4: "Tillgänglighet i hela landet genom digital kommunikation och transportsystemet",
    ]

    static let roles = ["KUNSKAP", "NATVERK", "SAMORDNARE", "FINANSIAR", "PAVERKAN", "PROCESSLEDARE", "KAPACITET"]
    static let sustainability = ["EKO", "SOC", "MIL"]
    static let territorial = ["HELA", "STAD", "LANDSBYGD", "GLES", "KUST", "FJALL", "INOMREG"]
    static let cooperation = ["KOMMUN", "LANSSTYRELSE", "STATLIG", "NARINGSLIV", "CIVILSAMHALLE", "AKADEMI", "REGIONER", "EU"]
    static let horizontal = ["JAMST", "INTEGR", "MILJO"]
    static let instruments = ["PROJ", "INV", "FRAM", "SERV"]

    /// indikator_kod, enhet (indikatorer.csv)
    static let indicators: [(kod: String, enhet: String)] = [
        ("IND-1.1", "promille"), ("IND-1.2", "procent"), ("IND-1.3", "procent"),
        ("IND-2.1", "procent"), ("IND-2.2", "procent"), ("IND-3.1", "procent"),
        ("IND-3.2", "ton"), ("IND-3.3", "procent"), ("IND-3.4", "promille"),
        ("IND-3.5", "kr"), ("IND-4.1", "procent"), ("IND-4.2", "procent"),
        ("EKO-1", "kr"), ("EKO-2", "antal"),
    ]
}
