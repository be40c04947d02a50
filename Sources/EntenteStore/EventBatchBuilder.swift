public import EntenteModel

/// Gathers coded events into ``EventBatch``es, giving each entity, article and predicate a slot
/// the first time it is named.
///
/// An entity is known by its kind and name, as the importer always knew it: the first
/// description of a name is the one stored. An article is known by its identity (or text); the
/// builder remembers at most ``maximumArticles`` of them and then forgets them all, so the memory
/// of a long import stays bounded by the entities it names. Not for sharing between threads:
/// the reading stage of an import owns it.
///
/// For example:
///
/// ```swift
/// var builder = EventBatchBuilder()
/// for event in events { builder.add(event) }
/// let outcome = try importer.write(builder.take())
/// ```
public struct EventBatchBuilder {
    /// Articles remembered before the builder forgets them.
    public var maximumArticles: Int
    /// Entity slots by kind, then name: a name is its own key, with nothing to build.
    private var entitySlots: [EntityKind: [String: Int]] = [:]
    private var entityCount = 0
    private var articleSlots: [String: Int] = [:]
    /// The article of the last event and its slot.
    private var lastArticle: (key: String, slot: Int)?
    private var predicateSlots: [String: Int] = [:]
    private var batch = EventBatch()

    /// A builder that forgets its articles after `maximumArticles` of them.
    public init(maximumArticles: Int = 1_000_000) {
        self.maximumArticles = maximumArticles
    }

    /// Rows and loose entities in the batch being built.
    public var count: Int { batch.count }
    /// Nothing added since the last ``take()``.
    public var isEmpty: Bool { batch.isEmpty }

    /// Adds an event as a row of the batch.
    public mutating func add(_ event: CodedEvent) {
        let subject = slot(of: event.subject)
        let object = slot(of: event.object)
        let place = event.place.map { slot(of: $0) }
        let start = event.date.start.description
        batch.rows.append(
            EventBatch.Row(
                externalID: event.externalID, subject: subject, object: object, place: place, article: slot(of: event.article),
                predicate: slot(ofPredicate: event.predicate), eventCode: event.eventCode, goldstein: event.goldstein,
                dateStart: start, dateEnd: event.date.end == event.date.start ? start : event.date.end.description,
                datePrecision: event.date.precision.rawValue,
                role: event.role, objectRole: event.objectRole, confidence: event.confidence, mentions: event.mentions,
                sources: event.sources, articles: event.articles, sentenceIndex: event.sentenceIndex, evidence: event.evidence))
    }

    /// Adds the entities a line that made no fact still names.
    public mutating func addLoose(_ entities: [Entity]) {
        for entity in entities { batch.looseEntities.append(slot(of: entity)) }
    }

    /// The batch built so far; the next one starts empty, its slots continuing these.
    public mutating func take() -> EventBatch {
        let taken = batch
        batch = EventBatch()
        // The next batch is most likely as long: its rows are allocated once, without the slack of doubling.
        batch.rows.reserveCapacity(taken.rows.count)
        batch.firstEntitySlot = entityCount
        batch.firstPredicateSlot = predicateSlots.count
        if articleSlots.count >= maximumArticles {
            articleSlots.removeAll()
            lastArticle = nil
            batch.forgetsArticles = true
        }
        batch.firstArticleSlot = articleSlots.count
        return taken
    }

    private mutating func slot(of entity: Entity) -> Int {
        if let known = entitySlots[entity.kind]?[entity.name] { return known }
        let slot = entityCount
        entityCount += 1
        entitySlots[entity.kind, default: [:]][entity.name] = slot
        batch.newEntities.append(entity)
        return slot
    }

    private mutating func slot(of article: Article) -> Int {
        let key = article.identity ?? article.text
        // Consecutive events of one article (GDELT's run of an article's events) share one
        // string, which compares equal at once by its storage: no hashing of the key per row.
        if let last = lastArticle, last.key == key { return last.slot }
        let slot: Int
        if let known = articleSlots[key] {
            slot = known
        } else {
            slot = newSlot(of: article, key: key)
        }
        lastArticle = (key, slot)
        return slot
    }

    private mutating func newSlot(of article: Article, key: String) -> Int {
        let slot = articleSlots.count
        articleSlots[key] = slot
        batch.newArticles.append(EventBatch.NewArticle(article: article, contentHash: article.contentHash))
        return slot
    }

    private mutating func slot(ofPredicate name: String) -> Int {
        if let known = predicateSlots[name] { return known }
        let slot = predicateSlots.count
        predicateSlots[name] = slot
        batch.newPredicates.append(name)
        return slot
    }
}
