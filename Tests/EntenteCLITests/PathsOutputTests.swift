import Foundation
import Testing
import EntenteTestSupport

/// Paths in a table wrap between hops instead of being cut at 100 characters, in `entente query`
/// and in `entente paths`, which answers as the PATHS query does.
@Suite struct PathsOutputTests {
    static let query = #"PATHS FROM "Iraq" TO "Hezbollah" MAX 6"#

    /// The table's rows, each with its continuation lines (indented by two spaces) joined back.
    static func rows(ofTable text: String) -> [String] {
        var rows: [String] = []
        for line in text.split(separator: "\n").dropFirst(2) {
            if line.hasPrefix("  "), let last = rows.popLast() {
                rows.append(last + " " + line.dropFirst(2))
            } else {
                rows.append(String(line))
            }
        }
        return rows
    }

    @Test func aQueryTableWrapsLongPathsWhole() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let db = try QueryCommandTests.graph(scratch)
        let table = try Entente.run(["query", "--db", db, Self.query])
        #expect(table.status == 0, "\(table.stderr)")
        let csv = try Entente.run(["query", "--db", db, "--format", "csv", Self.query])
        let paths = csv.stdout.split(separator: "\n").dropFirst().map(String.init)
        #expect(paths.contains { $0.count > 100 }, "the fixture should have a path longer than a line")
        #expect(table.stdout.split(separator: "\n").allSatisfy { $0.count <= 100 }, "\(table.stdout)")
        #expect(!table.stdout.contains("…"), "\(table.stdout)")
        #expect(Self.rows(ofTable: table.stdout) == paths)
    }

    @Test func thePathsCommandAnswersAsThePathsQuery() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let db = try QueryCommandTests.graph(scratch)
        for format in ["table", "json", "csv"] {
            let command = try Entente.run(["paths", "--db", db, "Iraq", "Hezbollah", "--max", "6", "--format", format])
            let query = try Entente.run(["query", "--db", db, "--format", format, Self.query])
            #expect(command.status == 0, "\(command.stderr)")
            #expect(command.stdout == query.stdout, "\(format)")
        }
        let directed = try Entente.run(["paths", "--db", db, "Iran", "Hezbollah", "--via", "supports,arms", "--max", "2", "--directed", "--format", "csv"])
        let directedQuery = try Entente.run(["query", "--db", db, "--format", "csv", #"PATHS FROM "Iran" TO "Hezbollah" VIA supports|arms MAX 2 DIRECTED"#])
        #expect(directed.status == 0, "\(directed.stderr)")
        #expect(directed.stdout == directedQuery.stdout)
        let shortest = try Entente.run(["paths", "--db", db, "Iraq", "Hezbollah", "--shortest", "--max", "6", "--format", "csv"])
        #expect(shortest.stdout.split(separator: "\n").count == 2, "\(shortest.stdout)")
    }

    @Test(arguments: [
        (["Iraq", "Hezbolah"], Int32(1), "no entity named 'Hezbolah'; did you mean 'Hezbollah'?"),
        (["Iraq", "Hezbollah", "--max", "7"], 64, "Please give a --max from 1 to 6, not 7."),
        (["Iraq", "Hezbollah", "--limit", "0"], 64, "Please give a --limit of at least 1, not 0."),
        (["Iraq", "Hezbollah", "--via", "supports'; DROP TABLE fact"], 64, "Please give --via as predicates or relation classes"),
        (["Iraq", "Hezbollah", "--via", "suports"], 1, "= did you mean 'supports'?"),
        (["Iraq", "Hezbollah", "--max", "1"], 1, "No path of at most 1 relation between Iraq and Hezbollah."),
        (["", "Hezbollah"], 64, "Please give a name for <from>, not an empty one."),
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
