import Foundation
import NIOCore

/// The parser's callbacks: the headers of the current part, then its body to a file or a
/// short field. Used by one task only.
final class PartCollector {
    let directory: URL
    var files: [UploadedFile] = []
    var fields: [String: String] = [:]
    var error: PortalError?

    private var headers: [String: String] = [:]
    private var handle: FileHandle?
    private var fileIndex = 0
    private var current: (name: String, file: String?)?
    private var fieldBytes: [UInt8] = []
    private var size: Int64 = 0
    private var url: URL?

    init(directory: URL) { self.directory = directory }

    func header(_ name: String, _ value: String) { headers[name.lowercased()] = value }

    func body(_ buffer: inout ByteBuffer) {
        if current == nil { start() }
        guard error == nil, let current else { return }
        if current.file != nil {
            guard let handle else { return }
            let bytes = buffer.readableBytesView
            size += Int64(bytes.count)
            do { try handle.write(contentsOf: bytes) } catch { self.error = .badRequest }
        } else {
            fieldBytes.append(contentsOf: buffer.readableBytesView)
            if fieldBytes.count > UploadReceiver.maxFieldBytes { error = .badRequest }
        }
    }

    private func start() {
        let parts = HeaderParameters.split(headers["content-disposition"] ?? "")
        let name = HeaderParameters.value("name", in: parts) ?? ""
        let file = HeaderParameters.value("filename*", in: parts) ?? HeaderParameters.value("filename", in: parts)
        current = (name, file)
        if file != nil {
            fileIndex += 1
            let url = directory.appendingPathComponent("part-\(fileIndex).upload")
            _ = FileManager.default.createFile(atPath: url.path, contents: nil)
            self.url = url
            handle = try? FileHandle(forWritingTo: url)
            if handle == nil { error = .badRequest }
            size = 0
        }
    }

    func complete() {
        if current == nil, !headers.isEmpty { start() }  // an empty part
        guard let current else { return }
        if let file = current.file {
            try? handle?.close()
            handle = nil
            if let url, !(file.isEmpty && size == 0) {
                files.append(UploadedFile(originalName: file, url: url, size: size))
            }
        } else {
            fields[current.name] = String(decoding: fieldBytes, as: UTF8.self)
        }
        self.current = nil
        headers = [:]
        fieldBytes = []
        url = nil
    }

    func closeAll() { try? handle?.close(); handle = nil }
}
