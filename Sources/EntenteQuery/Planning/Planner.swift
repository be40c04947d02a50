import EntenteModel

/// Turns a parsed query into SQL text plus bound arguments.
///
/// For example, `MATCH ("Russia")-[r:mediates]->(b) RETURN b` becomes one
/// SELECT joining `entity` and `fact`, with Russia's id and `mediates` as
/// arguments. Entity names are resolved here (through an `EntityResolver`),
/// so an unknown or ambiguous name is a diagnostic at its place in the query.
///
/// - Complexity: one join per relation of a MATCH pattern; one recursive CTE
///   for a path search, bounded by `MAX` hops and the expansion budget.
public struct Planner {
    public struct Options: Sendable {
        /// Rows a query may return without a LIMIT before it is stopped.
        public var maxRows: Int
        /// Rows a path search may visit before it is stopped.
        public var maxExpansions: Int
        /// Keep hypothetical, future, advocated and hedged facts on every relation, as if each
        /// WHERE asked about `r.modality`; by default only asserted and reported facts match.
        public var includeModal: Bool
        /// Leave out domestic facts, whose subject and object are one entity, on every relation.
        public var excludeDomestic: Bool

        public init(maxRows: Int = 10_000, maxExpansions: Int = 200_000, includeModal: Bool = false, excludeDomestic: Bool = false) {
            self.maxRows = maxRows
            self.maxExpansions = maxExpansions
            self.includeModal = includeModal
            self.excludeDomestic = excludeDomestic
        }
    }

    let source: SourceText
    let resolver: any EntityResolver
    let parameters: [String: QueryValue]
    let options: Options
    var diagnostics: [Diagnostic] = []
    /// Arguments in the order their `?` appear in the SQL text.
    var arguments: [QueryValue] = []

    /// What a variable of the pattern stands for, and its SQL alias.
    enum Binding: Equatable {
        case node(alias: String)
        case edge(alias: String, index: Int)
    }

    var bindings: [String: Binding] = [:]
    /// Edge aliases whose negated facts a WHERE clause asks about.
    var negationMentioned: Set<String> = []
    /// Edge aliases whose modality a WHERE clause asks about: all their modalities are kept.
    var modalityMentioned: Set<String> = []
    /// Extra joins an edge needs: its predicate row, its article, its speaker.
    var predicateJoins: Set<String> = []
    var articleJoins: Set<String> = []
    var speakerJoins: Set<String> = []

    /// Parses and plans a query.
    public static func compile(
        _ source: SourceText, resolver: any EntityResolver, parameters: [String: QueryValue] = [:],
        options: Options = .init()
    ) throws(QueryError) -> CompiledQuery {
        let query = try Parser.parse(source)
        var planner = Planner(source: source, resolver: resolver, parameters: parameters, options: options)
        let compiled: CompiledQuery?
        switch query.body {
        case .match(let match): compiled = planner.plan(match, explain: query.explain)
        case .paths(let paths): compiled = planner.plan(paths, explain: query.explain)
        case .timeline(let timeline): compiled = planner.plan(timeline, explain: query.explain)
        case .diff(let diff): compiled = planner.plan(diff, explain: query.explain)
        }
        guard var compiled, planner.diagnostics.isEmpty else { throw QueryError(planner.diagnostics, source: source) }
        compiled.includeModal = options.includeModal
        compiled.excludeDomestic = options.excludeDomestic
        return compiled
    }

    mutating func error(_ message: DiagnosticMessage, at range: Range<Int>, notes: [String] = []) {
        diagnostics.append(Diagnostic(message, at: range, notes: notes))
    }

    /// Appends a bound argument and returns its placeholder.
    mutating func bind(_ value: QueryValue) -> String {
        arguments.append(value)
        return "?"
    }

    // MARK: - Names

    /// The entity id a reference names, or nil after a diagnostic.
    mutating func resolve(_ reference: Reference) -> ResolvedEntity? {
        let name: String
        switch reference {
        case .name(let text, _):
            name = text
        case .parameter(let parameter, let range):
            guard let value = parameters[parameter] else {
                error(.missingParameter(parameter), at: range)
                return nil
            }
            name = value.description
        }
        let candidates = resolver.candidates(named: name)
        let lowered = name.lowercased()
        if let chosen = NameChoice.chosen(
            from: candidates, isCanonical: { $0.name.lowercased() == lowered }, kind: { EntityKind(rawValue: $0.kind) }, type: \.type)
        {
            return chosen
        }
        if candidates.isEmpty {
            let suggestions = resolver.suggestions(for: name)
            error(
                .unknownEntity(name), at: reference.range,
                notes: suggestions.isEmpty ? [] : ["did you mean \(suggestions.map { "'\($0)'" }.joined(separator: ", "))?"])
        } else {
            error(
                .ambiguousEntity(name), at: reference.range,
                notes: candidates.map { "'\($0.name)' (\($0.kind), \($0.type), #\($0.id))" })
        }
        return nil
    }

    static let kinds = ["actor", "place", "organisation", "organization", "person"]

