import FollowUpModel
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Pipeline
@testable import Portal

/// A data directory with the repository's schemas, three accounts (two regions and an
/// analyst) and a fixed clock (15 January 2022: reporting year 2021 in progress).
struct PortalFixture {
    static let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let catalog: SchemaCatalog? = try? SchemaCatalog.load(directory: repo.appendingPathComponent("Schemas"))
    static let now = Date(timeIntervalSince1970: 1_642_240_800)  // 2022-01-15T10:00:00Z
    static let password = "rätt-lösenord-123"

    let dir: URL
    var config: PortalConfiguration
    let services: PortalServices

    init(configure: (inout PortalConfiguration) -> Void = { _ in }) throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("portal-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        var config = PortalConfiguration()
        config.bcryptCost = 4  // tests only; production is 12
        config.maxUploadBytes = 1 << 20
        config.loginMaxFailures = 3
        configure(&config)
        self.config = config
        guard let catalog = Self.catalog else { throw PortalError.notFound }
        services = try PortalServices(config: config, dataDir: dir.path, catalog: catalog, now: { Self.now })
        if try services.accounts.find(username: "anna") == nil {
            try services.accounts.add(username: "anna", role: .region, region: "14", password: Self.password)
            try services.accounts.add(username: "bo", role: .region, region: "12", password: Self.password)
            try services.accounts.add(username: "ada", role: .analytiker, region: nil, password: Self.password)
        }
    }

    /// A second server over the same data directory (a restart).
    func restarted() throws -> PortalServices {
        try PortalServices(config: config, dataDir: dir.path, catalog: Self.catalog!, now: { Self.now })
    }

    func app(_ services: PortalServices? = nil) -> some ApplicationProtocol {
        Application(router: PortalApplication.router(services: services ?? self.services))
    }

    var zones: Zones { Zones(dataDir: dir.path) }

    func sample(_ region: String, _ name: String) throws -> Data {
        try Data(contentsOf: Self.repo.appendingPathComponent("Samples/inbox/\(region)/\(name)"))
    }

    /// A receipt as the nightly run writes it, in `receipts/<region>/`.
    @discardableResult
    func plantReceipt(region: String, id: String, file: String, archived: String? = nil) throws -> String {
        let dir = zones.receipts.appendingPathComponent(region, isDirectory: true)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let json = """
            {"errors":0,"file":"\(file)","findings":[],"findings_truncated":false,"outcome":"godkand","received_at":"2022-01-10T09:00:00+01:00",
             "region":"\(region)","region_namn":"R","report":"insatser","rows":3,"sha256":"abc","stored_at":"\(archived ?? "archive/\(region)/\(file)")",
             "warnings":0,"year":2021}
            """
        try Data(json.utf8).write(to: dir.appendingPathComponent("\(id).kvitto.json"))
        try Data("Kvitto \(file)\n".utf8).write(to: dir.appendingPathComponent("\(id).kvitto.txt"))
        if archived == nil {
            let a = zones.archive.appendingPathComponent(region, isDirectory: true)
            try FileManager.default.createDirectory(at: a, withIntermediateDirectories: true)
            try Data("region_kod\n\(region)\n".utf8).write(to: a.appendingPathComponent(file))
        }
        return id
    }
}

/// Browser-like helpers over the router test client.
struct Browser {
    let client: any TestClientProtocol
    var cookie: String?

    static func value(of name: String, in response: TestResponse) -> String? {
        for field in response.headers where field.name == .setCookie {
            let first = field.value.split(separator: ";")[0]
            if first.hasPrefix(name + "=") { return String(first.dropFirst(name.count + 1)) }
        }
        return nil
    }

    static func setCookie(_ name: String, in response: TestResponse) -> String? {
        response.headers[values: .setCookie].first { $0.hasPrefix(name + "=") }
    }

    static func csrf(in body: String) -> String? {
        guard let r = body.range(of: #"name="csrf" value="[0-9a-f]+""#, options: .regularExpression) else { return nil }
        return String(body[r].dropFirst(#"name="csrf" value=""#.count).dropLast())
    }

    func headers(_ extra: HTTPFields = [:]) -> HTTPFields {
        var h = extra
        if let cookie { h[.cookie] = "followup_session=\(cookie)" }
        return h
    }

    func get(_ uri: String) async throws -> TestResponse {
        try await client.execute(uri: uri, method: .get, headers: headers())
    }

    /// Signs in; returns the response of the POST.
    @discardableResult
    mutating func signIn(_ user: String, _ password: String = PortalFixture.password, plantedSession: String? = nil) async throws -> TestResponse {
        let page = try await client.execute(uri: "/logga-in", method: .get)
        let body = String(buffer: page.body)
        let token = Self.csrf(in: body) ?? ""
        let loginCookie = Self.value(of: "followup_login", in: page) ?? ""
        var cookieHeader = "followup_login=\(loginCookie)"
        if let plantedSession { cookieHeader += "; followup_session=\(plantedSession)" }
        let form = "username=\(user)&password=\(password.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)&csrf=\(token)"
        let response = try await client.execute(uri: "/logga-in", method: .post,
                                                headers: [.cookie: cookieHeader, .contentType: "application/x-www-form-urlencoded"],
                                                body: ByteBuffer(string: form))
        if let session = Self.value(of: "followup_session", in: response) { cookie = session }
        return response
    }

    /// The CSRF token of the signed-in session (from the upload page's form).
    func sessionCSRF() async throws -> String {
        let page = try await get("/skicka-in")
        return Self.csrf(in: String(buffer: page.body)) ?? ""
    }

    func upload(_ uri: String, files: [(name: String, data: Data)], fields: [String: String] = [:],
                headers extra: HTTPFields = [:]) async throws -> TestResponse {
        let boundary = "----portaltest\(UUID().uuidString)"
        var body = Data()
        for (k, v) in fields.sorted(by: { $0.key < $1.key }) {
            body += Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(k)\"\r\n\r\n\(v)\r\n".utf8)
        }
        for f in files {
            body += Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(f.name)\"\r\nContent-Type: text/csv\r\n\r\n".utf8)
            body += f.data
            body += Data("\r\n".utf8)
        }
        body += Data("--\(boundary)--\r\n".utf8)
        var h = headers(extra)
        h[.contentType] = "multipart/form-data; boundary=\(boundary)"
        return try await client.execute(uri: uri, method: .post, headers: h, body: ByteBuffer(bytes: body))
    }
}
