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
}
