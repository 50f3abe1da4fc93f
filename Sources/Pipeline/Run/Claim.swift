import Foundation
import FollowUpModel
import Texts
#if canImport(Glibc)
import Glibc
#endif

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
    /// The version claimed: only this version is read, and only this version is removed.
    var identity: FileIdentity
}

/// Something in the inbox that is not a regular file (a link, a device, a pipe), or any
/// entry whose path is not valid UTF-8: quarantined by `rename` alone, never opened.
public struct IrregularEntry: Sendable {
    /// The path in bytes, exactly as the file system has it.
    var rawPath: [UInt8]
    /// The name as text (bytes that are not UTF-8 written `\xHH`).
    public var name: String
    /// The inbox folder as text (`nil` directly in `inbox/`).
    public var folder: String?
    public var kind: String
    public var displayPath: String
    /// The entry's own modification time (`lstat`): names its place in quarantine the same
    /// way on every retry.
    public var modifiedAt: Date
}

/// Lists the inbox: regular files ready to process, irregular entries to quarantine, and
/// what was skipped because it may still be uploading or its folder cannot be written.
public struct InboxListing: Sendable {
    public var files: [ClaimedFile] = []
    public var irregular: [IrregularEntry] = []
    public var stillUploading: [String] = []
    /// Folders the run cannot write (read-only, immutable): skipped whole, nothing in them
    /// could leave the inbox (issue 11, item 10).
    public var unwritableFolders: [String] = []
    /// Files whose modification time lay in the future: reset to the claim time.
    public var futureMTimes: [String] = []
}

enum Claim {
    static func list(_ inbox: URL, settleSeconds: Double, temporarySuffixes: [String], wallClock: Date) throws -> InboxListing {
        var listing = InboxListing()
        let now = wallClock.timeIntervalSince1970.rounded(.down)

        func visit(dir: [UInt8], nameBytes: [UInt8], folder: String?, folderIsText: Bool) {
            guard nameBytes.first != UInt8(ascii: ".") else { return }
            let raw = dir + [UInt8(ascii: "/")] + nameBytes
            guard let st = lstatRaw(raw) else { return }
            let type = st.st_mode & S_IFMT
            if type == S_IFDIR { return }  // subfolders are left alone
            let display = SafeName.display(nameBytes)
            let displayPath = SafeName.display(raw)
            let modified = Date(timeIntervalSince1970: Double(st.st_mtim.tv_sec))
            guard folderIsText, let name = String(validatingUTF8CString: nameBytes), let path = String(validatingUTF8CString: raw) else {
                listing.irregular.append(IrregularEntry(rawPath: raw, name: display, folder: folder,
                                                        kind: InboxText.nameNotUTF8, displayPath: displayPath, modifiedAt: modified))
                return
            }
            switch type {
            case S_IFREG:
                if temporarySuffixes.contains(where: { name.lowercased().hasSuffix($0.lowercased()) }) {
                    listing.stillUploading.append(path); return
                }
                var identity = FileIdentity(st)
                if Double(identity.mtimeSeconds) > now {
                    // A clock ahead would keep it "uploading" for ever: its time is now.
                    var times = [timespec(tv_sec: Int(now), tv_nsec: 0), timespec(tv_sec: Int(now), tv_nsec: 0)]
                    listing.futureMTimes.append(path)
                    guard utimensat(AT_FDCWD, path, &times, AT_SYMLINK_NOFOLLOW) == 0,
                          let touched = FileIdentity.at(path) else {
                        identity.mtimeSeconds = Int(now)  // cannot reset it: received now all the same
                        return claim(path, name, folder, identity, settled: true)
                    }
                    identity = touched
                }
                let settled = now - Double(identity.mtimeSeconds) >= settleSeconds
                claim(path, name, folder, identity, settled: settled)
            case S_IFLNK:
                listing.irregular.append(IrregularEntry(rawPath: raw, name: name, folder: folder,
                                                        kind: InboxText.symbolicLink, displayPath: path, modifiedAt: modified))
            default:
                listing.irregular.append(IrregularEntry(rawPath: raw, name: name, folder: folder,
                                                        kind: InboxText.notARegularFile, displayPath: path, modifiedAt: modified))
            }
        }

        func claim(_ path: String, _ name: String, _ folder: String?, _ identity: FileIdentity, settled: Bool) {
            guard settled else { listing.stillUploading.append(path); return }
            listing.files.append(ClaimedFile(url: URL(fileURLWithPath: path), fileName: name, folder: folder,
                                             receivedAt: Date(timeIntervalSince1970: Double(identity.mtimeSeconds)),
                                             size: identity.size, name: SubmissionName(fileName: name), identity: identity))
        }

        let inboxRaw = Array(inbox.path.utf8)
        let top = try entries(inboxRaw, displayPath: inbox.path)
        let inboxWritable = writable(inboxRaw)
        for name in top where name.first != UInt8(ascii: ".") {
            let raw = inboxRaw + [UInt8(ascii: "/")] + name
            guard let st = lstatRaw(raw) else { continue }
            if st.st_mode & S_IFMT == S_IFDIR {
                let folderText = String(validatingUTF8CString: name)
                let folder = folderText ?? SafeName.display(name)
                guard writable(raw) else {
                    listing.unwritableFolders.append(SafeName.display(raw)); continue
                }
                for e in (try? entries(raw, displayPath: SafeName.display(raw))) ?? [] {
                    visit(dir: raw, nameBytes: e, folder: folder, folderIsText: folderText != nil)
                }
            } else if inboxWritable {
                visit(dir: inboxRaw, nameBytes: name, folder: nil, folderIsText: true)
            } else if !listing.unwritableFolders.contains(inbox.path) {
                listing.unwritableFolders.append(inbox.path)
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
        listing.irregular.sort { $0.rawPath.lexicographicallyPrecedes($1.rawPath) }
        return listing
    }

    /// The names in a folder, as raw bytes (any name the file system holds), sorted.
    static func entries(_ dir: [UInt8], displayPath: String) throws -> [[UInt8]] {
        guard let d = withRaw(dir, { opendir($0) }) else {
            throw PipelineError.io(path: displayPath, reason: String(cString: strerror(errno)))
        }
        defer { closedir(d) }
        var names: [[UInt8]] = []
        while let ent = readdir(d) {
            let name: [UInt8] = withUnsafePointer(to: &ent.pointee.d_name) { p in
                p.withMemoryRebound(to: UInt8.self, capacity: 256) { b in
                    Array(UnsafeBufferPointer(start: b, count: strlen(UnsafeRawPointer(b).assumingMemoryBound(to: CChar.self))))
                }
            }
            if name == [46] || name == [46, 46] { continue }
            names.append(name)
        }
        return names.sorted { $0.lexicographicallyPrecedes($1) }
    }

    static func lstatRaw(_ path: [UInt8]) -> stat? {
        var st = stat()
        return withRaw(path, { lstat($0, &st) }) == 0 ? st : nil
    }

    /// Whether the run may create and remove entries in the folder (false for a read-only
    /// or immutable folder, also for root).
    static func writable(_ path: [UInt8]) -> Bool {
        withRaw(path, { access($0, W_OK) }) == 0
    }

    static func withRaw<R>(_ path: [UInt8], _ body: (UnsafePointer<CChar>) -> R) -> R {
        let cString = path.map { CChar(bitPattern: $0) } + [0]
        return body(cString)
    }
}
