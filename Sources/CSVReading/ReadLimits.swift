/// The largest inputs the reader accepts. Each limit is the largest allowed value.
///
/// ```swift
/// var limits = ReadLimits()
/// limits.maxDataRows = 100   // a test that wants a tiny limit
/// ```
public struct ReadLimits: Sendable, Hashable {
    /// Largest file size in bytes (default 1 GiB).
    public var maxFileBytes: Int
    /// Largest cell length in Unicode scalars, after decoding (default 10 000).
    public var maxCellCharacters: Int
    /// Largest number of records after the header, blank lines included (default 10 000 000).
    public var maxDataRows: Int
    /// Largest number of cells in one record (default 1 000; the widest report has 16 columns).
    /// Not in the spec's list, but without it one line of 300 million delimiters would need
    /// gigabytes; with it a record holds at most this many cells of at most the cell limit.
    public var maxCellsPerRecord: Int

    public init(maxFileBytes: Int = 1 << 30, maxCellCharacters: Int = 10_000, maxDataRows: Int = 10_000_000,
                maxCellsPerRecord: Int = 1_000) {
        self.maxFileBytes = maxFileBytes
        self.maxCellCharacters = maxCellCharacters
        self.maxDataRows = maxDataRows
        self.maxCellsPerRecord = maxCellsPerRecord
    }
}
