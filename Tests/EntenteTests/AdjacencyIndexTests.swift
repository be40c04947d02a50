import Entente
import EntenteTestSupport
import Foundation
import Testing

/// The in-memory adjacency index must answer every search exactly as SQL does.
@Suite struct AdjacencyIndexTests {
    static let searches = [
        #"MATCH ("Russia")-[r*1..2]-(b) RETURN DISTINCT b"#,
        #"MATCH ("Russia")-[r*1..3]-(b) RETURN DISTINCT b"#,
        #"MATCH ("Russia")-[r*2..3]-(b) RETURN DISTINCT b"#,
        #"MATCH ("Turkey")-[r*1..3]->(b) RETURN DISTINCT b"#,
        #"MATCH ("Hezbollah")<-[r*1..2]-(b) RETURN DISTINCT b"#,
        #"MATCH ("Iran")-[r:supports|arms*1..3]->(b) RETURN DISTINCT b"#,
        #"MATCH ("Turkey")-[r:material-conflict*1..2]-(b) RETURN DISTINCT b"#,
        #"MATCH ("Russia")-[r*1..3]-(b) DURING 2016..2017 RETURN DISTINCT b"#,
        #"MATCH ("Russia")-[r*1..3]-(b) WITHIN 2016-08..2017-03 RETURN DISTINCT b"#,
        #"MATCH ("Russia")-[r*1..3]-(b:organisation) RETURN DISTINCT b"#,
        #"SHORTEST FROM "Egypt" TO "Iran" MAX 5"#,
        #"ALL SHORTEST FROM "Iraq" TO "Hezbollah" MAX 5"#,
        #"SHORTEST FROM "Iraq" TO "Hezbollah" MAX 5 DIRECTED"#,
        #"SHORTEST FROM "Russia" TO "Kurdistan Workers' Party" VIA attacks|mediates MAX 4"#,
        #"ALL SHORTEST FROM "Iran" TO "United States" MAX 4 DURING 2017"#,
        #"PATHS FROM "Russia" TO "Syria" MAX 4"#,
        #"PATHS FROM "Russia" TO "Syria" MAX 4 LIMIT 3"#,
        #"PATHS FROM "Iran" TO "People's Protection Units" MAX 3 DURING 2016..2017"#,
    ]

    @Test(arguments: searches) func indexAndSQLAgree(_ query: String) throws {
        let store = try HandMadeGraph.sqliteStore()
        let indexed = store.withAdjacencyIndex()
        let plain = try HandMadeGraph.run(store, query)
        let fast = try HandMadeGraph.run(indexed, query)
        #expect(!plain.rows.isEmpty, "the query should find something: \(query)")
        #expect(fast == plain)
    }

    @Test func theIndexFollowsLaterWrites() throws {
        let store = try HandMadeGraph.sqliteStore().withAdjacencyIndex()
        let query = #"MATCH ("Egypt")-[r*1..2]-(b) RETURN DISTINCT b"#
        let before = HandMadeGraph.strings(try HandMadeGraph.run(store, query)).joined()
        #expect(!before.contains("Jordan"))
        _ = try store.ingest(
            ArticleExtraction(
                article: Article(origin: .triples, title: "later", source: "later", text: "later facts"),
                entities: [],
                facts: [
                    Fact(
                        subject: Entity(name: "Jordan", kind: .actor), predicate: "meets_with", object: Entity(name: "Egypt", kind: .actor),
                        date: FactDate(parsing: "2021-06"), confidence: 0.9)
                ]))
        let after = HandMadeGraph.strings(try HandMadeGraph.run(store, query)).joined()
        #expect(after.contains("Jordan"))
    }
}
