import Foundation

/// Where a PostgreSQL graph lives, read from a `postgres://user:password@host:port/database` URL
/// (`postgresql://` too). The password may instead come from `$PGPASSWORD`, so it stays out of
/// the process list; `?schema=name` keeps the graph in a schema of its own.
public struct PostgresLocation: Sendable, Equatable, CustomStringConvertible {
    public var host: String
    public var port: Int
    public var user: String
    public var password: String?
    public var database: String
    /// The schema the graph's tables live in; the server's search path when nil.
    public var schema: String?

    public init(host: String, port: Int = 5432, user: String, password: String? = nil, database: String, schema: String? = nil) {
        self.host = host
        self.port = port
        self.user = user
        self.password = password
        self.database = database
        self.schema = schema
    }

    /// True when `text` names a PostgreSQL server rather than an SQLite file.
    public static func isURL(_ text: String) -> Bool {
        text.hasPrefix("postgres://") || text.hasPrefix("postgresql://")
    }

    /// Reads a URL; nil with the reason when it is not one this store can use.
    public static func parse(_ text: String) -> Result<Self, PostgresStoreError> {
        parse(text, environment: ProcessInfo.processInfo.environment)
    }

    /// Reads a URL, the password from `environment` when the URL has none.
    public static func parse(_ text: String, environment: [String: String]) -> Result<Self, PostgresStoreError> {
        guard isURL(text), let components = URLComponents(string: text), let host = components.host, !host.isEmpty else {
            return .failure(.badURL("expected postgres://user@host:port/database"))
        }
        guard let user = components.user, !user.isEmpty else {
            return .failure(.badURL("it names no user (postgres://user@\(host)/database)"))
        }
        let database = String(components.path.drop(while: { $0 == "/" }))
        guard !database.isEmpty, !database.contains("/") else {
            return .failure(.badURL("it names no database (postgres://\(user)@\(host)/database)"))
        }
        if let port = components.port, !(1...65535).contains(port) {
            return .failure(.badURL("the port \(port) is not between 1 and 65535"))
        }
        var schema: String?
        for item in components.queryItems ?? [] {
            guard item.name == "schema", let value = item.value, !value.isEmpty else {
                return .failure(.badURL("unknown option '\(item.name)' (only ?schema=name)"))
            }
            schema = value
        }
        let password = components.password ?? environment["PGPASSWORD"]
        return .success(Self(host: host, port: components.port ?? 5432, user: user, password: password, database: database, schema: schema))
    }

    /// The URL without its password, for messages.
    public var description: String {
        "postgres://\(user)@\(host):\(port)/\(database)" + (schema.map { "?schema=\($0)" } ?? "")
    }
}
