import EntenteModel

/// Turns a parsed query into a `QueryPlan`: what to read and how, with SQL fragments whose
/// values are bound arguments, for a `SQLDialect` to write as statements.
///
/// For example, `MATCH ("Russia")-[r:mediates]->(b) RETURN b` becomes a `JoinPlan` joining
/// `entity` and `fact`, with Russia's id and `mediates` as arguments. Entity names are resolved
/// here (through an `EntityResolver`), so an unknown or ambiguous name is a diagnostic at its
/// place in the query.
///
/// - Complexity: one join per relation of a MATCH pattern; a path search or reachability is a
///   search over indexed reads, bounded by `MAX` hops and the expansion budget.
public struct Planner {
    /// Budgets and switches that hold for every relation of a query.
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

        /// The default expansion budget: room for a search to read every fact of a graph of two
        /// million facts from both of its ends (a 3-hop reachable set around a well-connected
        /// entity reads most of them), so that it stops runaway searches, not ordinary questions.
        /// The time budget bounds a search in SQL, which reads far fewer facts a second.
        public static let defaultMaxExpansions = 5_000_000

        /// Options with the command line's defaults.
        public init(
            maxRows: Int = 10_000, maxExpansions: Int = Options.defaultMaxExpansions, includeModal: Bool = false, excludeDomestic: Bool = false
        ) {
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
    /// The first error the resolver threw: planning stops making sense after it.
    var resolverFailure: (any Error)?

    /// What a variable of the pattern stands for, and its table alias.
    enum Binding: Equatable {
        case node(TableAlias<EntityTable>)
        case edge(TableAlias<FactTable>)
        /// A column of a WITH stage, from 1: what the RETURN after it reads.
        case column(Int)
        /// A variable-length relation of a join: its walk, reversed when it runs against the pattern.
        case walk(TableAlias<WalkTable>, reversed: Bool)
        /// A path variable of a join.
        case path(PathBinding)
    }

    var bindings: [String: Binding] = [:]
    /// Facts whose negated rows a WHERE clause asks about.
    var negationMentioned: Set<TableAlias<FactTable>> = []
    /// Facts whose modality a WHERE clause asks about: all their modalities are kept.
    var modalityMentioned: Set<TableAlias<FactTable>> = []
    /// Rows beside a fact that clauses read: its predicate row, its article, its speaker.
    var predicateJoins: Set<TableAlias<FactTable>> = []
    var articleJoins: Set<TableAlias<FactTable>> = []
    var speakerJoins: Set<TableAlias<FactTable>> = []
    /// Set while the WHERE of a join is planned: the only place a pattern predicate can be.
    var allowsPatternPredicates = false
    /// The scope of the MATCH, for the relations of its pattern predicates.
    var patternScope: DateScope?
    /// Pattern predicates planned so far, to number their tables apart.
    var patternPredicates = 0
    /// Plan a variable-length MATCH as a join even where a search could answer it: a WITH stage
    /// or a UNION part is one SELECT.
    var prefersJoin = false
    /// The walk of each variable-length relation of a join, by the fact alias its place in the pattern numbers.
    var walkOfFact: [TableAlias<FactTable>: (TableAlias<WalkTable>, reversed: Bool)] = [:]
    /// The entity before each walk in the pattern, where `nodes(r)` of the walk starts.
    var walkStarts: [TableAlias<WalkTable>: TableAlias<EntityTable>] = [:]
    /// Each reference resolved so far, by where it is written, so a name is looked up (and a
    /// mistake in it reported) once.
    var resolvedReferences: [Int: ResolvedEntity?] = [:]
    /// Candidates looked up ahead of resolution, by name (``prefetchCandidates(of:)``).
    var prefetchedCandidates: [String: [ResolvedEntity]] = [:]

    /// Parses and plans a query.
    ///
    /// - Throws: `QueryError` with every diagnostic, each at its place in the query; or what
    ///   the resolver threw (a store that could not be read), as it came.
    public static func compile(
        _ source: SourceText, resolver: any EntityResolver, parameters: [String: QueryValue] = [:],
        options: Options = .init()
    ) throws -> CompiledQuery {
        let query = try Parser.parse(source)
        var planner = Planner(source: source, resolver: resolver, parameters: parameters, options: options)
        let compiled: CompiledQuery?
        switch query.body {
        case .match(let match): compiled = planner.plan(match, explain: query.explain)
        case .union(let union): compiled = planner.plan(union, explain: query.explain)
        case .paths(let paths): compiled = planner.plan(paths, explain: query.explain)
        case .timeline(let timeline): compiled = planner.plan(timeline, explain: query.explain)
        case .diff(let diff): compiled = planner.plan(diff, explain: query.explain)
        }
        if let failure = planner.resolverFailure { throw failure }
        guard let compiled, planner.diagnostics.isEmpty else { throw QueryError(planner.diagnostics, source: source) }
        return compiled
    }

    mutating func error(_ message: DiagnosticMessage, at range: Range<Int>, notes: [String] = []) {
        diagnostics.append(Diagnostic(message, at: range, notes: notes))
    }

    // MARK: - Names

    /// The entity a reference names, or nil after a diagnostic; each reference is resolved once.
    mutating func resolve(_ reference: Reference) -> ResolvedEntity? {
        if let known = resolvedReferences[reference.range.lowerBound] { return known }
        let entity = resolveAnew(reference)
        resolvedReferences[reference.range.lowerBound] = .some(entity)
        return entity
    }

    /// Looks up the names of `references` not resolved yet in one call of the resolver, so that
    /// resolving them one by one after reads nothing more: over a store, one read for all the
    /// names of a query instead of one per name. A missing parameter is left to its resolution,
    /// which reports it.
    mutating func prefetchCandidates(of references: [Reference]) {
        var (names, lookups) = ([String](), 0)
        for reference in references where resolvedReferences[reference.range.lowerBound] == nil {
            guard let name = name(of: reference), prefetchedCandidates[name] == nil else { continue }
            lookups += 1
            if !names.contains(name) { names.append(name) }
        }
        // A single lookup gains nothing from going first.
        guard resolverFailure == nil, lookups > 1 else { return }
        do {
            for (name, candidates) in zip(names, try resolver.candidates(namedEach: names)) { prefetchedCandidates[name] = candidates }
        } catch {
            resolverFailure = error
        }
    }

    /// The name a reference stands for: its text, or its parameter's value; nil for a parameter
    /// without one.
    private func name(of reference: Reference) -> String? {
        switch reference {
        case .name(let text, _): text
        case .parameter(let parameter, _): parameters[parameter]?.description
        }
    }

    private mutating func resolveAnew(_ reference: Reference) -> ResolvedEntity? {
        guard let name = name(of: reference) else {
            if case .parameter(let parameter, let range) = reference { error(.missingParameter(parameter), at: range) }
            return nil
        }
        guard resolverFailure == nil else { return nil }
        let candidates: [ResolvedEntity]
        if let prefetched = prefetchedCandidates[name] {
            candidates = prefetched
        } else {
            do {
                candidates = try resolver.candidates(named: name)
            } catch {
                resolverFailure = error
                return nil
            }
        }
        let lowered = name.lowercased()
        if let chosen = NameChoice.chosen(
            from: candidates, isCanonical: { $0.name.lowercased() == lowered }, kind: { EntityKind(rawValue: $0.kind) }, type: \.type)
        {
            return chosen
        }
        if candidates.isEmpty {
            let suggestions: [String]
            do {
                suggestions = try resolver.suggestions(for: name)
            } catch {
                resolverFailure = error
                return nil
            }
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
    mutating func labelCondition(_ labels: [Name], on entity: TableAlias<EntityTable>) -> SQLFragment? {
        guard !labels.isEmpty else { return nil }
        var terms: [SQLFragment] = []
        for label in labels {
            let lower = label.text.lowercased()
            switch lower {
            case "actor", "place", "organisation":
                terms.append("\(entity[.kind]) = \(bind: .string(lower))")
            case "organization":
                terms.append("\(entity[.kind]) = \(bind: .string("organisation"))")
            default:
                if let close = Self.kinds.first(where: { EditDistance.between(lower, $0, limit: 2) <= 2 }), lower.count > 3 {
                    error(.unknownLabel(label.text), at: label.range, notes: ["did you mean '\(close)'?"])
                }
                terms.append("\(entity[.type]) = \(bind: .string(lower))")
            }
        }
        return terms.count == 1 ? terms[0] : "(\(terms.joined(separator: " OR ")))"
    }

    /// An edge's relation names as a condition on predicate or class.
    mutating func relationCondition(_ types: [Name], on fact: TableAlias<FactTable>) -> SQLFragment? {
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
        var terms: [SQLFragment] = []
        if !names.isEmpty {
            terms.append("\(fact[.predicate]) IN (\(Self.boundList(names)))")
        }
        if !classes.isEmpty {
            terms.append("\(fact.predicateRow[.relationClass]) IN (\(Self.boundList(classes)))")
        }
        return terms.count == 1 ? terms[0] : "(\(terms.joined(separator: " OR ")))"
    }

    /// Texts as bound arguments separated by commas.
    static func boundList(_ texts: [String]) -> SQLFragment {
        texts.map { "\(bind: .string($0))" as SQLFragment }.joined(separator: ", ")
    }

    /// The conditions a relation meets unless the query asks otherwise: not negated (unless a
    /// WHERE mentions its `negated`), asserted or reported (unless a WHERE mentions its
    /// `modality`, or the options include modal facts).
    func defaultConditions(on fact: TableAlias<FactTable>) -> [SQLFragment] {
        var conditions: [SQLFragment] = []
        if !negationMentioned.contains(fact) { conditions.append("\(fact[.negated]) = 0") }
        if !options.includeModal, !modalityMentioned.contains(fact) {
            conditions.append("\(fact[.modality]) IN (\(Self.boundList(Modality.committed.map(\.rawValue))))")
        }
        if options.excludeDomestic { conditions.append("\(fact[.subjectID]) <> \(fact[.objectID])") }
        return conditions
    }
}
