import FollowUpModel

/// The canonical text of a tenths value without building a `TableValue`.
enum TableValueText {
    static func tenths(_ t: Int64) -> String {
        t % 10 == 0 ? String(t / 10) : "\(t < 0 ? "-" : "")\(t.magnitude / 10).\(t.magnitude % 10)"
    }
}

extension TableValueText {
    /// Always one decimal: 589 → "58.9", 1000 → "100.0", -5 → "-0.5".
    static func tenthsWithDecimal(_ t: Int64) -> String { TableValue.tenths(t).plainText }
}
