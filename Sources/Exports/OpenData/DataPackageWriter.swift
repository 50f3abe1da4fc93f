import FollowUpModel
import Texts

/// `datapackage.json`: a Frictionless Tabular Data Package (v1 profile
/// `tabular-data-package`, which frictionless v5 also reads) describing the standard CSVs
/// beside it. The Swedish title and description are the standard `title` and
/// `description`; both languages are also given as `titles` / `descriptions` (`sv`, `en`),
/// which the specification lets a descriptor add.
enum DataPackageWriter {
    /// One CSV file of the package.
    struct Resource {
        var table: Table
        var fileName: String
        var bytes: Int
    }

    static let licenceName = "CC-BY-4.0"
    static let licenceURL = "https://creativecommons.org/licenses/by/4.0/"

    /// The package's name (lower case, digits and `-`), which also names the DCAT dataset.
    static func packageName(year: Int) -> String { "regional-utveckling-uppfoljning-\(year)" }

    static func text(resources: [Resource], year: Int, metadata: OpenDataMetadata) -> String {
        let title = PublishText.datasetTitle(year: year)
        let description = PublishText.datasetDescription(year: year)
        var out = "{\n"
        out += "  \"profile\": \"tabular-data-package\",\n"
        out += "  \"name\": \(json(packageName(year: year))),\n"
        out += "  \"id\": \(json(metadata.yearURL(year) + OpenDataFileNames.dataPackage)),\n"
        out += "  \"title\": \(json(title.sv)),\n"
        out += "  \"description\": \(json(description.sv)),\n"
        out += "  \"titles\": \(both(title)),\n"
        out += "  \"descriptions\": \(both(description)),\n"
        out += "  \"homepage\": \(json(metadata.yearURL(year))),\n"
        out += "  \"keywords\": [\(PublishText.keywords.flatMap { [json($0.sv), json($0.en)] }.joined(separator: ", "))],\n"
        out += "  \"licenses\": [{\"name\": \(json(licenceName)), \"path\": \(json(licenceURL)), \"title\": \(json(PublishText.licenceTitle))}],\n"
        var contributor = "{\"title\": \(json(metadata.publisherName)), \"email\": \(json(metadata.publisherEmail))"
        if let url = metadata.publisherURL { contributor += ", \"path\": \(json(url))" }
        contributor += ", \"role\": \"publisher\"}"
        out += "  \"contributors\": [\(contributor)],\n"
        out += "  \"resources\": ["
        out += resources.map { resource($0) }.joined(separator: ",")
        out += resources.isEmpty ? "]\n}\n" : "\n  ]\n}\n"
        return out
    }

    private static func resource(_ r: Resource) -> String {
        let title = PublishText.tableTitle(r.table)
        let description = PublishText.tableDescription(r.table.name)
        var out = "\n    {\n"
        out += "      \"profile\": \"tabular-data-resource\",\n"
        out += "      \"name\": \(json(r.table.name)),\n"
        out += "      \"path\": \(json(r.fileName)),\n"
        out += "      \"title\": \(json(title.sv)),\n"
        if let description { out += "      \"description\": \(json(description.sv)),\n" }
        out += "      \"titles\": \(both(title)),\n"
        if let description { out += "      \"descriptions\": \(both(description)),\n" }
        out += "      \"format\": \"csv\",\n"
        out += "      \"mediatype\": \"text/csv\",\n"
        out += "      \"encoding\": \"utf-8\",\n"
        out += "      \"bytes\": \(r.bytes),\n"
        out += "      \"dialect\": {\"delimiter\": \",\", \"quoteChar\": \"\\\"\", \"doubleQuote\": true, \"lineTerminator\": \"\\n\", \"header\": true},\n"
        out += "      \"licenses\": [{\"name\": \(json(licenceName)), \"path\": \(json(licenceURL))}],\n"
        out += "      \"schema\": {\n"
        out += "        \"fields\": ["
        out += r.table.columns.map { "\n          " + field($0, table: r.table.name) }.joined(separator: ",")
        out += "\n        ],\n"
        if let key = TableSchemaFields.primaryKey(of: r.table) {
            out += "        \"primaryKey\": [\(key.map(json).joined(separator: ", "))],\n"
        }
        out += "        \"missingValues\": [\"\"]\n"
        out += "      }\n"
        out += "    }"
        return out
    }

    private static func field(_ column: Table.Column, table: String) -> String {
        let (type, extra) = TableSchemaFields.type(of: column)
        let title = PublishText.columnTitle(column)
        var parts = ["\"name\": \(json(column.name))", "\"type\": \(json(type))"]
        parts += extra.map { "\(json($0.0)): \($0.1)" }
        parts.append("\"title\": \(json(title.sv))")
        let description = PublishText.columnDescription(table: table, column: column.name)
        if let description { parts.append("\"description\": \(json(description.sv))") }
        parts.append("\"titles\": \(both(title))")
        if let description { parts.append("\"descriptions\": \(both(description))") }
        return "{" + parts.joined(separator: ", ") + "}"
    }

    private static func both(_ text: PublishText.Both) -> String {
        "{\"sv\": \(json(text.sv)), \"en\": \(json(text.en))}"
    }

    private static func json(_ s: String) -> String { JSONWriter.string(s) }
}

/// The names of the files `followup publish` writes beside the CSVs.
enum OpenDataFileNames {
    static let dataPackage = "datapackage.json"
    static let catalog = "catalog.rdf"
}
