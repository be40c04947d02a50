import Dispatch
import EntenteStore
import EntenteQuery
import Foundation
import Logging
import NIOCore
import NIOPosix
import PostgresNIO

/// One connection to the server, used by one caller at a time, behind the synchronous calls of
/// `GraphStoring`.
///
/// The bridge: postgres-nio runs on its own event loop, one thread that Entente's stores share
/// and never block. A caller (a command, a test, a server's request) blocks its own thread on the
/// future of each statement, which is safe because the callers are never that event loop's
/// thread. COPY, which postgres-nio offers only as an `async` function, runs as a task on that
/// event loop while the caller waits. A lock makes one statement or transaction at a time own the
/// connection.
///
/// A connection the server ends (a restart, `pg_terminate_backend`) needs two guards, both found
/// by killing an importer's backend in the middle of a COPY: a statement sent once the
/// connection's handlers are gone is dropped without an answer, so every wait also ends when the
/// connection closes; and the COPY writer traps if it is used between the close and the removal
/// of those handlers, so the copy checks the connection on the loop before each of its steps.
final class PostgresSession: @unchecked Sendable {
    /// The event loop every store's connections run on: one thread, never blocked by a caller.
    static let eventLoops = MultiThreadedEventLoopGroup(numberOfThreads: 1)
    static let logger = Logger(label: "entente.postgres", factory: { _ in SwiftLogNoOpLogHandler() })

    let connection: PostgresConnection
    let location: PostgresLocation
    private let lock = NSRecursiveLock()
    /// The `statement_timeout` last set on the connection, so an unchanged one is not set again.
    private var statementTimeout: String?

    /// Failed when the connection closes, for the statement being waited on then. Its own lock:
    /// the close is reported on the event loop while a caller waits holding `lock`.
    private var closing: EventLoopPromise<Void>?
    private let closingLock = NSLock()

    /// Runs COPY's task on the connection's own event loop.
    private let copyExecutor: EventLoopTaskExecutor

    private init(connection: PostgresConnection, location: PostgresLocation) {
        self.connection = connection
        self.location = location
        copyExecutor = EventLoopTaskExecutor(connection.eventLoop)
        connection.closeFuture.whenComplete { [weak self] _ in self?.connectionClosed() }
    }

    private func connectionClosed() {
        closingLock.withLock { closing }?.fail(PostgresStoreError.connectionLost(location.description))
    }

    deinit {
        try? connection.close().wait()
    }

    /// Connects and logs in; a failure says which of the two failed, in one line.
    static func connect(_ location: PostgresLocation) throws(PostgresStoreError) -> PostgresSession {
        var configuration = PostgresConnection.Configuration(
            host: location.host, port: location.port, username: location.user, password: location.password,
            database: location.database, tls: .disable)
        configuration.options.connectTimeout = .seconds(10)
        if let schema = location.schema {
            // A startup parameter, not SQL: the schema's name is never written into a statement.
            configuration.options.additionalStartupParameters = [("search_path", schema)]
        }
        do {
            let connection = try PostgresConnection.connect(
                on: eventLoops.next(), configuration: configuration, id: 1, logger: logger
            ).wait()
            return PostgresSession(connection: connection, location: location)
        } catch let error as PSQLError {
            throw Self.connectionFailure(error, location: location)
        } catch {
            throw .unreachable(location.description, reason: Self.reason(error))
        }
    }

    private static func connectionFailure(_ error: PSQLError, location: PostgresLocation) -> PostgresStoreError {
        if let info = error.serverInfo {
            let state = info[.sqlState] ?? ""
            let message = info[.message] ?? "refused"
            // Class 28: invalid authorization; 3D000: no such database.
            if state.hasPrefix("28") { return .authentication(location.description, reason: message) }
            return .server("\(location): \(message)")
        }
        switch error.code {
        case .authMechanismRequiresPassword:
            return .authentication(location.description, reason: "the server asks for a password and none was given")
        case .unsupportedAuthMechanism, .saslError:
            return .authentication(location.description, reason: "\(error.code)")
        default:
            return .unreachable(location.description, reason: error.underlying.map(reason) ?? "\(error.code)")
        }
    }

