import Foundation
import GRDB
import Testing
import EntenteTestSupport

/// Several `entente` processes on one database: readers while a writer imports, two writers
/// at once, and a writer that cannot get the lock.
@Suite(.serialized) struct ConcurrencyTests {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("EntenteTests/Fixtures/events/gdelt2-slice.tsv").path

    /// GDELT rows from the fixture, renumbered from `first`, every one with both actors.
    static func events(_ scratch: Scratch, _ name: String, rows: Int, first: Int) throws -> String {
        let lines = try String(contentsOfFile: fixture, encoding: .utf8).split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
            // Rows whose two actors have a country: each becomes a fact wherever it happened.
            .filter { !$0[7].isEmpty && !$0[17].isEmpty }
        var text = ""
        for index in 0..<rows {
            var fields = lines[index % lines.count].map(String.init)
            fields[0] = String(first + index)
            text += fields.joined(separator: "\t") + "\n"
        }
        return try scratch.write(name, text)
    }

    static func start(_ arguments: [String]) throws -> (Process, Pipe) {
        let process = Process()
        process.executableURL = Entente.binary
        process.arguments = arguments
        let errors = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        try process.run()
        return (process, errors)
    }

    static func count(_ db: String) throws -> Int {
        try DatabaseQueue(path: db).read { try Int.fetchOne($0, sql: "SELECT count(*) FROM fact")! }
    }

    @Test func readersNeverSeeALockWhileAWriterImports() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let db = scratch.path("shared.sqlite")
        #expect(try Entente.run(["demo", "--db", db]).status == 0)
        let file = try Self.events(scratch, "big.tsv", rows: 20_000, first: 1)
        let (writer, writerErrors) = try Self.start(["import", "gdelt", "--db", db, "--batch-size", "100", file])
        var reads = 0
        var readsDuringWrite = 0
        var failures: [String] = []
        // Three readers in turn, each a separate process, for as long as the writer runs.
        let queries: [[String]] = [
            ["query", "--db", db, "MATCH (a)-[r]->(b) RETURN count(r)"],
            ["stats", "--db", db, "--format", "json"],
            ["facts", "--db", db, "--about", "Turkey", "--limit", "5"],
        ]
        while writer.isRunning || reads < 6 {
            if writer.isRunning { readsDuringWrite += 1 }
            let result = try Entente.run(queries[reads % queries.count])
            reads += 1
            if result.status != 0 { failures.append(result.stderr) }
            if reads > 2_000 { break }
        }
        writer.waitUntilExit()
        let writerMessage = String(decoding: writerErrors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(writer.terminationStatus == 0, "\(writerMessage)")
        #expect(failures.isEmpty, "readers failed: \(failures.prefix(3))")
        #expect(readsDuringWrite >= 3, "the readers should overlap the import")
    }

    @Test func twoWritersTakeTurnsAndBothFinish() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let db = scratch.path("shared.sqlite")
        #expect(try Entente.run(["demo", "--db", db]).status == 0)
        let before = try Self.count(db)
        let first = try Self.events(scratch, "a.tsv", rows: 3_000, first: 1)
        let second = try Self.events(scratch, "b.tsv", rows: 3_000, first: 1_000_000)
        let writers = try [first, second].map { try Self.start(["import", "gdelt", "--db", db, "--batch-size", "50", $0]) }
        for (process, errors) in writers {
            process.waitUntilExit()
            let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            #expect(process.terminationStatus == 0, "\(message)")
        }
        #expect(try Self.count(db) == before + 6_000)
        let duplicates = try DatabaseQueue(path: db).read {
            try Int.fetchOne($0, sql: "SELECT count(*) - count(DISTINCT external_id) FROM fact WHERE external_id IS NOT NULL")!
        }
        #expect(duplicates == 0)
    }

    @Test func aWriterThatCannotGetTheLockSaysSoAndChangesNothing() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let db = scratch.path("shared.sqlite")
        #expect(try Entente.run(["demo", "--db", db]).status == 0)
        let before = try Self.count(db)
        let file = try Self.events(scratch, "c.tsv", rows: 100, first: 1)
        // This test holds the write lock, as another Entente process in the middle of an import would.
        var configuration = Configuration()
        configuration.allowsUnsafeTransactions = true
        let holder = try DatabaseQueue(path: db, configuration: configuration)
        try holder.inDatabase { db in try db.execute(sql: "BEGIN IMMEDIATE") }
        let blocked = try Entente.run(["import", "gdelt", "--db", db, "--busy-timeout", "1", file])
        let reader = try Entente.run(["stats", "--db", db])
        try holder.inDatabase { db in try db.execute(sql: "ROLLBACK") }
        #expect(blocked.status == 1)
        #expect(blocked.stderr.contains("another process is writing to the database and kept it locked past the busy timeout; nothing was changed"))
        #expect(reader.status == 0, "a reader does not wait for the writer: \(reader.stderr)")
        #expect(try Self.count(db) == before)
    }
}
