public import EntenteModel

/// A stored fact with names resolved, as listings show it.
public struct FactRow: Sendable, Hashable, Codable {
    /// Its id in this database.
    public var id: Int64
    /// The subject's canonical name.
    public var subject: String
    /// The predicate (`attacks`, `meets_with`).
    public var predicate: String
    /// The predicate's class.
    public var relationClass: RelationClass
    /// The object's canonical name.
    public var object: String
    /// `2017`, `2017-03` or `2017-03-23`; nil when undated.
    public var date: String?
    /// How the date was found (`explicit` in the text, `coded` by an event dataset, …).
    public var dateReason: String?
    /// Whether the article says it did not happen.
    public var negated: Bool
    /// Asserted, reported, hypothetical, future, advocated or hedged.
    public var modality: Modality
    /// Who said it, when a person did.
    public var speaker: String?
    /// The capacity the subject acted in.
    public var role: String?
    /// The capacity the object was acted on in.
    public var objectRole: String?
    /// Whether the subject and the object are one entity (`United States (police) –arrests–
    /// United States (civilians)`).
    public var domestic: Bool
    /// How sure the extraction is, from 0 to 1.
    public var confidence: Double
    /// The Goldstein score of the fact, or of its predicate.
    public var goldstein: Double?
    /// Where the fact came from: an article, a triples file, an event dataset.
    public var origin: Article.Origin
    /// The article's id.
    public var articleID: Int64
    /// The article's title.
    public var articleTitle: String?
    /// The article's source (a publisher or a file).
    public var articleSource: String?
    /// The article's address, when it was given one (a JSON article's `url`, an event's source URL).
    public var articleURL: String?
    /// The sentence's position in the article.
    public var sentenceIndex: Int?
    /// The sentence the fact was read from.
    public var evidence: String?

    /// A value of every field, for a store to build.
    package init(id: Int64, subject: String, predicate: String, relationClass: RelationClass, object: String, date: String?, dateReason: String?, negated: Bool, modality: Modality, speaker: String?, role: String?, objectRole: String?, domestic: Bool, confidence: Double, goldstein: Double?, origin: Article.Origin, articleID: Int64, articleTitle: String?, articleSource: String?, articleURL: String? = nil, sentenceIndex: Int?, evidence: String?) {
        self.id = id
        self.subject = subject
        self.predicate = predicate
        self.relationClass = relationClass
        self.object = object
        self.date = date
        self.dateReason = dateReason
        self.negated = negated
        self.modality = modality
        self.speaker = speaker
        self.role = role
        self.objectRole = objectRole
        self.domestic = domestic
        self.confidence = confidence
        self.goldstein = goldstein
        self.origin = origin
        self.articleID = articleID
        self.articleTitle = articleTitle
        self.articleSource = articleSource
        self.articleURL = articleURL
        self.sentenceIndex = sentenceIndex
        self.evidence = evidence
    }
}

extension FactRow {
    /// The subject as a listing names it: with its role when the fact is domestic, so its two
    /// parties read apart (`United States (police)`).
    public var subjectLabel: String {
        domestic ? FactRow.label(subject, role: role) : subject
    }

    /// The object as a listing names it: with its role when the fact is domestic.
    public var objectLabel: String {
        domestic ? FactRow.label(object, role: objectRole) : object
    }

    static func label(_ name: String, role: String?) -> String {
        role.map { "\(name) (\($0))" } ?? name
    }
}
