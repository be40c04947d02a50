public import EntenteModel

/// A query ready to run: SQL text and its bound arguments, never values
/// pasted into the text, plus how to turn result rows into columns.
public struct CompiledQuery: Sendable, Equatable {
    /// How the executor assembles one output column from SQL result columns.
    public enum Output: Sendable, Equatable {
        /// One SQL column, as it comes.
        case value(Int)
        /// Subject, predicate, object, date, negated, modality: one fact as a hop.
        case hop(subject: Int, predicate: Int, object: Int, date: Int, negated: Int, modality: Int)
        /// Article title, source and sentence of a hop.
        case evidence(article: Int, source: Int, sentence: Int)
        /// A comma-separated list of fact ids, to be read back as a path.
        case path(Int)
        /// The name of the entity a variable-length walk started from, or ended at.
        case walkStart
        case walkEnd(Int)
    }

    public enum Strategy: String, Sendable, Equatable {
        /// One SELECT joining a fact per relation of the pattern.
        case join = "join: one fact row per relation of the pattern"
        /// Every acyclic path by a depth-first search in Swift, shortest first, stopping at the LIMIT.
        case pathSearch =
            "path search: distances to the end by breadth-first search, then a depth-first walk from the start, shortest paths first, one indexed query per entity entered, stopping at the LIMIT"
        /// Breadth-first search in Swift, one indexed query per level, for shortest paths.
        case frontier = "frontier search: breadth-first from the start entity, one indexed query per level, stops at the first level that reaches the end"
        /// The frontier search without an end, for a variable-length MATCH that returns entities, not paths.
        case reach = "frontier search: breadth-first from the named end, one indexed query per level, each entity visited once"
        /// The same walk for a variable-length relation of a MATCH, keeping the entities it reaches.
        case variableLength = "recursive CTE: variable-length walk from the named end, depth-bounded and acyclic"
        /// Facts between two entities bucketed by period (see `entente timeline`).
        case timeline = "timeline: the dated facts between two entities, one indexed read, counted per period in Swift"
        /// Relations of two periods compared (see `entente diff`).
        case diff = "diff: the relations of each period, one grouped read each, compared in Swift"
    }

    /// What a TIMELINE or DIFF asks for, names resolved.
    public enum Temporal: Sendable, Equatable {
        case timeline(first: Int64, second: Int64, directed: Bool, bucket: Timeline.Bucket, since: CalendarDay?, until: CalendarDay?)
        case diff(before: Period, after: Period, around: Int64?)
    }

    public var sql: String
    public var arguments: [QueryValue]
    public var columns: [String]
    public var outputs: [Output]
    public var strategy: Strategy
    /// For path queries: which paths to keep after the walk.
    public var pathSelection: PathQuery.Selector?
    public var withEvidence: Bool
    /// For variable-length walks: keep one row per distinct output, and the start entity's name.
    public var distinct: Bool = false
    public var startName: String?
    /// For recursive walks: the steps the walk may take; reaching it stops the query.
    public var expansionBudget: Int?
    /// For frontier searches: the SQL that follows facts into an entity, and the search's ends and bounds.
    public var reverseSQL: String?
    public var reverseArguments: [QueryValue] = []
    public var frontier: Frontier?
    public var explain: Bool
    public var temporal: Temporal? = nil
    /// Whether hypothetical, future, advocated and hedged facts count (`Planner.Options.includeModal`);
    /// a TIMELINE or DIFF reads it, a MATCH or path search has it in its SQL already.
    public var includeModal: Bool = false
    /// Whether facts whose two parties are one entity are left out (`Planner.Options.excludeDomestic`);
    /// a TIMELINE or DIFF reads it, a MATCH or path search has it in its SQL already.
    public var excludeDomestic: Bool = false
    /// Rows the query may return (a LIMIT, or the row budget).
    public var limit: Int?
    /// For path searches: true when `limit` is the row budget rather than the query's LIMIT, so
    /// that finding more paths than it is an error rather than the end of the answer.
    public var limitIsBudget: Bool = false

    public struct Frontier: Sendable, Equatable {
        public var from: Int64
        public var to: Int64
        public var maxHops: Int
        public var maxExpansions: Int
        /// For reachability: the fewest hops an entity must be from the start to count.
        public var minHops: Int = 1
        /// True when `sql` follows facts out of an entity (subject to object); false when into it.
        public var firstIsForward: Bool = true
        /// For path searches: follow facts only from subject to object.
        public var directed: Bool = false
        /// For reachability: keeps the entities reached that the pattern's far end allows (labels, a name).
        public var endSQL: String?
        /// The hop filters in a form an adjacency index can check, when they are that simple.
        public var traversal: TraversalFilter?
        public var endArguments: [QueryValue] = []

        public init(from: Int64, to: Int64, maxHops: Int, maxExpansions: Int) {
            self.from = from
            self.to = to
            self.maxHops = maxHops
            self.maxExpansions = maxExpansions
        }
    }

    /// The SQL that reads the hops of a path back, given its fact ids as arguments.
    public static let hopSQL = """
        SELECT f.id, s.name, f.predicate, o.name, f.date_start, f.date_precision, f.negated, a.title, a.source, f.evidence,
               f.modality
        FROM fact AS f
        JOIN entity AS s ON s.id = f.subject_id
        JOIN entity AS o ON o.id = f.object_id
        JOIN article AS a ON a.id = f.article_id
        WHERE f.id IN (SELECT value FROM json_each(?))
        """
}
