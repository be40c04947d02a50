import EntenteModel
import EntenteStore
import GRDB

extension FactRow {
    /// Decodes a row of `FactRow.selection`.
    init(row: Row) {
        let start: String? = row["date_start"]
        let precision: String? = row["date_precision"]
        let date = start.flatMap { start in precision.flatMap(DatePrecision.init(rawValue:))?.shown(start) }
        self.init(
            id: row["id"], subject: row["subject"], predicate: row["predicate"],
            relationClass: RelationClass(rawValue: row["class"]) ?? .neutral, object: row["object"], date: date,
            dateReason: row["date_reason"], negated: row["negated"],
            modality: Modality(rawValue: row["modality"]) ?? .asserted, speaker: row["speaker"], role: row["role"],
            objectRole: row["object_role"], domestic: row["domestic"], confidence: row["confidence"], goldstein: row["goldstein"],
            origin: Article.Origin(rawValue: row["origin"]) ?? .article, articleID: row["article_id"],
            articleTitle: row["title"], articleSource: row["source"], articleURL: row["url"], sentenceIndex: row["sentence_index"],
            evidence: row["evidence"])
    }

    static let selection = """
        SELECT f.id, s.name AS subject, f.predicate, p.class, o.name AS object, f.date_start, f.date_precision,
               f.date_reason, f.negated, f.modality, sp.name AS speaker, f.role, f.object_role,
               f.subject_id = f.object_id AS domestic, f.confidence,
               coalesce(f.goldstein, p.goldstein) AS goldstein, a.origin, f.article_id, a.title, a.source,
               a.url, f.sentence_index, f.evidence
        FROM fact AS f
        JOIN entity AS s ON s.id = f.subject_id
        JOIN entity AS o ON o.id = f.object_id
        JOIN predicate AS p ON p.name = f.predicate
        JOIN article AS a ON a.id = f.article_id
        LEFT JOIN entity AS sp ON sp.id = f.speaker_id
        """
}
