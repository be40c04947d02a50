/// A value bound into SQL, or a cell of a result.
public enum QueryValue: Sendable, Hashable, Codable, CustomStringConvertible {
    case null
    case integer(Int64)
    case double(Double)
    case string(String)
    case bool(Bool)
    case hop(Hop)
    case path([Hop])

    /// One step of a path: a fact between two entities.
    public struct Hop: Sendable, Hashable, Codable {
        /// The subject's name.
        public var subject: String
        /// The predicate.
        public var predicate: String
        /// The object's name.
        public var object: String
        /// The fact's date as precise as it is known, or nil when undated.
        public var date: String?
        /// True for a negated fact (a query that asks for them); nil otherwise.
        public var negated: Bool?
        /// Nil for an asserted or reported fact; otherwise its modality (`hypothetical`,
        /// `future`, `advocated`, `hedged`), which only a query that asks for it returns.
        public var modality: String?
        /// The article and sentence, for a query that asks WITH EVIDENCE.
        public var evidence: HopEvidence?

        /// A hop of these fields.
        public init(
            subject: String, predicate: String, object: String, date: String?, negated: Bool? = nil, modality: String? = nil,
            evidence: HopEvidence? = nil
        ) {
            self.subject = subject
            self.predicate = predicate
            self.object = object
            self.date = date
            self.negated = negated
            self.modality = modality
            self.evidence = evidence
        }

        /// The predicate with its negation and modality: `not attacks`, `attacks (hypothetical)`.
        public var label: String {
            (negated == true ? "not " : "") + predicate + (modality.map { " (\($0))" } ?? "")
        }
    }

    /// Where a hop was read.
    public struct HopEvidence: Sendable, Hashable, Codable {
        /// The article's title.
        public var article: String?
        /// The article's source.
        public var source: String?
        /// The sentence.
        public var sentence: String?

        /// Evidence of these fields.
        public init(article: String?, source: String?, sentence: String?) {
            self.article = article
            self.source = source
            self.sentence = sentence
        }
    }

    /// The value as a table cell shows it.
    public var description: String {
        switch self {
        case .null: ""
        case .integer(let value): String(value)
        case .double(let value): String((value * 1000).rounded() / 1000)
        case .string(let value): value
        case .bool(let value): value ? "true" : "false"
        case .hop(let hop): hop.text
        case .path(let hops): hops.map(\.text).joined(separator: " · ")
        }
    }

    /// Encodes the value as JSON's own type (a hop or path as objects).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .integer(let value): try container.encode(value)
        case .double(let value): try container.encode(value)
        case .string(let value): try container.encode(value)
        case .bool(let value): try container.encode(value)
        case .hop(let hop): try container.encode(hop)
        case .path(let hops): try container.encode(hops)
        }
    }

    /// Decodes null, a boolean, an integer, a number or text.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Int64.self) {
            self = .integer(value)
        } else if let value = try? container.decode(Double.self) {
            self = .double(value)
        } else {
            self = .string(try container.decode(String.self))
        }
    }
}

extension QueryValue.Hop {
    /// `Russia –mediates→ Turkey (2017-03-23)`, `Israel –strikes (hypothetical)→ Iran (2024-10-02)`.
    public var text: String {
        "\(subject) –\(label)→ \(object)" + (date.map { " (\($0))" } ?? "")
    }
}

/// What a query returned: named columns and rows of values.
public struct QueryResult: Sendable, Equatable, Codable {
    /// The column names.
    public var columns: [String]
    /// The rows, one value per column.
    public var rows: [[QueryValue]]

    /// A result of these columns and rows.
    public init(columns: [String], rows: [[QueryValue]]) {
        self.columns = columns
        self.rows = rows
    }
}
