import EntenteModel
import EntenteStore
import Foundation

/// Stores the new articles of an import batch in two statements, whatever their number: one
/// inserts those not stored (in the order given, so their ids follow the file), one reads back
/// the id of each. Another importer storing the same article at once is waited for by the
/// insert, as a single insert waits; its row is read by the second statement.
enum PostgresArticleBatch {
    /// One article as the statement reads it from JSON: absent fields are NULL.
    private struct Row: Encodable {
        let position: Int
        let contentHash: String
        let origin: String
        let source: String?
        let url: String?
        let title: String?
        let published: String?
        let text: String

        enum CodingKeys: String, CodingKey {
            case position, origin, source, url, title, published, text
            case contentHash = "content_hash"
        }
    }

    /// The id of each article, in order.
    static func store(_ articles: [EventBatch.NewArticle], recordedAt: String, in session: PostgresSession) throws -> [Int64] {
        guard !articles.isEmpty else { return [] }
        let rows = articles.enumerated().map { position, new in
            Row(
                position: position, contentHash: new.contentHash, origin: new.article.origin.rawValue, source: new.article.source,
                url: new.article.url, title: new.article.title, published: new.article.published?.description, text: new.article.text)
        }
        let document = String(decoding: try JSONEncoder().encode(rows), as: UTF8.self)
        try session.execute(
            """
            INSERT INTO article (content_hash, origin, source, url, title, published, text, ingested_at)
            SELECT n.content_hash, n.origin, n.source, n.url, n.title, n.published, n.text, $2
            FROM jsonb_to_recordset($1::jsonb) AS n(position integer, content_hash text, origin text, source text, url text,
                                                    title text, published text, text text)
            -- A stored article takes no id from the sequence, as a lookup before the insert took none.
            WHERE NOT EXISTS (SELECT 1 FROM article AS a WHERE a.content_hash = n.content_hash)
            ORDER BY n.position
            ON CONFLICT (content_hash) DO NOTHING
            """,
            [.init(document), .init(recordedAt)])
        let hashes = articles.map(\.contentHash)
        var ids: [String: Int64] = [:]
        for row in try session.rows("SELECT content_hash, id FROM article WHERE content_hash = ANY($1)", [.init(texts: hashes)]) {
            ids[row.string(0)] = row.int(1)
        }
        return try hashes.map { hash in
            guard let id = ids[hash] else { throw StoreError(.server, "\(session.location): an article stored by this batch is missing") }
            return id
        }
    }
}