    /// Why a connection failed, in a few words: NIO's own description of a refused connection
    /// lists every address it tried.
    private static func reason(_ error: any Error) -> String {
        let text = "\(error)"
        for (pattern, words) in [("Connection refused", "connection refused"), ("timed out", "timed out"), ("Timeout", "timed out")]
        where text.contains(pattern) {
            return words
        }
        return text
    }

    // MARK: Statements

    /// Runs `body` owning the connection: no other caller's statement comes between its statements.
    func exclusively<T>(_ body: () throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }

    /// Every row of a statement, each cell as a `QueryValue`.
    func rows(_ sql: String, _ arguments: [PostgresArgument] = []) throws -> [[QueryValue]] {
        let result = try run(sql, arguments)
        return result.map { row in row.map(Self.value(of:)) }
    }

    /// Runs a statement and returns how many rows it changed or read.
    @discardableResult
    func execute(_ sql: String, _ arguments: [PostgresArgument] = []) throws -> Int {
        try run(sql, arguments).metadata.rows ?? 0
    }

    /// Runs each statement of a script of our own (a migration), in order.
    func executeScript(_ script: String) throws {
        for statement in SQLScript.statements(script) { try execute(statement) }
    }

    /// A statement the planner wrote: its arguments, with `idList` for a search level's ids.
    func rows(_ statement: SQLStatement, idList: QueryValue = .null) throws -> [[QueryValue]] {
        try rows(statement.text, statement.arguments.map { argument in
            switch argument {
            case .value(let value): PostgresArgument(value)
            case .idList: PostgresArgument(idList)
            }
        })
    }

    private func run(_ sql: String, _ arguments: [PostgresArgument]) throws -> PostgresQueryResult {
        var binds = PostgresBindings(capacity: arguments.count)
        for argument in arguments { argument.bind(into: &binds) }
        let query = PostgresQuery(unsafeSQL: sql, binds: binds)
        return try answer { connection.query(query, logger: Self.logger) }
    }

    /// The answer to what `send` sends, or `connectionLost` once the connection has closed: sent
    /// on a closed connection, or not answered before it closed.
    private func answer<T: Sendable>(_ send: () -> EventLoopFuture<T>) throws -> T {
        try exclusively {
            let closed = connection.eventLoop.makePromise(of: Void.self)
            closingLock.withLock { closing = closed }
            defer {
                closingLock.withLock { closing = nil }
                closed.succeed(())
            }
            // After `closing` is set: a close from here on fails it, one before shows here.
            guard !connection.isClosed else { throw PostgresStoreError.connectionLost(location.description) }
            let answered = send()
            let result = answered.eventLoop.makePromise(of: T.self)
            answered.cascade(to: result)
            closed.futureResult.cascadeFailure(to: result)
            return try result.futureResult.wait()
        }
    }

    /// Sets how long each statement may run, in milliseconds ("0": no limit), for the session: a
    /// query's budget.
    func setStatementTimeout(_ milliseconds: String) throws {
        try exclusively {
            guard statementTimeout != milliseconds else { return }
            try execute("SELECT set_config('statement_timeout', $1, false)", [.init(milliseconds)])
            statementTimeout = milliseconds
        }
    }

    /// Runs `body` in a transaction: committed when it returns, rolled back when it throws.
    /// A write (`BEGIN`) runs without the time limit a query may have left on the connection.
    func transaction<T>(_ begin: String = "BEGIN", _ body: () throws -> T) throws -> T {
        try exclusively {
            if begin == "BEGIN" { try setStatementTimeout("0") }
            try execute(begin)
            do {
                let result = try body()
                try execute("COMMIT")
                return result
            } catch {
                _ = try? execute("ROLLBACK")
                throw error
            }
        }
    }

    /// `COPY table (columns) FROM STDIN` of text-format lines: the fastest way in. The table and
    /// column names are the caller's constants.
    func copy(into table: String, columns: [String], lines: ByteBuffer) throws {
        let connection = self.connection
        let lost = PostgresStoreError.connectionLost(location.description)
        try answer {
            let done = connection.eventLoop.makePromise(of: Void.self)
            Task(executorPreference: copyExecutor) {
                do {
                    try await connection.copyFrom(table: table, columns: columns, logger: Self.logger) { writer in
                        try await Self.unlessClosed(connection, lost) { try await writer.write(lines) }
                    }
                    done.succeed(())
                } catch {
                    done.fail(error)
                }
            }
            return done.futureResult
        }
    }

