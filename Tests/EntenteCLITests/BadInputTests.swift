import Foundation
import Testing
import EntenteTestSupport

/// Every bad input gets one clear line naming what and where, a non-zero exit, and no change.
@Suite struct BadInputTests {
    /// A database holding the example articles, and its statistics as JSON.
    static func populated(_ scratch: Scratch) throws -> (db: String, stats: String) {
        let db = scratch.path("graph.sqlite")
        let ingest = try Entente.run(["ingest", "--db", db, examplesDirectory])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        return (db, try Entente.run(["stats", "--db", db, "--format", "json"]).stdout)
    }

    static func expectUnchanged(_ db: String, _ stats: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let now = try Entente.run(["stats", "--db", db, "--format", "json"])
        #expect(now.stdout == stats, "the database changed", sourceLocation: sourceLocation)
    }

    @Test func aMissingFile() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let (db, stats) = try Self.populated(scratch)
        let missing = scratch.path("nope.txt")
        let result = try Entente.run(["ingest", "--db", db, missing])
        #expect(result.status == 1)
        #expect(result.stderr == "Error: \(missing): no such file or directory\n")
        try Self.expectUnchanged(db, stats)
    }

    @Test func aDirectoryWithNoArticles() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let (db, stats) = try Self.populated(scratch)
        let empty = scratch.path("empty")
        try scratch.write("empty/picture.png", "not an article")
        let result = try Entente.run(["ingest", "--db", db, empty])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("Error: \(empty): no article files in this directory"))
        try Self.expectUnchanged(db, stats)
    }

    @Test func oneBadFileAmongGoodOnes() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let db = scratch.path("graph.sqlite")
        let good = try scratch.write("in/a.txt", "Headline Of A Good Article\nPublished: 2017-03-23\n\nRussia met Turkey in Moscow on Monday.\n")
        let bad = try scratch.write("in/b.json", "{\"title\": \"no text\"}")
        let result = try Entente.run(["ingest", "--db", db, good, bad])
        #expect(result.status == 1)
        #expect(result.stderr == "Error: \(bad):1: the article has no \"text\" field\n")
        #expect(result.stdout.hasPrefix("Articles: 1 new, 0 unchanged, 1 failed"))
    }

    @Test func aFileThatIsNotADatabase() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let notes = try scratch.write("notes.txt", "my notes\n")
        for arguments in [["stats", "--db", notes], ["ingest", "--db", notes, examplesDirectory]] {
            let result = try Entente.run(arguments)
            #expect(result.status == 1)
            #expect(result.stderr == "Error: \(notes): not an SQLite database; nothing was changed\n")
        }
        #expect(try String(contentsOfFile: notes, encoding: .utf8) == "my notes\n")
    }

    @Test func aReadOnlyDatabase() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let (db, stats) = try Self.populated(scratch)
        let lock = try ReadOnlyFile(db)
        defer { lock.release() }
        let extra = try scratch.write("extra.txt", "Headline For The Extra One\nPublished: 2017-04-01\n\nIran met Iraq in Baghdad.\n")
        let result = try Entente.run(["ingest", "--db", db, extra])
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(db): the database is read-only; nothing was changed"))
        lock.release()
        try Self.expectUnchanged(db, stats)
    }

    @Test func aMissingDatabaseIsNotCreatedByReaders() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let db = scratch.path("typo.sqlite")
        let result = try Entente.run(["facts", "--db", db])
        #expect(result.status == 1)
        #expect(result.stderr == "Error: \(db): no such database (create one with 'entente ingest' or 'entente demo')\n")
        #expect(!FileManager.default.fileExists(atPath: db))
    }

    @Test func anUnknownFormat() throws {
        let result = try Entente.run(["stats", "--format", "xml"])
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("Error: The value 'xml' is invalid for '--format <format>'"))
    }

    @Test func badDatesAndBoundsOnTheCommandLine() throws {
        let badDate = try Entente.run(["facts", "--since", "2017-02-30"])
        #expect(badDate.status == 64)
        #expect(badDate.stderr.hasPrefix("Error: The value '2017-02-30' is invalid for '--since <since>'"))
        let reversed = try Entente.run(["facts", "--since", "2017", "--until", "2016"])
        #expect(reversed.status == 64)
        #expect(reversed.stderr.hasPrefix("Error: Please give an --until (2016) that is not before --since (2017)."))
    }

    @Test func anUnknownEntitySuggestsCloseNames() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let (db, _) = try Self.populated(scratch)
        let result = try Entente.run(["facts", "--db", db, "--about", "Turky"])
        #expect(result.status == 1)
        #expect(result.stderr == "Error: no entity named 'Turky'; did you mean 'Turkey'?\n")
    }
}

/// Makes a file unwritable even for root (the immutable attribute), or by mode for others.
struct ReadOnlyFile {
    let path: String
    let usesAttribute: Bool

    init(_ path: String) throws {
        self.path = path
        usesAttribute = getuid() == 0
        if usesAttribute {
            let chattr = Process()
            chattr.executableURL = URL(fileURLWithPath: "/usr/bin/chattr")
            chattr.arguments = ["+i", path]
            try chattr.run()
            chattr.waitUntilExit()
            #expect(chattr.terminationStatus == 0, "chattr +i failed; the read-only test needs a file system with attributes")
        } else {
            try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: path)
        }
    }

    func release() {
        if usesAttribute {
            let chattr = Process()
            chattr.executableURL = URL(fileURLWithPath: "/usr/bin/chattr")
            chattr.arguments = ["-i", path]
            try? chattr.run()
            chattr.waitUntilExit()
        } else {
            try? FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: path)
        }
    }
}
