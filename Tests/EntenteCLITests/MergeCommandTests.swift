import Foundation
import Testing
import EntenteTestSupport

/// `entente entities --duplicates` and `entente merge`, as a user runs them: exit codes, argument
/// errors, JSON, and a wrong name that leaves the database byte for byte as it was.
@Suite struct MergeCommandTests {
    /// A database of ICEWS14-style rows naming one man two ways: `Franz` and `Frants Klintsevich`.
    static func graph(_ scratch: Scratch) throws -> String {
        let rows = try scratch.write(
            "klintsevich.tsv",
            """
            Franz Klintsevich\tMake statement\tUkraine\t2016-11-02
            Frants Klintsevich\tCriticize or denounce\tTurkey\t2015-11-25
            Turkey\tAccuse\tFrants Klintsevich\t2015-11-26

            """)
        let db = scratch.path("merge.sqlite")
        let imported = try Entente.run(["import", "icews", "--db", db, rows])
        #expect(imported.status == 0, "\(imported.stderr)")
        return db
    }

    /// The bytes of the database and of its write-ahead log (none and an empty one alike: a
    /// read-only open leaves an empty log, which holds nothing).
    static func bytes(_ db: String) -> [Data] {
        ["", "-wal"].map { FileManager.default.contents(atPath: db + $0) ?? Data() }
    }

    @Test func duplicatesListsTheNameVariantWithItsMergeCommand() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let db = try Self.graph(scratch)
        let table = try Entente.run(["entities", "--db", db, "--duplicates"])
        #expect(table.status == 0, "\(table.stderr)")
        let line = try #require(table.stdout.split(separator: "\n").first { $0.hasPrefix("name variant") }, "\(table.stdout)")
        #expect(line.contains("Franz Klintsevich") && line.contains("Frants Klintsevich"), "\(line)")
        #expect(line.contains("entente merge '#"), "\(line)")

        let json = try Entente.run(["entities", "--db", db, "--duplicates", "--format", "json"])
        #expect(json.status == 0, "\(json.stderr)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let pairs = try #require(document["duplicates"] as? [[String: Any]])
        let pair = try #require(pairs.first { $0["reason"] as? String == "name variant" })
        let names = [pair["first"], pair["second"]].compactMap { ($0 as? [String: Any])?["name"] as? String }
        #expect(Set(names) == ["Franz Klintsevich", "Frants Klintsevich"])
    }

    @Test func mergeMovesTheFactsAndPrintsWhatItDid() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let db = try Self.graph(scratch)
        let merged = try Entente.run(["merge", "--db", db, "Franz Klintsevich", "Frants Klintsevich", "--format", "json"])
        #expect(merged.status == 0, "\(merged.stderr)")
        let outcome = try #require(try JSONSerialization.jsonObject(with: Data(merged.stdout.utf8)) as? [String: Any])
        #expect((outcome["kept"] as? [String: Any])?["name"] as? String == "Franz Klintsevich")
        #expect((outcome["merged"] as? [String: Any])?["name"] as? String == "Frants Klintsevich")
        #expect(outcome["factsMoved"] as? Int == 2)

        // The merged name now finds the kept entity, with every fact.
        let facts = try Entente.run(["facts", "--db", db, "--about", "Frants Klintsevich", "--format", "csv"])
        #expect(facts.status == 0, "\(facts.stderr)")
        #expect(facts.stdout.split(separator: "\n").count == 4, "\(facts.stdout)")
        #expect(!facts.stdout.contains("Frants"), "\(facts.stdout)")
        let left = try Entente.run(["entities", "--db", db, "--duplicates", "--format", "csv"])
        #expect(left.status == 0)
        #expect(!left.stdout.contains("Klintsevich"), "\(left.stdout)")

        // A name and a code of one entity are one entity: nothing to merge.
        let again = try Entente.run(["merge", "--db", db, "Ukraine", "code:UKR"])
        #expect(again.status == 1, "merging Ukraine into itself: \(again.stdout)")
        #expect(again.stderr.contains("cannot be merged into itself"), "\(again.stderr)")
    }

    @Test func aTableNamesTheKeptAndTheMergedEntity() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let db = try Self.graph(scratch)
        let merged = try Entente.run(["merge", "--db", db, "Franz Klintsevich", "Frants Klintsevich"])
        #expect(merged.status == 0, "\(merged.stderr)")
        let lines = merged.stdout.split(separator: "\n")
        #expect(lines.first?.hasPrefix("kept") == true, "\(merged.stdout)")
        #expect(lines.count == 3 && lines[2].contains("Franz Klintsevich") && lines[2].contains("Frants Klintsevich"), "\(merged.stdout)")
    }

    struct Refusal: CustomTestStringConvertible, Sendable {
        var arguments: [String]
        var status: Int32
        var message: String
        var testDescription: String { arguments.joined(separator: " ") }
    }

    static let refusals: [Refusal] = [
        Refusal(arguments: ["merge", "Franz Klintsevich", "Frants Klintsevch"], status: 1,
                message: "no entity named 'Frants Klintsevch'; did you mean 'Frants Klintsevich'"),
        Refusal(arguments: ["merge", "Franz Klintsevitch", "Frants Klintsevich"], status: 1, message: "no entity named 'Franz Klintsevitch'"),
        Refusal(arguments: ["merge", "Franz Klintsevich", "Franz Klintsevich"], status: 1,
                message: "'Franz Klintsevich' (#"),
        Refusal(arguments: ["merge", "#999999", "Franz Klintsevich"], status: 1, message: "#999999"),
        Refusal(arguments: ["merge", "Franz Klintsevich"], status: 64, message: "Missing expected argument '<merged>'"),
        Refusal(arguments: ["merge", "", "Franz Klintsevich"], status: 64, message: "Please give a name for the entity to keep, not an empty one."),
        Refusal(arguments: ["merge", "Franz Klintsevich", ""], status: 64, message: "Please give a name for the entity to merge, not an empty one."),
        Refusal(arguments: ["merge", "Franz Klintsevich", "Frants Klintsevich", "--format", "xml"], status: 64,
                message: "The value 'xml' is invalid for '--format <format>'"),
        Refusal(arguments: ["entities", "--duplicates", "--kind", "actor"], status: 64,
                message: "Please use --duplicates without --kind or --search."),
        Refusal(arguments: ["entities", "--duplicates", "--search", "franz"], status: 64,
                message: "Please use --duplicates without --kind or --search."),
        Refusal(arguments: ["entities", "--duplicates", "--limit", "0"], status: 64, message: "Please give a --limit of at least 1."),
    ]

    @Test(arguments: refusals) func aRefusedMergeLeavesTheDatabaseByteForByte(_ refusal: Refusal) throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let db = try Self.graph(scratch)
        let before = Self.bytes(db)
        let result = try Entente.run(refusal.arguments + ["--db", db])
        #expect(result.status == refusal.status, "\(result.stderr)")
        #expect(result.stderr.contains(refusal.message), "\(result.stderr)")
        #expect(result.stdout.isEmpty, "\(result.stdout)")
        #expect(Self.bytes(db) == before, "the database changed")
    }

    @Test func aMissingDatabaseIsNotCreated() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let result = try Entente.run(["merge", "--db", scratch.path("none.sqlite"), "Iran", "Iraq"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("none.sqlite: no such database"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: scratch.path("none.sqlite")))
    }
}
