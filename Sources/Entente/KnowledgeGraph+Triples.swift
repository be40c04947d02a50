extension KnowledgeGraph {
    /// Stores the facts of a triples file as one source, in one transaction:
    /// every line is checked first, and one bad line stores nothing.
    ///
    /// Importing the same file again changes nothing.
    public func importTriples(_ file: InputFile, format: TriplesReader.Format = .auto) throws -> IngestOutcome {
        let bytes = try file.read()
        if bytes.prefix(65_536).contains(0) {
            throw DataFileError(.init(file: file.name, line: 1), "binary file (it contains NUL bytes), not triples")
        }
        let text = String(decoding: bytes, as: UTF8.self)
        var reader = TriplesReader(vocabulary: extractor.vocabulary)
        let facts = try reader.read(text, name: file.name, format: format).map { fact in
            var fact = fact
            fact.subject = known(fact.subject)
            fact.object = known(fact.object)
            return fact
        }
        let article = Article(origin: .triples, title: file.name, source: file.name, text: text)
        let entities = facts.flatMap { [$0.subject, $0.object] }
        return try store.ingest(ArticleExtraction(article: article, entities: entities, facts: facts), vocabulary: reader.vocabulary)
    }
}

extension KnowledgeGraph {
    /// The gazetteer's entry for an entity a file names by its canonical name and kind without a
    /// type of its own, so imported `Turkey` is the same state, with its codes and aliases, as
    /// the `Turkey` articles mention.
    func known(_ entity: Entity) -> Entity {
        guard entity.type == Entity.defaultType(for: entity.kind), let entry = extractor.gazetteer.entry(named: entity.name),
            entry.entity.kind == entity.kind, NameKey(entry.entity.name) == NameKey(entity.name)
        else { return entity }
        return entry.entity
    }
}
