public import EntenteModel
public import EntenteQuery

extension GraphStoring {
    /// Stores an article with the standard vocabulary.
    public func ingest(_ extraction: ArticleExtraction) throws(StoreError) -> IngestOutcome {
        try ingest(extraction, vocabulary: .standard)
    }

    /// Runs a compiled query within ten seconds.
    public func run(_ compiled: CompiledQuery) throws -> QueryResult {
        try run(compiled, timeout: 10)
    }

    /// Compiles with ``resolver(vocabulary:)``, then runs unless the query says EXPLAIN.
    public func compileAndRun(_ source: SourceText, parameters: [String: QueryValue], options: Planner.Options, timeout: Double) throws
        -> (compiled: CompiledQuery, result: QueryResult?)
    {
        let compiled = try Planner.compile(source, resolver: try resolver(), parameters: parameters, options: options)
        return (compiled, compiled.explain ? nil : try run(compiled, timeout: timeout))
    }

    /// The relations a selection keeps.
    public func relations(_ selection: RelationSelection) throws(StoreError) -> [RelationSummary] {
        try relations(selection, touching: nil)
    }

    /// The one entity a user means by `name`: a canonical name, alias or code, or an
    /// ``EntitySelector`` form that picks among entities sharing a name (`organisation:Hezbollah`,
    /// `code:IGONAT`, `#42`).
    ///
    /// - Throws: ``StoreError`` `unknownEntity` with close names as suggestions,
    ///   or `ambiguousEntity` listing the candidates with kinds, types, codes and ids.
    public func entity(named name: String) throws(StoreError) -> EntityRow {
        let selector = EntitySelector(name)
        let candidates = try candidates(for: selector)
        let key = NameKey(selector.name ?? name).rawValue
        if let chosen = NameChoice.chosen(from: candidates, isCanonical: { NameKey($0.name).rawValue == key }, kind: \.kind, type: \.type) {
            return chosen
        }
        if candidates.isEmpty {
            throw .unknownEntity(name, suggestions: try selector.name.map { name throws(StoreError) in try suggestions(for: NameKey(name).rawValue) } ?? [])
        }
        throw .ambiguousEntity(name, candidates: candidates)
    }

    public func resolvedCandidates(for selector: EntitySelector) throws(StoreError) -> [ResolvedEntity] {
        try candidates(for: selector).sorted { $0.id < $1.id }.map { ResolvedEntity(id: $0.id, name: $0.name, kind: $0.kind.rawValue, type: $0.type) }
    }

    /// Each selector resolved on its own.
    public func resolvedCandidates(forEach selectors: [EntitySelector]) throws(StoreError) -> [[ResolvedEntity]] {
        var found: [[ResolvedEntity]] = []
        for selector in selectors { found.append(try resolvedCandidates(for: selector)) }
        return found
    }

    /// The store as the query planner sees it: names, aliases and predicates.
    public func resolver(vocabulary: PredicateVocabulary = .standard) throws(StoreError) -> any EntityResolver {
        StoreResolver(store: self, predicates: try predicateNames().union(vocabulary.definitions.keys))
    }

    /// The relations within `depth` hops of an entity, found breadth first: every relation of
    /// the entity, then every relation of the entities those reach, and so on.
    public func neighbourhood(around center: Int64, depth: Int, _ selection: RelationSelection) throws(StoreError) -> [RelationSummary] {
        var search = BreadthFirstSearch(source: RelationNeighbours(store: self, selection: selection), budget: .max)
        do {
            _ = try search.distances(from: center, maxLevels: depth, along: [.subject])
        } catch let error as StoreError {
            throw error
        } catch {
            // Only the store's reads throw: the search has no budget to run past.
            preconditionFailure("a neighbourhood search failed: \(error)")
        }
        return search.source.found.sorted(by: RelationSummary.ordered)
    }
}
