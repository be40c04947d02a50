/// An entity as a relation listing shows it: enough to draw, cluster and link it.
public struct EntityReference: Sendable, Hashable, Codable, Comparable {
    /// Its id in the store.
    public var id: Int64
    /// Its canonical name.
    public var name: String
    /// Actor, place or organisation.
    public var kind: EntityKind
    /// Its type: `state`, `person`, …
    public var type: String
    /// The entity's country, when it is one or belongs to one (ISO 3166 alpha-3).
    public var iso3: String?

    /// A reference of these fields.
    public init(id: Int64, name: String, kind: EntityKind, type: String, iso3: String?) {
        self.id = id
        self.name = name
        self.kind = kind
        self.type = type
        self.iso3 = iso3
    }

    /// By name, then id.
    public static func < (lhs: Self, rhs: Self) -> Bool { (lhs.name, lhs.id) < (rhs.name, rhs.id) }
}

/// Every fact of one (subject, predicate, object, negated) in a selection, summed up:
/// one edge of an exported graph, one line of a snapshot or a diff. Asserted and reported facts
/// are summed together; facts of another modality, when a view includes them, are summed per
/// modality, so a hypothetical attack is an edge of its own beside the attacks that happened.
public struct RelationSummary: Sendable, Hashable, Codable {
    /// Who acts.
    public var subject: EntityReference
    /// The predicate.
    public var predicate: String
    /// The predicate's class.
    public var relationClass: RelationClass
    /// Who is acted on.
    public var object: EntityReference
    /// Whether the facts say it did not happen.
    public var negated: Bool
    /// Nil for asserted and reported facts; otherwise the modality all the facts share
    /// (hypothetical, future, advocated or hedged).
    public var modality: Modality?
    /// How many facts are summed up.
    public var facts: Int
    /// Distinct publishers (else distinct articles) behind the facts.
    public var sources: Int
    /// First and last day covered by the facts; nil when every fact is undated.
    public var firstSeen: String?
    /// The last day the facts cover.
    public var lastSeen: String?
    /// The lowest confidence among the facts: an edge is as shaky as its weakest mention.
    public var confidence: Double
    /// For a lasting (structural) relation in a snapshot: the day it opened and the day it closed.
    public var validFrom: String?
    /// The day it closed, if it did.
    public var validTo: String?
    /// For a domestic relation, whose subject and object are one entity: the roles that tell
    /// its two parties apart (`police forces`, `civilian`), summed up per pair of roles.
    public var subjectRole: String?
    /// The role of the object of a domestic relation.
    public var objectRole: String?

    /// A summary of these fields.
    public init(
        subject: EntityReference, predicate: String, relationClass: RelationClass, object: EntityReference,
        negated: Bool, facts: Int, sources: Int, firstSeen: String?, lastSeen: String?, confidence: Double,
        validFrom: String? = nil, validTo: String? = nil, modality: Modality? = nil
    ) {
        self.subject = subject
        self.predicate = predicate
        self.relationClass = relationClass
        self.object = object
        self.negated = negated
        self.modality = modality
        self.facts = facts
        self.sources = sources
        self.firstSeen = firstSeen
        self.lastSeen = lastSeen
        self.confidence = confidence
        self.validFrom = validFrom
        self.validTo = validTo
    }

    /// Whether the subject and the object are one entity.
    public var isDomestic: Bool { subject.id == object.id }

    /// The subject as listings name it: with its role in a domestic relation (`United States (police forces)`).
    public var subjectLabel: String {
        subjectRole.map { "\(subject.name) (\($0))" } ?? subject.name
    }

    /// The object as listings name it: with its role in a domestic relation.
    public var objectLabel: String {
        objectRole.map { "\(object.name) (\($0))" } ?? object.name
    }

    /// Sorted by subject, object, predicate (then negation and modality): the order every
    /// listing and export uses.
    public static func ordered(_ lhs: Self, _ rhs: Self) -> Bool {
        let left = (lhs.subject.name, lhs.subject.id, lhs.object.name, lhs.object.id, lhs.predicate, lhs.negated ? 1 : 0)
        let right = (rhs.subject.name, rhs.subject.id, rhs.object.name, rhs.object.id, rhs.predicate, rhs.negated ? 1 : 0)
        if left != right { return left < right }
        // Then by roles, so a domestic relation's summaries per pair of roles come in one order
        // whatever order the database read them in.
        return (lhs.modality?.rawValue ?? "", lhs.subjectRole ?? "", lhs.objectRole ?? "")
            < (rhs.modality?.rawValue ?? "", rhs.subjectRole ?? "", rhs.objectRole ?? "")
    }

    /// The predicate as listings show it, with a modality other than asserted or reported:
    /// `attacks (hypothetical)`.
    public var predicateLabel: String {
        modality.map { "\(predicate) (\($0.rawValue))" } ?? predicate
    }

    /// `2016-03..2017-11`, `2017-03-23`, or empty when undated.
    public var dateRange: String {
        guard let firstSeen, let lastSeen else { return "" }
        return firstSeen == lastSeen ? firstSeen : "\(firstSeen)..\(lastSeen)"
    }
}
