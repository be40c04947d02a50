import Foundation
import Testing
import EntenteTestSupport

/// `entente paths --in-time-order [--within gap]` answers as `PATHS … IN TIME ORDER` does, in
/// every format, and says plainly what is wrong with its options.
@Suite struct PathsInTimeOrderTests {
    @Test func theCommandAnswersAsTheQuery() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let db = try QueryCommandTests.graph(scratch)
        for format in ["table", "json", "csv"] {
            let command = try Entente.run(["paths", "--db", db, "Russia", "Hezbollah", "--max", "3", "--in-time-order", "--format", format])
            let query = try Entente.run(["query", "--db", db, "--format", format, #"PATHS FROM "Russia" TO "Hezbollah" MAX 3 IN TIME ORDER"#])
            #expect(command.status == 0, "\(command.stderr)")
            #expect(command.stdout == query.stdout, "\(format)")
        }
        let every = try Entente.run(["paths", "--db", db, "Russia", "Hezbollah", "--max", "3", "--format", "csv"])
        let ordered = try Entente.run(["paths", "--db", db, "Russia", "Hezbollah", "--max", "3", "--in-time-order", "--format", "csv"])
        let within = try Entente.run(["paths", "--db", db, "Russia", "Hezbollah", "--max", "3", "--in-time-order", "--within", "6m", "--format", "csv"])
        let (everyRows, orderedRows, withinRows) = (Self.rows(every.stdout), Self.rows(ordered.stdout), Self.rows(within.stdout))
        // Each a strict part of the one before: time order drops paths, and a gap drops more.
        #expect(orderedRows.isSubset(of: everyRows) && orderedRows.count < everyRows.count)
        #expect(withinRows.isSubset(of: orderedRows) && withinRows.count < orderedRows.count)
        #expect(withinRows.contains("Russia –supports→ Syria (2015-09-30) · Syria –supports→ Hezbollah (2016-01-10)"))
    }

    static func rows(_ csv: String) -> Set<String> { Set(csv.split(separator: "\n").dropFirst().map(String.init)) }

    @Test(arguments: [
        (["Russia", "Hezbollah", "--within", "30d"], Int32(64), "add --in-time-order"),
        (["Russia", "Hezbollah", "--in-time-order", "--within", "3x"], 64, "Please give --within as a number of days, weeks, months or years"),
        (["Russia", "Hezbollah", "--in-time-order", "--within", "30d; DROP TABLE fact"], 64, "Please give --within"),
        (["Iraq", "Hezbollah", "--max", "4", "--in-time-order"], 1, "No path of at most 4 relations between Iraq and Hezbollah in time order."),
        (["Iraq", "Hezbollah", "--max", "4", "--in-time-order", "--within", "2w"], 1, "in time order (each within 2w of the one before)."),
    ])
    func mistakesSayWhatIsWrong(arguments: [String], status: Int32, message: String) throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let db = try QueryCommandTests.graph(scratch)
        let result = try Entente.run(["paths", "--db", db] + arguments)
        #expect(result.status == status, "\(result.stderr)")
        #expect(result.stderr.contains(message), "\(result.stderr)")
    }
}
