import FollowUpModel

/// What the generic checks need per field, prepared once per file: the parser by type, the
/// compiled pattern, the code list of a foreign key. The scalars the hot path reads are
/// copied out of `Field`, so a cell check does not copy (retain) the whole field.
final class FieldPlan {
    let field: Field
    let pattern: PatternMatcher?
    /// The code list the field's values must be in (`foreign-key`), unless rules check it.
    let codeList: CodeList?
    /// The code list of the field's foreign key, whoever checks it (the engine or the rules).
    let referencedList: CodeList?
    /// The width of the list's codes when they are all digits of one width and some begin
    /// with 0 (`region_kod` 2, `kommun_kod` 4): a value that lost its leading zeros in a
    /// spreadsheet is read as its code (`restoredCode`). 0 otherwise.
    let zeroPadWidth: Int
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
        if let key, ReportKind(rawValue: key.reference.resource) == nil {
            referencedList = catalog.codeList(key.reference.resource)
        } else {
            referencedList = nil
        }
        codeList = ownForeignKeys.contains(field.name) ? nil : referencedList
        zeroPadWidth = field.type == .string ? referencedList.map(Self.zeroPadWidth(of:)) ?? 0 : 0
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

    /// The code a cell stands for when a spreadsheet removed its leading zeros (`1` for
    /// `01`, `180` for `0180`): digits only, shorter than the codes, and a code of the list
    /// once padded with zeros. Nil otherwise. Only asked for a cell that failed its checks.
    func restoredCode(_ text: String) -> String? {
        guard zeroPadWidth > 0, let list = referencedList else { return nil }
        let n = text.utf8.count
        guard n > 0, n < zeroPadWidth, text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        let padded = String(repeating: "0", count: zeroPadWidth - n) + text
        return list.contains(padded) ? padded : nil
    }

    private static func zeroPadWidth(of list: CodeList) -> Int {
        let codes = list.codes
        guard let width = codes.first?.utf8.count, width > 1 else { return 0 }
        var leadingZero = false
        for code in codes {
            guard code.utf8.count == width, code.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return 0 }
            if code.utf8.first == 0x30 { leadingZero = true }
        }
        return leadingZero ? width : 0
    }
}
