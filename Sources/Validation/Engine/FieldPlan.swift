import FollowUpModel

/// What the generic checks need per field, prepared once per file: the parser by type, the
/// compiled pattern, the code list of a foreign key. The scalars the hot path reads are
/// copied out of `Field`, so a cell check does not copy (retain) the whole field.
final class FieldPlan {
    let field: Field
    let pattern: PatternMatcher?
    /// The code list the field's values must be in (`foreign-key`), unless rules check it.
    let codeList: CodeList?
    let listDelimiter: UInt8
    let enumValues: Set<String>?
    /// `enumValues` for the byte route.
    let enumCodes: CodeSet?
    let type: FieldType
    let minimum: Double?
    let maximum: Double?
    let minLength: Int?
    let maxLength: Int?
    let isRequired: Bool
    let emptyValue: Double?
    /// The codes of `codeList`, for lookups without copying the list.
    let codes: CodeSet?
    /// The simple pattern form as a bitmap (`PatternMatcher`); nil with no pattern or a regex.
    let patternBits: (lo: UInt64, hi: UInt64, min: Int, max: Int)?
    let hasRegexPattern: Bool
    /// A good cell needs no `String` for its checks or value (integer/number, no enum/code list).
    let checksWithoutText: Bool
    /// A text field whose other fast checks would let a control character through (no
    /// simple pattern, enum or code list): the fast check scans its bytes for one.
    let scansForControls: Bool

    init(field: Field, schema: Schema, catalog: SchemaCatalog, ownForeignKeys: Set<String>) {
        self.field = field
        pattern = field.constraints?.pattern.map(PatternMatcher.init)
        let key = schema.foreignKeys?.first { $0.fields == [field.name] }
        if let key, !ownForeignKeys.contains(field.name), ReportKind(rawValue: key.reference.resource) == nil {
            codeList = catalog.codeList(key.reference.resource)
        } else {
            codeList = nil
        }
        listDelimiter = field.delimiter?.utf8.first ?? UInt8(ascii: "|")
        enumValues = field.constraints?.enum.map(Set.init)
        enumCodes = enumValues.map(CodeSet.init)
        type = field.type
        minimum = field.constraints?.minimum
        maximum = field.constraints?.maximum
        minLength = field.constraints?.minLength
        maxLength = field.constraints?.maxLength
        isRequired = field.isRequired
        emptyValue = field.emptyValue
        codes = codeList.map { CodeSet($0.codes) }
        patternBits = pattern?.bits
        hasRegexPattern = pattern != nil && pattern?.bits == nil
        checksWithoutText = (type == .integer || type == .number) && enumValues == nil && codeList == nil
        scansForControls = type == .string && patternBits == nil && enumCodes == nil && codes == nil
    }
}
