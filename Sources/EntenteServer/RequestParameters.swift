import Entente
import Foundation
import HTTPTypes
import Hummingbird

/// The query string of a request, read into typed values; a value that does not read is an
/// `APIError` naming the parameter and what it should be.
package struct RequestParameters: Sendable {
    private let values: [String: String]

    /// Parameters given as names and values (the MCP tools' arguments).
    package init(_ values: [String: String]) {
        self.values = values
    }

    /// Read as a form encodes them (`+` a space, `%XX` a byte), as browsers' `URLSearchParams`
    /// and `curl --data-urlencode` write them; a later value of a name replaces an earlier one.
    init(_ request: Request) {
        var values: [String: String] = [:]
        for pair in (request.uri.query ?? "").split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decoded(_ text: Substring) -> String {
                let spaced = text.replacingOccurrences(of: "+", with: " ")
                return spaced.removingPercentEncoding ?? spaced
            }
            values[decoded(parts[0])] = parts.count > 1 ? decoded(parts[1]) : ""
        }
        self.values = values
    }

    /// The text of `name`, nil when absent or empty.
    func text(_ name: String) -> String? {
        guard let value = values[name], !value.isEmpty else { return nil }
        return value
    }

    func required(_ name: String) throws(APIError) -> String {
        guard let value = text(name) else { throw .badParameter(name, "missing; please give it") }
        return value
    }

    func integer(_ name: String, in bounds: ClosedRange<Int>) throws(APIError) -> Int? {
        guard let value = text(name) else { return nil }
        guard let number = Int(value), bounds.contains(number) else {
            throw .badParameter(name, "expected a whole number from \(bounds.lowerBound) to \(bounds.upperBound), found '\(value)'")
        }
        return number
    }

    func date(_ name: String) throws(APIError) -> FactDate? {
        guard let value = text(name) else { return nil }
        guard let date = FactDate(parsing: value) else {
            throw .badParameter(name, "expected a date as YYYY, YYYY-MM or YYYY-MM-DD, found '\(value)'")
        }
        return date
    }

    func window(_ name: String) throws(APIError) -> TimeWindow? {
        guard let value = text(name) else { return nil }
        guard let window = TimeWindow(parsing: value), (1...365_000).contains(window.days) else {
            throw .badParameter(name, "expected a window from 1 day to 1000 years like 30d, 12w, 6m or 1y, found '\(value)'")
        }
        return window
    }

    func period(_ name: String) throws(APIError) -> Period {
        let value = try required(name)
        guard let period = Period(parsing: value) else {
            throw .badParameter(name, "expected a period like 2016, 2017-03 or 2016-01..2016-06, found '\(value)'")
        }
        return period
    }

    func choice<Choice: RawRepresentable & CaseIterable>(_ name: String, _ type: Choice.Type) throws(APIError) -> Choice?
    where Choice.RawValue == String {
        guard let value = text(name) else { return nil }
        guard let choice = Choice(rawValue: value) else {
            throw .badParameter(name, "expected one of \(Choice.allCases.map(\.rawValue).joined(separator: ", ")), found '\(value)'")
        }
        return choice
    }

    func flag(_ name: String) throws(APIError) -> Bool {
        guard let value = text(name) else { return false }
        switch value {
        case "true", "1", "yes": return true
        case "false", "0", "no": return false
        default: throw .badParameter(name, "expected true or false, found '\(value)'")
        }
    }

    /// `since` and `until`, checked to be in order.
    func dateRange() throws(APIError) -> (since: FactDate?, until: FactDate?) {
        let since = try date("since")
        let until = try date("until")
        if let since, let until, until.end < since.start {
            throw APIError(.badRequest, "parameter 'until' (\(until)) is before 'since' (\(since))")
        }
        return (since, until)
    }
}
