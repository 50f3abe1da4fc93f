import FollowUpModel

extension FileValidator {
    /// Validates any sequence of records (the header first) in one call.
    /// - Throws: `ValidationEngineError` when a temporary file of the primary keys failed.
    ///
    /// ```swift
    /// let (findings, rows) = try FileValidator.validate(records: records, schema: schema, catalog: catalog,
    ///                                               submission: name, file: "14_2025_insatser.csv")
    /// ```
    public static func validate<S: Sequence>(records: S, schema: Schema, catalog: SchemaCatalog,
                                             submission: SubmissionName?, file: String,
                                             context: CrossFileContext = .none, findingCap: Int = 1000,
                                             decimalComma: Bool = false) throws -> (findings: FindingList, rows: [TypedRow])
    where S.Element == RawRecord {
        var validator = FileValidator(schema: schema, catalog: catalog, submission: submission, file: file,
                                      context: context, findingCap: findingCap, decimalComma: decimalComma)
        var rows: [TypedRow] = []
        for record in records {
            if let row = validator.consume(record) { rows.append(row) }
        }
        try validator.finish()
        return (validator.findings, rows)
    }
}
