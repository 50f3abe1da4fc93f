/// The Mustache templates of the analysts' pages (see `PageTemplates` for the rules:
/// `{{x}}` escapes, no inline script or style).
enum AnalystTemplates {
    /// (name, template) pairs registered by `PageRenderer`.
    static let pages: [(String, String)] = []
}
