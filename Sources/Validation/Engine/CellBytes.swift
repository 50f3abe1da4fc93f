/// The trimmed UTF-8 bytes of one cell of the record being read, kept in a `Row` instead of
/// a `String` while nobody asks for the text. Valid only while that record is checked.
struct CellBytes {
    let bytes: UnsafeBufferPointer<UInt8>

    @inline(__always)
    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    var string: String { String(decoding: bytes, as: UTF8.self) }
}