    /// Runs a step of a COPY, on the event loop, and returns only while the connection is open, so
    /// that the writer's next step (the `CopyDone` or `CopyFail` that `copyFrom` sends when this
    /// returns or throws) finds it open in the same turn of the loop, or finds its handlers gone
    /// and fails cleanly. Between the two, postgres-nio's writer would trap.
    private static func unlessClosed(
        _ connection: PostgresConnection, _ lost: PostgresStoreError, _ step: () async throws -> Void
    ) async throws {
        func afterRemoval(_ error: any Error) async -> any Error {
            _ = try? await connection.closeFuture.get()
            return error
        }
        if connection.isClosed { throw await afterRemoval(lost) }
        do {
            try await step()
        } catch {
            if connection.isClosed { throw await afterRemoval(error) }
            throw error
        }
        if connection.isClosed { throw await afterRemoval(lost) }
    }

    // MARK: Values

    /// A cell as the query language's value: numbers, text, and booleans as SQLite's 0 and 1.
    static func value(of cell: PostgresCell) -> QueryValue {
        guard cell.bytes != nil else { return .null }
        switch cell.dataType {
        case .int2, .int4, .int8:
            return (try? cell.decode(Int64.self)).map(QueryValue.integer) ?? .null
        case .float4, .float8:
            return (try? cell.decode(Double.self)).map(QueryValue.double) ?? .null
        case .numeric:
            // sum() and avg() of integers: whole numbers stay integers, as SQLite gives them.
            guard let decimal = try? cell.decode(Decimal.self) else { return .null }
            let number = NSDecimalNumber(decimal: decimal)
            if decimal == Decimal(number.int64Value) { return .integer(number.int64Value) }
            return .double(number.doubleValue)
        case .bool:
            return (try? cell.decode(Bool.self)).map { .integer($0 ? 1 : 0) } ?? .null
        case .bytea:
            guard var bytes = cell.bytes else { return .null }
            let digits = Array("0123456789abcdef")
            return .string(String((bytes.readBytes(length: bytes.readableBytes) ?? []).flatMap { [digits[Int($0 >> 4)], digits[Int($0 & 15)]] }))
        default:
            return (try? cell.decode(String.self)).map(QueryValue.string) ?? .null
        }
    }
}

/// A value bound to a placeholder, typed as PostgreSQL reads it: a number, text, or an array
/// of texts (read with `= ANY($n)`, so a list of names needs no quoting).
struct PostgresArgument: Sendable {
    private enum Value: Sendable {
        case scalar(QueryValue)
        case texts([String])
        case integers([Int64])
    }

    private let value: Value

    init(_ value: QueryValue) { self.value = .scalar(value) }
    init(_ text: String?) { value = .scalar(text.map(QueryValue.string) ?? .null) }
    init(_ number: Int64?) { value = .scalar(number.map(QueryValue.integer) ?? .null) }
    init(_ number: Int?) { value = .scalar(number.map { .integer(Int64($0)) } ?? .null) }
    init(_ number: Double?) { value = .scalar(number.map(QueryValue.double) ?? .null) }
    init(_ flag: Bool) { value = .scalar(.integer(flag ? 1 : 0)) }
    init(texts: [String]) { value = .texts(texts) }
    init(integers: [Int64]) { value = .integers(integers) }

    func bind(into binds: inout PostgresBindings) {
        switch value {
        case .texts(let texts): binds.append(texts)
        case .integers(let numbers): binds.append(numbers)
        case .scalar(.null): binds.appendNull()
        case .scalar(.integer(let number)): binds.append(number)
        case .scalar(.double(let number)): binds.append(number)
        case .scalar(.string(let text)): binds.append(text)
        case .scalar(.bool(let flag)): binds.append(Int64(flag ? 1 : 0))
        case .scalar(let other): binds.append(other.description)
        }
    }
}
