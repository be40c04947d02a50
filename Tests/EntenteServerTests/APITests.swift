import Entente
import EntenteServer
import EntenteTestSupport
import Foundation
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Every endpoint of the JSON API, called over HTTP on the real server reading the example graph.
@Suite struct APITests {
    @Test func healthSaysReadOnly() async throws {
        try await withServer { client in
            let answer = try await client.get("/api/health")
            #expect(answer.status == 200)
            #expect(answer.headers["content-type"]?.hasPrefix("application/json") == true)
            #expect(try answer.json["status"] as? String == "ok")
            #expect(try answer.json["readOnly"] as? Bool == true)
            // No CORS unless asked for.
            #expect(answer.headers["access-control-allow-origin"] == nil)
        }
    }

    @Test func queryAnswersColumnsAndRows() async throws {
        try await withServer { client in
            let answer = try await client.post("/api/query", #"{"query": "MATCH (a)-[r]->($target) RETURN a, r.date ORDER BY r.date", "params": {"target": "Turkey"}}"#)
            #expect(answer.status == 200, "\(answer.text)")
            let json = try answer.json
            #expect(json["columns"] as? [String] == ["a", "r.date"])
            let rows = try #require(json["rows"] as? [[Any]])
            #expect(rows.count > 3)
            #expect(rows.contains { $0.first as? String == "Russia" })
        }
    }

    @Test func queryMistakeAnswersItsPlaceAndCaret() async throws {
        try await withServer { client in
            let answer = try await client.post("/api/query", #"{"query": "MATCH (a)-[r]->(b)\nRETURN a, r, c"}"#)
            #expect(answer.status == 400)
            let json = try answer.json
            #expect(json["line"] as? Int == 2)
            #expect(json["column"] as? Int == 14)
            let caret = try #require(json["caret"] as? String)
            #expect(caret.contains("--> query:2:14"))
            #expect(caret.contains("RETURN a, r, c\n"))
            #expect(caret.contains("^"))
            #expect((json["error"] as? String)?.isEmpty == false)
        }
    }

    @Test func queryPastItsBudgetIsStopped() async throws {
        try await withServer { client in
            let answer = try await client.post(
                "/api/query", #"{"query": "MATCH (a)-[r]->(b) RETURN a, b", "budgets": {"maxRows": 2}}"#)
            #expect(answer.status == 422)
            #expect(try answer.json["error"] as? String == "the query returns more than 2 rows, its row budget; add a LIMIT")
        }
    }

    @Test func budgetsAreCappedByTheServer() async throws {
        var settings = ServerSettings(databasePath: ExampleDatabase.path)
        settings.budgets = ServerBudgets(
            defaults: QueryBudgets(maxRows: 3, maxExpansions: 1_000, timeout: 5), caps: QueryBudgets(maxRows: 5, maxExpansions: 1_000, timeout: 5))
        try await withServer(settings) { client in
            let asked = try await client.post("/api/query", #"{"query": "MATCH (a)-[r]->(b) RETURN a, b", "budgets": {"maxRows": 1000000}}"#)
            #expect(asked.status == 422)
            #expect(try asked.json["error"] as? String == "the query returns more than 5 rows, its row budget; add a LIMIT")
            let unasked = try await client.post("/api/query", #"{"query": "MATCH (a)-[r]->(b) RETURN a, b"}"#)
            #expect(try unasked.json["error"] as? String == "the query returns more than 3 rows, its row budget; add a LIMIT")
        }
    }

    @Test func malformedQueryBodiesAreRefused() async throws {
        try await withServer { client in
            for body in ["not json", #"{"params": {}}"#, #"{"query": "   "}"#, #"{"query": "MATCH (a) RETURN a", "budgets": {"maxRows": 0}}"#] {
                let answer = try await client.post("/api/query", body)
                #expect(answer.status == 400, "\(body): \(answer.text)")
                #expect((try answer.json["error"] as? String)?.isEmpty == false)
            }
        }
    }

    @Test func oversizedBodyIsRefusedWith413() async throws {
        var settings = ServerSettings(databasePath: ExampleDatabase.path)
        settings.maxBodyBytes = 1_000
        try await withServer(settings) { client in
            let query = #"MATCH (a) RETURN a"# + String(repeating: " ", count: 5_000)
            let answer = try await client.post("/api/query", #"{"query": "\#(query)"}"#)
            #expect(answer.status == 413)
            #expect(try answer.json["error"] as? String == "the request body is larger than the server accepts")
        }
    }

    @Test func entitiesAreSearched() async throws {
        try await withServer { client in
            let answer = try await client.get("/api/entities?search=turk&limit=5")
            #expect(answer.status == 200)
            let entities = try #require(try answer.json["entities"] as? [[String: Any]])
            #expect(entities.first?["name"] as? String == "Turkey")
            let places = try await client.get("/api/entities?kind=place")
            let kinds = Set(try #require(try places.json["entities"] as? [[String: Any]]).compactMap { $0["kind"] as? String })
            #expect(kinds == ["place"])
            let bad = try await client.get("/api/entities?kind=planet")
            #expect(bad.status == 400)
            #expect(try bad.json["error"] as? String == "parameter 'kind': expected one of actor, place, organisation, found 'planet'")
        }
    }

    @Test func factsComeWithEvidence() async throws {
        try await withServer { client in
            let answer = try await client.get("/api/facts?about=Turkey&since=2016-01&until=2016-12")
            #expect(answer.status == 200, "\(answer.text)")
            let facts = try #require(try answer.json["facts"] as? [[String: Any]])
            #expect(!facts.isEmpty)
            for fact in facts {
                #expect(fact["subject"] as? String == "Turkey" || fact["object"] as? String == "Turkey")
                #expect((fact["date"] as? String)?.hasPrefix("2016") == true)
                #expect((fact["evidence"] as? String)?.isEmpty == false)
            }
        }
    }

    @Test func parametersAreReadAsFormsWriteThem() async throws {
        try await withServer { client in
            // `+` is a space and %2B a plus, as URLSearchParams and curl --data-urlencode write them.
            let spaced = try await client.get("/api/facts?about=North+Atlantic+Treaty+Organization")
            #expect(spaced.status == 200, "\(spaced.text)")
            #expect((try spaced.json["facts"] as? [[String: Any]])?.first?["subject"] as? String == "North Atlantic Treaty Organization")
            let encoded = try await client.get("/api/facts?about=North%20Atlantic%20Treaty%20Organization")
            #expect(encoded.text == spaced.text)
            let plus = try await client.get("/api/entities?search=a%2Bb")
            #expect(try plus.json["entities"] as? [Any] != nil)
        }
    }

    @Test func exportQueriesRunWithinTheServersBudgets() async throws {
        var settings = ServerSettings(databasePath: ExampleDatabase.path)
        settings.budgets.defaults.maxRows = 2
        try await withServer(settings) { client in
            let answer = try await client.get("/api/export.csv?query=MATCH%20(a)-%5Br%5D-%3E(b)%20RETURN%20r")
            #expect(answer.status == 422)
            #expect(try answer.json["error"] as? String == "the query returns more than 2 rows, its row budget; add a LIMIT")
            let mistake = try await client.get("/api/export.dot?query=MATCH%20(a%20RETURN%20a")
            #expect(mistake.status == 400)
            #expect(try mistake.json["caret"] as? String != nil)
        }
    }

    @Test func unknownEntityIs404() async throws {
        try await withServer { client in
            for path in [
                "/api/facts?about=Atlantis", "/api/neighbourhood?around=Atlantis", "/api/timeline?a=Russia&b=Atlantis",
                "/api/changes?about=Atlantis", "/api/snapshot?as_of=2016&around=Atlantis", "/api/export.dot?around=Atlantis",
            ] {
                let answer = try await client.get(path)
                #expect(answer.status == 404, "\(path)")
                #expect((try answer.json["error"] as? String)?.contains("Atlantis") == true, "\(path): \(answer.text)")
            }
        }
    }

    @Test func badDatesAndNumbersAre400() async throws {
        try await withServer { client in
            let cases = [
                ("/api/facts?since=2016-13", "parameter 'since': expected a date as YYYY, YYYY-MM or YYYY-MM-DD, found '2016-13'"),
                ("/api/facts?since=2017&until=2016", "parameter 'until' (2016) is before 'since' (2017)"),
                ("/api/snapshot?as_of=yesterday", "parameter 'as_of': expected a date as YYYY, YYYY-MM or YYYY-MM-DD, found 'yesterday'"),
                ("/api/snapshot", "parameter 'as_of': missing; please give a date"),
                ("/api/neighbourhood?around=Turkey&depth=99", "parameter 'depth': expected a whole number from 1 to 6, found '99'"),
                ("/api/diff?p1=2016&p2=soon", "parameter 'p2': expected a period like 2016, 2017-03 or 2016-01..2016-06, found 'soon'"),
                ("/api/timeline?a=Russia&b=Turkey&by=century", "parameter 'by': expected one of day, week, month, quarter, year, found 'century'"),
                ("/api/snapshot?as_of=2016&window=0d", "parameter 'window': expected a window from 1 day to 1000 years like 30d, 12w, 6m or 1y, found '0d'"),
            ]
            for (path, message) in cases {
                let answer = try await client.get(path)
                #expect(answer.status == 400, "\(path)")
                #expect(try answer.json["error"] as? String == message, "\(path)")
            }
        }
    }

    @Test func neighbourhoodIsTheExportsNodeLinkJSON() async throws {
        try await withServer { client in
            let answer = try await client.get("/api/neighbourhood?around=Turkey&depth=1")
            #expect(answer.status == 200)
            let json = try answer.json
            let nodes = try #require(json["nodes"] as? [[String: Any]])
            let links = try #require(json["links"] as? [[String: Any]])
            #expect(nodes.contains { $0["name"] as? String == "Russia" })
            #expect(!links.isEmpty)
            #expect(links.allSatisfy { $0["first_seen"] != nil && $0["class"] != nil })
            let export = try await client.get("/api/export.json?around=Turkey&depth=1")
            #expect(export.text == answer.text)
            // A date range keeps fewer relations.
            let early = try await client.get("/api/neighbourhood?around=Turkey&until=2015-12")
            let earlyLinks = try #require(try early.json["links"] as? [[String: Any]])
            #expect(earlyLinks.count < links.count)
        }
    }

    @Test func timelineSnapshotDiffAndChanges() async throws {
        try await withServer { client in
            let timeline = try await client.get("/api/timeline?a=Russia&b=Turkey&by=quarter")
            #expect(timeline.status == 200)
            #expect(try timeline.json["between"] as? [String] == ["Russia", "Turkey"])
            #expect((try timeline.json["rows"] as? [[String: Any]])?.first?["period"] as? String == "2015-Q4")
            // Two actors without dated facts between them: a timeline of no rows, not an error.
            let none = try await client.get("/api/timeline?a=Iran&b=Aleppo")
            #expect(none.status == 200, "\(none.text)")
            #expect((try none.json["rows"] as? [Any])?.isEmpty == true)
            let snapshot = try await client.get("/api/snapshot?as_of=2016-12-31&around=Turkey")
            #expect(snapshot.status == 200)
            #expect(try snapshot.json["asOf"] as? String == "2016-12-31")
            #expect(try snapshot.json["windowDays"] as? Int == 180)
            let diff = try await client.get("/api/diff?p1=2015&p2=2016&around=Turkey")
            #expect(diff.status == 200)
            #expect((try diff.json["entries"] as? [Any])?.isEmpty == false)
            let changes = try await client.get("/api/changes?about=Turkey&limit=3")
            let rows = try #require(try changes.json["changes"] as? [[String: Any]])
            #expect(rows.count == 3)
            let dates = rows.compactMap { $0["date"] as? String }
            #expect(dates == dates.sorted(by: >))
        }
    }

    @Test func exportsInEveryFormat() async throws {
        try await withServer { client in
            let dot = try await client.get("/api/export.dot?around=Turkey")
            #expect(dot.status == 200)
            #expect(dot.headers["content-type"]?.hasPrefix("text/vnd.graphviz") == true)
            #expect(dot.text.hasPrefix("digraph"))
            let graphml = try await client.get("/api/export.graphml?around=Turkey")
            #expect(graphml.text.contains("<graphml"))
            let csv = try await client.get("/api/export.csv?around=Turkey")
            #expect(csv.text.hasPrefix("subject,predicate,object,class"))
            let clash = try await client.get("/api/export.dot?around=Turkey&as_of=2016&since=2015")
            #expect(clash.status == 400)
        }
    }

    @Test func openAPIAndViewerAreServed() async throws {
        try await withServer { client in
            let spec = try await client.get("/api/openapi.json")
            #expect(spec.status == 200)
            let paths = try #require(try spec.json["paths"] as? [String: Any])
            for path in ["/api/health", "/api/query", "/api/entities", "/api/neighbourhood", "/api/facts", "/api/timeline", "/api/snapshot", "/api/diff", "/api/changes", "/api/articles"] {
                #expect(paths[path] != nil, "\(path) is not in the OpenAPI file")
            }
            let page = try await client.get("/")
            #expect(page.status == 200)
            #expect(page.headers["content-type"]?.hasPrefix("text/html") == true)
            #expect(page.text.contains("app.js"))
            #expect(try await client.get("/app.js").status == 200)
            #expect(try await client.get("/style.css").status == 200)
        }
    }

    @Test func nothingOutsideTheEmbeddedFilesIsServed() async throws {
        try await withServer { client in
            for path in ["/../Package.swift", "/%2e%2e/%2e%2e/etc/passwd", "/app.js/../../Package.swift", "/Assets/app.js", "/etc/passwd", "/api/nothing"] {
                let answer = try await client.get(path)
                #expect(answer.status == 404, "\(path) answered \(answer.status)")
                #expect(!answer.text.contains("swift-tools-version") && !answer.text.contains("root:"), "\(path)")
            }
        }
    }

    @Test func readOnlyServerRefusesArticlesAndChangesNothing() async throws {
        let before = ExampleDatabase.contents(of: ExampleDatabase.path)
        try await withServer { client in
            let answer = try await client.post("/api/articles", #"{"title": "Test", "text": "Russia attacked Turkey on 3 March 2018."}"#)
            #expect(answer.status == 403)
            #expect(try answer.json["error"] as? String == "this server is read-only; start it with --allow-ingest to accept articles")
            _ = try await client.post("/api/query", #"{"query": "MATCH (a RETURN a"}"#)
            _ = try await client.get("/api/facts?about=Atlantis")
        }
        #expect(ExampleDatabase.contents(of: ExampleDatabase.path) == before)
        #expect(!FileManager.default.fileExists(atPath: ExampleDatabase.path + ".adjacency"))
    }

    @Test func ingestingServerStoresPostedArticles() async throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let path = try ExampleDatabase.copy(into: scratch)
        try await withServer(ServerSettings(databasePath: path, allowIngest: true)) { client in
            let health = try await client.get("/api/health")
            #expect(try health.json["readOnly"] as? Bool == false)
            let article = #"{"title": "Greece and Turkey talk", "published": "2018-03-03", "url": "https://news.example/greece", "text": "ATHENS (Entente) - Greece accused Turkey of violating its airspace on Saturday."}"#
            let answer = try await client.post("/api/articles", article)
            #expect(answer.status == 200, "\(answer.text)")
            #expect(try answer.json["articlesNew"] as? Int == 1)
            let again = try await client.post("/api/articles", article)
            #expect(try again.json["articlesUnchanged"] as? Int == 1)
            let broken = try await client.post("/api/articles", "{not json")
            #expect(broken.status == 400)
            let facts = try await client.get("/api/facts?about=Greece")
            let stored = try #require(try facts.json["facts"] as? [[String: Any]])
            #expect(!stored.isEmpty, "\(facts.text)")
            // The viewer links each fact to its article by this address.
            #expect(stored.allSatisfy { $0["articleURL"] as? String == "https://news.example/greece" })
        }
    }

    @Test func corsOnlyForTheOriginGiven() async throws {
        var settings = ServerSettings(databasePath: ExampleDatabase.path)
        settings.corsOrigin = "https://analyst.example"
        try await withServer(settings) { client in
            var request = URLRequest(url: try #require(URL(string: client.base + "/api/health")))
            request.setValue("https://elsewhere.example", forHTTPHeaderField: "Origin")
            let answer = try await client.send(request)
            #expect(answer.headers["access-control-allow-origin"] == "https://analyst.example")
        }
    }
}
