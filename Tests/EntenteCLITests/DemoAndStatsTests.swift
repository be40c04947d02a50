import Foundation
import Testing
import EntenteTestSupport

@Suite struct DemoAndStatsTests {
    @Test func demoBuildsAGraphThatStatsReports() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        // The default database is entente.sqlite in the working directory.
        let demo = try Entente.run(["demo"], in: scratch.url)
        #expect(demo.status == 0, "\(demo.stderr)")
        #expect(demo.stdout.contains("from 10 example articles (10 new, 0 already stored)"))
        #expect(demo.stdout.contains("Next, try (from any directory):"))
        #expect(FileManager.default.fileExists(atPath: scratch.path("entente.sqlite")))
        // It names the file it wrote in full, and its suggestions work from anywhere.
        let database = URL(fileURLWithPath: scratch.path("entente.sqlite")).standardizedFileURL.path
        #expect(demo.stdout.hasPrefix("Built \(database) from"))
        let suggestions = demo.stdout.components(separatedBy: "Next, try (from any directory):\n").last?
            .split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { $0.hasPrefix("entente ") } ?? []
        #expect(suggestions.count == 4)
        let elsewhere = try Scratch()
        defer { elsewhere.remove() }
        for line in suggestions {
            // The scratch paths need no quoting, so the words split on spaces.
            let words = line.split(separator: " ").dropFirst().map(String.init)
            let result = try Entente.run(words, in: elsewhere.url)
            #expect(result.status == 0, "\(line): \(result.stderr)")
        }

        let stats = try Entente.run(["stats", "--format", "json"], in: scratch.url)
        #expect(stats.status == 0, "\(stats.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(stats.stdout.utf8)) as? [String: Any])
        #expect(json["articles"] as? Int == 10)
        #expect((json["facts"] as? Int ?? 0) >= 15)
        #expect((json["entities"] as? Int ?? 0) >= 15)
        #expect((json["articlesByOrigin"] as? [String: Int])?["article"] == 10)

        // Running the demo again stores nothing new.
        let again = try Entente.run(["demo"], in: scratch.url)
        #expect(again.stdout.contains("(0 new, 10 already stored)"))
        let statsAgain = try Entente.run(["stats", "--format", "json"], in: scratch.url)
        #expect(statsAgain.stdout == stats.stdout)
    }

    @Test func ingestSummarisesAndIsIdempotent() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let db = scratch.path("graph.sqlite")
        let first = try Entente.run(["ingest", "--db", db, examplesDirectory])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.hasPrefix("Articles: 10 new, 0 unchanged\n"))
        let second = try Entente.run(["ingest", "--db", db, examplesDirectory, "--format", "json"])
        let report = try #require(try JSONSerialization.jsonObject(with: Data(second.stdout.utf8)) as? [String: Any])
        #expect(report["articlesNew"] as? Int == 0)
        #expect(report["articlesUnchanged"] as? Int == 10)
        #expect(report["factsAdded"] as? Int == 0)
    }

    @Test func listingsComeInThreeFormats() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let db = scratch.path("graph.sqlite")
        _ = try Entente.run(["ingest", "--db", db, examplesDirectory])
        let table = try Entente.run(["facts", "--db", db, "--about", "Turkey", "--since", "2016-06", "--until", "2016-12"])
        #expect(table.status == 0, "\(table.stderr)")
        let lines = table.stdout.split(separator: "\n")
        #expect(lines.first?.hasPrefix("date        subject") == true)
        #expect(lines.dropFirst(2).allSatisfy { $0.hasPrefix("2016-") })
        #expect(lines.count > 2)

        let json = try Entente.run(["facts", "--db", db, "--about", "Turkey", "--format", "json"])
        let facts = try #require((try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])?["facts"] as? [[String: Any]])
        #expect(!facts.isEmpty)
        #expect(facts.allSatisfy { $0["subject"] as? String == "Turkey" || $0["object"] as? String == "Turkey" })

        let csv = try Entente.run(["entities", "--db", db, "--kind", "actor", "--format", "csv"])
        #expect(csv.stdout.hasPrefix("name,kind,type,code,facts,aliases\n"))
        #expect(csv.stdout.contains("Turkey,actor,state,TUR,"))

        let search = try Entente.run(["entities", "--db", db, "--search", "ankar", "--format", "json"])
        let entities = try #require((try JSONSerialization.jsonObject(with: Data(search.stdout.utf8)) as? [String: Any])?["entities"] as? [[String: Any]])
        // Turkey by its alias, and the city where the examples place an event.
        #expect(entities.map { $0["name"] as? String } == ["Turkey", "Ankara"])

        // Any word of a name or alias: `erdog` finds Recep Tayyip Erdogan; no word inside a word.
        let word = try Entente.run(["entities", "--db", db, "--search", "erdog", "--format", "csv"])
        #expect(word.stdout.contains("\nRecep Tayyip Erdogan,actor,person,"), "\(word.stdout)")
        let inside = try Entente.run(["entities", "--db", db, "--search", "rdogan", "--format", "csv"])
        #expect(!inside.stdout.contains("Erdogan"))
    }

    @Test func helpAndVersion() throws {
        let help = try Entente.run(["--help"])
        #expect(help.status == 0)
        for command in ["demo", "ingest", "extract", "import", "entities", "facts", "stats"] {
            #expect(help.stdout.contains("  \(command)"), "--help does not list \(command)")
        }
        for command in ["demo", "ingest", "extract", "entities", "facts", "stats", "migrate"] {
            let sub = try Entente.run([command, "--help"])
            #expect(sub.status == 0)
            #expect(sub.stdout.contains("entente \(command)"), "\(command) --help has no example")
        }
        let version = try Entente.run(["--version"])
        #expect(version.stdout == "0.1.0\n")
    }
}

@Suite struct StandaloneBinaryTests {
    @Test func aCopiedBinaryNeedsNoCheckout() throws {
        // Migrations, gazetteer, lexicon and example articles are built into the binary.
        let scratch = try Scratch()
        defer { scratch.remove() }
        let copy = scratch.url.appendingPathComponent("entente")
        try FileManager.default.copyItem(at: Entente.binary, to: copy)
        let process = Process()
        process.executableURL = copy
        process.arguments = ["demo", "--db", scratch.path("standalone.sqlite")]
        process.currentDirectoryURL = scratch.url
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(text)")
        #expect(text.contains("from 10 example articles (10 new"))
    }
}
