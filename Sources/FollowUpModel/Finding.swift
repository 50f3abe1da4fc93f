/// One problem found in a submitted file.
///
/// `line` is the physical line where the record begins (header = 1), `nil` for a finding
/// about the whole file. `column` is the schema's column name, `nil` where there is none.
public struct Finding: Codable, Sendable, Hashable {
    public var code: IssueCode
    public var severity: Severity
    public var file: String
    public var line: Int?
    public var column: String?
    public var value: String?
    /// Swedish text a region's staff can act on without help.
    public var message: String

    public init(code: IssueCode, file: String, line: Int? = nil, column: String? = nil,
                value: String? = nil, message: String) {
        self.code = code
        self.severity = code.severity
        self.file = file
        self.line = line
        self.column = column
        self.value = value
        self.message = message
    }
}

/// Collects findings for one file: counts every finding, lists at most `cap` of them.
///
/// The cap never hides that a file has errors: once the listing is full, a later error
/// takes the place of the last listed warning (the earliest warnings stay), and only when
/// every listed finding is an error are later errors merely counted. Warnings past the cap
/// are only counted. The counts are always complete.
public struct FindingList: Sendable {
    public private(set) var listed: [Finding] = []
    public private(set) var errors = 0
    public private(set) var warnings = 0
    public let cap: Int
    /// Errors among `listed`.
    public private(set) var listedErrors = 0

    public init(cap: Int = 1000) { self.cap = cap }

    public var total: Int { errors + warnings }
    /// True when more findings were counted than listed.
    public var truncated: Bool { total > listed.count }

    /// True when a finding of this severity appended now would be listed.
    public func wouldList(_ severity: Severity) -> Bool {
        listed.count < cap || (severity == .error && listedErrors < listed.count)
    }

    /// How many more errors would be listed.
    public var roomForErrors: Int { max(0, cap - listedErrors) }

    public mutating func append(_ finding: Finding) {
        let isError = finding.severity == .error
        if isError { errors += 1 } else { warnings += 1 }
        if listed.count < cap {
            listed.append(finding)
            if isError { listedErrors += 1 }
        } else if isError && listedErrors < listed.count,
                  let last = listed.lastIndex(where: { $0.severity != .error }) {
            listed.remove(at: last)
            listed.append(finding)
            listedErrors += 1
        }
    }

    public mutating func append(contentsOf findings: [Finding]) {
        for f in findings { append(f) }
    }

    /// Findings sorted as a person reads them: whole-file findings first, then by line.
    public var sorted: [Finding] {
        listed.enumerated().sorted { a, b in
            let la = a.element.line ?? 0, lb = b.element.line ?? 0
            return la != lb ? la < lb : a.offset < b.offset
        }.map(\.element)
    }
}
