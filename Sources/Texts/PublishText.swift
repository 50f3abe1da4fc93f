import FollowUpModel

/// The texts of `followup publish` (issue 15, open data): the English titles of the
/// comparison tables and their columns, the descriptions of both in Swedish and English
/// (the Swedish titles are `ComparisonText`'s), the titles of the dataset and catalogue in
/// the DCAT-AP-SE record, and the command's messages.
public enum PublishText {
    /// A text in the two languages the open data is described in.
    public struct Both: Sendable, Hashable {
        public var sv: String
        public var en: String
        public init(sv: String, en: String) {
            self.sv = sv
            self.en = en
        }
    }

    // MARK: Dataset and catalogue

    public static func datasetTitle(year: Int) -> Both {
        Both(sv: "Regionernas uppföljning av det regionala utvecklingsarbetet \(year)",
             en: "Regional development follow-up of the Swedish regions \(year)")
    }

    public static func datasetDescription(year: Int) -> Both {
        Both(sv: "Jämförelsetabeller för \(year) (jämfört med \(year - 1)) ur regionernas årliga uppföljning "
                + "enligt förordningen (2024:99): beviljade medel per strategiskt område, prioritering, region och "
                + "stödform, insatser, indikatorvärden på länsnivå och vilka rapporter som lämnats in.",
             en: "Comparison tables for \(year) (against \(year - 1)) from the Swedish regions' annual follow-up "
                + "under ordinance SFS 2024:99: funding granted per strategic area, priority, region and "
                + "instrument, activities, county-level indicator values and which reports were submitted.")
    }

    public static let catalogTitle = Both(sv: "Öppna data om regional utveckling",
                                          en: "Open data on regional development")

    public static let catalogDescription = Both(
        sv: "Katalog över de öppna data som den årliga uppföljningen av regionernas utvecklingsarbete publicerar.",
        en: "Catalogue of the open data published by the annual follow-up of the regions' development work.")

    public static let keywords: [Both] = [
        Both(sv: "regional utveckling", en: "regional development"),
        Both(sv: "anslag 1:1", en: "appropriation 1:1"),
        Both(sv: "uppföljning", en: "follow-up"),
        Both(sv: "regioner", en: "regions"),
    ]

    /// The title of the distribution that is the whole Data Package.
    public static func packageDistributionTitle(year: Int) -> Both {
        Both(sv: "Datapaket (Frictionless Data Package) \(year)", en: "Data Package (Frictionless) \(year)")
    }

    public static let packageDistributionDescription = Both(
        sv: "Beskrivning av alla tabeller med kolumner, datatyper och nycklar (datapackage.json); CSV-filerna ligger bredvid.",
        en: "Description of every table with its columns, data types and keys (datapackage.json); the CSV files lie beside it.")

    /// The licence's name as people read it.
    public static let licenceTitle = "Creative Commons Attribution 4.0 (CC BY 4.0)"

    // MARK: Tables

    static let tableTitlesEnglish: [String: String] = [
        "omraden": "Funding per strategic area",
        "prioriteringar": "Funding per priority",
        "regioner": "The regions' shares within each area",
        "stodformer": "Instruments and co-financing",
        "insatser": "Activities per area, role, sustainability and status",
        "indikatorer": "County-level indicator values",
        "inlamning": "Submitted reports",
        "insatslista": "All accepted activities",
        "tidsserie": "Funding per area and year",
    ]

