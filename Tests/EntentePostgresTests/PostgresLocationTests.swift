@testable import EntentePostgres
import NIOCore
import Testing

/// `--db` URLs: what names a server, and each mistake said in one line.
@Suite struct PostgresLocationTests {
    @Test func aURLNamesTheServerUserDatabaseAndSchema() throws {
        let location = try PostgresLocation.parse("postgres://analyst:s3cret@db.example.org:6543/news?schema=graph", environment: [:]).get()
        #expect(location == PostgresLocation(host: "db.example.org", port: 6543, user: "analyst", password: "s3cret", database: "news", schema: "graph"))
        // The password never shows in messages.
        #expect(location.description == "postgres://analyst@db.example.org:6543/news?schema=graph")
        let plain = try PostgresLocation.parse("postgresql://analyst@localhost/news", environment: ["PGPASSWORD": "from-env"]).get()
        #expect(plain.port == 5432 && plain.password == "from-env" && plain.schema == nil)
        #expect(PostgresLocation.isURL("postgres://a@b/c") && !PostgresLocation.isURL("graph.sqlite") && !PostgresLocation.isURL("postgres.sqlite"))
    }

    @Test func aURLMissingAPartSaysWhich() {
        func problem(_ url: String) -> String {
            switch PostgresLocation.parse(url, environment: [:]) {
            case .success: "no problem"
            case .failure(let error): error.description
            }
        }
        #expect(problem("postgres://localhost/news").contains("names no user"))
        #expect(problem("postgres://analyst@localhost/").contains("names no database"))
        #expect(problem("postgres://analyst@localhost/news?sslmode=require").contains("unknown option 'sslmode'"))
        #expect(problem("postgres://analyst@localhost:0/news").contains("port 0"))
        #expect(problem("postgres:///news").contains("expected postgres://user@host:port/database"))
    }

    @Test func serversOlderThanThirteenAreRefused() {
        #expect(PostgresGraphStore.refuses(serverVersion: 120_016))
        #expect(PostgresGraphStore.refuses(serverVersion: 90_624))
        #expect(!PostgresGraphStore.refuses(serverVersion: 130_000))
        #expect(!PostgresGraphStore.refuses(serverVersion: 150_018))
        #expect(PostgresStoreError.serverTooOld("postgres://a@b:5432/c", version: "12.16").description
            == "postgres://a@b:5432/c: PostgreSQL 12.16 is too old; Entente needs PostgreSQL 13 or later.")
    }

    @Test func aMigrationIsCutIntoStatementsOutsideQuotesAndBodies() {
        let script = """
            -- a comment; with a semicolon
            CREATE TABLE t (a text DEFAULT 'x;y');
            CREATE FUNCTION f() RETURNS void LANGUAGE plpgsql AS $$
            BEGIN
                PERFORM 1; PERFORM 2;
            END
            $$;
            DO $body$ BEGIN RAISE NOTICE 'a;b'; END $body$;
            SELECT 1
            """
        let statements = SQLScript.statements(script)
        #expect(statements.count == 4)
        #expect(statements[0].hasSuffix("CREATE TABLE t (a text DEFAULT 'x;y')"))
        #expect(statements[1].hasPrefix("CREATE FUNCTION f()") && statements[1].hasSuffix("END\n$$"))
        #expect(statements[2] == "DO $body$ BEGIN RAISE NOTICE 'a;b'; END $body$")
        #expect(statements[3] == "SELECT 1")
    }

    @Test func copyTextEscapesWhatWouldEndAFieldOrALine() {
        var buffer = ByteBufferAllocator().buffer(capacity: 64)
        buffer.writeCopyLine(["a\tb", nil, "line\nbreak\\", ""])
        #expect(String(buffer: buffer) == "a\\tb\t\\N\tline\\nbreak\\\\\t\n")
    }
}
