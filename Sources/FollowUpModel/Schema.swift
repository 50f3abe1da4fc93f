import Foundation

/// The type of a column, as in Frictionless Table Schema (v2 adds `list`).
public enum FieldType: String, Codable, Sendable, Hashable {
    case string, integer, number, boolean, date
    /// Codes separated by the field's `delimiter` (`|`); stored as `CellValue.list`.
    case list
}

/// The rules of one column (Table Schema `constraints`).
public struct FieldConstraints: Codable, Sendable, Hashable {
    public var required: Bool?
    public var `enum`: [String]?
    public var pattern: String?
    public var minimum: Double?
    public var maximum: Double?
    public var minLength: Int?
    public var maxLength: Int?

    public init(required: Bool? = nil, enum values: [String]? = nil, pattern: String? = nil,
                minimum: Double? = nil, maximum: Double? = nil, minLength: Int? = nil, maxLength: Int? = nil) {
        self.required = required
        self.enum = values
        self.pattern = pattern
        self.minimum = minimum
        self.maximum = maximum
        self.minLength = minLength
        self.maxLength = maxLength
    }
}

/// One column of a report (a Table Schema field).
public struct Field: Codable, Sendable, Hashable {
    public var name: String
    public var type: FieldType
    public var title: String?
    public var description: String?
    /// For `list` fields: the separator between codes (`|`).
    public var delimiter: String?
    public var constraints: FieldConstraints?
    /// Custom: the value an empty cell stands for (finansiering's co-financing amounts: 0).
    public var emptyValue: Double?

    public init(name: String, type: FieldType, constraints: FieldConstraints? = nil) {
        self.name = name
        self.type = type
        self.constraints = constraints
    }

    public var isRequired: Bool { constraints?.required ?? false }
}

/// A Table Schema foreign key: `fields` refer to `reference.fields` of `reference.resource`,
/// which is a code list in `Schemas/codelists/` or, for `insatser`, another report.
public struct ForeignKey: Codable, Sendable, Hashable {
    public struct Reference: Codable, Sendable, Hashable {
        public var resource: String
        public var fields: [String]

        enum CodingKeys: String, CodingKey { case resource, fields }
        public init(from decoder: Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            resource = try c.decode(String.self, forKey: .resource)
            fields = try c.decodeStringOrArray(forKey: .fields)
        }
        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(resource, forKey: .resource)
            try c.encode(fields, forKey: .fields)
        }
    }

    public var fields: [String]
    public var reference: Reference

    enum CodingKeys: String, CodingKey { case fields, reference }
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        fields = try c.decodeStringOrArray(forKey: .fields)
        reference = try c.decode(Reference.self, forKey: .reference)
    }
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(fields, forKey: .fields)
        try c.encode(reference, forKey: .reference)
    }
}

/// The Table Schema of one report from one reporting year on (`Schemas/<report>.<validFrom>.schema.json`).
///
/// ```swift
/// let schema = catalog.schema(for: .finansiering, year: 2025)!
/// let columns = schema.fields.map(\.name)   // the order typed rows use
/// ```
public struct Schema: Codable, Sendable, Hashable {
    /// Custom: the report this schema describes.
    public var report: ReportKind
    /// Custom: the first reporting year the schema applies to.
    public var validFrom: Int
    public var title: String?
    public var description: String?
    /// Custom: the paragraphs of SFS 2024:99 the report answers.
    public var sfs: String?
    public var fields: [Field]
    public var primaryKey: [String]?
    public var foreignKeys: [ForeignKey]?
    public var missingValues: [String]?

    /// Index of the field with this name, or nil.
    public func index(of name: String) -> Int? { fields.firstIndex { $0.name == name } }
}

extension KeyedDecodingContainer {
    /// Table Schema allows a single name or a list of names.
    func decodeStringOrArray(forKey key: Key) throws -> [String] {
        if let one = try? decode(String.self, forKey: key) { return [one] }
        return try decode([String].self, forKey: key)
    }
}
