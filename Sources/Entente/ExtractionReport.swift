/// The JSON shape of `entente extract`: what `ingest` would store, article by article.
public struct ExtractionReport: Sendable, Encodable {
    public struct ArticleEntry: Sendable, Encodable {
        public var file: String
        public var title: String?
        public var published: String?
        public var source: String?
        public var url: String?
        public var entities: [EntityEntry]
        public var facts: [FactEntry]
    }

    public struct EntityEntry: Sendable, Encodable {
        public var name: String
        public var kind: String
        public var type: String
        /// ISO 3166 alpha-3 for states, else the CAMEO actor code.
        public var code: String?
        public var mentions: [TextSpan]
    }

    public struct FactEntry: Sendable, Encodable {
        public var subject: String
        public var predicate: String
        public var object: String
        public var `class`: String
        public var cameo: String?
        public var plover: String?
        public var goldstein: Double?
        public var date: String?
        public var date_precision: String?
        public var date_reason: String?
        public var negated: Bool
        public var modality: String
        public var speaker: String?
        public var role: String?
        /// The capacity the object is acted on in.
        public var object_role: String?
        public var confidence: Double
        public var sentence: Int?
        public var start: Int?
        public var end: Int?
        public var evidence: String?
    }

    public var articles: [ArticleEntry] = []

    public init() {}

    public mutating func add(_ extraction: ArticleExtraction, file: String, vocabulary: PredicateVocabulary) {
        let article = extraction.article
        let entities = extraction.entities.map { entity in
            EntityEntry(
                name: entity.name, kind: entity.kind.rawValue, type: entity.type, code: entity.iso3 ?? entity.cameo,
                mentions: extraction.mentions[entity] ?? [])
        }
        let facts = extraction.facts.map { fact in
            let definition = vocabulary[fact.predicate]
            return FactEntry(
                subject: fact.subject.name, predicate: fact.predicate, object: fact.object.name,
                class: definition?.relationClass.rawValue ?? "neutral", cameo: fact.eventCode ?? definition?.cameo,
                plover: vocabulary.plover(of: fact), goldstein: fact.goldstein ?? definition?.goldstein,
                date: fact.date?.description, date_precision: fact.date?.precision.rawValue, date_reason: fact.dateReason,
                negated: fact.negated, modality: fact.modality.rawValue, speaker: fact.speaker?.name, role: fact.role,
                object_role: fact.objectRole, confidence: (fact.confidence * 1000).rounded() / 1000, sentence: fact.evidence?.sentenceIndex,
                start: fact.evidence?.start, end: fact.evidence?.end, evidence: fact.evidence?.text)
        }
        articles.append(
            ArticleEntry(
                file: file, title: article.title, published: article.published?.description, source: article.source,
                url: article.url, entities: entities, facts: facts))
    }
}
