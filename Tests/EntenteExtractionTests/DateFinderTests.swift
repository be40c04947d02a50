@testable import EntenteExtraction
import EntenteModel
import Testing

@Suite struct DateFinderTests {
    @Test(arguments: [
        ("21:17 GMT +323 March 2017", "2017-03-23"),
        ("2017-03-23", "2017-03-23"),
        ("2017-03-23T21:17:00Z", "2017-03-23"),
        ("March 23, 2017", "2017-03-23"),
        ("23 March 2017", "2017-03-23"),
        ("Feb. 4, 2017", "2017-02-04"),
        ("Thursday, 5 March 2020", "2020-03-05"),
        ("on February 4, 2017", "2017-02-04"),
        ("in March 2017", "2017-03"),
        ("Published: 2017-03", "2017-03"),
    ])
    func readsDatesAsPagesWriteThem(text: String, expected: String) throws {
        let date = try #require(DateFinder.firstDate(in: text))
        #expect(date.description == expected)
    }

    @Test(arguments: ["31 February 2017", "the may be", "March on", "in 2017 troops", "no date here"])
    func findsNoDateWhereThereIsNone(text: String) {
        #expect(DateFinder.firstDate(in: text) == nil)
    }

    @Test func aDayWithoutAYearTakesThePublicationYear() throws {
        let scalars = Array("on February 4 the army".unicodeScalars)
        let tokens = Tokenizer.tokens(scalars, in: 0..<scalars.count)
        let found = try #require(DateFinder.dates(in: tokens, defaultYear: 2017).first)
        #expect(found.date.description == "2017-02-04")
    }

    @Test(arguments: [
        ("yesterday", "2017-03-22"),
        ("on monday", "2017-03-20"),
        ("on thursday", "2017-03-23"),
        ("last week", "2017-03-16"),
        ("earlier this month", "2017-03"),
        ("last month", "2017-02"),
        ("last year", "2016"),
    ])
    func resolvesRelativeDatesAgainstPublication(phrase: String, expected: String) throws {
        let published = try #require(CalendarDay(iso: "2017-03-23"))  // a Thursday
        let (date, reason) = try #require(RelativeDate.resolve(phrase.split(separator: " ").map(String.init), published: published))
        #expect(date.description == expected)
        #expect(reason.hasPrefix("relative"))
    }
}
