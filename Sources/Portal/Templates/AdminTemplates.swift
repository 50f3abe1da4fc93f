/// The Mustache templates of the operators' pages (see `PageTemplates` for the rules:
/// `{{x}}` escapes, no inline script or style).
enum AdminTemplates {
    /// (name, template) pairs registered by `PageRenderer`.
    static let pages: [(String, String)] = []
}
