import Foundation

/// Scores the extractor on PLOVER gold-standard records: one news sentence
/// each, with source and target actors (text and CAMEO code) and an event type.
///
/// A sentence counts as right when one fact has a subject among the sources,
/// an object among the targets and the same PLOVER type; "right by class"
/// relaxes the type to its quad class.
public struct PloverScorer {
    public struct Record: Sendable, Decodable {
        public struct Actor: Sendable, Decodable {
            public var actorText: String?
            public var code: String?
        }

        public var id: String
        public var event: String
        public var date: String?
        public var text: String?
        public var source: [Actor]?
        public var target: [Actor]?

        enum CodingKeys: String, CodingKey {
            case id, event, date, text, source, target
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            id = try container.decode(String.self, forKey: .id)
            event = try container.decode(String.self, forKey: .event)
            date = try container.decodeIfPresent(String.self, forKey: .date)
            text = try container.decodeIfPresent(String.self, forKey: .text)
            // Some records write a missing party as a string ("" or a note) instead of a list.
            source = try? container.decodeIfPresent([Actor].self, forKey: .source)
            target = try? container.decodeIfPresent([Actor].self, forKey: .target)
        }
    }

    public struct Result: Sendable, Codable {
        public var records: Int
        public var right: Int
        public var rightByClass: Int
        /// Records where some fact had the right source and target, whatever its type.
        public var rightParties: Int
        /// Records with no fact at all.
        public var silent: Int
        public var byType: [String: [Int]]
        /// The records not right: id, type, parties, sentence and the facts found.
        public var wrong: [String] = []
        public var share: Double { records == 0 ? 0 : Double(right) / Double(records) }
        public var shareByClass: Double { records == 0 ? 0 : Double(rightByClass) / Double(records) }
    }

    public static let quadClass: [String: RelationClass] = [
        "AGREE": .verbalCooperation, "CONSULT": .verbalCooperation, "SUPPORT": .verbalCooperation,
        "COOPERATE": .materialCooperation, "AID": .materialCooperation, "CONCEDE": .materialCooperation,
        "RETREAT": .materialCooperation, "INVESTIGATE": .verbalConflict, "DEMAND": .verbalConflict,
        "DISAPPROVE": .verbalConflict, "REJECT": .verbalConflict, "THREATEN": .verbalConflict,
        "PROTEST": .materialConflict, "SANCTION": .materialConflict, "MOBILIZE": .materialConflict,
        "COERCE": .materialConflict, "ASSAULT": .materialConflict, "FIGHT": .materialConflict,
    ]

    public let extractor: Extractor

    public init(extractor: Extractor) { self.extractor = extractor }

    public static func decode(_ bytes: [UInt8], name: String) throws -> [Record] {
        do {
            return try JSONDecoder().decode([Record].self, from: Data(bytes)).filter { $0.event != "DOCUMENT" && $0.text != nil }
        } catch {
            throw InputError("\(name): not a PLOVER gold-standard file: \(error)")
        }
    }

    public func score(_ records: [Record]) -> Result {
        var result = Result(records: 0, right: 0, rightByClass: 0, rightParties: 0, silent: 0, byType: [:])
        for record in records {
            guard let text = record.text else { continue }
            let page = PageReader.read(
                text, title: "", published: record.date.flatMap { CalendarDay(iso: $0) })
            let extraction = extractor.extract(page)
            func matches(_ entity: Entity, _ actors: [Record.Actor]?) -> Bool {
                guard let actors, !actors.isEmpty else { return true }
                let spans = Set((extraction.mentions[entity] ?? []).map { ExtractionScorer.fold($0.text) })
                return actors.contains { actor in
                    if let code = actor.code, !code.isEmpty,
                        entity.iso3 == code || entity.cameo == code || (entity.cameo.map { code.hasPrefix($0) && $0.count >= 3 } ?? false)
                            // A country's officials and institutions are its actors: TURGOV is TUR.
                            || (code.count == 3 && entity.cameo?.hasPrefix(code) == true)
                    {
                        return true
                    }
                    guard let text = actor.actorText.map(ExtractionScorer.fold) else { return false }
                    return spans.contains { text.contains($0) || $0.contains(text) }
                }
            }
            let partiesRight = extraction.facts.filter { matches($0.subject, record.source) && matches($0.object, record.target) }
            // A fact is coded as CAMEO codes the statement: "agreed to withdraw" is AGREE.
            let vocabulary = extractor.vocabulary
            let right = partiesRight.contains { vocabulary.plover(of: $0) == record.event }
            let rightClass = partiesRight.contains {
                (vocabulary.plover(of: $0).flatMap { Self.quadClass[$0] } ?? vocabulary[$0.predicate]?.relationClass)
                    == Self.quadClass[record.event]
            }
            if !right {
                let parties = { (actors: [Record.Actor]?) in
                    (actors ?? []).map { "\($0.actorText ?? "?")/\($0.code ?? "?")" }.joined(separator: ", ")
                }
                let found = extraction.facts.map { fact in
                    let type = vocabulary.plover(of: fact).map { " (\($0))" } ?? ""
                    return "\(fact.subject.name) \(fact.predicate)\(fact.negated ? " [negated]" : "")\(type) \(fact.object.name)"
                }
                    + ["entities: " + extraction.entities.map(\.name).joined(separator: ", ")]
                result.wrong.append(
                    "\(record.id) \(record.event) [\(parties(record.source))] -> [\(parties(record.target))]\n    \(text)\n    found: \(found.joined(separator: "; "))")
            }
            result.records += 1
            if right { result.right += 1 }
            if rightClass { result.rightByClass += 1 }
            if !partiesRight.isEmpty { result.rightParties += 1 }
            if extraction.facts.isEmpty { result.silent += 1 }
            var counts = result.byType[record.event] ?? [0, 0]
            counts[0] += right ? 1 : 0
            counts[1] += 1
            result.byType[record.event] = counts
        }
        return result
    }
}
