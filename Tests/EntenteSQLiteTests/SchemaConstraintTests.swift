import Foundation
import EntenteStore
@testable import EntenteSQLite
import GRDB
import Testing

/// The schema itself refuses what the store must never hold.
@Suite struct SchemaConstraintTests {
    static func migrated() throws -> DatabaseQueue {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        let queue = try DatabaseQueue(configuration: configuration)
        try GraphStore.migrator.migrate(queue)
        try queue.write { db in
            try db.execute(sql: "INSERT INTO entity (id, kind, type, name, name_key) VALUES (1, 'actor', 'state', 'Turkey', 'turkey')")
            try db.execute(sql: "INSERT INTO entity (id, kind, type, name, name_key) VALUES (2, 'actor', 'state', 'Syria', 'syria')")
            try db.execute(
                sql: "INSERT INTO predicate (name, class, description) VALUES ('clashes_with', 'material-conflict', 'clashes')")
            try db.execute(
                sql: """
                    INSERT INTO article (id, content_hash, origin, text, ingested_at)
                    VALUES (1, ?, 'article', 'text', '2017-03-23T00:00:00Z')
                    """,
                arguments: [String(repeating: "a", count: 64)])
        }
        return queue
    }

    static let validFact = """
        INSERT INTO fact (subject_id, predicate, object_id, date_start, date_end, date_precision, negated, modality,
                          confidence, article_id, recorded_at)
        VALUES (1, 'clashes_with', 2, '2017-03-01', '2017-03-31', 'month', 1, 'asserted', 0.5, 1, 'now')
        """

    @Test func aValidFactIsAccepted() throws {
        let queue = try Self.migrated()
        try queue.write { db in try db.execute(sql: Self.validFact) }
        #expect(try queue.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM relation") } == 1)
    }

    @Test(arguments: [
        ("kind", "INSERT INTO entity (kind, type, name, name_key) VALUES ('country', 'state', 'X', 'x')"),
        ("duplicate name", "INSERT INTO entity (kind, type, name, name_key) VALUES ('actor', 'state', 'TURKEY', 'turkey')"),
        ("coordinates", "INSERT INTO entity (kind, type, name, name_key, latitude) VALUES ('place', 'city', 'X', 'x', 91)"),
        ("half coordinates", "INSERT INTO entity (kind, type, name, name_key, latitude) VALUES ('place', 'city', 'X', 'x', 10)"),
        ("iso3", "INSERT INTO entity (kind, type, name, name_key, iso3) VALUES ('actor', 'state', 'X', 'x', 'tu')"),
        ("alias entity", "INSERT INTO alias (key, entity_id, text) VALUES ('x', 99, 'X')"),
        ("class", "INSERT INTO predicate (name, class, description) VALUES ('likes', 'friendly', 'likes')"),
        ("predicate name", "INSERT INTO predicate (name, class, description) VALUES ('Likes With', 'neutral', 'x')"),
        ("hash", "INSERT INTO article (content_hash, origin, text, ingested_at) VALUES ('abc', 'article', 't', 'now')"),
        ("origin", "INSERT INTO article (content_hash, origin, text, ingested_at) VALUES ('\(String(repeating: "b", count: 64))', 'rumour', 't', 'now')"),
    ])
    func refusesBadRows(what: String, sql: String) throws {
        let queue = try Self.migrated()
        #expect(throws: DatabaseError.self, "\(what)") { try queue.write { db in try db.execute(sql: sql) } }
    }

    @Test(arguments: [
        ("confidence 0", "0.5, 1, 'now'", "0, 1, 'now'"),
        ("negated 2", "'month', 1,", "'month', 2,"),
        ("modality", "'asserted'", "'rumoured'"),
        ("precision", "'month'", "'week'"),
        ("end before start", "'2017-03-31', 'month'", "'2017-02-01', 'month'"),
        ("date without precision", "'month'", "NULL"),
        ("unknown predicate", "'clashes_with', 2", "'befriends', 2"),
        ("unknown entity", "VALUES (1,", "VALUES (7,"),
        ("unknown article", "0.5, 1,", "0.5, 9,"),
        ("date format", "'2017-03-01'", "'1 March 2017'"),
    ])
    func refusesBadFacts(what: String, replacing: String, with replacement: String) throws {
        let queue = try Self.migrated()
        let sql = Self.validFact.replacingOccurrences(of: replacing, with: replacement)
        #expect(sql != Self.validFact, "the replacement for \(what) did not apply")
        #expect(throws: DatabaseError.self, "\(what)") { try queue.write { db in try db.execute(sql: sql) } }
    }

    @Test func deletingAnArticleDeletesItsFacts() throws {
        let queue = try Self.migrated()
        try queue.write { db in
            try db.execute(sql: Self.validFact)
            try db.execute(sql: "DELETE FROM article WHERE id = 1")
        }
        #expect(try queue.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM fact") } == 0)
    }
}