    static let tableDescriptions: [String: Both] = [
        "omraden": Both(
            sv: "Beviljade medel per stödform och strategiskt område (0–4 och samtliga), med andel av stödformens summa och förändring mot jämförelseåret.",
            en: "Funding granted per instrument and strategic area (0–4 and all), with the share of the instrument's total and the change against the comparison year."),
        "prioriteringar": Both(
            sv: "Beviljade medel per stödform, strategiskt område och prioritering; rader utan prioritering har tom prioritering.",
            en: "Funding granted per instrument, strategic area and priority; rows without a priority have an empty priority."),
        "regioner": Both(
            sv: "Varje regions beviljade medel och andel inom varje stödform och område, med rang (lika belopp delar rang).",
            en: "Each region's funding and share within each instrument and area, with a rank (equal amounts share a rank)."),
        "stodformer": Both(
            sv: "Antal beslut och beviljade medel per stödform, med medfinansiering per finansiär för året.",
            en: "Number of decisions and funding granted per instrument, with the year's co-financing per source."),
        "insatser": Both(
            sv: "Antal insatser per strategiskt område och per roll, hållbarhetsaspekt och status; en insats räknas i varje kod den anger.",
            en: "Number of activities per strategic area and per role, sustainability aspect and status; an activity counts in every code it gives."),
        "indikatorer": Both(
            sv: "Indikatorvärden på länsnivå per region, totalt och för kvinnor och män, med förändring mot jämförelseåret.",
            en: "County-level indicator values per region, in total and for women and men, with the change against the comparison year."),
        "inlamning": Both(
            sv: "Vilka rapporter varje region har lämnat in för året, om de godkändes och om de kom in efter sista dag.",
            en: "Which reports each region submitted for the year, whether they were accepted and whether they came after the deadline."),
        "insatslista": Both(
            sv: "Samtliga insatser i godkända rapporter, en rad per insats, med beviljade medel under året.",
            en: "Every activity of the accepted reports, one row per activity, with the funding granted during the year."),
        "tidsserie": Both(
            sv: "Beviljade medel per stödform och strategiskt område för varje år med godkända rapporter, till och med året.",
            en: "Funding granted per instrument and strategic area for every year with accepted reports, up to and including the year."),
    ]

    /// The table's title in both languages (the Swedish one is the export's).
    public static func tableTitle(_ table: FollowUpModel.Table) -> Both {
        Both(sv: ComparisonText.tableTitles[table.name] ?? table.title,
             en: tableTitlesEnglish[table.name] ?? table.title)
    }

    /// What the table holds, in both languages; nil for a table the catalogue does not know.
    public static func tableDescription(_ name: String) -> Both? { tableDescriptions[name] }

    // MARK: Columns

    static let columnTitlesEnglish: [String: String] = [
        "ar": "Year", "jamforelsear": "Comparison year", "serie_ar": "Year of the series",
        "stodform": "Instrument", "stodform_namn": "Instrument name",
        "omrade": "Strategic area", "omrade_namn": "Area name",
        "prioritering": "Priority", "prioritering_namn": "Priority name",
        "region_kod": "Region code", "region_namn": "Region",
        "belopp_kr": "Amount", "andel_procent": "Share (%)",
        "belopp_jamforelsear_kr": "Amount in the comparison year",
        "andel_jamforelsear_procent": "Share in the comparison year (%)",
        "forandring_kr": "Change", "forandring_procent": "Change (%)", "rang": "Rank",
        "antal_beslut": "Number of decisions", "eruf_kr": "ERDF", "jtf_kr": "JTF", "region_kr": "Region",
        "kommun_kr": "Municipality", "annan_offentlig_kr": "Other public", "privat_kr": "Private",
        "antal_beslut_jamforelsear": "Number of decisions in the comparison year",
        "dimension": "Dimension", "kod": "Code", "namn": "Name", "antal": "Number",
        "antal_jamforelsear": "Number in the comparison year", "forandring": "Change",
        "indikator_kod": "Indicator code", "indikator_namn": "Indicator", "enhet": "Unit", "varde": "Value",
        "varde_kvinnor": "Value women", "varde_man": "Value men",
        "varde_jamforelsear": "Value in the comparison year",
        "rapport": "Report", "status": "Status", "mottagen": "Received", "sen": "Late", "fel": "Errors",
        "varningar": "Warnings", "versioner": "Accepted versions", "insats_id": "Activity id", "titel": "Title",
        "roll": "Role", "hallbarhet": "Sustainability", "startdatum": "Start date", "slutdatum": "End date",
        "beviljat_kr": "Granted",
    ]

