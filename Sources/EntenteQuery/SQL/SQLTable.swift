/// A table of the store's schema, and the columns of it that queries read.
///
/// Columns are an enum per table, so a misspelt column is a compile error rather than an
/// SQLite error at run time, and no name from a query is ever written into SQL.
public protocol SQLTable: Sendable {
    /// The columns a query may name.
    associatedtype Column: RawRepresentable<String> & Sendable & Hashable
    /// The table's name in the schema.
    static var name: String { get }
}

/// `entity`: actors, places and organisations.
public enum EntityTable: SQLTable {
    /// The table's name in the schema.
    public static let name = "entity"

    /// The columns of `entity` a query reads.
    public enum Column: String, Sendable, Hashable {
        case id, name, kind, type, iso3, cameo, latitude, longitude
    }
}

/// `fact`: one dated relation between two entities, as one article states it.
public enum FactTable: SQLTable {
    /// The table's name in the schema.
    public static let name = "fact"

    /// The columns of `fact` a query reads.
    public enum Column: String, Sendable, Hashable {
        case id, predicate, negated, modality, confidence, role, evidence, goldstein
        case subjectID = "subject_id", objectID = "object_id", articleID = "article_id", speakerID = "speaker_id"
        case objectRole = "object_role", eventCode = "event_code", numMentions = "num_mentions", externalID = "external_id"
        case dateStart = "date_start", dateEnd = "date_end", datePrecision = "date_precision"
        /// PostgreSQL's partition key, the year `date_start` falls in (0 undated); SQLite has no such column.
        case startYear = "start_year"
    }
}

/// `predicate`: the vocabulary, each predicate with its class and Goldstein score.
public enum PredicateTable: SQLTable {
    /// The table's name in the schema.
    public static let name = "predicate"

    /// The columns of `predicate` a query reads.
    public enum Column: String, Sendable, Hashable {
        case name, goldstein
        case relationClass = "class"
    }
}

/// `article`: where facts come from.
public enum ArticleTable: SQLTable {
    /// The table's name in the schema.
    public static let name = "article"

    /// The columns of `article` a query reads.
    public enum Column: String, Sendable, Hashable {
        case id, title, source, url, origin
        case contentHash = "content_hash"
    }
}

/// `relation_validity`: when each lasting relation opened and closed.
public enum RelationValidityTable: SQLTable {
    /// The table's name in the schema.
    public static let name = "relation_validity"

    /// The columns of `relation_validity` a query reads.
    public enum Column: String, Sendable, Hashable {
        case predicate
        case subjectID = "subject_id", objectID = "object_id", validFrom = "valid_from", validTo = "valid_to"
    }
}
