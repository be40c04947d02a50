import EntenteModel

/// Dates a sentence gives relative to the day it was published:
/// "yesterday", "on Monday", "last week", "earlier this month", "last year".
enum RelativeDate {
    static let weekdays = ["monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7]

    static let cueWords: Set<String> = [
        "yesterday", "today", "day", "week", "month", "year", "monday", "tuesday", "wednesday", "thursday", "friday",
        "saturday", "sunday",
    ]

    static func resolve(_ words: [String], published: CalendarDay) -> (FactDate, String)? {
        guard words.contains(where: cueWords.contains) else { return nil }
        func has(_ phrase: [String]) -> Bool {
            guard phrase.count <= words.count else { return false }
            return (0...(words.count - phrase.count)).contains { Array(words[$0..<($0 + phrase.count)]) == phrase }
        }
        if has(["yesterday"]), let day = published.adding(days: -1) { return (FactDate(day: day), "relative: yesterday") }
        if has(["today"]) || has(["on", "the", "same", "day"]) { return (FactDate(day: published), "relative: today") }
        // The day named first ("on Wednesday and Thursday": Wednesday), whatever order a dictionary keeps.
        if let name = words.first(where: { weekdays[$0] != nil }), let weekday = weekdays[name] {
            // The most recent such day before publication (news reports the past).
            // The day itself when it is the day of publication ("on Saturday" in Saturday's paper).
            let offset = (published.weekday - weekday + 7) % 7
            if let day = published.adding(days: -offset) { return (FactDate(day: day), "relative: \(name)") }
        }
        if has(["last", "week"]) || has(["past", "week"]) || has(["earlier", "this", "week"]) || has(["this", "week"]) {
            let back = has(["last", "week"]) ? -7 : -3
            if let day = published.adding(days: back) {
                return (FactDate(day: day), "relative: \(has(["last", "week"]) ? "last week" : "this week") (approximate day)")
            }
        }
        if has(["last", "month"]) {
            let (year, month) = published.month == 1 ? (published.year - 1, 12) : (published.year, published.month - 1)
            if let date = FactDate(year: year, month: month) { return (date, "relative: last month") }
        }
        if has(["this", "month"]) || has(["earlier", "this", "month"]) {
            if let date = FactDate(year: published.year, month: published.month) { return (date, "relative: this month") }
        }
        if has(["last", "year"]), let date = FactDate(year: published.year - 1) { return (date, "relative: last year") }
        if has(["this", "year"]) || has(["earlier", "this", "year"]), let date = FactDate(year: published.year) {
            return (date, "relative: this year")
        }
        return nil
    }
}