    static let columnDescriptions: [String: Both] = [
        "ar": Both(sv: "Redovisningsåret.", en: "The reporting year."),
        "jamforelsear": Both(sv: "Året som jämförs med (året före).", en: "The year compared with (the year before)."),
        "serie_ar": Both(sv: "Det år raden gäller i tidsserien.", en: "The year of the series the row is about."),
        "stodform": Both(sv: "Stödformens kod (ALLA = samtliga stödformer).", en: "Code of the instrument (ALLA = all instruments)."),
        "stodform_namn": Both(sv: "Stödformens namn.", en: "Name of the instrument (in Swedish)."),
        "omrade": Both(sv: "Strategiskt område i den nationella strategin 2021–2030: 1–4, 0 = ej kopplat till område, ALLA = samtliga.",
                       en: "Strategic area of the national strategy 2021–2030: 1–4, 0 = not linked to an area, ALLA = all."),
        "omrade_namn": Both(sv: "Områdets namn.", en: "Name of the area (in Swedish)."),
        "prioritering": Both(sv: "Prioriteringens kod (t.ex. 1.1); tom när ingen prioritering angavs.",
                             en: "Code of the priority (e.g. 1.1); empty when no priority was given."),
        "prioritering_namn": Both(sv: "Prioriteringens namn.", en: "Name of the priority (in Swedish)."),
        "region_kod": Both(sv: "Länskod med två siffror (01 = Stockholm).", en: "Two-digit county code (01 = Stockholm)."),
        "region_namn": Both(sv: "Regionens namn.", en: "Name of the region."),
        "belopp_kr": Both(sv: "Beviljade medel under året, hela kronor.", en: "Funding granted during the year, whole Swedish kronor."),
        "andel_procent": Both(sv: "Andel i procent med en decimal.", en: "Share in per cent with one decimal."),
        "belopp_jamforelsear_kr": Both(sv: "Beviljade medel under jämförelseåret, hela kronor; tomt när jämförelseåret saknar godkända rapporter.",
                                       en: "Funding granted during the comparison year, whole kronor; empty when that year has no accepted reports."),
        "andel_jamforelsear_procent": Both(sv: "Andel under jämförelseåret i procent; tom när jämförelseåret saknar underlag.",
                                           en: "Share during the comparison year in per cent; empty when that year has no data."),
        "forandring_kr": Both(sv: "Förändring mot jämförelseåret, hela kronor.", en: "Change against the comparison year, whole kronor."),
        "forandring_procent": Both(sv: "Förändring mot jämförelseåret i procent; tom när jämförelsevärdet är 0 eller saknas.",
                                   en: "Change against the comparison year in per cent; empty when the comparison value is 0 or missing."),
        "rang": Both(sv: "Rang efter belopp inom stödform och område; lika belopp delar rang.",
                     en: "Rank by amount within instrument and area; equal amounts share a rank."),
        "antal_beslut": Both(sv: "Antal beslut under året.", en: "Number of decisions during the year."),
        "eruf_kr": Both(sv: "Medfinansiering från Europeiska regionala utvecklingsfonden, kronor.", en: "Co-financing from the European Regional Development Fund, kronor."),
        "jtf_kr": Both(sv: "Medfinansiering från Fonden för en rättvis omställning, kronor.", en: "Co-financing from the Just Transition Fund, kronor."),
        "region_kr": Both(sv: "Medfinansiering från regionen, kronor.", en: "Co-financing from the region, kronor."),
        "kommun_kr": Both(sv: "Medfinansiering från kommuner, kronor.", en: "Co-financing from municipalities, kronor."),
        "annan_offentlig_kr": Both(sv: "Annan offentlig medfinansiering, kronor.", en: "Other public co-financing, kronor."),
        "privat_kr": Both(sv: "Privat medfinansiering, kronor.", en: "Private co-financing, kronor."),
        "antal_beslut_jamforelsear": Both(sv: "Antal beslut under jämförelseåret.", en: "Number of decisions during the comparison year."),
        "dimension": Both(sv: "Vad raden räknar: total, roll, hallbarhet eller status.", en: "What the row counts: total, role (roll), sustainability (hallbarhet) or status."),
        "kod": Both(sv: "Koden inom dimensionen.", en: "The code within the dimension."),
        "namn": Both(sv: "Kodens namn.", en: "Name of the code (in Swedish)."),
        "antal": Both(sv: "Antal insatser under året.", en: "Number of activities during the year."),
        "antal_jamforelsear": Both(sv: "Antal insatser under jämförelseåret.", en: "Number of activities during the comparison year."),
        "forandring": Both(sv: "Förändring mot jämförelseåret.", en: "Change against the comparison year."),
        "indikator_kod": Both(sv: "Indikatorns kod.", en: "Code of the indicator."),
        "indikator_namn": Both(sv: "Indikatorns namn.", en: "Name of the indicator (in Swedish)."),
        "enhet": Both(sv: "Enheten som värdena anges i.", en: "The unit the values are given in."),
        "varde": Both(sv: "Värdet för året, totalt.", en: "The year's value, in total."),
        "varde_kvinnor": Both(sv: "Värdet för kvinnor.", en: "The value for women."),
        "varde_man": Both(sv: "Värdet för män.", en: "The value for men."),
        "varde_jamforelsear": Both(sv: "Värdet för jämförelseåret, totalt.", en: "The comparison year's value, in total."),
        "rapport": Both(sv: "Rapporten: insatser, finansiering, indikatorer eller berattelse.", en: "The report: activities (insatser), funding (finansiering), indicators (indikatorer) or narrative (berattelse)."),
        "status": Both(sv: "Status som kod.", en: "Status as a code."),
        "mottagen": Both(sv: "När den senaste filen togs emot (ISO 8601, svensk tid).", en: "When the latest file was received (ISO 8601, Swedish time)."),
        "sen": Both(sv: "ja om filen kom in efter sista dag (21 februari), annars nej.", en: "ja (yes) when the file came after the deadline (21 February), else nej (no)."),
        "fel": Both(sv: "Antal fel i den senaste filen.", en: "Number of errors in the latest file."),
        "varningar": Both(sv: "Antal varningar i den senaste filen.", en: "Number of warnings in the latest file."),
        "versioner": Both(sv: "Antal godkända versioner.", en: "Number of accepted versions."),
        "insats_id": Both(sv: "Insatsens id, unikt inom regionen.", en: "The activity's id, unique within the region."),
        "titel": Both(sv: "Insatsens titel.", en: "Title of the activity (in Swedish)."),
        "roll": Both(sv: "Regionens roller i insatsen, koder åtskilda med |.", en: "The region's roles in the activity, codes separated by |."),
        "hallbarhet": Both(sv: "Hållbarhetsaspekter, koder åtskilda med |.", en: "Sustainability aspects, codes separated by |."),
        "startdatum": Both(sv: "Insatsens startdatum.", en: "Start date of the activity."),
        "slutdatum": Both(sv: "Insatsens slutdatum.", en: "End date of the activity."),
        "beviljat_kr": Both(sv: "Beviljade medel till insatsen under året, hela kronor.", en: "Funding granted to the activity during the year, whole kronor."),
    ]

