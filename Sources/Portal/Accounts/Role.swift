/// What a signed-in user or an API token may do (spec/portal.md, "Roles").
public enum PortalRole: String, Codable, Sendable, CaseIterable {
    /// Staff of one region: check, submit and read their own region's data.
    case region
    /// Tillväxtverket's analysts: read every region's data.
    case analytiker
    /// Operators: what analysts may, plus accounts and tokens.
    case admin
}

/// Who is asking: a signed-in user or an API token. A `region` identity always has a region.
public struct PortalIdentity: Sendable, Codable, Equatable {
    public var name: String
    public var role: PortalRole
    public var region: String?
    /// Set for a signed-in user, nil for a token.
    public var userID: Int64?
    public var tokenID: Int64?

    public init(name: String, role: PortalRole, region: String?, userID: Int64? = nil, tokenID: Int64? = nil) {
        self.name = name
        self.role = role
        self.region = region
        self.userID = userID
        self.tokenID = tokenID
    }

    /// Whether this identity may read region `code`'s data.
    public func mayRead(region code: String) -> Bool {
        role == .region ? region == code : true
    }
}
