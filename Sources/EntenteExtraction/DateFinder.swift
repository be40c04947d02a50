public import EntenteModel

/// Finds calendar dates written the ways news pages write them.
///
/// `2017-03-23`, `March 23, 2017`, `23 March 2017`, `Feb. 4, 2017`,
/// `Thursday, 5 March 2020`, `March 2017`, and the garbled dateline
/// `21:17 GMT +323 March 2017`, where a time-zone offset ran into the day.
/// A day and month without a year take the year of `defaultYear`, or, given the publication
/// day, the year that puts them nearest to it (`Dec 30` in an article of 3 January 2020 is
/// 2019-12-30).
public enum DateFinder {
    public struct Found: Sendable, Hashable {
        public var date: FactDate
        /// Token indices the date spans.
        public var range: Range<Int>
    }

    static let months: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
        "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
        "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    ]

    /// Every date in `tokens`, left to right.
    public static func dates(in tokens: [Token], defaultYear: Int? = nil) -> [Found] {
        dates(in: tokens, yearless: defaultYear.map { year in { month, day in FactDate(year: year, month: month, day: day) } })
    }

    /// Every date in `tokens`, left to right; a day and month without a year take the year that
    /// puts them nearest to `published` (the year before, of, or after it).
    public static func dates(in tokens: [Token], published: CalendarDay?) -> [Found] {
        dates(in: tokens, yearless: published.map { published in { month, day in nearest(month: month, day: day, to: published) } })
    }

    /// The day `month`/`day` falls on in the year that puts it nearest to `published`.
    public static func nearest(month: Int, day: Int, to published: CalendarDay) -> FactDate? {
        let candidates = [published.year - 1, published.year, published.year + 1].compactMap { year in
            FactDate(year: year, month: month, day: day).map { (date: $0, distance: abs($0.start.dayNumber - published.dayNumber)) }
        }
        return candidates.min { $0.distance < $1.distance }?.date
    }

    /// The text of a day and month with no year that opens `tokens` (a dateline such as
    /// `KYIV, Sept 4 (Reuters) -`), or nil when the opening words have no such date or give a year.
    public static func yearlessDate(openingWithin limit: Int, of tokens: [Token]) -> String? {
        let opening = Array(tokens.prefix(limit))
        guard dates(in: opening).isEmpty, let found = dates(in: opening, defaultYear: 2000).first else { return nil }
        return opening[found.range].map(\.text).joined(separator: " ")
    }

    /// Every date in `tokens`; `yearless` dates a day and month written without a year.
    static func dates(in tokens: [Token], yearless: ((Int, Int) -> FactDate?)?) -> [Found] {
        var found: [Found] = []
        var i = 0
        while i < tokens.count {
            if let match = date(at: i, in: tokens, yearless: yearless) {
                found.append(match)
                i = match.range.upperBound
            } else if tokens[i].kind == .number, i + 1 < tokens.count, monthNumber(tokens[i + 1]) != nil {
                // "31 February 2017" names no day; its month must not be read alone.
                i += year(tokens, i + 2) == nil ? 2 : 3
            } else {
                i += 1
            }
        }
        return found
    }

    /// Parses a whole string as a date, as a dateline or a JSON field gives it.
    public static func firstDate(in text: String) -> FactDate? {
        let scalars = Array(text.unicodeScalars)
        return dates(in: Tokenizer.tokens(scalars, in: 0..<scalars.count)).first?.date
    }

    /// Years read as dates; a number outside them (`3 March 2999`, a typo or a code) is not a date.
    public static let plausibleYears = 1800...2100

