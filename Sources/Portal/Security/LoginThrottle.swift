import Foundation

/// Counts failed sign-ins per user name and per address; after `maxFailures` within
/// `window` seconds for a user name (ten times as many for an address, which a whole office
/// may share), further attempts are refused (without running bcrypt) until the oldest
/// failure leaves the window.
actor LoginThrottle {
    let maxFailures: Int
    let window: Double
    private var failures: [String: [Double]] = [:]

    init(maxFailures: Int, window: Double) {
        self.maxFailures = maxFailures
        self.window = window
    }

    static func keys(username: String, address: String?) -> [String] {
        ["u:" + username.lowercased()] + (address.map { ["a:" + $0] } ?? [])
    }

    func isBlocked(_ keys: [String], now: Date = Date()) -> Bool {
        let t = now.timeIntervalSince1970
        return keys.contains { key in
            let recent = (failures[key] ?? []).filter { t - $0 < window }
            failures[key] = recent.isEmpty ? nil : recent
            return recent.count >= (key.hasPrefix("a:") ? maxFailures * 10 : maxFailures)
        }
    }

    func recordFailure(_ keys: [String], now: Date = Date()) {
        let t = now.timeIntervalSince1970
        if failures.count > 100_000 {  // many made-up names: forget what left the window
            failures = failures.filter { $0.value.contains { t - $0 < window } }
        }
        for key in keys { failures[key, default: []].append(t) }
    }

    func reset(_ keys: [String]) {
        for key in keys where key.hasPrefix("u:") { failures[key] = nil }
    }
}
