/// One CSV record as read: decoded, untrimmed cell texts and the physical line on which the
/// record begins (header = line 1).
public struct RawRecord: Sendable, Hashable {
    public var cells: [String]
    public var line: Int

    public init(cells: [String], line: Int) {
        self.cells = cells
        self.line = line
    }
}
