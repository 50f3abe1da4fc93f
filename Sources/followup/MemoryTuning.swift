#if os(Linux)
import CFollowupSystem
#endif

/// Fixed glibc malloc thresholds. By default glibc raises its mmap threshold each time a
/// large block is freed (up to 32 MiB) and its trim threshold with it, and keeps freed
/// memory in each thread's arena: a long load on two threads and the large texts of the
/// exports then leave tens of MiB mapped that nothing uses, and the peak resident size
/// grows with the file. With fixed thresholds, blocks of 256 KiB and more are mapped and
/// unmapped on their own, and free memory above 256 KiB at the top of a heap is returned:
/// the peak stays the same from 100 000 to 4 000 000 rows (see Benchmarks/README.md).
enum MemoryTuning {
    static func apply() {
        #if os(Linux)
        _ = mallopt(M_MMAP_THRESHOLD, 256 * 1024)
        _ = mallopt(M_TRIM_THRESHOLD, 256 * 1024)
        #endif
    }
}
