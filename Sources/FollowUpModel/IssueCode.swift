/// A finding's severity: an error rejects the whole file, a warning never blocks.
public enum Severity: String, Codable, Sendable {
    case error, warning
}

/// The stable finding codes of spec/issue-codes.md. Names follow Frictionless where a
/// counterpart exists.
public enum IssueCode: String, CaseIterable, Codable, Sendable {
    case fileName = "file-name"
    case regionDirectory = "region-directory"
    case fileTooLarge = "file-too-large"
    case emptyFile = "empty-file"
    case encodingError = "encoding-error"
    case encodingCp1252 = "encoding-cp1252"
    case sourceError = "source-error"
    case blankLabel = "blank-label"
    case duplicateLabel = "duplicate-label"
    case missingLabel = "missing-label"
    case extraLabel = "extra-label"
    case extraCell = "extra-cell"
    case missingCell = "missing-cell"
    case blankRow = "blank-row"
    case typeError = "type-error"
    case constraintError = "constraint-error"
    case primaryKey = "primary-key"
    case foreignKey = "foreign-key"
    case rowCount = "row-count"
    case regionMismatch = "region-mismatch"
    case yearMismatch = "year-mismatch"
    case priorityArea = "priority-area"
    case unassignedArea = "unassigned-area"
    case serviceArea = "service-area"
    case dateOrder = "date-order"
    case decisionDateYear = "decision-date-year"
    case kommunRegion = "kommun-region"
    case unitMismatch = "unit-mismatch"
    case leadingZero = "leading-zero"
    case lateSubmission = "late-submission"
    case yoyChange = "yoy-change"
    case duplicateFile = "duplicate-file"

    public var severity: Severity {
        switch self {
        case .encodingCp1252, .blankRow, .leadingZero, .lateSubmission, .yoyChange, .duplicateFile:
            return .warning
        default:
            return .error
        }
    }
}
