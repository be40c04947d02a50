import EntenteQuery
import Foundation

/// Schemas of their own for tests, each an empty graph: made and dropped on the server by name,
/// the name passed as a bound setting that a server-side block reads, never written into SQL.
package enum PostgresScratchSchema {
    /// Makes a new, empty schema named `entente_scratch_…` and returns the location of a graph in it.
    package static func make(on server: PostgresLocation) throws -> PostgresLocation {
        let name = "entente_scratch_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        let session = try PostgresSession.connect(server)
        try session.execute("SELECT set_config('entente.scratch_schema', $1, false)", [.init(name)])
        try session.execute("DO $$ BEGIN EXECUTE format('CREATE SCHEMA %I', current_setting('entente.scratch_schema')); END $$")
        var location = server
        location.schema = name
        return location
    }

    /// Drops a schema `make` made, and everything in it.
    package static func drop(_ location: PostgresLocation) throws {
        guard let name = location.schema, name.hasPrefix("entente_scratch_") else { return }
        var server = location
        server.schema = nil
        let session = try PostgresSession.connect(server)
        try session.execute("SELECT set_config('entente.scratch_schema', $1, false)", [.init(name)])
        try session.execute("DO $$ BEGIN EXECUTE format('DROP SCHEMA %I CASCADE', current_setting('entente.scratch_schema')); END $$")
    }

    /// Runs a script of the repository's own on a location, statement by statement on one connection
    /// (`scripts/citus-prepare.sql`, whose BEGIN and COMMIT hold its statements together).
    package static func executeScript(_ script: String, at location: PostgresLocation) throws {
        try PostgresSession.connect(location).executeScript(script)
    }

    /// Runs one statement of a test's own on a location (a foreign table, a migration from the future).
    package static func execute(_ sql: String, at location: PostgresLocation) throws {
        try PostgresSession.connect(location).execute(sql)
    }
}

extension PostgresScratchSchema {
    /// The rows of one statement of a test's own, each cell as its text.
    package static func rows(_ sql: String, at location: PostgresLocation) throws -> [[String]] {
        try PostgresSession.connect(location).rows(sql).map { $0.map(\.description) }
    }
}
