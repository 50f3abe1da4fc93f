import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Checks before a writing command (`run`, `rebuild`, `restore`) changes anything that this
/// user may: the data directory must belong to it (a run as root would otherwise leave
/// folders the service user cannot write, and break the next night), and every zone it
/// writes must be writable. A failure names the path and its owner
/// (`PipelineError.notWritable` / `.otherOwner`, category `permission`, exit 5).
public enum ZoneAccess {
    /// - Parameter allowOtherOwner: `--allow-other-owner`: run although the data directory
    ///   belongs to another user (writability is still checked).
    public static func check(_ zones: Zones, allowOtherOwner: Bool) throws {
        let user = userName(geteuid())
        var st = stat()
        if lstat(zones.root.path, &st) == 0 {
            if st.st_uid != geteuid() && !allowOtherOwner {
                throw PipelineError.otherOwner(path: zones.root.path, owner: userName(st.st_uid), user: user)
            }
        } else {
            // A data directory not there yet is created by this user; its parent must allow it.
            let parent = zones.root.deletingLastPathComponent().path
            try requireWritable(parent, user: user)
            return
        }
        try requireWritable(zones.root.path, user: user)
        for zone in [zones.archive, zones.quarantine, zones.receipts, zones.exports, zones.logs, zones.backups] {
            try requireWritableTree(zone.path, user: user)
        }
        for suffix in ["", "-wal", "-shm"] {
            let path = zones.store.path + suffix
            if FileManager.default.fileExists(atPath: path) { try requireWritable(path, user: user) }
        }
        if FileManager.default.fileExists(atPath: zones.lock.path) { try requireWritable(zones.lock.path, user: user) }
    }

    /// `path` and every folder below it (not following links) that exist.
    static func requireWritableTree(_ path: String, user: String) throws {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir), isDir.boolValue else { return }
        try requireWritable(path, user: user)
        guard let children = try? FileManager.default.contentsOfDirectory(atPath: path) else { return }
        for child in children.sorted() {
            let full = path + "/" + child
            var st = stat()
            guard lstat(full, &st) == 0, (st.st_mode & S_IFMT) == S_IFDIR else { continue }
            try requireWritableTree(full, user: user)
        }
    }

    static func requireWritable(_ path: String, user: String) throws {
        if access(path, W_OK) == 0 { return }
        var st = stat()
        let owner = lstat(path, &st) == 0 ? userName(st.st_uid) : "?"
        throw PipelineError.notWritable(path: path, owner: owner, user: user)
    }

    /// The user's name, or its number when it has none.
    static func userName(_ uid: uid_t) -> String {
        guard let pw = getpwuid(uid), let name = pw.pointee.pw_name else { return "uid \(uid)" }
        return String(cString: name)
    }
}
