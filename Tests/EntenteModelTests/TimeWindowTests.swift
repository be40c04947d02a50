import EntenteModel
import Testing

@Suite struct TimeWindowTests {
    @Test(arguments: [("180d", 180), ("12w", 84), ("6m", 180), ("1y", 365), ("90", 90), ("7", 7), ("0d", 0)])
    func parsesEachUnit(text: String, days: Int) {
        #expect(TimeWindow(parsing: text)?.days == days)
    }

    /// A count whose days do not fit in an Int is no window; it trapped with an overflow before.
    @Test(arguments: ["99999999999999999y", "-90", "9223372036854775807w", "307445734561825861m", "-5d", "5x", "", "d"])
    func refusesWhatIsNoWindow(text: String) {
        #expect(TimeWindow(parsing: text) == nil)
    }
}
