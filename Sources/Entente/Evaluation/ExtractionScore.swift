/// Precision, recall and F1 of one comparison, with the counts behind them.
public struct PrecisionRecall: Sendable, Equatable, Codable {
    public var truePositives: Int
    public var predicted: Int
    public var gold: Int
    /// True positives counted on the gold side (a gold item can be found by several predictions).
    public var goldFound: Int

    public var precision: Double { predicted == 0 ? 0 : Double(truePositives) / Double(predicted) }
    public var recall: Double { gold == 0 ? 0 : Double(goldFound) / Double(gold) }
    public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

    public static func + (lhs: Self, rhs: Self) -> Self {
        .init(
            truePositives: lhs.truePositives + rhs.truePositives, predicted: lhs.predicted + rhs.predicted,
            gold: lhs.gold + rhs.gold, goldFound: lhs.goldFound + rhs.goldFound)
    }

    public static let zero = PrecisionRecall(truePositives: 0, predicted: 0, gold: 0, goldFound: 0)
}

/// How an extraction compares with a gold annotation.
public struct ExtractionScore: Sendable, Codable {
    public var article: String
    public var entities: PrecisionRecall
    /// Entities that must also agree on kind.
    public var entitiesByKind: PrecisionRecall
    public var relations: PrecisionRecall
    /// Facts whose evidence lies outside the article body: captions, boilerplate, comments.
    public var factsFromNoise: Int
    /// Gold negated relations that came out as positive facts.
    public var negatedEmittedAsPositive: Int
    /// Gold relations not found, and facts that match no gold relation, for reading.
    public var missed: [String]
    public var spurious: [String]
    public var missedEntities: [String]
    public var spuriousEntities: [String]
}
