import Foundation

/// Counts failed sign-ins per user name and per address; after `maxFailures` within
/// `window` seconds, further attempts are refused (without running bcrypt) until the
/// oldest failure leaves the window.
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
            failures[key] = recent
            return recent.count >= maxFailures
        }
    }

    func recordFailure(_ keys: [String], now: Date = Date()) {
        for key in keys { failures[key, default: []].append(now.timeIntervalSince1970) }
    }

    func reset(_ keys: [String]) {
        for key in keys where key.hasPrefix("u:") { failures[key] = nil }
    }
}
