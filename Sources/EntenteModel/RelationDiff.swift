/// What changed between two periods: relations that appeared or disappeared, and pairs of
/// entities whose dominant relation class changed (for example from material conflict to
/// verbal cooperation).
public struct RelationDiff: Sendable, Hashable, Codable {
    /// How a relation changed between the periods.
    public enum Change: String, Sendable, Hashable, Codable, CaseIterable {
        case appeared, disappeared
        /// The pair's most frequent class is not the same in the two periods.
        case changedClass = "changed-class"
    }

    /// One change.
    public struct Entry: Sendable, Hashable, Codable {
        /// How it changed.
        public var change: Change
        /// The subject's name.
        public var subject: String
        /// The predicate for an appeared or disappeared relation; empty for a changed class.
        public var predicate: String
        /// The object's name.
        public var object: String
        /// Nil for asserted and reported facts; the modality of an appeared or disappeared
        /// relation of hypothetical, future, advocated or hedged facts (when a diff includes them).
        public var modality: Modality?
        /// The class before and after (the relation's own class when it appeared or disappeared).
        public var classBefore: RelationClass?
        /// The class after.
        public var classAfter: RelationClass?
        /// The facts behind it in the earlier period.
        public var factsBefore: Int
        /// The facts behind it in the later period.
        public var factsAfter: Int

        /// An entry of these fields.
        public init(
            change: Change, subject: String, predicate: String, object: String, modality: Modality? = nil,
            classBefore: RelationClass?, classAfter: RelationClass?, factsBefore: Int, factsAfter: Int
        ) {
            self.change = change
            self.subject = subject
            self.predicate = predicate
            self.object = object
            self.modality = modality
            self.classBefore = classBefore
            self.classAfter = classAfter
            self.factsBefore = factsBefore
            self.factsAfter = factsAfter
        }

        /// The predicate with a modality other than asserted or reported: `attacks (hypothetical)`.
        public var predicateLabel: String {
            modality.map { "\(predicate) (\($0.rawValue))" } ?? predicate
        }
    }

    /// The earlier period.
    public var before: Period
    /// The later period.
    public var after: Period
    /// The changes, sorted.
    public var entries: [Entry]

    /// Compares the relations of `before` with those of `after` (negated facts are expected
    /// to be left out of both). A relation of hypothetical, future, advocated or hedged facts is
    /// compared as a relation of its own, and only asserted and reported facts decide a pair's
    /// dominant class.
    public init(before: Period, _ old: [RelationSummary], after: Period, _ new: [RelationSummary]) {
        self.before = before
        self.after = after
        struct Key: Hashable {
            var subject: Int64, predicate: String, object: Int64, modality: Modality?, roles: [String?]
        }
        func key(_ relation: RelationSummary) -> Key {
            Key(
                subject: relation.subject.id, predicate: relation.predicate, object: relation.object.id, modality: relation.modality,
                roles: [relation.subjectRole, relation.objectRole])
        }
        let oldByKey = Dictionary(old.map { (key($0), $0) }, uniquingKeysWith: Self.merged)
        let newByKey = Dictionary(new.map { (key($0), $0) }, uniquingKeysWith: Self.merged)
        var entries: [Entry] = []
        for relation in new where oldByKey[key(relation)] == nil {
            entries.append(
                Entry(
                    change: .appeared, subject: relation.subjectLabel, predicate: relation.predicate, object: relation.objectLabel,
                    modality: relation.modality, classBefore: nil, classAfter: relation.relationClass, factsBefore: 0, factsAfter: relation.facts))
        }
        for relation in old where newByKey[key(relation)] == nil {
            entries.append(
                Entry(
                    change: .disappeared, subject: relation.subjectLabel, predicate: relation.predicate,
                    object: relation.objectLabel, modality: relation.modality, classBefore: relation.relationClass, classAfter: nil,
                    factsBefore: relation.facts, factsAfter: 0))
        }
        let oldPairs = Self.pairs(old)
        let newPairs = Self.pairs(new)
        for (pair, newTally) in newPairs {
            guard let oldTally = oldPairs[pair], let was = oldTally.dominant, let now = newTally.dominant, was != now else { continue }
            entries.append(
                Entry(
                    change: .changedClass, subject: pair.first, predicate: "", object: pair.second, classBefore: was,
                    classAfter: now, factsBefore: oldTally.facts, factsAfter: newTally.facts))
        }
        self.entries = entries.sorted {
            ($0.change.rawValue, $0.subject, $0.object, $0.predicate, $0.modality?.rawValue ?? "")
                < ($1.change.rawValue, $1.subject, $1.object, $1.predicate, $1.modality?.rawValue ?? "")
        }
    }

    private static func merged(_ a: RelationSummary, _ b: RelationSummary) -> RelationSummary {
        var result = a
        result.facts += b.facts
        return result
    }

    /// An unordered pair, named in alphabetical order.
    private struct Pair: Hashable { var first: String, second: String }

    private struct Tally {
        var byClass: [RelationClass: Int] = [:]
        var facts: Int { byClass.values.reduce(0, +) }
        /// The class with most facts; ties go to the class listed first.
        var dominant: RelationClass? {
            RelationClass.allCases.filter { byClass[$0] != nil }.max { (byClass[$0] ?? 0) < (byClass[$1] ?? 0) }
        }
    }

    private static func pairs(_ relations: [RelationSummary]) -> [Pair: Tally] {
        var result: [Pair: Tally] = [:]
        for relation in relations where relation.relationClass != .structural && relation.modality == nil {
            let names = [relation.subject.name, relation.object.name].sorted()
            result[Pair(first: names[0], second: names[1]), default: Tally()].byClass[relation.relationClass, default: 0] += relation.facts
        }
        return result
    }
}
