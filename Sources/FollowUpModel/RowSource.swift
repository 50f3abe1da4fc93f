/// The rows of a table read one at a time when a writer asks for them, instead of held in
/// memory: the exports of a year with a million activities stay as small as with ten.
///
/// A source is valid only where it was made (the store's read of the year's tables); each
/// `forEach` reads the rows again from the start.
public final class RowSource: @unchecked Sendable, Hashable {
    /// How many rows `forEach` gives.
    public let count: Int
    private let each: (_ body: ([TableValue]) throws -> Void) throws -> Void

    public init(count: Int, forEach: @escaping (_ body: ([TableValue]) throws -> Void) throws -> Void) {
        self.count = count
        self.each = forEach
    }

    /// Calls `body` with every row in order.
    public func forEach(_ body: ([TableValue]) throws -> Void) throws { try each(body) }

    /// The first `n` rows (reads no further).
    public func prefix(_ n: Int) throws -> [[TableValue]] {
        var out: [[TableValue]] = []
        guard n > 0 else { return out }
        do {
            try each { row in
                out.append(row)
                if out.count >= n { throw Stop() }
            }
        } catch is Stop {}
        return out
    }

    private struct Stop: Error {}

    public static func == (a: RowSource, b: RowSource) -> Bool { a === b }
    public func hash(into hasher: inout Hasher) { hasher.combine(ObjectIdentifier(self)) }
}

extension Table {
    /// The number of rows, held or streamed.
    public var rowCount: Int { source?.count ?? rows.count }

    /// Calls `body` with every row in order, held or streamed. A streamed row that does
    /// not fit the columns is an error, not a row (held rows are checked before writing).
    public func forEachRow(_ body: ([TableValue]) throws -> Void) throws {
        guard let source else { for row in rows { try body(row) }; return }
        var line = 0
        try source.forEach { row in
            line += 1
            guard row.count == columns.count else {
                throw RowWidthError(table: name, row: line, expected: columns.count, found: row.count)
            }
            try body(row)
        }
    }

    /// The first `n` rows, held or streamed.
    public func firstRows(_ n: Int) throws -> [[TableValue]] {
        if let source { return try source.prefix(n) }
        return Array(rows.prefix(n))
    }
}

/// A streamed row whose number of cells differs from the table's columns.
public struct RowWidthError: Error, Sendable, Hashable {
    public var table: String
    public var row: Int
    public var expected: Int
    public var found: Int
}
