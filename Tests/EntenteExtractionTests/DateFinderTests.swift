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

    /// Two weekdays in one sentence: the one named first, in every process (a dictionary's order
    /// changes from one run to the next).
    @Test func ofTwoWeekdaysTheOneNamedFirstIsTheDate() throws {
        let published = try #require(CalendarDay(iso: "2017-03-23"))  // a Thursday
        let forward = try #require(RelativeDate.resolve(["on", "monday", "and", "tuesday"], published: published))
        let backward = try #require(RelativeDate.resolve(["on", "tuesday", "and", "monday"], published: published))
        #expect(forward.0.description == "2017-03-20")
        #expect(backward.0.description == "2017-03-21")
    }
}

/// A dateline without a year (`KYIV, Sept 4 (Reuters) -`): the year nearest the publication date,
/// or, without one, a warning that the facts are undated.
@Suite struct YearlessDatelineTests {
    static func tokens(_ text: String) -> [Token] {
        let scalars = Array(text.unicodeScalars)
        return Tokenizer.tokens(scalars, in: 0..<scalars.count)
    }

    @Test(arguments: [
        ("KYIV, Sept 4 (Reuters) -", "2019-09-05", "2019-09-04"),
        ("KYIV, Dec 30 (Reuters) -", "2020-01-03", "2019-12-30"),
        ("GENEVA, Jan 2 (Reuters) -", "2019-12-28", "2020-01-02"),
        ("MOSCOW, 4 September (AFP) —", "2019-09-05", "2019-09-04"),
    ])
    func takesTheYearNearestThePublication(dateline: String, published: String, expected: String) throws {
        let day = try #require(CalendarDay(iso: published))
        let found = try #require(DateFinder.dates(in: Self.tokens(dateline), published: day).first)
        #expect(found.date.description == expected)
    }

    @Test func aDatelineWithoutAYearIsFoundOnlyWithoutOne() {
        #expect(DateFinder.yearlessDate(openingWithin: 12, of: Self.tokens("KYIV, Sept 4 (Reuters) - Ukraine said")) == "Sept 4")
        #expect(DateFinder.yearlessDate(openingWithin: 12, of: Self.tokens("KYIV, Sept 4, 2019 (Reuters) - Ukraine said")) == nil)
        #expect(DateFinder.yearlessDate(openingWithin: 12, of: Self.tokens("Ukraine said on Monday that talks were over")) == nil)
    }

    @Test func aPageWithoutAPublicationDateSaysItsFactsAreUndated() {
        let page = PageReader.read("Ukraine and Russia swap prisoners\n\nKYIV, Sept 4 (Reuters) - Ukraine accused Russia of shelling Kharkiv.\n")
        #expect(page.yearlessDateline == "Sept 4")
        #expect(page.yearlessDatelineWarning(file: "b.txt")?.hasPrefix("b.txt: the dateline gives 'Sept 4' without a year") == true)
        let dated = PageReader.read("Ukraine and Russia swap prisoners\n\nPublished: 2019-09-05\n\nKYIV, Sept 4 (Reuters) - Ukraine accused Russia of shelling Kharkiv.\n")
        #expect(dated.published?.description == "2019-09-05")
        #expect(dated.yearlessDateline == nil)
    }
}
