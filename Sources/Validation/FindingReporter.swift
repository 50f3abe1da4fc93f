import FollowUpModel

/// Adds findings of one file to its capped list, with the file name filled in and values shortened.
struct FindingReporter {
    var list: FindingList
    let file: String

    mutating func add(_ code: IssueCode, line: Int?, column: String? = nil, value: String? = nil, _ message: String) {
        list.append(Finding(code: code, file: file, line: line, column: column,
                            value: value.map { CellText.shortened($0) }, message: message))
    }
}
