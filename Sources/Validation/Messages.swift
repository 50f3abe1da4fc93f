import FollowUpModel
import Texts

/// The finding messages live in `Texts` (`FindingMessages.swift`); this is the one that needs
/// a type of this module.
extension Messages {
    /// `constraint-error` for a value that does not match the field's pattern.
    static func pattern(_ field: Field, line: Int, value: String, matcher: PatternMatcher) -> String {
        pattern(field, line: line, value: value, pattern: matcher.pattern,
                allowed: matcher.allowedDescription, length: matcher.lengthRange)
    }
}
