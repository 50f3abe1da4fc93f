import FollowUpModel
import Store

extension SchemaCatalog {
    /// The store's code-list tables, from the product's own `Schemas/codelists/`.
    var storeSeed: CodeListSeed {
        var seed = CodeListSeed()
        if let l = codeList("regioner") {
            seed.regions = l.codes.map { ($0, l.value(of: "lan", for: $0) ?? "", l.value(of: "organisation", for: $0) ?? "") }
        }
        if let l = codeList("omraden") {
            seed.areas = l.codes.compactMap { c in Int(c).map { ($0, l.name(of: c) ?? "") } }
        }
        if let l = codeList("prioriteringar") {
            seed.priorities = l.codes.compactMap { c in
                Int(l.value(of: "omrade", for: c) ?? "").map { (c, $0, l.name(of: c) ?? "") }
            }
        }
        if let l = codeList("stodformer") {
            seed.instruments = l.codes.map { ($0, l.name(of: $0) ?? "") }
        }
        if let l = codeList("indikatorer") {
            seed.indicators = l.codes.map { c in
                let p = l.value(of: "prioritering", for: c) ?? ""
                return (c, p.isEmpty ? nil : p, l.name(of: c) ?? "", l.value(of: "enhet", for: c) ?? "")
            }
        }
        for name in ["roller", "hallbarhet", "horisontella", "territoriella", "samverkan"] {
            if let l = codeList(name) { seed.smallLists[name] = l.codes.map { ($0, l.name(of: $0) ?? "") } }
        }
        return seed
    }

    /// The region's organisation name, e.g. "Region Gotland", or nil for an unknown code.
    func regionName(_ code: String) -> String? {
        codeList("regioner")?.value(of: "organisation", for: code)
    }
}
