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
        // <malloc.h>: M_TRIM_THRESHOLD = -1, M_MMAP_THRESHOLD = -3 (not in the Glibc module).
        _ = glibcMallopt(-3, 256 * 1024)
        _ = glibcMallopt(-1, 256 * 1024)
        #endif
    }
}

#if os(Linux)
@_silgen_name("mallopt")
private func glibcMallopt(_ parameter: Int32, _ value: Int32) -> Int32
#endif
