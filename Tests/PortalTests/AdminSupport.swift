import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
@testable import Portal

/// What the admin pages' tests share: an operator account and form posts with the session.
extension PortalFixture {
    static let adminName = "op"

    /// The fixture with an admin account `op` (same password as the others).
    static func withAdmin() throws -> PortalFixture {
        let fixture = try PortalFixture()
        try fixture.services.accounts.add(username: adminName, role: .admin, region: nil, password: password)
        return fixture
    }
}

extension Browser {
    /// A URL-encoded form posted with the session cookie.
    func post(_ uri: String, _ fields: [(String, String)]) async throws -> TestResponse {
        let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-._~"))
        let body = fields.map { "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: allowed)!)" }.joined(separator: "&")
        return try await client.execute(uri: uri, method: .post, headers: headers([.contentType: "application/x-www-form-urlencoded"]),
                                        body: ByteBuffer(string: body))
    }

    /// The session's CSRF token, read from the accounts page (an admin's) or any signed-in page.
    func csrf(from uri: String = "/admin/konton") async throws -> String {
        Self.csrf(in: String(buffer: try await get(uri).body)) ?? ""
    }

    /// The one-time secret on the page shown after a create or reset.
    static func secret(in body: String) -> String? {
        guard let r = body.range(of: #"id="hemlighet" type="text" readonly value="[^"]+""#, options: .regularExpression) else { return nil }
        return String(body[r].dropFirst(#"id="hemlighet" type="text" readonly value=""#.count).dropLast())
    }
}