    /// Where a column means something particular in one table.
    static let columnDescriptionsInTable: [String: Both] = [
        "omraden.andel_procent": Both(sv: "Områdets andel av stödformens beviljade medel, procent.", en: "The area's share of the instrument's funding, per cent."),
        "prioriteringar.andel_procent": Both(sv: "Prioriteringens andel av stödformens beviljade medel, procent.", en: "The priority's share of the instrument's funding, per cent."),
        "regioner.andel_procent": Both(sv: "Regionens andel av områdets medel inom stödformen, procent.", en: "The region's share of the area's funding within the instrument, per cent."),
        "stodformer.andel_procent": Both(sv: "Stödformens andel av alla stödformers medel (ALLA = 100,0), procent.", en: "The instrument's share of all instruments' funding (ALLA = 100.0), per cent."),
        "insatser.andel_procent": Both(sv: "Andel av områdets insatser, procent.", en: "Share of the area's activities, per cent."),
        "tidsserie.andel_procent": Both(sv: "Områdets andel av stödformens medel det året, procent.", en: "The area's share of the instrument's funding that year, per cent."),
        "indikatorer.forandring": Both(sv: "Förändring av värdet mot jämförelseåret.", en: "Change of the value against the comparison year."),
        "inlamning.status": Both(sv: "GODKAND (en version gäller), AVVISAD (inga godkända filer) eller SAKNAS (inget inkommet).",
                                 en: "GODKAND (accepted: a version is in force), AVVISAD (rejected: no accepted file) or SAKNAS (missing: nothing received)."),
        "insatslista.status": Both(sv: "PLANERAD, PAGAENDE eller AVSLUTAD.", en: "PLANERAD (planned), PAGAENDE (ongoing) or AVSLUTAD (finished)."),
        "insatslista.omrade": Both(sv: "Strategiskt område 1–4.", en: "Strategic area 1–4."),
    ]

