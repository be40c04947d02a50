public import EntenteModel
import GRDB

/// A stored fact with names resolved, as listings show it.
public struct FactRow: Sendable, Hashable, Codable {
    public var id: Int64
    public var subject: String
    public var predicate: String
    public var relationClass: RelationClass
    public var object: String
    /// `2017`, `2017-03` or `2017-03-23`; nil when undated.
    public var date: String?
    public var dateReason: String?
    public var negated: Bool
    public var modality: Modality
    public var speaker: String?
    /// The capacity the subject acted in.
    public var role: String?
    /// The capacity the object was acted on in.
    public var objectRole: String?
    /// Whether the subject and the object are one entity (`United States (police) –arrests–
    /// United States (civilians)`).
    public var domestic: Bool
    public var confidence: Double
    public var goldstein: Double?
    public var origin: Article.Origin
    public var articleID: Int64
    public var articleTitle: String?
    public var articleSource: String?
    public var sentenceIndex: Int?
    public var evidence: String?
}

extension FactRow {
    init(row: Row) {
        let start: String? = row["date_start"]
        let precision: String? = row["date_precision"]
        var date: String?
        if let start, let precision, let precision = DatePrecision(rawValue: precision) {
            switch precision {
            case .day: date = start
            case .month: date = String(start.prefix(7))
            case .year: date = String(start.prefix(4))
            }
        }
        self.init(
            id: row["id"], subject: row["subject"], predicate: row["predicate"],
            relationClass: RelationClass(rawValue: row["class"]) ?? .neutral, object: row["object"], date: date,
            dateReason: row["date_reason"], negated: row["negated"],
            modality: Modality(rawValue: row["modality"]) ?? .asserted, speaker: row["speaker"], role: row["role"],
            objectRole: row["object_role"], domestic: row["domestic"], confidence: row["confidence"], goldstein: row["goldstein"],
            origin: Article.Origin(rawValue: row["origin"]) ?? .article, articleID: row["article_id"],
            articleTitle: row["title"], articleSource: row["source"], sentenceIndex: row["sentence_index"],
            evidence: row["evidence"])
    }

    static let selection = """
        SELECT f.id, s.name AS subject, f.predicate, p.class, o.name AS object, f.date_start, f.date_precision,
               f.date_reason, f.negated, f.modality, sp.name AS speaker, f.role, f.object_role,
               f.subject_id = f.object_id AS domestic, f.confidence,
               coalesce(f.goldstein, p.goldstein) AS goldstein, a.origin, f.article_id, a.title, a.source,
               f.sentence_index, f.evidence
        FROM fact AS f
        JOIN entity AS s ON s.id = f.subject_id
        JOIN entity AS o ON o.id = f.object_id
        JOIN predicate AS p ON p.name = f.predicate
        JOIN article AS a ON a.id = f.article_id
        LEFT JOIN entity AS sp ON sp.id = f.speaker_id
        """

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
