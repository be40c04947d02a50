/// One row of a coded-event dataset (GDELT, ICEWS) as the store takes it: the parties, what
/// happened as a predicate and a CAMEO code, where and when, and the article it was coded from.
public struct CodedEvent: Sendable, Hashable {
    /// The dataset's own identity for the row (`gdelt:881990832`, `icews:26883283:2018-06-01`):
    /// a row already stored is not stored again.
    public var externalID: String
    /// Who acted.
    public var subject: Entity
    /// Who was acted on.
    public var object: Entity
    /// What happened, as a predicate of the vocabulary.
    public var predicate: String
    /// The CAMEO event code, if the dataset gives one.
    public var eventCode: String?
    /// The dataset's Goldstein score, if it gives one.
    public var goldstein: Double?
    /// When it happened.
    public var date: FactDate
    /// The role the subject acted in (`government`, `military`), from its actor code or sector.
    public var role: String?
    /// The role the object was acted on in, from its actor code or sector.
    public var objectRole: String?
    /// Where it happened, if the dataset says.
    public var place: Entity?
    /// How sure the dataset is, from 0 to 1.
    public var confidence: Double
    /// How many mentions the dataset counted, if it did.
    public var mentions: Int?
    /// How many sources reported it, if the dataset counted.
    public var sources: Int?
    /// How many articles reported it, if the dataset counted.
    public var articles: Int?
    /// The article (or story) the event was coded from; events of one article share it.
    public var article: Article
    /// The sentence's position in the story, if the dataset gives it.
    public var sentenceIndex: Int?
    /// The dataset's wording of the event, kept as evidence.
    public var evidence: String?

    /// An event of these fields.
    public init(
        externalID: String, subject: Entity, object: Entity, predicate: String, eventCode: String?, goldstein: Double?,
        date: FactDate, role: String? = nil, place: Entity? = nil, confidence: Double, mentions: Int? = nil,
        sources: Int? = nil, articles: Int? = nil, article: Article, sentenceIndex: Int? = nil, evidence: String? = nil,
        objectRole: String? = nil
    ) {
        self.externalID = externalID
        self.subject = subject
        self.object = object
        self.predicate = predicate
        self.eventCode = eventCode
        self.goldstein = goldstein
        self.date = date
        self.role = role
        self.objectRole = objectRole
        self.place = place
        self.confidence = confidence
        self.mentions = mentions
        self.sources = sources
        self.articles = articles
        self.article = article
        self.sentenceIndex = sentenceIndex
        self.evidence = evidence
    }
}
