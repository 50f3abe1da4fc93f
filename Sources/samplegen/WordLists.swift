/// Word lists for plausible Swedish activity titles and descriptions.
enum WordLists {
    static let branscher = [
        "skogsnäring", "besöksnäring", "livsmedel", "life science", "fordonsindustri",
        "stål och metall", "vätgas", "batteritillverkning", "kulturella och kreativa näringar",
        "träbyggande", "rymdindustri", "digital vård", "marina näringar", "textil",
        "förnybar energi", "gruv- och mineralnäring", "logistik", "spelutveckling",
    ]

    static let malgrupper = [
        "unga", "nyanlända", "kvinnor som driver företag", "äldre",
        "personer långt från arbetsmarknaden", "små och medelstora företag",
        "landsbygdsföretag", "utrikes födda akademiker",
    ]

    /// Title templates per priority: {b} industry, {r} region, {k} municipality, {m} target group.
    static let titles: [String: [String]] = [
        "1.1": ["Attraktiva livsmiljöer i {k}", "Kultur och idrott som kraft för hållbara livsmiljöer i {r}",
                "Trygga och tillgängliga mötesplatser för {m}", "Bostadsförsörjning och boendemiljöer i {k}"],
        "1.2": ["Regional fysisk planering i {r}", "Strukturbild för {r} – samordnad samhällsplanering",
                "Stöd till översiktsplanering i {k}", "Klimatanpassad samhällsplanering i {r}"],
        "1.3": ["Servicepunkter på landsbygden i {r}", "Regionalt serviceprogram för {r}",
                "Dagligvarubutiker som servicenav i {k}", "Hemsändning av dagligvaror i glesbygd"],
        "2.1": ["Lärcentrum för livslångt lärande i {k}", "Yrkesvux och validering i {r}",
                "Flexibla utbildningsvägar för {m}", "Högskoleutbildning på distans i {r}"],
        "2.2": ["Kompetensplattform {r}", "Kompetensförsörjning inom {b} i {r}", "Branschråd för {b}",
                "Matchning och omställning för {m}", "Kompetens, omställning och tillväxt i {r}"],
        "3.1": ["Smart specialisering inom {b} i {r}", "Regionalt innovationssystem för {b}",
                "Testbädd för {b} i {k}", "Innovationsstöd till {m}", "Projektet \"Framtidens {b}\""],
        "3.2": ["Cirkulär omställning inom {b} i {r}", "Biobaserad ekonomi – {b} i {r}",
                "Klimatsmart {b} i {k}", "Resurseffektiva företag i {r}"],
        "3.3": ["Digitalisering av {m} i {r}", "Digital mognad inom {b}", "AI-kompetens för {m}",
                "Digital innovationshubb i {k}"],
        "3.4": ["Företagsfrämjande insatser för {m} i {r}", "Kapitalförsörjning för {m}",
                "Nyföretagande och entreprenörskap i {k}", "Starta och driva företag inom {b}"],
        "3.5": ["Export och internationalisering inom {b}", "Investeringsfrämjande i {r}",
                "Internationella samarbeten för {b} i {r}", "Exportstöd till {m}"],
        "4.1": ["Bredbandsutbyggnad på landsbygden i {k}", "Digital inkludering i {r}",
                "Bredbandskoordinator i {r}", "Mobiltäckning längs stråk i {r}"],
        "4.2": ["Hållbara transporter i {r}", "Kollektivtrafik och pendling i {k}",
                "Godstransporter på järnväg i {r}", "Cykelstråk och hållbart resande i {k}"],
    ]

    static let sentences = [
        "Insatsen genomförs tillsammans med kommunerna i länet.",
        "Fokus ligger på jämställdhet och integration.",
        "Målet är att stärka {b} i hela länet.",
        "Insatsen bygger på den regionala utvecklingsstrategin och dess handlingsplaner.",
        "Arbetet följs upp årligen med länets indikatorer.",
        "Samverkan sker med lärosäten, näringsliv och civilsamhälle.",
        "Insatsen har en uttalad inriktning mot landsbygder och glesa områden.",
        "Erfarenheterna sprids via regionens nätverk, bland annat \"Regionala rådet\".",
    ]

    static func fill(_ template: String, region: RegionInfo, rng: inout SplitMix64) -> String {
        var s = template
        if s.contains("{b}") { s = s.replacingOccurrences(of: "{b}", with: rng.pick(branscher)) }
        if s.contains("{m}") { s = s.replacingOccurrences(of: "{m}", with: rng.pick(malgrupper)) }
        if s.contains("{k}") { s = s.replacingOccurrences(of: "{k}", with: rng.pick(region.kommuner).namn) }
        if s.contains("{r}") { s = s.replacingOccurrences(of: "{r}", with: region.shortName) }
        return s
    }
}
