public import Entente
import Foundation
import Testing

/// The PostgreSQL server tests run against: `$ENTENTE_TEST_POSTGRES`, a `postgres://` URL. Without
/// one, the tests that need it do not run, unless CI sets ENTENTE_REQUIRE_POSTGRES=1: then they
/// run and fail for want of it.
public enum TestPostgres {
    /// The server's URL, if given.
    public static let url: String? = {
        let text = ProcessInfo.processInfo.environment["ENTENTE_TEST_POSTGRES"] ?? ""
        return text.isEmpty ? nil : text
    }()

    /// True when CI demands the PostgreSQL tests.
    public static let required = ProcessInfo.processInfo.environment["ENTENTE_REQUIRE_POSTGRES"] == "1"

    /// Whether the tests that need a server run: with a server, or when CI requires them.
    public static let enabled = url != nil || required

    /// The server, or a failure saying that none was given.
    public static func server() throws -> PostgresLocation {
        let url = try #require(url, "a PostgreSQL server is required (ENTENTE_REQUIRE_POSTGRES=1) but ENTENTE_TEST_POSTGRES is not set")
        return try PostgresLocation.parse(url).get()
    }

    /// Schemas of one test's stores, each a fresh graph, dropped by `drop()`.
    public final class Scratch: @unchecked Sendable {
        public let server: PostgresLocation
        private let lock = NSLock()
        private var made: [PostgresLocation] = []

        public init() throws {
            server = try TestPostgres.server()
        }

        /// The location of a new, empty graph.
        public func location() throws -> PostgresLocation {
            let location = try PostgresScratchSchema.make(on: server)
            lock.withLock { made.append(location) }
            return location
        }

        /// A store on a new, empty graph.
        public func makeStore() throws -> PostgresGraphStore {
            try PostgresGraphStore.open(location())
        }

        /// The URL of a new, empty graph, as `--db` takes it.
        public func url() throws -> String {
            let location = try location()
            var components = URLComponents()
            components.scheme = "postgres"
            components.user = location.user
            components.password = location.password
            components.host = location.host
            components.port = location.port
            components.path = "/" + location.database
            components.queryItems = [URLQueryItem(name: "schema", value: location.schema)]
            return components.string!
        }

        /// Drops every schema made.
        public func drop() {
            for location in lock.withLock({ made }) { try? PostgresScratchSchema.drop(location) }
        }
    }
}