    /// A node's labels as a condition: kinds by kind, `person` and anything else by type.
    mutating func labelCondition(_ labels: [Name], alias: String) -> String? {
        guard !labels.isEmpty else { return nil }
        var terms: [String] = []
        for label in labels {
            let lower = label.text.lowercased()
            switch lower {
            case "actor", "place", "organisation":
                terms.append("\(alias).kind = \(bind(.string(lower)))")
            case "organization":
                terms.append("\(alias).kind = \(bind(.string("organisation")))")
            default:
                if let close = Self.kinds.first(where: { EditDistance.between(lower, $0, limit: 2) <= 2 }), lower.count > 3 {
                    error(.unknownLabel(label.text), at: label.range, notes: ["did you mean '\(close)'?"])
                }
                terms.append("\(alias).type = \(bind(.string(lower)))")
            }
        }
        return terms.count == 1 ? terms[0] : "(" + terms.joined(separator: " OR ") + ")"
    }

    /// An edge's relation names as a condition on predicate or class.
    mutating func relationCondition(_ types: [Name], fact: String, predicate: String) -> String? {
        guard !types.isEmpty else { return nil }
        var names: [String] = []
        var classes: [String] = []
        for type in types {
            if let relationClass = RelationClass(parsing: type.text) {
                classes.append(relationClass.rawValue)
                continue
            }
            let name = PredicateDefinition.normalisedName(type.text)
            guard resolver.predicates.contains(name) else {
                let known = resolver.predicates.union(RelationClass.allCases.map(\.rawValue))
                let close = known.map { ($0, EditDistance.between(name, $0, limit: 3)) }.filter { $0.1 <= 3 }
                    .sorted { ($0.1, $0.0) < ($1.1, $1.0) }.prefix(3).map { "'\($0.0)'" }
                error(.unknownRelation(type.text), at: type.range, notes: close.isEmpty ? [] : ["did you mean \(close.joined(separator: " or "))?"])
                continue
            }
            names.append(name)
        }
        var terms: [String] = []
        if !names.isEmpty {
            terms.append("\(fact).predicate IN (\(names.map { bind(.string($0)) }.joined(separator: ", ")))")
        }
        if !classes.isEmpty {
            terms.append("\(predicate).class IN (\(classes.map { bind(.string($0)) }.joined(separator: ", ")))")
        }
        return terms.count == 1 ? terms[0] : "(" + terms.joined(separator: " OR ") + ")"
    }

    /// The conditions a relation meets unless the query asks otherwise: not negated (unless a
    /// WHERE mentions its `negated`), asserted or reported (unless a WHERE mentions its
    /// `modality`, or the options include modal facts).
    mutating func defaultConditions(fact: String) -> [SQLFragment] {
        var conditions: [SQLFragment] = []
        if !negationMentioned.contains(fact) { conditions.append(SQLFragment("\(fact).negated = 0")) }
        if !options.includeModal, !modalityMentioned.contains(fact) {
            conditions.append(
                SQLFragment(
                    "\(fact).modality IN (\(Modality.committed.map { _ in "?" }.joined(separator: ", ")))",
                    Modality.committed.map { .string($0.rawValue) }))
        }
        if options.excludeDomestic { conditions.append(SQLFragment("\(fact).subject_id <> \(fact).object_id")) }
        return conditions
    }

    /// How long a point event stays alive in `AS OF` without a `WINDOW`.
    public static let defaultWindowDays = 180

    /// The scope's bounds as conditions on one fact: DURING overlaps, WITHIN contains.
    mutating func scopeConditions(_ scope: DateScope?, fact: String) -> [String] {
        guard let scope else { return [] }
        let first = scope.start.flatMap { FactDate(parsing: $0) }
        let last = scope.end.flatMap { FactDate(parsing: $0) }
        if let first, let last, last.end < first.start {
            error(.periodBackwards, at: scope.range)
        }
        var conditions: [String] = []
        switch scope.kind {
        case .during:
            if let first { conditions.append("\(fact).date_end >= \(bind(.string(first.start.description)))") }
            if let last { conditions.append("\(fact).date_start <= \(bind(.string(last.end.description)))") }
        case .within:
            if let first { conditions.append("\(fact).date_start >= \(bind(.string(first.start.description)))") }
            if let last { conditions.append("\(fact).date_end <= \(bind(.string(last.end.description)))") }
        case .asOf:
            guard let day = last?.end else { break }
            let windowStart = day.adding(days: -(scope.windowDays ?? Self.defaultWindowDays)) ?? day
            // A point event dated inside the window, or a lasting relation whose interval holds the day.
            conditions.append(
                "(\(fact).date_start <= \(bind(.string(day.description))) AND ((\(fact).predicate NOT IN "
                    + "(SELECT name FROM predicate WHERE class = 'structural') AND \(fact).date_end >= \(bind(.string(windowStart.description)))) "
                    + "OR (\(fact).negated = 0 AND EXISTS (SELECT 1 FROM relation_validity AS v WHERE v.subject_id = \(fact).subject_id "
                    + "AND v.predicate = \(fact).predicate AND v.object_id = \(fact).object_id AND \(fact).date_start >= v.valid_from "
                    + "AND v.valid_from <= \(bind(.string(day.description))) AND (v.valid_to IS NULL OR v.valid_to > \(bind(.string(day.description))))))))")
        }
        return conditions
    }

    /// `2017-03` shown as it was dated: the day, month or year of the fact.
    static func dateDisplay(_ fact: String) -> String {
        "CASE \(fact).date_precision WHEN 'day' THEN \(fact).date_start WHEN 'month' THEN substr(\(fact).date_start, 1, 7) "
            + "WHEN 'year' THEN substr(\(fact).date_start, 1, 4) END"
    }
}
