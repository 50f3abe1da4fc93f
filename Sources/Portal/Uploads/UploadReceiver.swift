import Foundation
import Hummingbird
import MultipartKit
import NIOCore

/// One file part of an upload, already on disk under a name of our own.
struct UploadedFile: Sendable {
    /// The name the browser or client gave (shown, checked, never used as a path).
    var originalName: String
    var url: URL
    var size: Int64
}

/// A received multipart form: its files on disk in a fresh folder, and its short fields.
struct UploadForm: Sendable {
    var directory: URL
    var files: [UploadedFile]
    var fields: [String: String]

    func remove() { try? FileManager.default.removeItem(at: directory) }
}

/// Streams a `multipart/form-data` body to disk: each file part goes to its own file in a
/// fresh folder under the data directory's `tmp/portal/`, so an upload is never held whole
/// in memory. Past `limit` bytes (by `Content-Length`, or counted while reading) it stops
/// reading and answers 413.
enum UploadReceiver {
    static let maxFieldBytes = 64 * 1024

    static func receive(_ request: Request, limit: Int64, area: URL) async throws -> UploadForm {
        guard let type = request.headers[.contentType], let boundary = boundary(type) else { throw PortalError.badRequest }
        if let length = request.headers[.contentLength].flatMap({ Int64($0) }), length > limit { throw PortalError.payloadTooLarge }
        let dir = area.appendingPathComponent(UUID().uuidString, isDirectory: true)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let collector = PartCollector(directory: dir)
        let parser = MultipartParser(boundary: boundary)
        parser.onHeader = { name, value in collector.header(name, value) }
        parser.onBody = { buffer in collector.body(&buffer) }
        parser.onPartComplete = { collector.complete() }
        do {
            var total: Int64 = 0
            for try await buffer in request.body {
                total += Int64(buffer.readableBytes)
                if total > limit { throw PortalError.payloadTooLarge }
                try parser.execute(buffer)
                if let error = collector.error { throw error }
            }
            collector.complete()
            if let error = collector.error { throw error }
        } catch {
            collector.closeAll()
            try? FileManager.default.removeItem(at: dir)
            if error is PortalError { throw error }
            throw PortalError.badRequest
        }
        return UploadForm(directory: dir, files: collector.files, fields: collector.fields)
    }

    static func boundary(_ contentType: String) -> String? {
        let parts = HeaderParameters.split(contentType)
        guard parts.first?.lowercased() == "multipart/form-data" else { return nil }
        return HeaderParameters.value("boundary", in: parts)
    }
}

/// Splits `a; b="c; d"; e=f` into its parameters, honouring quotes.
enum HeaderParameters {
    /// Browsers send a backslash in a file name as it is (HTML's form-data encoding escapes
    /// only `"`, CR and LF, as %22, %0D, %0A), so it is no escape character here.
    static func split(_ header: String) -> [String] {
        var out: [String] = [], current = "", quoted = false
        for ch in header {
            if ch == "\"" { quoted.toggle(); current.append(ch); continue }
            if ch == ";" && !quoted { out.append(current.trimmingCharacters(in: .whitespaces)); current = ""; continue }
            current.append(ch)
        }
        out.append(current.trimmingCharacters(in: .whitespaces))
        return out
    }

    static func value(_ key: String, in parts: [String]) -> String? {
        for p in parts.dropFirst() {
            guard let eq = p.firstIndex(of: "=") else { continue }
            guard p[..<eq].trimmingCharacters(in: .whitespaces).lowercased() == key else { continue }
            var v = String(p[p.index(after: eq)...]).trimmingCharacters(in: .whitespaces)
            if v.count >= 2, v.hasPrefix("\""), v.hasSuffix("\"") { v = String(v.dropFirst().dropLast()) }
            if key.hasSuffix("*"), let tick = v.range(of: "''") {
                v = String(v[tick.upperBound...]).removingPercentEncoding ?? v
            }
            return v
        }
        return nil
    }
}

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
