import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Issue 14, "boring to operate": install, permissions, backups, monitoring, retention,
/// cron and the strict configuration, through the real binary and scripts.
@Suite(.serialized) struct OperationsTests {
    static let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    func fill(_ ws: Workspace, region: String = "14", year: Int = 2024) throws {
        try ws.drop("\(region)_\(year)_insatser.csv", Fixture.insatser(region, year), folder: region)
        try ws.drop("\(region)_\(year)_finansiering.csv", Fixture.finansiering(region, year), folder: region)
        try ws.drop("\(region)_\(year)_indikatorer.csv", Fixture.indikatorer(region, year), folder: region)
        try ws.drop("\(region)_\(year)_strategi.csv", Fixture.strategi(region, year), folder: region)
    }

    func writeConfig(_ ws: Workspace, _ text: String) throws -> URL {
        let url = ws.root.appendingPathComponent("nightly.yaml")
        try Data(text.utf8).write(to: url)
        return url
    }

    /// Runs a program with arguments and environment additions, waiting for it.
    func exec(_ program: String, _ args: [String], env: [String: String] = [:], in folder: URL? = nil) throws -> CommandResult {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: program)
        p.arguments = args
        p.environment = ProcessInfo.processInfo.environment.merging(env) { $1 }
        if let folder { p.currentDirectoryURL = folder }
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return CommandResult(status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self),
                             stderr: String(decoding: e, as: UTF8.self))
    }

    func mode(_ path: String) -> mode_t {
        var st = stat()
        return lstat(path, &st) == 0 ? st.st_mode & 0o7777 : 0
    }

    // MARK: Install

    @Test func installLaysEverythingOutBelowDestdirAndKeepsAnEditedConfiguration() throws {
        let ws = try Workspace(); defer { ws.cleanUp() }
        let dest = ws.root.appendingPathComponent("root")
        let env = ["DESTDIR": dest.path, "FOLLOWUP_BINARY": Binary.url.path]
        let first = try exec("/bin/bash", [Self.repo.appendingPathComponent("scripts/install").path, "--region-groups"], env: env)
        #expect(first.status == 0, "\(first.stderr)")
        func at(_ p: String) -> String { dest.path + p }
        #expect(FileManager.default.isExecutableFile(atPath: at("/usr/local/bin/followup")))
        #expect(FileManager.default.fileExists(atPath: at("/usr/share/followup/Schemas/codelists/regioner.csv")))
        #expect(FileManager.default.fileExists(atPath: at("/usr/share/doc/followup/operations.md")))
        let config = try String(contentsOfFile: at("/etc/followup/nightly.yaml"), encoding: .utf8)
        #expect(config.contains("\nschemas_dir: /usr/share/followup/Schemas"))
        let service = try String(contentsOfFile: at("/etc/systemd/system/followup-nightly.service"), encoding: .utf8)
        #expect(service.contains("OnFailure=followup-alert@%n.service"))
        // Documentation= names a file the script installs.
        let doc = service.split(separator: "\n").first { $0.hasPrefix("Documentation=file://") }.map { String($0.dropFirst("Documentation=file://".count)) }
        #expect(doc.map { FileManager.default.fileExists(atPath: at($0)) } == true)
        #expect(FileManager.default.fileExists(atPath: at("/etc/systemd/system/followup-alert@.service")))
        #expect(FileManager.default.fileExists(atPath: at("/etc/systemd/system/followup-nightly.timer")))
        for zone in ["inbox", "receipts", "exports"] { #expect(mode(at("/var/lib/followup/\(zone)")) == 0o755, "\(zone)") }
        for zone in ["archive", "quarantine", "logs", "backups"] { #expect(mode(at("/var/lib/followup/\(zone)")) == 0o750, "\(zone)") }
        #expect(mode(at("/var/lib/followup/inbox/14")) == 0o2770)
        #expect(mode(at("/var/lib/followup/receipts/14")) == 0o2750)
        // With DESTDIR nothing is done to the system: it says what root does.
        #expect(first.stdout.contains("useradd --system"))
        #expect(first.stdout.contains("groupadd --system followup-14"))
        #expect(first.stdout.contains("systemctl enable --now followup-nightly.timer"))

        try Data("data_dir: /srv/followup\n".utf8).write(to: URL(fileURLWithPath: at("/etc/followup/nightly.yaml")))
        let second = try exec("/bin/bash", [Self.repo.appendingPathComponent("scripts/install").path], env: env)
        #expect(second.status == 0, "\(second.stderr)")
        #expect(try String(contentsOfFile: at("/etc/followup/nightly.yaml"), encoding: .utf8) == "data_dir: /srv/followup\n")
        #expect(FileManager.default.fileExists(atPath: at("/etc/followup/nightly.yaml.dist")))

        // What it installed runs: the binary with the installed schemas.
        try fill(ws)
        let run = try exec(at("/usr/local/bin/followup"), ["run", "--data-dir", ws.dataDir.path, "--schemas", at("/usr/share/followup/Schemas"),
                                                          "--now", "2025-06-01T02:30:00+02:00"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Godkända: 4"), "\(run.stdout)")
    }

    // MARK: Permissions

    @Test func aDataDirectoryOwnedByAnotherUserIsRefusedUnlessAllowed() throws {
        guard geteuid() == 0 else { return }  // needs root to hand the folder to another user
        let ws = try Workspace(); defer { ws.cleanUp() }
        try fill(ws)
        try FileManager.default.createDirectory(at: ws.dataDir, withIntermediateDirectories: true)
        #expect(chown(ws.dataDir.path, 65534, 65534) == 0)
        let refused = try ws.followup(["run"])
        #expect(refused.status == 5, "\(refused.stderr)")
        #expect(refused.stderr.contains("\(ws.dataDir.path) ägs av nobody, inte av root"), "\(refused.stderr)")
        #expect(refused.stderr.contains("--allow-other-owner"))
        #expect(ws.inboxFiles().count == 4)
        #expect(!FileManager.default.fileExists(atPath: ws.dataDir.appendingPathComponent("followup.sqlite").path))
        let allowed = try ws.followup(["run", "--allow-other-owner"])
        #expect(allowed.status == 0, "\(allowed.stderr)")
    }

    @Test func aZoneTheServiceUserCannotWriteIsNamedWithItsOwner() throws {
        guard geteuid() == 0, FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") else { return }
        let ws = try Workspace(); defer { ws.cleanUp() }
        try fill(ws)
        // The state a manual run as root leaves: everything the service user's, one receipts folder root's.
        let receipts14 = ws.dataDir.appendingPathComponent("receipts/14")
        try FileManager.default.createDirectory(at: receipts14, withIntermediateDirectories: true)
        #expect(chmod(ws.root.path, 0o755) == 0)
        _ = try exec("/bin/chown", ["-R", "nobody", ws.dataDir.path])
        #expect(chown(receipts14.path, 0, 0) == 0)
        // A refused run still tells the monitoring: the metrics file says it failed.
        let config = try writeConfig(ws, "metrics_file: \(ws.root.path)/followup.prom\n")
        #expect(chmod(config.path, 0o644) == 0)
        #expect(chmod(ws.root.path, 0o777) == 0)
        let asNobody = ["--reuid=nobody", "--regid=nogroup", "--clear-groups", Binary.url.path, "run", "--config", config.path,
                        "--data-dir", ws.dataDir.path, "--now", "2025-06-01T02:30:00+02:00"]
        let refused = try exec("/usr/bin/setpriv", asNobody)
        #expect(refused.status == 5, "\(refused.stderr)")
        #expect(refused.stderr.contains("Användaren nobody kan inte skriva i \(receipts14.path) (ägare: root)"), "\(refused.stderr)")
        #expect(ws.inboxFiles().count == 4)
        let metrics = try String(contentsOf: ws.root.appendingPathComponent("followup.prom"), encoding: .utf8)
        #expect(metrics.contains("followup_last_run_success 0\n"), "\(metrics)")
        #expect(chown(receipts14.path, 65534, 65534) == 0)
        let fixed = try exec("/usr/bin/setpriv", asNobody)
        #expect(fixed.status == 0, "\(fixed.stderr)")
        #expect(fixed.stdout.contains("Godkända: 4"))
    }

    // MARK: Backups

    @Test func backupRestoreGivesByteIdenticalExports() throws {
        let ws = try Workspace(); defer { ws.cleanUp() }
        try fill(ws, region: "14")
        try fill(ws, region: "01")
        #expect(try ws.followup(["run"]).status == 0)
        let backup = try ws.followup(["backup"])
        #expect(backup.status == 0, "\(backup.stderr)")
        let backups = try FileManager.default.contentsOfDirectory(atPath: ws.dataDir.appendingPathComponent("backups").path)
            .filter { $0.hasSuffix(".sqlite") }
        #expect(backups.count == 1)
        let before = ws.root.appendingPathComponent("before"), after = ws.root.appendingPathComponent("after")
        #expect(try ws.followup(["export", "--year", "2024", "--format", "csv", "--format", "json", "--out", before.path]).status == 0)

        let store = ws.dataDir.appendingPathComponent("followup.sqlite")
        try Data("not a database".utf8).write(to: store)
        #expect(try ws.followup(["export", "--year", "2024", "--out", after.path]).status == 4)
        let file = ws.dataDir.appendingPathComponent("backups").appendingPathComponent(backups[0])
        let restored = try ws.followup(["restore", file.path])
        #expect(restored.status == 0, "\(restored.stderr)")
        let aside = try FileManager.default.contentsOfDirectory(atPath: ws.dataDir.path)
            .filter { $0.hasPrefix("followup.sqlite.replaced-") && !$0.hasSuffix("-wal") && !$0.hasSuffix("-shm") }
        #expect(aside.count == 1, "\(aside)")
        #expect(try ws.followup(["export", "--year", "2024", "--format", "csv", "--format", "json", "--out", after.path]).status == 0)
        let names = try FileManager.default.contentsOfDirectory(atPath: before.path).sorted()
        #expect(!names.isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: after.path).sorted() == names)
        for name in names {
            #expect(try Data(contentsOf: before.appendingPathComponent(name)) == Data(contentsOf: after.appendingPathComponent(name)), "\(name)")
        }
    }

    @Test func theRunBacksUpBeforeLoadingAndKeepsTheConfiguredNumber() throws {
        let ws = try Workspace(); defer { ws.cleanUp() }
        let config = try writeConfig(ws, "backups_keep: 2\n")
        for year in [2021, 2022, 2023, 2024] {
            try fill(ws, year: year)
            #expect(try ws.followup(["run", "--config", config.path]).status == 0)
        }
        #expect(try ws.followup(["run", "--config", config.path]).status == 0)  // empty inbox: no backup
        let backups = try FileManager.default.contentsOfDirectory(atPath: ws.dataDir.appendingPathComponent("backups").path)
        #expect(backups.filter { $0.hasSuffix(".sqlite") }.count == 2, "\(backups)")
    }

    @Test func restoreIsRefusedWhileARunHoldsTheLock() throws {
        let ws = try Workspace(); defer { ws.cleanUp() }
        try fill(ws)
        #expect(try ws.followup(["run"]).status == 0)
        #expect(try ws.followup(["backup"]).status == 0)
        let file = try FileManager.default.contentsOfDirectory(atPath: ws.dataDir.appendingPathComponent("backups").path).first!
        let fd = open(ws.dataDir.appendingPathComponent("followup.lock").path, O_RDWR)
        #expect(flock(fd, LOCK_EX | LOCK_NB) == 0)
        defer { close(fd) }
        let refused = try ws.followup(["restore", ws.dataDir.appendingPathComponent("backups/\(file)").path])
        #expect(refused.status == 3, "\(refused.stderr)")
    }

    @Test func rebuildKeepsTheStoreItReplaces() throws {
        let ws = try Workspace(); defer { ws.cleanUp() }
        try fill(ws)
        #expect(try ws.followup(["run"]).status == 0)
        #expect(try ws.followup(["rebuild"]).status == 0)
        let aside = try FileManager.default.contentsOfDirectory(atPath: ws.dataDir.path).filter { $0.hasPrefix("followup.sqlite.replaced-") }
        #expect(aside.count == 1, "\(aside)")
    }

    // MARK: Monitoring

    @Test func statusLastRunShowsTheRunAndItsRejections() throws {
        let ws = try Workspace(); defer { ws.cleanUp() }
        let none = try ws.followup(["status"])
        #expect(none.status == 4)
        #expect(none.stderr.contains("finns inte"), "\(none.stderr)")
        #expect(try ws.followup(["status", "--last-run"]).status == 4)

        try fill(ws)
        try ws.drop("14_2023_insatser.csv", "fel;rubrik\n1;2\n", folder: "14")
        let run = try ws.followup(["run"])
        #expect(run.status == 0)
        // The year's table shows statuses as words, as the report and the workbook do.
        let table = try ws.followup(["status", "--year", "2023"])
        #expect(table.stdout.contains("Avvisad") && !table.stdout.contains("AVVISAD"), "\(table.stdout)")
        let accepted = try ws.followup(["status", "--year", "2024"]).stdout
        #expect(accepted.contains("Godkänd") && !accepted.contains("GODKAND"), "\(accepted)")
        let text = try ws.followup(["status", "--last-run"])
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.contains("utfall done"), "\(text.stdout)")
        #expect(text.stdout.contains("Godkända 4, avvisade 1"), "\(text.stdout)")
        #expect(text.stdout.contains("Avvisad: region 14, insatser, 14_2023_insatser.csv"), "\(text.stdout)")
        let json = try ws.followup(["status", "--last-run", "--format", "json"])
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let runObject = object?["run"] as? [String: Any]
        #expect(runObject?["status"] as? String == "done")
        #expect((runObject?["counts"] as? [String: Any])?["accepted"] as? Int == 4)
        #expect(runObject?["startedAt"] is String && runObject?["finishedAt"] is String)
        #expect((object?["rejected"] as? [[String: Any]])?.first?["region"] as? String == "14")
        #expect((object?["problems"] as? [[String: Any]])?.contains { $0["event"] as? String == "file-rejected" } == true)
    }

    @Test func theRunWritesTheMetricsFileAndATypedUTCLog() throws {
        let ws = try Workspace(); defer { ws.cleanUp() }
        let config = try writeConfig(ws, "metrics_file: metrics/followup.prom\n")
        try fill(ws)
        try ws.drop("14_2023_insatser.csv", "fel;rubrik\n1;2\n", folder: "14")
        let run = try ws.followup(["run", "--config", config.path])
        #expect(run.status == 0, "\(run.stderr)")
        let metricsDir = ws.root.appendingPathComponent("metrics")
        #expect(try FileManager.default.contentsOfDirectory(atPath: metricsDir.path) == ["followup.prom"])
        let text = try String(contentsOf: metricsDir.appendingPathComponent("followup.prom"), encoding: .utf8)
        #expect(text.contains("# TYPE followup_last_run_success gauge\nfollowup_last_run_success 1\n"))
        #expect(text.contains("followup_last_run_files{outcome=\"accepted\"} 4\n"))
        #expect(text.contains("followup_last_run_files{outcome=\"rejected\"} 1\n"))
        #expect(text.range(of: #"followup_last_run_timestamp_seconds \d{10}\n"#, options: .regularExpression) != nil)

        // The log: named in UTC, real numbers and booleans, a rejected file a warning.
        let logs = ws.files(under: "logs")
        #expect(logs.count == 1)
        #expect(logs[0].range(of: #"^run-\d{8}T\d{6}Z-\d+\.jsonl$"#, options: .regularExpression) != nil, "\(logs)")
        let lines = try String(contentsOf: ws.dataDir.appendingPathComponent("logs/\(logs[0])"), encoding: .utf8)
            .split(separator: "\n").compactMap { try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        let done = lines.first { $0["event"] as? String == "file-done" }
        #expect(done?["resumed"] as? Bool == false)
        #expect(String(describing: done?["resumed"] ?? "") == "0" || String(describing: done?["resumed"] ?? "") == "false")
        let finished = lines.first { $0["event"] as? String == "run-finished" }
        #expect(finished?["accepted"] as? Int == 4)
        let rejected = lines.first { $0["event"] as? String == "file-rejected" }
        #expect(rejected?["level"] as? String == "warning")
        #expect(rejected?["region"] as? String == "14")
        #expect(rejected?["report"] as? String == "insatser")
        #expect((rejected?["errors"] as? Int ?? 0) > 0)
        // Typed in the file itself: no quoted numbers or booleans.
        let raw = try String(contentsOf: ws.dataDir.appendingPathComponent("logs/\(logs[0])"), encoding: .utf8)
        #expect(raw.contains("\"resumed\":false"))
        #expect(!raw.contains("\"resumed\":\"false\""))
    }

    // MARK: Retention

    @Test func oldLogsAndQuarantineArePrunedNeverTheArchive() throws {
        let ws = try Workspace(); defer { ws.cleanUp() }
        // Ages count on the run's clock from a file's last change (a move into quarantine
        // counts): a run 100 days ahead sees everything here as 100 days old.
        let logsOnly = try writeConfig(ws, "log_retention_days: 30\nquarantine_retention_days: 200\n")
        try fill(ws)
        try ws.drop("fel-namn.csv", "a;b\n", folder: "14")
        #expect(try ws.followup(["run", "--config", logsOnly.path]).status == 0)
        let fm = FileManager.default
        let old = Date().addingTimeInterval(-1000 * 86_400)
        let oldLog = ws.dataDir.appendingPathComponent("logs/run-20230101T000000Z-1.jsonl")
        try Data("x\n".utf8).write(to: oldLog)
        try fm.setAttributes([.modificationDate: old], ofItemAtPath: oldLog.path)
        let quarantined = ws.files(under: "quarantine")
        #expect(!quarantined.isEmpty)
        let archived = ws.files(under: "archive")
        #expect(archived.count == 4)
        // The quarantined upload keeps its modification time of 2025-02-10, long before
        // the run's clock, and stays: it counts from its move.
        #expect(try ws.followup(["run", "--config", logsOnly.path], now: "2025-06-01T02:30:00+02:00").status == 0)
        #expect(ws.files(under: "quarantine") == quarantined)
        #expect(fm.fileExists(atPath: oldLog.path))  // the run's clock is before the file's last change

        let f = ISO8601DateFormatter()
        let later = f.string(from: Date().addingTimeInterval(100 * 86_400))
        let run = try ws.followup(["run", "--config", logsOnly.path], now: later)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(!fm.fileExists(atPath: oldLog.path))
        #expect(ws.files(under: "logs").count == 1)  // only this run's own log is left
        #expect(ws.files(under: "quarantine") == quarantined)
        let both = try writeConfig(ws, "log_retention_days: 30\nquarantine_retention_days: 60\n")
        #expect(try ws.followup(["run", "--config", both.path], now: later).status == 0)
        #expect(ws.files(under: "quarantine").isEmpty)
        #expect(ws.files(under: "archive") == archived)  // never pruned
    }

    // MARK: Configuration and help

    @Test func anUnknownConfigurationKeyIsAnErrorNamingTheNearestKnownOne() throws {
        let ws = try Workspace(); defer { ws.cleanUp() }
        let config = try writeConfig(ws, "settle_secondz: 10\n")
        let r = try ws.followup(["run", "--config", config.path])
        #expect(r.status == 4)
        #expect(r.stderr.contains("okänd nyckel \"settle_secondz\""), "\(r.stderr)")
        #expect(r.stderr.contains("menade du \"settle_seconds\"?"), "\(r.stderr)")
        let nested = try writeConfig(ws, "exports:\n  csv_dialekt: standard\n")
        let n = try ws.followup(["status", "--config", nested.path])
        #expect(n.status == 4)
        #expect(n.stderr.contains("\"exports.csv_dialekt\""), "\(n.stderr)")
        #expect(n.stderr.contains("\"csv_dialect\""), "\(n.stderr)")
    }

    @Test func helpNamesTheRealConfigurationLookupAndExitFive() throws {
        let help = try Binary.run(["help", "run"])
        let flat = help.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(flat.contains("$FOLLOWUP_CONFIG"), "\(help.stdout)")
        #expect(flat.contains("/etc/followup/nightly.yaml"), "\(help.stdout)")
        #expect(flat.contains("--allow-other-owner"))
        let root = try Binary.run(["--help"])
        #expect(root.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ").contains("5 a zone of the data directory"))
        let version = try Binary.run(["--version"])
        #expect(version.status == 0 && !version.stdout.isEmpty)
    }

    // MARK: Cron

    @Test func theCronExampleRunsAsWrittenOnDebian() throws {
        let ws = try Workspace(); defer { ws.cleanUp() }
        let text = try String(contentsOf: Self.repo.appendingPathComponent("Pipelines/cron.example"), encoding: .utf8)
        #expect(!text.contains("CRON_TZ="))
        let lines = text.split(separator: "\n").map(String.init)
        let entry = try #require(lines.first { $0.first?.isNumber == true })
        // m h dom mon dow user command
        var rest = Substring(entry)
        for _ in 0..<6 {
            rest = rest.drop { !$0.isWhitespace }.drop { $0.isWhitespace }
        }
        #expect(!rest.contains("%"), "cron turns % into newlines")
        #expect(entry.split(whereSeparator: \.isWhitespace)[5] == "followup")
        var environment: [String: String] = [:]
        for line in lines where !line.hasPrefix("#") && line.first?.isNumber != true && line.contains("=") {
            let parts = line.split(separator: "=", maxSplits: 1).map(String.init)
            environment[parts[0]] = parts[1]
        }
        #expect(environment["SHELL"] == "/bin/sh")
        // A stub `logger` first on the PATH records what would reach syslog.
        let bin = ws.root.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        let syslog = ws.root.appendingPathComponent("syslog")
        try Data("#!/bin/sh\necho \"[$*]\" >> \(syslog.path)\ncat >> \(syslog.path)\n".utf8).write(to: bin.appendingPathComponent("logger"))
        #expect(chmod(bin.appendingPathComponent("logger").path, 0o755) == 0)
        let config = try writeConfig(ws, "data_dir: \(ws.dataDir.path)\n")
        try fill(ws)
        func cron(_ configPath: String) throws -> CommandResult {
            let command = String(rest)
                .replacingOccurrences(of: "/usr/local/bin/followup", with: Binary.url.path)
                .replacingOccurrences(of: "/etc/followup/nightly.yaml", with: configPath)
            return try exec(environment["SHELL"] ?? "/bin/sh", ["-c", command],
                            env: ["PATH": bin.path + ":" + (environment["PATH"] ?? "/usr/bin:/bin")], in: ws.root)
        }
        let ok = try cron(config.path)
        #expect(ok.status == 0)
        #expect(ok.stdout.isEmpty && ok.stderr.isEmpty, "cron would mail: \(ok.stdout)\(ok.stderr)")
        let logged = try String(contentsOf: syslog, encoding: .utf8)
        #expect(logged.contains("[-t followup]"), "\(logged)")
        #expect(logged.contains("Godkända: 4"), "\(logged)")
        #expect(ws.inboxFiles().isEmpty)

        let broken = try writeConfig(ws, "data_dir: \(ws.dataDir.path)\nsettle_secondz: 1\n")
        let failed = try cron(broken.path)
        #expect(failed.stdout.contains("followup run failed (exit 4)"), "\(failed.stdout)")
    }
}
