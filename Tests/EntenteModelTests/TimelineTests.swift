import EntenteModel
import Testing

@Suite struct TimelineTests {
    static func day(_ text: String) -> CalendarDay { CalendarDay(iso: text)! }

    @Test(arguments: [
        (Timeline.Bucket.day, "2017-03-23", "2017-03-23", "2017-03-23"),
        (.week, "2017-03-23", "2017-03-20", "2017-W12"),
        (.week, "2021-01-01", "2020-12-28", "2020-W53"),
        (.month, "2017-03-23", "2017-03-01", "2017-03"),
        (.quarter, "2017-08-09", "2017-07-01", "2017-Q3"),
        (.year, "2017-08-09", "2017-01-01", "2017"),
    ])
    func periodsStartAndAreLabelled(bucket: Timeline.Bucket, day: String, start: String, label: String) {
        let first = bucket.start(of: Self.day(day))
        #expect(first.description == start)
        #expect(bucket.label(first) == label)
    }

    @Test func emptyPeriodsAreKeptAndCountsAddUp() {
        let entries = [
            Timeline.Entry(day: Self.day("2017-01-05"), relationClass: .materialConflict, goldstein: -10, source: "A"),
            Timeline.Entry(day: Self.day("2017-01-20"), relationClass: .verbalCooperation, goldstein: 4, source: "B"),
            Timeline.Entry(day: Self.day("2017-01-21"), relationClass: .verbalCooperation, goldstein: 2, source: "B"),
            Timeline.Entry(day: Self.day("2017-03-02"), relationClass: .neutral, goldstein: 0, source: "A"),
        ]
        let timeline = Timeline(entries, by: .month, from: Self.day("2016-12-15"), to: Self.day("2017-03-31"))
        #expect(timeline.rows.map(\.period) == ["2016-12", "2017-01", "2017-02", "2017-03"])
        #expect(timeline.rows.map(\.facts) == [0, 3, 0, 1])
        let january = timeline.rows[1]
        #expect(january.sources == 2)
        #expect(january.classes["verbal-cooperation"] == 2)
        #expect(january.classes["material-conflict"] == 1)
        #expect(january.classes["structural"] == 0)
        #expect(january.meanGoldstein == -4.0 / 3.0)
        #expect(january.balance == 1.0 / 3.0)
        #expect(timeline.rows[3].balance == nil)
        #expect(timeline.rows[0].meanGoldstein == nil)
    }

    @Test func sparklinesScaleToTheSeries() {
        #expect(Timeline.sparkline([0, 1, 2, 3, 4, 5, 6, 7]) == "▁▂▃▄▅▆▇█")
        #expect(Timeline.sparkline([2, nil, 2]) == "▅ ▅")
        #expect(Timeline.sparkline([]) == "")
    }
}
