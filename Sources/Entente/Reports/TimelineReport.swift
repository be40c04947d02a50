/// The facts between two actors per period, as `entente timeline --format json` prints it.
public struct TimelineReport: Sendable, Encodable {
    /// The two actors' names, first as asked.
    public var between: [String]
    /// The period, `month`, `quarter` …
    public var by: String
    /// `both`, `out` or `in`.
    public var direction: String
    /// One row per period, zero-filled.
    public var rows: [Timeline.Row]

    /// The report of `rows`; no rows when the two have no dated facts.
    public init(between first: String, _ second: String, by bucket: Timeline.Bucket, direction: GraphStore.Direction, rows: [Timeline.Row]) {
        self.between = [first, second]
        self.by = bucket.rawValue
        self.direction = direction.rawValue
        self.rows = rows
    }
}
