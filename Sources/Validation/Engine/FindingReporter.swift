import FollowUpModel

/// Adds findings of one file to its capped list, with the file name filled in and values shortened.
struct FindingReporter {
    var list: FindingList
    let file: String

    /// The message is only composed while the list still lists findings; past the cap a
    /// finding is only counted.
    mutating func add(_ code: IssueCode, line: Int?, column: String? = nil, value: String? = nil,
                      _ message: @autoclosure () -> String) {
        let listed = list.wouldList(code.severity)
        list.append(Finding(code: code, file: file, line: line, column: column,
                            value: listed ? value.map { CellText.shortened($0) } : nil, message: listed ? message() : ""))
    }
}
