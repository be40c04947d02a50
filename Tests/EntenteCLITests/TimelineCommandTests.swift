import Foundation
import Testing
import EntenteTestSupport

@Suite struct TimelineCommandTests {
    @Test func countsPerPeriodZeroFilled() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let db = try QueryCommandTests.graph(scratch)
        // Russia and Turkey in the hand-made graph: 2015-11 (2 facts), 2016-08 (2), 2017-03 (1).
        let csv = try Entente.run(["timeline", "--db", db, "Russia", "Turkey", "--by", "year", "--format", "csv"])
        #expect(csv.status == 0, "\(csv.stderr)")
        let lines = csv.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "period,facts,sources,verbal-cooperation,material-cooperation,verbal-conflict,material-conflict,neutral,structural,goldstein,balance")
        #expect(lines.dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false).prefix(2).joined(separator: ",") }
            == ["2015,2", "2016,2", "2017,1"])
        let table = try Entente.run(["timeline", "--db", db, "Turkey", "Russia", "--by", "quarter", "--since", "2016", "--until", "2016"])
        #expect(table.status == 0, "\(table.stderr)")
        #expect(table.stdout.hasPrefix("Turkey – Russia, by quarter\n"))
        for quarter in ["2016-Q1", "2016-Q2", "2016-Q3", "2016-Q4"] { #expect(table.stdout.contains(quarter)) }
        #expect(table.stdout.contains("\nbalance "))
    }

    @Test func jsonIsOneDocument() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let db = try QueryCommandTests.graph(scratch)
        let result = try Entente.run(["timeline", "--db", db, "United States", "People's Protection Units", "--direction", "out", "--format", "json"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(json["between"] as? [String] == ["United States", "People's Protection Units"])
        let rows = try #require(json["rows"] as? [[String: Any]])
        #expect(rows.count == 13)  // 2016-05 to 2017-05, by month
        #expect(rows.map { $0["facts"] as? Int ?? -1 }.reduce(0, +) == 3)
    }

    @Test func badRequestsAreExplained() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let db = try QueryCommandTests.graph(scratch)
        let reversed = try Entente.run(["timeline", "--db", db, "Russia", "Turkey", "--since", "2017", "--until", "2016"])
        #expect(reversed.status == 64)
        #expect(reversed.stderr.hasPrefix("Error: Please give an --until (2016) that is not before --since (2017)."))
        let unknown = try Entente.run(["timeline", "--db", db, "Rusia", "Turkey"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr == "Error: no entity named 'Rusia'; did you mean 'Russia'?\n")
        let empty = try Entente.run(["timeline", "--db", db, "Egypt", "Hezbollah"])
        #expect(empty.status != 0)
        #expect(empty.stderr.contains("There are no dated facts between Egypt and Hezbollah."))
        let badPeriod = try Entente.run(["timeline", "--db", db, "Russia", "Turkey", "--by", "fortnight"])
        #expect(badPeriod.status == 64)
    }
}

@Suite struct ChangesCommandTests {
    @Test func aChronologyNewestFirstWithNegationsInWords() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let db = try QueryCommandTests.graph(scratch)
        let result = try Entente.run(["changes", "--db", db, "Syria", "--since", "2016"])
        #expect(result.status == 0, "\(result.stderr)")
        let dated = result.stdout.split(separator: "\n").filter { $0.first?.isNumber == true }
        #expect(dated == [
            "2017-03-23  Turkey clashes with Syria — reported as not happening",
            "2017-03-23  Russia mediates Syria",
            "2016-01-10  Syria supports Hezbollah",
        ])
        #expect(result.stdout.hasPrefix("Syria: 3 facts, newest first\n"))
        let json = try Entente.run(["changes", "--db", db, "Syria", "--limit", "1", "--format", "json"])
        let rows = try #require((try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])?["changes"] as? [[String: Any]])
        #expect(rows.count == 1)
        #expect(rows.first?["date"] as? String == "2017-03-23")
    }
}
