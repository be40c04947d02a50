/// One relation as one source states it: who does what to whom, when, how
/// surely, and where in the source it is said.
public struct Fact: Sendable, Hashable, Codable {
    /// Who acts.
    public var subject: Entity
    /// A name in the predicate vocabulary.
    public var predicate: String
    /// Who is acted on.
    public var object: Entity
    /// When, as precisely as the source says; nil when it does not.
    public var date: FactDate?
    /// Why the fact has its date: `explicit`, `relative`, `publication`, ….
    public var dateReason: String?
    /// Whether the source says it did not happen.
    public var negated: Bool
    /// How the source commits to it: asserted, reported, hypothetical, future, advocated or hedged.
    public var modality: Modality
    /// Who said it, when the source reports someone's words.
    public var speaker: Entity?
    /// The capacity the subject acts in: `military`, `government`, ….
    public var role: String?
    /// The capacity the object is acted on in (`civilians`, `police`); with `role`, what tells
    /// the two parties of a domestic fact apart.
    public var objectRole: String?
    /// How sure the source (or the extractor) is, in (0, 1].
    public var confidence: Double
    /// The source's own CAMEO event code, when it has one.
    public var eventCode: String?
    /// The source's own Goldstein score, when it differs from the predicate's.
    public var goldstein: Double?
    /// Where in the source it is said.
    public var evidence: Evidence?

    /// A fact of these fields.
    public init(
        subject: Entity, predicate: String, object: Entity, date: FactDate? = nil, dateReason: String? = nil,
        negated: Bool = false, modality: Modality = .asserted, speaker: Entity? = nil, role: String? = nil,
        confidence: Double = 1, eventCode: String? = nil, goldstein: Double? = nil, evidence: Evidence? = nil,
        objectRole: String? = nil
    ) {
        self.subject = subject
        self.predicate = predicate
        self.object = object
        self.date = date
        self.dateReason = dateReason
        self.negated = negated
        self.modality = modality
        self.speaker = speaker
        self.role = role
        self.objectRole = objectRole
        self.confidence = confidence
        self.eventCode = eventCode
        self.goldstein = goldstein
        self.evidence = evidence
    }
}

/// Where in its source a fact is stated.
public struct Evidence: Sendable, Hashable, Codable {
    /// 0-based index of the sentence in the article body.
    public var sentenceIndex: Int?
    /// Offsets into the article text, counted in Unicode scalars (as Python
    /// counts string indices), end exclusive.
    public var start: Int?
    /// Where it ends in the article text, exclusive.
    public var end: Int?
    /// The sentence itself.
    public var text: String?

    /// Evidence of these fields.
    public init(sentenceIndex: Int? = nil, start: Int? = nil, end: Int? = nil, text: String? = nil) {
        self.sentenceIndex = sentenceIndex
        self.start = start
        self.end = end
        self.text = text
    }
}

/// An article and what was read from it, ready to be stored in one transaction.
public struct ArticleExtraction: Sendable, Hashable {
    /// The article.
    public var article: Article
    /// Every entity the article mentions, related or not.
    public var entities: [Entity]
    /// The facts read from it.
    public var facts: [Fact]
    /// Where each entity is named in the article text.
    public var mentions: [Entity: [TextSpan]]

    /// An article and what was read from it.
    public init(article: Article, entities: [Entity], facts: [Fact], mentions: [Entity: [TextSpan]] = [:]) {
        self.article = article
        self.entities = entities
        self.facts = facts
        self.mentions = mentions
    }
}

/// A stretch of an article's text: offsets in Unicode scalars, end exclusive.
public struct TextSpan: Sendable, Hashable, Codable {
    /// The text of the stretch.
    public var text: String
    /// Where it starts, in Unicode scalars.
    public var start: Int
    /// Where it ends, exclusive.
    public var end: Int

    /// A span of `text` at `start..<end`.
    public init(text: String, start: Int, end: Int) {
        self.text = text
        self.start = start
        self.end = end
    }
}
