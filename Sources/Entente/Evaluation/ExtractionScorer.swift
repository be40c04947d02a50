import Foundation

/// Scores an extraction against a gold annotation, by the rules of Entente's corpus:
///
/// - an entity matches when its name or an alias equals the gold name or a gold
///   alias (case-insensitive, after NFC and whitespace folding);
/// - a fact matches a gold relation when subject and object match as entities,
///   the class is the same (`neutral` = `neutral-statement`) and negation agrees;
///   direction counts, except for symmetric relations (cooperation with,
///   clashes with, meetings), which match either way.
public struct ExtractionScorer {
    public let vocabulary: PredicateVocabulary

    public init(vocabulary: PredicateVocabulary = .standard) {
        self.vocabulary = vocabulary
    }

    static func fold(_ text: String) -> String {
        let scalars = text.precomposedStringWithCanonicalMapping.lowercased()
            .replacingOccurrences(of: "\u{2019}", with: "'")
        return scalars.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// A fact's sentence and a gold relation's evidence are the same sentence (the evidence may
    /// be trimmed or the sentence split differently, so either holding the other will do).
    static func sameSentence(_ sentence: String, _ evidence: String?) -> Bool {
        guard let evidence else { return true }
        let (a, b) = (fold(sentence), fold(evidence))
        return a.contains(b) || b.contains(a)
    }

    public func score(_ extraction: ArticleExtraction, page: ArticlePage, gold: GoldArticle, name: String) -> ExtractionScore {
        // The names a predicted entity goes by in the article: canonical and what the article called it.
        func names(of entity: Entity) -> Set<String> {
            var all: Set<String> = [Self.fold(entity.name)]
            for span in extraction.mentions[entity] ?? [] { all.insert(Self.fold(span.text)) }
            return all
        }
        let goldNames = gold.entities.map { entity in
            Set(([entity.name] + (entity.aliases ?? [])).map(Self.fold))
        }
        // The article's own names first, then the dictionary's other aliases: Egypt's alias "Cairo"
        // must not make it the gold entity Cairo when the article says "Egypt".
        // The canonical name first: Haiti, whose dateline mention is "Port-au-Prince", is the gold
        // Haiti, not the gold Port-au-Prince listed before it.
        func goldIndex(of entity: Entity) -> Int? {
            if let index = goldNames.firstIndex(where: { $0.contains(Self.fold(entity.name)) }) { return index }
            let used = names(of: entity)
            if let index = goldNames.firstIndex(where: { !$0.isDisjoint(with: used) }) { return index }
            let aliases = Set(entity.aliases.map(Self.fold))
            return goldNames.firstIndex { !$0.isDisjoint(with: aliases) }
        }
        func goldKind(_ kind: String) -> EntityKind? { EntityKind(parsing: kind) }

        // Entities.
        let matchedGold = extraction.entities.map(goldIndex(of:))
        let entityScore = PrecisionRecall(
            truePositives: matchedGold.compactMap { $0 }.count, predicted: extraction.entities.count,
            gold: gold.entities.count, goldFound: Set(matchedGold.compactMap { $0 }).count)
        let kindMatched = zip(extraction.entities, matchedGold).compactMap { entity, index -> Int? in
            guard let index, goldKind(gold.entities[index].kind) == entity.kind else { return nil }
            return index
        }
        let kindScore = PrecisionRecall(
            truePositives: kindMatched.count, predicted: extraction.entities.count, gold: gold.entities.count,
            goldFound: Set(kindMatched).count)

        // Relations, each distinct (subject, predicate, object, negated) counted once.
        func goldEntityIndex(named name: String) -> Int? {
            let key = Self.fold(name)
            return goldNames.firstIndex { $0.contains(key) }
        }
        var seen: Set<String> = []
        let facts = extraction.facts.filter {
            seen.insert("\($0.subject.key)|\($0.predicate)|\($0.object.key)|\($0.negated)").inserted
        }
        var goldHit = Set<Int>()
        var truePositives = 0
        var spurious: [String] = []
        for fact in facts {
            let definition = vocabulary[fact.predicate]
            let factClass = definition?.relationClass
            let subject = goldIndex(of: fact.subject)
            let object = goldIndex(of: fact.object)
            var matched = false
            for (index, relation) in gold.relations.enumerated() {
                guard RelationClass(parsing: relation.class) == factClass, relation.negated == fact.negated,
                    let goldSubject = goldEntityIndex(named: relation.subject),
                    let goldObject = goldEntityIndex(named: relation.object)
                else { continue }
                let symmetric = (definition?.isSymmetric ?? false) || relation.relation.hasSuffix("_with")
                    || relation.relation.hasSuffix("between")
                let forward = subject == goldSubject && object == goldObject
                let backward = subject == goldObject && object == goldSubject
                if forward || (symmetric && backward) {
                    matched = true
                    goldHit.insert(index)
                }
            }
            if matched {
                truePositives += 1
            } else {
                spurious.append("\(fact.subject.name) \(fact.predicate) \(fact.object.name)\(fact.negated ? " (negated)" : "")")
            }
        }
        let missed = gold.relations.enumerated().filter { !goldHit.contains($0.offset) }.map {
            "\($0.element.subject) \($0.element.relation) \($0.element.object)\($0.element.negated ? " (negated)" : "") [\($0.element.class)]"
        }
        // Negated relations that came out positive. ("Rwanda denies arming the M23" beside the
        // DRC's "Rwanda arms the M23": where the gold states the relation both ways, only a positive
        // fact read from the denial's own sentence is the denial come out positive.)
        var negatedAsPositive = 0
        for relation in gold.relations where relation.negated {
            let sides = Set([goldEntityIndex(named: relation.subject), goldEntityIndex(named: relation.object)])
            let relationClass = RelationClass(parsing: relation.class)
            let alsoAsserted = gold.relations.contains { other in
                !other.negated && RelationClass(parsing: other.class) == relationClass
                    && Set([goldEntityIndex(named: other.subject), goldEntityIndex(named: other.object)]) == sides
            }
            let hit = facts.contains { fact in
                !fact.negated && vocabulary[fact.predicate]?.relationClass == relationClass
                    && Set([goldIndex(of: fact.subject), goldIndex(of: fact.object)]) == sides
                    && (!alsoAsserted || fact.evidence?.text.map { Self.sameSentence($0, relation.evidence) } ?? true)
            }
            if hit { negatedAsPositive += 1 }
        }
        // Facts whose evidence lies outside the body.
        let body = page.zones(.body).map(\.range)
        let noise = extraction.facts.filter { fact in
            guard let start = fact.evidence?.start else { return false }
            return !body.contains { $0.contains(start) }
        }.count
        return ExtractionScore(
            article: name, entities: entityScore, entitiesByKind: kindScore,
            relations: PrecisionRecall(
                truePositives: truePositives, predicted: facts.count, gold: gold.relations.count, goldFound: goldHit.count),
            factsFromNoise: noise, negatedEmittedAsPositive: negatedAsPositive, missed: missed, spurious: spurious,
            missedEntities: gold.entities.indices.filter { !matchedGold.contains($0) }.map { gold.entities[$0].name },
            spuriousEntities: zip(extraction.entities, matchedGold).filter { $0.1 == nil }.map {
                "\($0.0.name) (\($0.0.kind.rawValue))"
            })
    }
}
