import Foundation

/// Buffered, allocation-light output for the benchmark files: bytes and decimal integers
/// appended to a 1 MiB buffer, flushed through a FileHandle. Constant memory.
struct ByteWriter {
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private let capacity = 1 << 20
    private(set) var bytesWritten = 0

    init(path: String) throws {
        let parent = (path as NSString).deletingLastPathComponent
        if !parent.isEmpty { try? FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true) }
        guard FileManager.default.createFile(atPath: path, contents: nil),
              let h = FileHandle(forWritingAtPath: path) else {
            throw SampleGenError.io("cannot create \(path)")
        }
        handle = h
        buffer.reserveCapacity(capacity + 4096)
    }

    mutating func write(_ bytes: [UInt8]) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= capacity { flush() }
    }

    mutating func write(_ s: String) { write(Array(s.utf8)) }

    mutating func byte(_ b: UInt8) { buffer.append(b) }

    /// A non-negative integer, zero-padded to `width` digits.
    mutating func int(_ value: Int, width: Int = 0) {
        var v = value
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var n = 0
        withUnsafeMutableBytes(of: &digits) { d in
            repeat {
                d[n] = UInt8(truncatingIfNeeded: v % 10) &+ 48
                v /= 10
                n += 1
            } while v > 0 && n < 20
            while n < width && n < 20 { d[n] = 48; n += 1 }
            for i in stride(from: n - 1, through: 0, by: -1) { buffer.append(d[i]) }
        }
    }

    mutating func flush() {
        guard !buffer.isEmpty else { return }
        handle.write(Data(buffer))
        bytesWritten += buffer.count
        buffer.removeAll(keepingCapacity: true)
    }

    mutating func close() {
        flush()
        handle.closeFile()
    }
}

enum SampleGenError: Error, CustomStringConvertible {
    case usage(String)
    case io(String)

    var description: String {
        switch self {
        case .usage(let s): return s
        case .io(let s): return s
        }
    }
}
