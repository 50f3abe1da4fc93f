import Foundation

/// Finds the default configuration when `--config` is not given.
public enum ConfigLocator {
    /// `FOLLOWUP_CONFIG`, then `Pipelines/nightly.yaml` (or `.json`) in the working folder
    /// or above the executable, then `/etc/followup/nightly.yaml`.
    public static func defaultConfiguration() -> URL? {
        let fm = FileManager.default
        if let env = InstallLocation.environment("FOLLOWUP_CONFIG") {
            return URL(fileURLWithPath: env)
        }
        let candidates = [URL(fileURLWithPath: fm.currentDirectoryPath)] + InstallLocation.foldersAboveExecutable()
        for base in candidates {
            for name in ["nightly.yaml", "nightly.json"] {
                let url = base.appendingPathComponent("Pipelines").appendingPathComponent(name)
                if fm.fileExists(atPath: url.path) { return url }
            }
        }
        let etc = URL(fileURLWithPath: "/etc/followup/nightly.yaml")
        return fm.fileExists(atPath: etc.path) ? etc : nil
    }
}
