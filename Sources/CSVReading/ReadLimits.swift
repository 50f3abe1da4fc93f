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

    public init(maxFileBytes: Int = 1 << 30, maxCellCharacters: Int = 10_000, maxDataRows: Int = 10_000_000) {
        self.maxFileBytes = maxFileBytes
        self.maxCellCharacters = maxCellCharacters
        self.maxDataRows = maxDataRows
    }
}
