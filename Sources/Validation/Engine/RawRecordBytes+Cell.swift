import FollowUpModel

extension RawRecordBytes {
    /// The bytes of cell `i`, as `cell(_:)` gives them but compiled into this module, so the
    /// per-cell hot path inlines it (a `package` method of another module is a call).
    @inline(__always)
    func bytes(ofCell i: Int) -> UnsafeBufferPointer<UInt8> {
        let start = bounds[i]
        return UnsafeBufferPointer(start: base + start, count: bounds[i + 1] - start)
    }
}
