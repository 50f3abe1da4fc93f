/// What a file's rules may know beyond the file itself: other files of the same run or
/// `validate` call, and the store.
public struct CrossFileContext {
    /// `insats_id` values known for (region, year), from accepted `insatser` files in the
    /// same call/run or from the store; nil = none known.
    public var knownActivities: (_ region: String, _ year: Int) -> Set<String>?
    /// The accepted value of the previous year for an indicator key, for `yoy-change`;
    /// nil closure = no store. `year` is the checked file's year Y: return the value stored
    /// for Y-1 (`kommunKod` is "" for the whole county), or nil when there is none.
    public var previousIndicatorValue: ((_ region: String, _ year: Int, _ indikatorKod: String, _ kommunKod: String, _ kon: String) -> Double?)?

    public init(knownActivities: @escaping (_ region: String, _ year: Int) -> Set<String>? = { _, _ in nil },
                previousIndicatorValue: ((_ region: String, _ year: Int, _ indikatorKod: String, _ kommunKod: String, _ kon: String) -> Double?)? = nil) {
        self.knownActivities = knownActivities
        self.previousIndicatorValue = previousIndicatorValue
    }

    /// Nothing known beyond the file.
    public static var none: CrossFileContext { CrossFileContext() }
}
