/// Why a PostgreSQL store cannot be opened: each a single line saying what and where.
public enum PostgresStoreError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The `--db` text is not a usable URL.
    case badURL(String)
    /// No server answered at the address.
    case unreachable(String, reason: String)
    /// The server refused the user or password.
    case authentication(String, reason: String)
    /// The server is older than the oldest this store runs on.
    case serverTooOld(String, version: String)
    /// The database holds tables of another application.
    case foreignDatabase(String, tables: [String])
    /// The database was migrated by a newer Entente.
    case newerSchema(String, unknown: [String])
    /// The server answered with an error.
    case server(String)
    /// The connection closed before the statement's answer came: the server ended it, or the
    /// network did.
    case connectionLost(String)

    public var description: String {
        switch self {
        case .badURL(let why):
            return "The database URL is not usable: \(why)."
        case .unreachable(let location, let reason):
            return "\(location): no PostgreSQL server answers there (\(reason))."
        case .authentication(let location, let reason):
            return "\(location): the server refused the login (\(reason)); check the user and password (PGPASSWORD)."
        case .serverTooOld(let location, let version):
            return "\(location): PostgreSQL \(version) is too old; Entente needs PostgreSQL 13 or later."
        case .foreignDatabase(let location, let tables):
            return "\(location): the database holds another application's tables (\(tables.prefix(3).joined(separator: ", "))); "
                + "give Entente an empty database or one of its own."
        case .newerSchema(let location, let unknown):
            return "\(location): the database was written by a newer Entente (migrations \(unknown.joined(separator: ", "))); upgrade entente."
        case .server(let message):
            return message
        case .connectionLost(let location):
            return "\(location): the connection to the server closed before the server answered."
        }
    }
}
