import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A temporary data directory and the real `followup` binary, as an operator uses them.
struct Workspace {
    let root: URL
    var dataDir: URL { root.appendingPathComponent("data") }
    var inbox: URL { dataDir.appendingPathComponent("inbox") }

    init() throws {
        root = FileManager.default.temporaryDirectory
            .appendingPathComponent("followup-e2e-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    func cleanUp() { try? FileManager.default.removeItem(at: root) }

    /// Drops a file into `inbox/<folder>/` with the given modification time.
    @discardableResult
    func drop(_ name: String, _ text: String, folder: String, mtime: String = "2025-02-10T10:00:00+01:00") throws -> URL {
        try drop(name, Data(text.utf8), folder: folder, mtime: mtime)
    }

    @discardableResult
    func drop(_ name: String, _ data: Data, folder: String, mtime: String = "2025-02-10T10:00:00+01:00") throws -> URL {
        let dir = inbox.appendingPathComponent(folder, isDirectory: true)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let url = dir.appendingPathComponent(name)
        try data.write(to: url)
        try setMTime(url, mtime)
        return url
    }

    func setMTime(_ url: URL, _ iso: String) throws {
        let f = ISO8601DateFormatter()
        let date = f.date(from: iso)!
        try FileManager.default.setAttributes([.modificationDate: date], ofItemAtPath: url.path)
    }

    func inboxFiles() -> [String] { files(under: "inbox") }

    func files(under zone: String) -> [String] {
        let base = dataDir.appendingPathComponent(zone)
        let e = FileManager.default.enumerator(atPath: base.path)
        var out: [String] = []
        while let p = e?.nextObject() as? String {
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: base.appendingPathComponent(p).path, isDirectory: &isDir), !isDir.boolValue {
                out.append(p)
            }
        }
        return out.sorted()
    }

    /// Runs `followup ARGS --data-dir <data> --now NOW` and waits.
    @discardableResult
    func followup(_ args: [String], now: String = "2025-06-01T02:30:00+02:00", dataDir: URL? = nil) throws -> CommandResult {
        try Binary.run(args + ["--data-dir", (dataDir ?? self.dataDir).path, "--now", now])
    }
}

struct CommandResult {
    var status: Int32
    var stdout: String
    var stderr: String
}

enum Binary {
    /// The `followup` executable built beside the test bundle.
    static var url: URL {
        if let env = ProcessInfo.processInfo.environment["FOLLOWUP_BIN"] { return URL(fileURLWithPath: env) }
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = dir.appendingPathComponent("followup")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        return URL(fileURLWithPath: ".build/debug/followup")
    }

    /// - Parameter folder: the working folder (file names in the output are then as typed).
    static func start(_ args: [String], in folder: URL? = nil) throws -> (Process, Pipe, Pipe) {
        let p = Process()
        p.executableURL = url
        p.arguments = args
        if let folder { p.currentDirectoryURL = folder }
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        return (p, out, err)
    }

    static func run(_ args: [String], in folder: URL? = nil) throws -> CommandResult {
        let (p, out, err) = try start(args, in: folder)
        // Read before waiting, so a full pipe can never block the child.
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return CommandResult(status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self),
                             stderr: String(decoding: e, as: UTF8.self))
    }
}
