import Foundation
import Testing
import EntenteTestSupport

/// `entente index build|status|drop`, and the index file the writing commands leave beside the database.
@Suite struct IndexCommandTests {
    static func status(_ db: String) throws -> [String: Any] {
        let result = try Entente.run(["index", "status", "--db", db, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        return try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any] ?? [:]
    }

    @Test func anImportWritesTheFileAndDropAndBuildRemoveAndRestoreIt() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let db = try QueryCommandTests.graph(scratch)
        let file = db + ".adjacency"
        #expect(FileManager.default.fileExists(atPath: file))
        let written = try Self.status(db)
        #expect(written["state"] as? String == "current")
        // The hand-made graph's 27 facts but its one negated fact, which no search follows.
        #expect(written["facts"] as? Int == 26)

        let dropped = try Entente.run(["index", "drop", "--db", db])
        #expect(dropped.status == 0 && dropped.stdout == "Removed \(file).\n", "\(dropped.stdout)\(dropped.stderr)")
        #expect(!FileManager.default.fileExists(atPath: file))
        #expect(try Self.status(db)["state"] as? String == "absent")
        let again = try Entente.run(["index", "drop", "--db", db])
        #expect(again.status == 0 && again.stdout == "\(file): no index file; nothing removed.\n")

        let built = try Entente.run(["index", "build", "--db", db])
        #expect(built.status == 0 && built.stdout.hasPrefix("\(file): current, "), "\(built.stdout)\(built.stderr)")
        #expect(try Self.status(db)["facts"] as? Int == written["facts"] as? Int)
    }

    @Test func aQueryAnswersTheSameWithADamagedFileAndAMergeWritesItAgain() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let db = try QueryCommandTests.graph(scratch)
        let query = ["query", "--db", db, #"MATCH ("Iran")-[r*1..2]-(b) RETURN DISTINCT b"#, "--format", "csv"]
        let expected = try Entente.run(query)
        #expect(expected.status == 0 && expected.stdout.contains("Hezbollah"), "\(expected.stderr)")

        // Damaged: one byte of the slices flipped.
        let file = db + ".adjacency"
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: file)))
        bytes[bytes.count / 2] ^= 0xff
        try Data(bytes).write(to: URL(fileURLWithPath: file))
        #expect(try Self.status(db)["state"] as? String == "damaged")
        let answered = try Entente.run(query)
        #expect(answered.stdout == expected.stdout && answered.stderr.isEmpty)
        #expect(try Self.status(db)["state"] as? String == "current")

        // A merge changes stored facts, and writes the file again as it finishes.
        let merged = try Entente.run(["merge", "--db", db, "Iran", "Hezbollah"])
        #expect(merged.status == 0, "\(merged.stderr)")
        #expect(try Self.status(db)["state"] as? String == "current")
        let after = try Entente.run(query)
        #expect(after.status == 0 && !after.stdout.contains("Hezbollah"))
    }

    @Test func aMissingDatabaseIsAnErrorNotAnEmptyStatus() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let missing = scratch.path("missing.sqlite")
        for command in ["status", "build", "drop"] {
            let result = try Entente.run(["index", command, "--db", missing])
            #expect(result.status == 1 && result.stderr.contains("no such database"), "\(command): \(result.stderr)")
            #expect(!FileManager.default.fileExists(atPath: missing) && !FileManager.default.fileExists(atPath: missing + ".adjacency"))
        }
    }
}
