/// The relations alive on a day, as `entente snapshot --format json` prints it.
public struct SnapshotReport: Sendable, Encodable {
    /// The day, YYYY-MM-DD.
    public var asOf: String
    /// How long a point event stays alive.
    public var windowDays: Int
    public var relations: [RelationSummary]

    public init(asOf day: CalendarDay, window: TimeWindow, relations: [RelationSummary]) {
        self.asOf = day.description
        self.windowDays = window.days
        self.relations = relations
    }
}
