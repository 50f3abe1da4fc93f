import Texts

/// `catalog.rdf`: the DCAT-AP-SE catalogue record (RDF/XML) of one year's open data, for
/// Sweden's data portal (dataportal.se) to harvest. One `dcat:Catalog` with one
/// `dcat:Dataset` (the year), one `dcat:Distribution` per CSV and one for the Data Package,
/// with DCAT-AP-SE's mandatory and recommended properties; every address absolute, under
/// the configured base. Controlled values come from the EU vocabularies (file types, data
/// themes, frequencies, languages, countries).
enum DCATWriter {
    struct Dates {
        /// `YYYY-MM-DD` of the first publication.
        var issued: String
        /// `YYYY-MM-DD` of the latest accepted data.
        var modified: String
    }

    static let euAuthority = "http://publications.europa.eu/resource/authority/"
    static let licence = "http://creativecommons.org/licenses/by/4.0/"
    static let xsdDate = "http://www.w3.org/2001/XMLSchema#date"
    static let xsdInteger = "http://www.w3.org/2001/XMLSchema#nonNegativeInteger"

    static func text(resources: [DataPackageWriter.Resource], dataPackageBytes: Int, year: Int,
                     metadata: OpenDataMetadata, dates: Dates) -> String {
        let folder = metadata.yearURL(year)
        let record = folder + OpenDataFileNames.catalog
        let catalog = record + "#catalog", dataset = record + "#dataset"
        let publisher = record + "#publisher", contact = record + "#contact"
        func distribution(_ name: String) -> String { record + "#distribution-" + name }

        var x = XMLBuilder()
        x.line("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
        x.line("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\""
               + " xmlns:dcat=\"http://www.w3.org/ns/dcat#\" xmlns:dcterms=\"http://purl.org/dc/terms/\""
               + " xmlns:foaf=\"http://xmlns.com/foaf/0.1/\" xmlns:vcard=\"http://www.w3.org/2006/vcard/ns#\""
               + " xmlns:dcatap=\"http://data.europa.eu/r5r/\">")

        x.open("dcat:Catalog", about: catalog)
        x.both("dcterms:title", PublishText.catalogTitle)
        x.both("dcterms:description", PublishText.catalogDescription)
        x.ref("dcterms:publisher", publisher)
        x.ref("foaf:homepage", metadata.baseURL)
        x.ref("dcterms:language", euAuthority + "language/SWE")
        x.ref("dcterms:language", euAuthority + "language/ENG")
        x.ref("dcterms:license", licence)
        x.date("dcterms:issued", dates.issued)
        x.date("dcterms:modified", dates.modified)
        x.ref("dcterms:spatial", euAuthority + "country/SWE")
        x.ref("dcat:themeTaxonomy", euAuthority + "data-theme")
        x.ref("dcat:dataset", dataset)
        x.close("dcat:Catalog")

        x.open("foaf:Agent", about: publisher)
        x.literal("foaf:name", metadata.publisherName)
        x.ref("foaf:mbox", "mailto:" + metadata.publisherEmail)
        if let url = metadata.publisherURL { x.ref("foaf:homepage", url) }
        x.ref("dcterms:type", "http://purl.org/adms/publishertype/NationalAuthority")
        x.close("foaf:Agent")

        x.open("dcat:Dataset", about: dataset)
        x.both("dcterms:title", PublishText.datasetTitle(year: year))
        x.both("dcterms:description", PublishText.datasetDescription(year: year))
        x.literal("dcterms:identifier", dataset)
        x.ref("dcterms:publisher", publisher)
        x.ref("dcat:contactPoint", contact)
        for keyword in PublishText.keywords { x.both("dcat:keyword", keyword) }
        x.ref("dcat:theme", euAuthority + "data-theme/REGI")
        x.ref("dcat:theme", euAuthority + "data-theme/GOVE")
        x.ref("dcterms:spatial", euAuthority + "country/SWE")
        x.line("    <dcterms:temporal>")
        x.line("      <dcterms:PeriodOfTime>")
        x.line("        <dcat:startDate rdf:datatype=\"\(xsdDate)\">\(year)-01-01</dcat:startDate>")
        x.line("        <dcat:endDate rdf:datatype=\"\(xsdDate)\">\(year)-12-31</dcat:endDate>")
        x.line("      </dcterms:PeriodOfTime>")
        x.line("    </dcterms:temporal>")
        x.ref("dcterms:accrualPeriodicity", euAuthority + "frequency/ANNUAL")
        x.ref("dcterms:language", euAuthority + "language/SWE")
        x.date("dcterms:issued", dates.issued)
        x.date("dcterms:modified", dates.modified)
        x.ref("dcat:landingPage", folder)
        x.ref("dcterms:accessRights", euAuthority + "access-right/PUBLIC")
        x.ref("dcat:distribution", distribution("datapackage"))
        for r in resources { x.ref("dcat:distribution", distribution(r.table.name)) }
        x.close("dcat:Dataset")

        x.open("vcard:Organization", about: contact)
        x.literal("vcard:fn", metadata.publisherName)
        x.ref("vcard:hasEmail", "mailto:" + metadata.publisherEmail)
        x.close("vcard:Organization")

        x.open("dcat:Distribution", about: distribution("datapackage"))
        x.both("dcterms:title", PublishText.packageDistributionTitle(year: year))
        x.both("dcterms:description", PublishText.packageDistributionDescription)
        x.ref("dcat:accessURL", folder)
        x.ref("dcat:downloadURL", folder + OpenDataFileNames.dataPackage)
        x.ref("dcterms:format", euAuthority + "file-type/JSON")
        x.ref("dcat:mediaType", "https://www.iana.org/assignments/media-types/application/json")
        x.ref("dcterms:conformsTo", "https://specs.frictionlessdata.io/data-package/")
        x.ref("dcterms:license", licence)
        x.ref("dcatap:availability", euAuthority + "planned-availability/STABLE")
        x.integer("dcat:byteSize", dataPackageBytes)
        x.date("dcterms:issued", dates.issued)
        x.date("dcterms:modified", dates.modified)
        x.close("dcat:Distribution")

        for r in resources {
            x.open("dcat:Distribution", about: distribution(r.table.name))
            let title = PublishText.tableTitle(r.table)
            x.both("dcterms:title", PublishText.Both(sv: "\(title.sv) \(year) (CSV)", en: "\(title.en) \(year) (CSV)"))
            if let description = PublishText.tableDescription(r.table.name) { x.both("dcterms:description", description) }
            x.ref("dcat:accessURL", folder)
            x.ref("dcat:downloadURL", folder + r.fileName)
            x.ref("dcterms:format", euAuthority + "file-type/CSV")
            x.ref("dcat:mediaType", "https://www.iana.org/assignments/media-types/text/csv")
            x.ref("dcterms:conformsTo", folder + OpenDataFileNames.dataPackage)
            x.ref("dcterms:license", licence)
            x.ref("dcatap:availability", euAuthority + "planned-availability/STABLE")
            x.integer("dcat:byteSize", r.bytes)
            x.date("dcterms:issued", dates.issued)
            x.date("dcterms:modified", dates.modified)
            x.close("dcat:Distribution")
        }
        x.line("</rdf:RDF>")
        return x.text
    }

    /// The `dcterms:issued` date of the catalogue of an earlier publish, if `text` is one.
    static func issued(in text: String) -> String? {
        let marker = "<dcterms:issued rdf:datatype=\"\(xsdDate)\">"
        guard let start = text.range(of: marker) else { return nil }
        let date = text[start.upperBound...].prefix(10)
        guard date.count == 10, date.allSatisfy({ $0.isNumber || $0 == "-" }) else { return nil }
        return String(date)
    }
}

/// Lines of RDF/XML; every text and address goes through `XMLText.escape`.
private struct XMLBuilder {
    var text = ""

    mutating func line(_ s: String) { text += s + "\n" }

    mutating func open(_ element: String, about: String) {
        line("  <\(element) rdf:about=\"\(XMLText.escape(about))\">")
    }

    mutating func close(_ element: String) { line("  </\(element)>") }

    mutating func ref(_ property: String, _ resource: String) {
        line("    <\(property) rdf:resource=\"\(XMLText.escape(resource))\"/>")
    }

    mutating func literal(_ property: String, _ value: String, language: String? = nil) {
        let lang = language.map { " xml:lang=\"\($0)\"" } ?? ""
        line("    <\(property)\(lang)>\(XMLText.escape(value))</\(property)>")
    }

    mutating func both(_ property: String, _ value: PublishText.Both) {
        literal(property, value.sv, language: "sv")
        literal(property, value.en, language: "en")
    }

    mutating func date(_ property: String, _ value: String) {
        line("    <\(property) rdf:datatype=\"\(DCATWriter.xsdDate)\">\(XMLText.escape(value))</\(property)>")
    }

    mutating func integer(_ property: String, _ value: Int) {
        line("    <\(property) rdf:datatype=\"\(DCATWriter.xsdInteger)\">\(value)</\(property)>")
    }
}
