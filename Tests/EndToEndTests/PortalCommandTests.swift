import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing

/// `followup users`, `followup tokens` and `followup serve`, as the real binary.
struct PortalCommandTests {
    @Test func usersAreAddedListedDisabledAndReset() throws {
        let ws = try Workspace()
        defer { ws.cleanUp() }
        let add = try ws.followup(["users", "add", "anna", "--role", "region", "--region", "14", "--name", "Anna A"])
        #expect(add.status == 0)
        #expect(add.stdout.contains("Användaren anna är skapad."))
        #expect(add.stdout.contains("Engångslösenord (visas bara nu): "))
        #expect(FileManager.default.fileExists(atPath: ws.dataDir.appendingPathComponent("portal.sqlite").path))

        let again = try ws.followup(["users", "add", "anna", "--role", "region", "--region", "14"])
        #expect(again.status == 2)
        #expect(again.stderr == "followup: Användaren anna finns redan.\n")
        let noRegion = try ws.followup(["users", "add", "bo", "--role", "region"])
        #expect(noRegion.status == 2)
        #expect(noRegion.stderr.contains("Rollen region kräver --region."))
        let badRegion = try ws.followup(["users", "add", "bo", "--role", "region", "--region", "99"])
        #expect(badRegion.status == 2)

        let list = try ws.followup(["users", "list"])
        #expect(list.stdout == "anna\tregion\t14\taktiv\tAnna A\t\n")
        #expect(try ws.followup(["users", "disable", "anna"]).stdout == "Användaren anna är spärrad.\n")
        #expect(try ws.followup(["users", "list"]).stdout.contains("spärrad"))
        #expect(try ws.followup(["users", "enable", "anna"]).stdout == "Användaren anna är aktiv igen.\n")
        let reset = try ws.followup(["users", "reset-password", "anna"])
        #expect(reset.stdout.hasPrefix("Lösenordet för anna är bytt.\nEngångslösenord"))
        #expect(try ws.followup(["users", "disable", "nobody"]).status == 2)
    }

    @Test func tokensArePrintedOnceListedAndRevoked() throws {
        let ws = try Workspace()
        defer { ws.cleanUp() }
        let add = try ws.followup(["tokens", "add", "--region", "14", "--name", "ekonomisystemet"])
        #expect(add.status == 0)
        let token = try #require(add.stdout.split(separator: "\n").last.map(String.init))
        #expect(token.hasPrefix("fu_") && token.count == 67)
        let list = try ws.followup(["tokens", "list"])
        #expect(list.stdout.hasPrefix("1\tekonomisystemet\tregion\t14\t"))
        #expect(!list.stdout.contains(token))
        #expect(try ws.followup(["tokens", "add", "--role", "analytiker", "--name", "analys"]).status == 0)
        #expect(try ws.followup(["tokens", "revoke", "1"]).stdout == "API-nyckel 1 är återkallad.\n")
        #expect(try ws.followup(["tokens", "list"]).stdout.contains("återkallad"))
        #expect(try ws.followup(["tokens", "revoke", "9"]).status == 2)
    }

    @Test func serveAnswersAndStopsOnSIGTERM() async throws {
        let ws = try Workspace()
        defer { ws.cleanUp() }
        let add = try ws.followup(["tokens", "add", "--region", "14", "--name", "t"])
        let token = try #require(add.stdout.split(separator: "\n").last.map(String.init))
        let port = Int.random(in: 20_000...40_000)
        let (process, out, _) = try Binary.start(["serve", "--data-dir", ws.dataDir.path, "--listen", "127.0.0.1:\(port)",
                                                  "--now", "2025-06-01T02:30:00+02:00"])
        defer { if process.isRunning { process.terminate() } }
        var status = 0
        for _ in 0..<100 where status == 0 {
            try await Task.sleep(for: .milliseconds(100))
            var request = URLRequest(url: URL(string: "http://127.0.0.1:\(port)/api/v1/status?year=2024")!)
            request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization")
            if let (_, response) = try? await URLSession.shared.data(for: request) {
                status = (response as? HTTPURLResponse)?.statusCode ?? -1
            }
        }
        #expect(status == 200)
        kill(process.processIdentifier, SIGTERM)
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(text.contains("Portalen svarar på http://127.0.0.1:\(port)/"))
        #expect(text.hasSuffix("Portalen har stängts.\n"))
    }

    @Test func sigtermLetsAnUploadInFlightFinish() async throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/curl") else { return }
        let ws = try Workspace()
        defer { ws.cleanUp() }
        let add = try ws.followup(["tokens", "add", "--region", "14", "--name", "t"])
        let token = try #require(add.stdout.split(separator: "\n").last.map(String.init))
        let file = ws.root.appendingPathComponent("14_2025_indikatorer.csv")
        try Data(repeating: UInt8(ascii: "a"), count: 1_000_000).write(to: file)
        let port = Int.random(in: 20_000...40_000)
        let (server, _, _) = try Binary.start(["serve", "--data-dir", ws.dataDir.path, "--listen", "127.0.0.1:\(port)"])
        defer { if server.isRunning { server.terminate() } }
        for _ in 0..<100 {
            try await Task.sleep(for: .milliseconds(100))
            let url = URL(string: "http://127.0.0.1:\(port)/logga-in")!
            if (try? await URLSession.shared.data(from: url)) != nil { break }
        }
        // An upload that takes about two seconds to send.
        let curl = Process()
        curl.executableURL = URL(fileURLWithPath: "/usr/bin/curl")
        curl.arguments = ["-s", "-o", "/dev/null", "-w", "%{http_code}", "--limit-rate", "500k",
                          "-H", "Authorization: Bearer \(token)", "-F", "file=@\(file.path)",
                          "http://127.0.0.1:\(port)/api/v1/check"]
        let curlOut = Pipe()
        curl.standardOutput = curlOut
        try curl.run()
        try await Task.sleep(for: .milliseconds(800))
        kill(server.processIdentifier, SIGTERM)
        let code = String(decoding: curlOut.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        curl.waitUntilExit()
        server.waitUntilExit()
        #expect(code == "200")
        #expect(server.terminationStatus == 0)
    }
}
