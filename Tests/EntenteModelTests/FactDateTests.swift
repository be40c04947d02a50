import EntenteModel
import Testing

@Suite struct FactDateTests {
    @Test(arguments: [
        ("2017", "2017-01-01", "2017-12-31", DatePrecision.year),
        ("2017-03", "2017-03-01", "2017-03-31", .month),
        ("2016-02", "2016-02-01", "2016-02-29", .month),
        ("2017-02", "2017-02-01", "2017-02-28", .month),
        ("2017-03-23", "2017-03-23", "2017-03-23", .day),
    ])
    func parsesEachPrecision(text: String, start: String, end: String, precision: DatePrecision) throws {
        let date = try #require(FactDate(parsing: text))
        #expect(date.start.description == start)
        #expect(date.end.description == end)
        #expect(date.precision == precision)
        #expect(date.description == text)
    }

    @Test(arguments: ["2017-13", "2017-02-30", "2015-02-29", "17-03-01", "2017-3-1", "2017/03/01", "", "20170", "２０１７"])
    func rejectsDatesThatDoNotExist(text: String) {
        #expect(FactDate(parsing: text) == nil)
    }

    @Test func dayNumbersRoundTrip() throws {
        for dayNumber in stride(from: -719_162, through: 2_932_896, by: 997) {
            let day = try #require(CalendarDay(dayNumber: dayNumber))
            #expect(day.dayNumber == dayNumber)
        }
        #expect(CalendarDay(year: 1970, month: 1, day: 1)?.dayNumber == 0)
        #expect(CalendarDay(year: 2017, month: 3, day: 23)?.dayNumber == 17_248)
    }

    @Test func weekdays() {
        // 23 March 2017 was a Thursday; 29 February 2016 a Monday.
        #expect(CalendarDay(year: 2017, month: 3, day: 23)?.weekday == 4)
        #expect(CalendarDay(year: 2016, month: 2, day: 29)?.weekday == 1)
    }
}
