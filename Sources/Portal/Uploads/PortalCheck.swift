import FollowUpModel
import Foundation
import NIOPosix
import Pipeline

/// The check of uploaded files: exactly `followup validate --data-dir` (`validateFiles`
/// with the store's lookups), run on NIO's thread pool.
struct PortalCheck {
    let services: PortalServices

    struct Result: Sendable {
        var report: ValidationReport
        /// Where each file was laid out for the check (same order as the report).
        var laidOut: [URL]
    }

    /// A name used as the one path component of a file in our own folder; anything that
    /// could be read as a path (separators, `..`, a leading dot, control characters)
    /// becomes a placeholder, which the check reports as `file-name`.
    static func safeComponent(_ name: String) -> String? {
        guard !name.isEmpty, name.utf8.count <= 200, !name.hasPrefix("."),
              !name.contains("/"), !name.contains("\\"),
              !name.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7f }) else { return nil }
        return name
    }

    /// Lays each file out as `<upload>/f<n>/<region>/<name>` (so `region-directory` is
    /// checked against the caller's region), with the upload time as its modification time,
    /// and checks them all at once.
    func run(_ form: UploadForm, region: String, receivedAt: Date) async throws -> Result {
        var urls: [URL] = []
        let fm = FileManager.default
        for (i, file) in form.files.enumerated() {
            let dir = form.directory.appendingPathComponent("f\(i)", isDirectory: true).appendingPathComponent(region, isDirectory: true)
            let name = Self.safeComponent(file.originalName) ?? "ogiltigt-filnamn"
            let url = dir.appendingPathComponent(name)
            do {
                try fm.createDirectory(at: dir, withIntermediateDirectories: true)
                try fm.moveItem(at: file.url, to: url)
                try fm.setAttributes([.modificationDate: receivedAt], ofItemAtPath: url.path)
            } catch {
                throw PipelineError.io(path: "tmp/portal", reason: "\(error)")
            }
            urls.append(url)
        }
        let catalog = services.catalog, dataDir = services.dataDir
        let laid = urls
        var report = try await NIOThreadPool.singleton.runIfActive {
            let store = try StoreLookups(dataDir: dataDir)
            return try validateFiles(laid, catalog: catalog, options: CheckOptions(now: receivedAt, precheck: true), store: store)
        }
        // The report names each file as the caller named it, never by our folder.
        for i in report.files.indices where i < form.files.count {
            let shown = form.files[i].originalName
            let laidName = report.files[i].file
            report.files[i].file = shown
            for j in report.files[i].findings.indices where report.files[i].findings[j].file == laidName {
                report.files[i].findings[j].file = shown
            }
        }
        return Result(report: report, laidOut: urls)
    }

    struct Placement: Sendable {
        var file: String
        var submitted: Bool
        /// nil when submitted; otherwise why not.
        var reason: String?
    }

    /// Places every error-free file of the check in the caller's inbox.
    func submit(_ result: Result, region: String, receivedAt: Date) throws -> [Placement] {
        var out: [Placement] = []
        for (i, file) in result.report.files.enumerated() {
            let url = result.laidOut[i]
            guard file.errors == 0, file.valid, file.region == region, let name = SubmissionName(fileName: url.lastPathComponent),
                  name.region == region else {
                out.append(Placement(file: file.file, submitted: false, reason: "errors"))
                continue
            }
            switch try InboxWriter.place(url, region: region, fileName: url.lastPathComponent, receivedAt: receivedAt, zones: services.zones) {
            case .placed: out.append(Placement(file: file.file, submitted: true, reason: nil))
            case .alreadyWaiting: out.append(Placement(file: file.file, submitted: false, reason: "already-waiting"))
            }
        }
        return out
    }
}
