import Foundation
import Testing
import EntenteTestSupport

@Suite struct ImportTriplesTests {
    static let jsonl = """
        {"subject": "United States", "subject_kind": "actor", "predicate": "supports", "object": "PKK", "object_kind": "organisation", "date": "2017-03", "speaker": "Ismail Hakki Pekin", "confidence": 0.7}
        {"subject": "Syria", "subject_kind": "actor", "predicate": "clashes with", "object": "Turkey", "object_kind": "actor", "date": "2017-03-23", "negated": true}
        {"subject": "Turkey", "subject_kind": "actor", "predicate": "trains", "class": "material-cooperation", "object": "Free Syrian Army", "object_kind": "organisation", "date": null}

        """

    @Test func importsJSONLinesOnce() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let db = scratch.path("graph.sqlite")
        let file = try scratch.write("facts.jsonl", Self.jsonl)
        let first = try Entente.run(["import", "triples", "--db", db, file])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout == "Imported 3 facts from \(file) (6 new entities).\n")
        let again = try Entente.run(["import", "triples", "--db", db, file])
        #expect(again.stdout == "\(file) was already imported; nothing changed.\n")
        let facts = try Entente.run(["facts", "--db", db, "--about", "Syria", "--format", "json"])
        let rows = try #require((try JSONSerialization.jsonObject(with: Data(facts.stdout.utf8)) as? [String: Any])?["facts"] as? [[String: Any]])
        #expect(rows.count == 1)
        #expect(rows.first?["predicate"] as? String == "clashes_with")
        #expect(rows.first?["negated"] as? Bool == true)
        #expect(rows.first?["origin"] as? String == "triples")
    }

    @Test func importsCSVWithQuotedFields() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let db = scratch.path("graph.sqlite")
        let file = try scratch.write(
            "facts.csv",
            #"""
            subject,subject_kind,predicate,object,object_kind,date,evidence
            Russia,actor,mediates,Turkey,actor,2017-03-23,"Moscow, which mediates, said ""yes"""
            Russia,actor,mediates,Syria,actor,2017-03-23,

            """#)
        let result = try Entente.run(["import", "triples", "--db", db, file])
        #expect(result.status == 0, "\(result.stderr)")
        let facts = try Entente.run(["facts", "--db", db, "--about", "Turkey", "--format", "json"])
        #expect(facts.stdout.contains(#"Moscow, which mediates, said \"yes\""#))
    }

    @Test(arguments: [
        ("missing field", #"{"subject": "Iran", "subject_kind": "actor", "predicate": "meets_with", "object_kind": "actor", "date": "2017"}"#,
         "missing field 'object'"),
        ("bad date", #"{"subject": "Iran", "subject_kind": "actor", "predicate": "meets_with", "object": "Iraq", "object_kind": "actor", "date": "2017-13-01"}"#,
         "'date' is not a date (YYYY, YYYY-MM or YYYY-MM-DD): '2017-13-01'"),
        ("bad kind", #"{"subject": "Iran", "subject_kind": "country", "predicate": "meets_with", "object": "Iraq", "object_kind": "actor", "date": "2017"}"#,
         "'subject_kind' must be actor, person, place or organisation, not 'country'"),
        ("unknown predicate", #"{"subject": "Iran", "subject_kind": "actor", "predicate": "befriends", "object": "Iraq", "object_kind": "actor", "date": "2017"}"#,
         "unknown predicate 'befriends': give its 'class'"),
        ("not JSON", "{subject: Iran", "not a JSON object"),
    ])
    func aBadLineStoresNothingAndIsNamed(what: String, line: String, message: String) throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let db = scratch.path("graph.sqlite")
        _ = try Entente.run(["migrate", "--db", db])
        let good = Self.jsonl.split(separator: "\n").prefix(2).joined(separator: "\n")
        let file = try scratch.write("facts.jsonl", good + "\n" + line + "\n")
        let result = try Entente.run(["import", "triples", "--db", db, file])
        #expect(result.status == 1, "\(what)")
        #expect(result.stderr.hasPrefix("Error: \(file):3: \(message)"), "\(what): \(result.stderr)")
        let stats = try Entente.run(["stats", "--db", db, "--format", "json"])
        #expect(stats.stdout.contains("\"facts\" : 0"), "\(what): something was stored")
    }
}
