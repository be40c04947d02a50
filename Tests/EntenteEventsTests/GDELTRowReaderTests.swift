import EntenteEvents
import EntenteModel
import Testing

/// GDELT rows to coded events, and the rows that cannot be one, each with why.
@Suite struct GDELTRowReaderTests {
    /// A GDELT 2.0 row (61 columns): Turkey's military attacks (190) Russia, in Ankara.
    static func row(id: String = "881990900", date: String = "20181024", code: String = "190", goldstein: String = "-10.0") -> [Substring] {
        var fields = [String](repeating: "", count: 61)
        fields[0] = id
        fields[1] = date
        fields[5] = "TURMIL"
        fields[6] = "TURKEY"
        fields[7] = "TUR"
        fields[12] = "MIL"
        fields[15] = "RUS"
        fields[16] = "RUSSIA"
        fields[17] = "RUS"
        fields[26] = code
        fields[27] = String(code.prefix(3))
        fields[28] = String(code.prefix(2))
        fields[29] = "4"
        fields[30] = goldstein
        fields[31] = "3"
        fields[32] = "1"
        fields[33] = "3"
        fields[51] = "4"
        fields[52] = "Ankara, Ankara, Turkey"
        fields[53] = "TU"
        fields[56] = "39.9272"
        fields[57] = "32.8644"
        fields[59] = "20181024143000"
        fields[60] = "https://example.org/story"
        return fields.map { Substring($0) }
    }

    @Test func aRowWithTwoKnownActorsIsAnEvent() throws {
        guard case .event(let event) = GDELTRowReader().read(Self.row()) else {
            Issue.record("not an event: \(GDELTRowReader().read(Self.row()))")
            return
        }
        #expect(event.externalID.hasSuffix("881990900"))
        #expect(event.subject.name == "Turkey")
        #expect(event.role == "military")
        #expect(event.object.name == "Russia")
        #expect(event.eventCode == "190")
        #expect(event.goldstein == -10)
        #expect(event.date == FactDate(parsing: "2018-10-24"))
        #expect(event.mentions == 3)
        #expect(event.confidence == GDELTRowReader.confidence)
    }

    @Test func aRowThatCannotBeAnEventSaysWhy() {
        let reader = GDELTRowReader()
        guard case .skipped(.wrongColumnCount(found: 3, _), _) = reader.read(["1", "2", "3"]) else {
            Issue.record("a short row was read")
            return
        }
        guard case .skipped(.invalidDate("2018102"), _) = reader.read(Self.row(date: "2018102")) else {
            Issue.record("a bad date was read")
            return
        }
        guard case .skipped(.invalidEventCode("19x"), _) = reader.read(Self.row(code: "19x")) else {
            Issue.record("a bad event code was read")
            return
        }
        guard case .skipped(.invalidNumber(column: "GoldsteinScale", value: "11"), _) = reader.read(Self.row(goldstein: "11")) else {
            Issue.record("a Goldstein score past 10 was read")
            return
        }
        guard case .skipped(.missingID, _) = reader.read(Self.row(id: "")) else {
            Issue.record("a row without an id was read")
            return
        }
        guard case .ignored = reader.read([""]) else {
            Issue.record("a blank line was not ignored")
            return
        }
    }

    /// The memo of a long import (codes, the last row's article) changes nothing a row reads as:
    /// rows of one article, a new URL, the same URL added another day, an unknown code, a bad count.
    @Test func aMemoReadsEveryRowAsReadingWithoutOneDoes() {
        func row(_ id: String, code: String = "190", url: String = "https://example.org/story", added: String = "20181024143000", mentions: String = "3")
            -> [Substring]
        {
            var fields = Self.row(id: id, code: code)
            fields[31] = Substring(mentions)
            fields[59] = Substring(added)
            fields[60] = Substring(url)
            return fields
        }
        let rows = [
            row("1"), row("2", code: "042"), row("3", url: "https://example.org/other"), row("4", url: "https://example.org/other", added: "20181025000000"),
            row("5", code: "999"), row("6", mentions: "x"), row("7", url: ""), row("8", code: "042"),
        ]
        let reader = GDELTRowReader()
        var memo = GDELTRowReader.Memo()
        let withMemo = rows.map { reader.read($0, memo: &memo) }
        let without = rows.map { reader.read($0) }
        #expect(withMemo.map { "\($0)" } == without.map { "\($0)" })
        guard case .event(let fourth) = withMemo[3], case .event(let third) = withMemo[2] else {
            Issue.record("rows 3 and 4 are events")
            return
        }
        #expect(third.article.identity == fourth.article.identity)
        #expect(third.article.published != fourth.article.published, "a URL added on another day is published that day")
        if case .skipped(.unknownEventCode("999"), _) = withMemo[4] {} else { Issue.record("code 999 is not CAMEO's: \(withMemo[4])") }
    }
}