    static func date(at i: Int, in tokens: [Token], yearless: ((Int, Int) -> FactDate?)?) -> Found? {
        let token = tokens[i]
        // ISO: 2017-03-23 or 2017-03, with no spaces.
        if token.kind == .number, token.text.count == 4, let year = Int(token.text), plausibleYears.contains(year) {
            if let month = number(tokens, i + 2, digits: 2), punct(tokens, i + 1, "-"), adjacent(tokens, i + 1, i + 2) {
                if let day = number(tokens, i + 4, digits: 2), punct(tokens, i + 3, "-"), adjacent(tokens, i + 3, i + 4),
                    let date = FactDate(year: year, month: month, day: day)
                {
                    return Found(date: date, range: i..<(i + 5))
                }
                if let date = FactDate(year: year, month: month) { return Found(date: date, range: i..<(i + 3)) }
            }
            return nil
        }
        // Day Month [Year]: "23 March 2017", "+323 March 2017".
        if token.kind == .number, let rawDay = Int(token.text), i + 1 < tokens.count,
            let month = monthNumber(tokens[i + 1])
        {
            let day = plausibleDay(rawDay)
            var end = i + 2
            if punct(tokens, end, ".") { end += 1 }
            if let year = year(tokens, end), let day, let date = FactDate(year: year, month: month, day: day) {
                return Found(date: date, range: i..<(end + 1))
            }
            if let yearless, let day, !implausibleYear(tokens, end), let date = yearless(month, day) {
                return Found(date: date, range: i..<end)
            }
            return nil
        }
        // Month Day[,] Year, Month Year, Month Day.
        if let month = monthNumber(token) {
            var next = i + 1
            if punct(tokens, next, ".") { next += 1 }
            if next < tokens.count, tokens[next].kind == .number, let day = Int(tokens[next].text), (1...31).contains(day),
                tokens[next].text.count <= 2
            {
                var yearIndex = next + 1
                if punct(tokens, yearIndex, ",") { yearIndex += 1 }
                if let year = year(tokens, yearIndex), let date = FactDate(year: year, month: month, day: day) {
                    return Found(date: date, range: i..<(yearIndex + 1))
                }
                if let yearless, !implausibleYear(tokens, yearIndex), let date = yearless(month, day) {
                    return Found(date: date, range: i..<(next + 1))
                }
                return nil
            }
            // "March 2017" needs a full month name: "Mar 2017" is rare, "May 2017" is not.
            if let year = year(tokens, next), token.text.count >= 3, let date = FactDate(year: year, month: month) {
                return Found(date: date, range: i..<(next + 1))
            }
        }
        return nil
    }

    private static func monthNumber(_ token: Token) -> Int? {
        guard token.kind == .word, token.isCapitalised, let month = months[token.lower] else { return nil }
        // "May" and "March" are also words; a capital letter and a number next to them decide.
        return month
    }

    /// A day number as written; a garbled `323` (zone `+3` run into day `23`) keeps its last digits.
    private static func plausibleDay(_ raw: Int) -> Int? {
        if (1...31).contains(raw) { return raw }
        if (1...31).contains(raw % 100) { return raw % 100 }
        if (1...9).contains(raw % 10) { return raw % 10 }
        return nil
    }

    private static func year(_ tokens: [Token], _ i: Int) -> Int? {
        guard i < tokens.count, tokens[i].kind == .number, tokens[i].text.count == 4, let year = Int(tokens[i].text),
            plausibleYears.contains(year)
        else { return nil }
        return year
    }

    /// A year is written there, but not a plausible one: the date is not the default year's either.
    private static func implausibleYear(_ tokens: [Token], _ i: Int) -> Bool {
        guard i < tokens.count, tokens[i].kind == .number, tokens[i].text.count == 4, let year = Int(tokens[i].text) else { return false }
        return !plausibleYears.contains(year)
    }

    private static func number(_ tokens: [Token], _ i: Int, digits: Int) -> Int? {
        guard i < tokens.count, tokens[i].kind == .number, tokens[i].text.count == digits else { return nil }
        return Int(tokens[i].text)
    }

    private static func punct(_ tokens: [Token], _ i: Int, _ text: String) -> Bool {
        i < tokens.count && tokens[i].kind == .punctuation && tokens[i].text == text
    }

    private static func adjacent(_ tokens: [Token], _ a: Int, _ b: Int) -> Bool {
        b < tokens.count && tokens[a].end == tokens[b].start
    }
}
