import Foundation
import Texts
import FollowUpModel

/// A file in the inbox, as found by the claim stage (never followed through a link).
public struct ClaimedFile: Sendable {
    public var url: URL
    public var fileName: String
    /// The inbox folder it lies in (`nil` when it lies directly in `inbox/`).
    public var folder: String?
    /// Modification time, whole seconds: the received time.
    public var receivedAt: Date
    public var size: Int64
    public var name: SubmissionName?
}

/// Something in the inbox that is not a regular file (a link, a device, a pipe).
public struct IrregularEntry: Sendable {
    public var url: URL
    public var folder: String?
    public var kind: String
}

/// Lists the inbox: regular files ready to process, irregular entries to quarantine, and
/// what was skipped because it may still be uploading.
public struct InboxListing: Sendable {
    public var files: [ClaimedFile] = []
    public var irregular: [IrregularEntry] = []
    public var stillUploading: [String] = []
}

enum Claim {
    static func list(_ inbox: URL, settleSeconds: Double, temporarySuffixes: [String], wallClock: Date) throws -> InboxListing {
        var listing = InboxListing()
        let fm = FileManager.default
        func entries(_ dir: URL) throws -> [String] {
            do { return try fm.contentsOfDirectory(atPath: dir.path).sorted() } catch {
                throw PipelineError.io(path: dir.path, reason: error.localizedDescription)
            }
        }
        func visit(_ url: URL, folder: String?) throws {
            let name = url.lastPathComponent
            guard !name.hasPrefix(".") else { return }
            guard let attrs = try? fm.attributesOfItem(atPath: url.path),  // lstat: links are not followed
                  let type = attrs[.type] as? FileAttributeType else { return }
            switch type {
            case .typeRegular:
                if temporarySuffixes.contains(where: { name.lowercased().hasSuffix($0.lowercased()) }) {
                    listing.stillUploading.append(url.path); return
                }
                let mtime = (attrs[.modificationDate] as? Date) ?? wallClock
                if wallClock.timeIntervalSince(mtime) < settleSeconds {
                    listing.stillUploading.append(url.path); return
                }
                let received = Date(timeIntervalSince1970: mtime.timeIntervalSince1970.rounded(.down))
                let size = (attrs[.size] as? NSNumber)?.int64Value ?? 0
                listing.files.append(ClaimedFile(url: url, fileName: name, folder: folder, receivedAt: received,
                                                 size: size, name: SubmissionName(fileName: name)))
            case .typeDirectory:
                return  // subfolders are left alone
            case .typeSymbolicLink:
                listing.irregular.append(IrregularEntry(url: url, folder: folder, kind: ReceiptText.symbolicLink))
            default:
                listing.irregular.append(IrregularEntry(url: url, folder: folder, kind: "inte en vanlig fil"))
            }
        }
        for top in try entries(inbox) {
            let url = inbox.appendingPathComponent(top)
            var isDir: ObjCBool = false
            let attrs = try? fm.attributesOfItem(atPath: url.path)
            if (attrs?[.type] as? FileAttributeType) == .typeDirectory, fm.fileExists(atPath: url.path, isDirectory: &isDir) {
                for e in try entries(url) { try visit(url.appendingPathComponent(e), folder: top) }
            } else {
                try visit(url, folder: nil)
            }
        }
        // Reports in processing order (activities before the funding that points to them),
        // then by received time, so that the newest version of a report wins.
        listing.files.sort { a, b in
            let ra = a.name?.report.processingRank ?? 9, rb = b.name?.report.processingRank ?? 9
            if ra != rb { return ra < rb }
            if a.receivedAt != b.receivedAt { return a.receivedAt < b.receivedAt }
            return a.url.path < b.url.path
        }
        return listing
    }
}
