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
        guard let type = request.headers[.contentType], let boundary = boundary(type),
              MultipartGuard.check(boundary: boundary) else { throw PortalError.badRequest }
        if let length = request.headers[.contentLength].flatMap({ Int64($0) }), length > limit { throw PortalError.payloadTooLarge }
        let dir = area.appendingPathComponent(UUID().uuidString, isDirectory: true)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let collector = PartCollector(directory: dir)
        let parser = MultipartParser(boundary: boundary)
        var shield = MultipartGuard(boundary: boundary)
        parser.onHeader = { name, value in collector.header(name, value) }
        parser.onBody = { buffer in collector.body(&buffer) }
        parser.onPartComplete = { collector.complete() }
        do {
            var total: Int64 = 0
            for try await buffer in request.body {
                total += Int64(buffer.readableBytes)
                if total > limit { throw PortalError.payloadTooLarge }
                try shield.scan(buffer)
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
