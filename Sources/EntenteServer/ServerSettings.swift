public import Entente

/// How `entente serve` runs: where it listens, which database it answers from, what it allows.
public struct ServerSettings: Sendable {
    /// The SQLite database file.
    public var databasePath: String
    /// The address to listen on; loopback unless told otherwise, so nothing is shared by accident.
    public var host: String
    /// The port; 0 picks a free one (`GraphServer.run` tells which).
    public var port: Int
    /// Open the database writable and accept `POST /api/articles`.
    public var allowIngest: Bool
    /// The one origin browsers may call the API from; nil sends no CORS headers at all.
    public var corsOrigin: String?
    /// The largest request body read, in bytes; a larger one is refused with 413.
    public var maxBodyBytes: Int
    /// What a query may spend when its request names no budget, and the most it may ask for.
    public var budgets: ServerBudgets

    public init(
        databasePath: String, host: String = "127.0.0.1", port: Int = 8080, allowIngest: Bool = false, corsOrigin: String? = nil,
        maxBodyBytes: Int = 4 << 20, budgets: ServerBudgets = .init()
    ) {
        self.databasePath = databasePath
        self.host = host
        self.port = port
        self.allowIngest = allowIngest
        self.corsOrigin = corsOrigin
        self.maxBodyBytes = maxBodyBytes
        self.budgets = budgets
    }
}

/// The query budgets of a server: a request may lower them or raise them up to the caps, never past.
public struct ServerBudgets: Sendable, Equatable {
    /// Used when a request names no budget: smaller than the command line's, since a page waits.
    public var defaults: QueryBudgets
    /// The most a request may ask for.
    public var caps: QueryBudgets

    public init(
        defaults: QueryBudgets = QueryBudgets(maxRows: 1_000, maxExpansions: 1_000_000, timeout: 5),
        caps: QueryBudgets = QueryBudgets(maxRows: 10_000, maxExpansions: 5_000_000, timeout: 30)
    ) {
        self.defaults = defaults
        self.caps = caps
    }

    /// The budgets a request gets: what it asked for within the caps, else the defaults.
    public func granted(maxRows: Int?, maxExpansions: Int?, timeout: Double?) -> QueryBudgets {
        QueryBudgets(
            maxRows: min(maxRows ?? defaults.maxRows, caps.maxRows),
            maxExpansions: min(maxExpansions ?? defaults.maxExpansions, caps.maxExpansions),
            timeout: min(timeout ?? defaults.timeout, caps.timeout))
    }
}
