import Foundation
import Testing
import EntenteTestSupport

/// `KYIV, Sept 4 (Reuters) -`: the facts take the publication's year, or the commands say on
/// stderr that they are undated.
@Suite struct YearlessDatelineCommandTests {
    static let body = "KYIV, Sept 4 (Reuters) - Ukraine accused Russia of shelling Kharkiv.\n"

    @Test func theFactsTakeThePublicationYear() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let file = try scratch.write("dated.txt", "Ukraine and Russia swap prisoners\n\nPublished: 2019-09-05\n\n" + Self.body)
        let db = scratch.path("d.sqlite")
        let ingested = try Entente.run(["ingest", "--db", db, file])
        #expect(ingested.status == 0 && ingested.stderr.isEmpty, "\(ingested.stderr)")
        let facts = try Entente.run(["facts", "--db", db, "--format", "csv"])
        #expect(facts.stdout.contains("\n2019-09-04,Ukraine,"), "\(facts.stdout)")
    }

    @Test func withoutAPublicationDateTheCommandsSayTheFactsAreUndated() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let file = try scratch.write("undated.txt", "Ukraine and Russia swap prisoners\n\n" + Self.body)
        let warning = "Warning: \(file): the dateline gives 'Sept 4' without a year and the article has no publication date, so its facts are undated"
        let db = scratch.path("u.sqlite")
        let ingested = try Entente.run(["ingest", "--db", db, file])
        #expect(ingested.status == 0)
        #expect(ingested.stderr.hasPrefix(warning), "\(ingested.stderr)")
        let extracted = try Entente.run(["extract", "--format", "table", file])
        #expect(extracted.status == 0)
        #expect(extracted.stderr.hasPrefix(warning), "\(extracted.stderr)")
        // Stored again, it is unchanged: no second warning.
        #expect(try Entente.run(["ingest", "--db", db, file]).stderr.isEmpty)
    }
}