    /// The column's title in both languages, with the unit of whole kronor for amounts
    /// (as the standard CSV holds them).
    public static func columnTitle(_ column: FollowUpModel.Table.Column) -> Both {
        let sv = ComparisonText.columnTitles[column.name] ?? column.title
        let en = columnTitlesEnglish[column.name] ?? column.name
        guard column.kind == .amount else { return Both(sv: sv, en: en) }
        return Both(sv: "\(sv) (kr)", en: "\(en) (SEK)")
    }

    /// What the column holds, in both languages; nil for a column the catalogue does not know.
    public static func columnDescription(table: String, column: String) -> Both? {
        columnDescriptionsInTable["\(table).\(column)"] ?? columnDescriptions[column]
    }

    // MARK: The command's messages

    public static func published(files: Int, year: Int, to path: String) -> String {
        "Publicerade öppna data för \(year): \(Plural.count(files, .files)) (datapaket, DCAT-AP-SE och CSV) i \(path)"
    }

    public static func noAcceptedData(year: Int) -> String {
        "\(year) har inga godkända rapporter, så det finns inget att publicera. Inget skrevs. Välj ett år med godkända rapporter."
    }

    public static func baseURLMissing(source: String) -> String {
        "publiceringsadressen saknas: ange publish: base_url: i \(source) eller --base-url (t.ex. https://data.example.se/uppfoljning/)."
    }

    public static func baseURLInvalid(_ value: String) -> String {
        "publiceringsadressen \"\(value)\" är ingen absolut http- eller https-adress (t.ex. https://data.example.se/uppfoljning/)."
    }

    public static func publisherEmailMissing(source: String) -> String {
        "utgivarens e-postadress saknas: ange publish: publisher_email: i \(source); DCAT-AP-SE kräver en kontaktpunkt."
    }

    public static func outputNotAPublication(_ path: String) -> String {
        "\(path) finns redan och är ingen tidigare publicering (datapackage.json och catalog.rdf saknas, eller där finns mappar). "
            + "Mappen ersätts helt vid publicering, så inget skrevs. Ange en ny eller tom mapp med --output."
    }

    public static func publisherEmailInvalid(_ value: String) -> String {
        "utgivarens e-postadress \"\(value)\" är ingen e-postadress (t.ex. uppfoljning@example.se)."
    }
}
