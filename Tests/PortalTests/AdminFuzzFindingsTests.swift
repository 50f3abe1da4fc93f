import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
@testable import Portal

/// What `scripts/api-fuzz` (schemathesis) found, kept as tests: every answer the API gives is
/// one its OpenAPI document names for that operation, with the body the document describes.
struct AdminFuzzFindingsTests {
    /// The statuses the document lists for one operation.
    static func documented(_ path: String, _ method: String) throws -> Set<String> {
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(OpenAPIDocument.json.utf8)) as? [String: Any])
        let paths = try #require(doc["paths"] as? [String: Any])
        let operation = try #require((paths[path] as? [String: Any])?[method] as? [String: Any], "\(method) \(path)")
        return Set(try #require(operation["responses"] as? [String: Any]).keys)
    }

    /// Requests schemathesis made (`year=null`, an empty POST) with the status each gets, and
    /// the operation of the document they belong to.
    static let cases: [(uri: String, method: HTTPRequest.Method, body: String?, path: String, status: Int)] = [
        ("/api/v1/status?year=null&year=null", .get, nil, "/status", 400),
        ("/api/v1/submissions?year=null", .get, nil, "/submissions", 400),
        ("/api/v1/check", .post, nil, "/check", 400),
        ("/api/v1/submissions", .post, nil, "/submissions", 400),
        ("/api/v1/check", .post, "--x\r\nContent-Disposition: form-data; name=\"other\"\r\n\r\nv\r\n--x--\r\n", "/check", 400),
    ]

    @Test func malformedRequestsAnswerAStatusTheDocumentNames() async throws {
        let fixture = try PortalFixture()
        let (_, secret) = try fixture.services.tokens.add(name: "fuzz", role: .region, region: "14")
        try await fixture.app().test(.router) { client in
            for c in Self.cases {
                var headers: HTTPFields = [.authorization: "Bearer \(secret)"]
                if c.body != nil { headers[.contentType] = "multipart/form-data; boundary=x" }
                let r = try await client.execute(uri: c.uri, method: c.method, headers: headers,
                                                 body: c.body.map { ByteBuffer(string: $0) })
                #expect(Int(r.status.code) == c.status, "\(c.method) \(c.uri)")
                let statuses = try Self.documented(c.path, c.method == .get ? "get" : "post")
                #expect(statuses.contains(String(r.status.code)), "\(c.method) \(c.path) answers \(r.status.code), documented \(statuses.sorted())")
                // The body is the document's Error object.
                let body = try JSONSerialization.jsonObject(with: Data(buffer: r.body)) as? [String: Any]
                #expect(body?["status"] as? Int == c.status && body?["error"] is String)
            }
        }
    }

    /// A part header whose *name* has a byte of 128 or more, and an empty boundary, crashed
    /// the whole server (MultipartKit 4.7.1 indexes a 128-entry table by the byte, and
    /// preconditions a non-empty boundary). Now each is a 400 and the server goes on.
    @Test(arguments: [
        ("x", "--x\r\nCönt-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\nabc\r\n--x--\r\n"),
        ("x", "--x\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\nv\r\n--x\r\n\u{FF}: y\r\n\r\nabc\r\n--x--\r\n"),
        ("", "--\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\nabc\r\n----\r\n"),
        ("\"\"", "--\r\n\r\n"),
    ])
    func uploadsThatCrashedTheServerAre400(boundary: String, body: String) async throws {
        let fixture = try PortalFixture()
        let (_, secret) = try fixture.services.tokens.add(name: "fuzz", role: .region, region: "14")
        try await fixture.app().test(.router) { client in
            for uri in ["/api/v1/check", "/api/v1/submissions"] {
                let r = try await client.execute(uri: uri, method: .post,
                                                 headers: [.authorization: "Bearer \(secret)", .contentType: "multipart/form-data; boundary=\(boundary)"],
                                                 body: ByteBuffer(string: body))
                #expect(r.status == .badRequest, "\(uri)")
            }
            let after = try await client.execute(uri: "/api/v1/status", method: .get, headers: [.authorization: "Bearer \(secret)"])
            #expect(after.status == .ok)
        }
        #expect(!FileManager.default.fileExists(atPath: fixture.zones.inbox.appendingPathComponent("14").path))
    }

    /// Non-ASCII stays welcome where it is allowed: in a header value (the file name, which
    /// the check then reports as `file-name`) and in the file's contents.
    @Test func nonASCIIInAFileNameOrContentsIsStillChecked() async throws {
        let fixture = try PortalFixture()
        let (_, secret) = try fixture.services.tokens.add(name: "fuzz", role: .region, region: "14")
        try await fixture.app().test(.router) { client in
            let browser = Browser(client: client)
            let r = try await browser.upload("/api/v1/check", files: [("rättad fil.csv", Data("åäö;€\n".utf8))],
                                             headers: [.authorization: "Bearer \(secret)"])
            #expect(r.status == .ok)
            #expect(String(buffer: r.body).contains("\"code\" : \"file-name\""))
        }
    }

    /// The guard follows the parser across chunks of any size: a name byte split from its
    /// line is still caught, and bytes after the closing delimiter are not looked at.
    @Test func theGuardFollowsThePartsAcrossChunks() throws {
        let poisoned = Array("preamble\r\n--b\r\nA: 1\r\n\r\nbody ö\r\n--b\r\nB\u{E4}: 2\r\n\r\n".utf8)
        let clean = Array("--b\r\nContent-Disposition: form-data; name=\"f\"; filename=\"ä.csv\"\r\n\r\nö\r\n-- b\r\n--b--\r\n\u{E4}: epilog\r\n".utf8)
        for size in [1, 2, 3, 7, 1000] {
            var g = MultipartGuard(boundary: "b")
            var threw = false
            do {
                for start in stride(from: 0, to: poisoned.count, by: size) {
                    try g.scan(ByteBuffer(bytes: poisoned[start..<min(start + size, poisoned.count)]))
                }
            } catch is MultipartGuard.NonASCIIHeaderName { threw = true }
            #expect(threw, "chunks of \(size)")
            var h = MultipartGuard(boundary: "b")
            for start in stride(from: 0, to: clean.count, by: size) {
                try h.scan(ByteBuffer(bytes: clean[start..<min(start + size, clean.count)]))
            }
            #expect(h.state == .done, "chunks of \(size)")
        }
        #expect(!MultipartGuard.check(boundary: "") && !MultipartGuard.check(boundary: String(repeating: "a", count: 71)))
        #expect(MultipartGuard.check(boundary: "----WebKitFormBoundary7MA4YWxkTrZu0gW"))
    }
}
