import Foundation

/// Where the installed product's own files are found: beside the executable or in a
/// folder above it (so `.build/release/followup` finds the repository's `Schemas/` and
/// `Pipelines/`). The only place that asks where the executable lives.
enum InstallLocation {
    /// The executable's folder and every folder above it, nearest first.
    static func foldersAboveExecutable() -> [URL] {
        let executable = (Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments.first ?? "."))
            .resolvingSymlinksInPath()
        var folders: [URL] = []
        var dir = executable.deletingLastPathComponent().standardizedFileURL
        while true {
            folders.append(dir)
            let parent = dir.deletingLastPathComponent().standardizedFileURL
            if parent.path == dir.path { return folders }
            dir = parent
        }
    }

    /// A non-empty environment variable, e.g. `FOLLOWUP_SCHEMAS`.
    static func environment(_ name: String) -> String? {
        guard let value = ProcessInfo.processInfo.environment[name], !value.isEmpty else { return nil }
        return value
    }

    static func isDirectory(_ url: URL) -> Bool {
        var isDir: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDir) && isDir.boolValue
    }
}
