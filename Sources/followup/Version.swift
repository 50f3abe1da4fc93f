/// The version `followup --version` prints. Raise it with each release.
enum Version {
    static let current = "0.10.0"
}
