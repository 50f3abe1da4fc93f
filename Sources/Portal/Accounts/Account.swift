import Foundation
import GRDB
import FollowUpModel
import Texts

/// One portal account as stored (the hash never leaves the module).
public struct Account: Sendable, Equatable {
    public var id: Int64
    public var username: String
    public var displayName: String?
    public var email: String?
    public var role: PortalRole
    public var region: String?
    public var disabled: Bool
    public var createdAt: String
    var passwordHash: String

    init(row: Row) {
        id = row["id"]
        username = row["username"]
        displayName = row["display_name"]
        email = row["email"]
        role = PortalRole(rawValue: row["role"]) ?? .region
        region = row["region_kod"]
        disabled = row["disabled"]
        createdAt = row["created_at"]
        passwordHash = row["password_hash"]
    }

    public var identity: PortalIdentity {
        PortalIdentity(name: username, role: role, region: region, userID: id)
    }
}

/// Failures of account and token management; shown to the operator as Swedish lines.
public enum AccountError: CategorizedError, CustomStringConvertible, Equatable {
    public var category: ErrorCategory { .usage }

    case userExists(String)
    case noSuchUser(String)
    case noSuchToken(Int64)
    case regionRequired
    case regionOnlyForRegionRole
    case unknownRegion(String)
    case passwordTooShort
    /// A token cannot act as an admin (admins manage accounts and tokens; tokens only read or submit).
    case adminToken

    public var description: String {
        switch self {
        case .userExists(let u): return PortalText.userExists(u)
        case .noSuchUser(let u): return PortalText.noSuchUser(u)
        case .noSuchToken(let id): return PortalText.noSuchToken(id)
        case .regionRequired: return PortalText.regionRequired
        case .regionOnlyForRegionRole: return PortalText.regionOnlyForRegionRole
        case .unknownRegion(let c): return PortalText.unknownRegion(c)
        case .passwordTooShort: return PortalText.passwordTooShort
        case .adminToken: return AdminText.adminToken
        }
    }
}
