import Foundation

/// A hand annotation of one article, in the format of Entente's gold files:
/// the entities with the surface forms that name them, the relations the
/// body states, and, kept apart, relations a careless reader would take
/// from captions, boilerplate and comments.
public struct GoldArticle: Sendable, Decodable {
    public struct Entity: Sendable, Decodable {
        public var name: String
        /// `actor`, `place`, `organisation`, or `person` (an actor of type person).
        public var kind: String
        public var aliases: [String]?
    }

    public struct Relation: Sendable, Decodable {
        public var subject: String
        public var relation: String
        public var `class`: String
        public var object: String
        public var date: String?
        public var negated: Bool
        public var reported_by: String?
        public var modality: String?
        public var evidence: String?
    }

    public var title: String?
    public var date: String?
    public var entities: [Entity]
    public var relations: [Relation]
    public var caption_relations: [Relation]?
    public var noise_relations_not_gold: [Relation]?
    public var comment_relations_not_gold: [Relation]?

    public static func decode(_ bytes: [UInt8], name: String) throws -> GoldArticle {
        do {
            return try JSONDecoder().decode(GoldArticle.self, from: Data(bytes))
        } catch {
            throw InputError("\(name): not a gold annotation file: \(error)")
        }
    }
}
