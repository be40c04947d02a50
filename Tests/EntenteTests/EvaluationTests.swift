import Entente
import Foundation
import Testing

/// The extractor held to its measured quality on articles it was not written for.
@Suite struct EvaluationTests {
    static func fixtures(_ folder: String) throws -> [(page: ArticlePage, gold: GoldArticle, name: String)] {
        let directory = try #require(Bundle.module.url(forResource: "Fixtures/\(folder)", withExtension: nil))
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".txt") }.sorted()
        return try names.map { name in
            let article = directory.appendingPathComponent(name)
            let goldURL = article.deletingPathExtension().appendingPathExtension("gold.json")
            let page = try #require(try ArticleDecoder.pages(from: [UInt8](Data(contentsOf: article)), name: name).first)
            let gold = try GoldArticle.decode([UInt8](Data(contentsOf: goldURL)), name: goldURL.lastPathComponent)
            return (page, gold, name)
        }
    }

    static func scores(_ folder: String) throws -> [ExtractionScore] {
        let extractor = Extractor()
        return try fixtures(folder).map { item in
            ExtractionScorer().score(extractor.extract(item.page), page: item.page, gold: item.gold, name: item.name)
        }
    }

    /// A development set's scores stay at or above their floors, with no noise and no negation lost.
    static func expectFloors(
        _ folder: String, articles: Int, entityF1: Double, precision: Double, recall: Double,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let scores = try Self.scores(folder)
        #expect(scores.count == articles, sourceLocation: sourceLocation)
        let entities = scores.map(\.entities).reduce(.zero, +)
        let relations = scores.map(\.relations).reduce(.zero, +)
        #expect(entities.f1 >= entityF1, "entity F1 \(entities.f1)", sourceLocation: sourceLocation)
        #expect(relations.precision >= precision, "relation precision \(relations.precision)", sourceLocation: sourceLocation)
        #expect(relations.recall >= recall, "relation recall \(relations.recall)", sourceLocation: sourceLocation)
        #expect(scores.allSatisfy { $0.factsFromNoise == 0 }, sourceLocation: sourceLocation)
        #expect(scores.allSatisfy { $0.negatedEmittedAsPositive == 0 }, sourceLocation: sourceLocation)
    }

    @Test func developmentArticlesKeepTheirScores() throws {
        try Self.expectFloors("gold", articles: 8, entityF1: 0.90, precision: 0.90, recall: 0.75)
    }

    @Test func developmentReportsKeepTheirScores() throws {
        // Measured 2026-12-05 (fourth session): entity F1 0.97, relation precision 0.94, recall 0.68.
        try Self.expectFloors("dev2026", articles: 12, entityF1: 0.93, precision: 0.89, recall: 0.63)
        // dev2026b, twelve more reports: entity F1 0.95, precision 0.89, recall 0.60 (sixth round).
        try Self.expectFloors("dev2026b", articles: 12, entityF1: 0.91, precision: 0.84, recall: 0.55)
        // dev2026c, ten VOA news reports: entity F1 0.97, precision 0.85, recall 0.43 (sixth round).
        try Self.expectFloors("dev2026c", articles: 10, entityF1: 0.92, precision: 0.80, recall: 0.38)
        // Tenth round (2026-12-06): dev2026d 0.94, 0.93, 0.56; dev2026e 0.96, 0.97, 0.53; dev2026f 0.92,
        // 0.81, 0.47; dev2026g 0.85, 0.73, 0.32.
        // (Sixteenth round: precision 0.86, the US and AU mediators of the DRC statement taken to
        // mediate the last agreement told, DRC and M23; its annotation has the US mediating DRC–Rwanda.)
        try Self.expectFloors("dev2026d", articles: 9, entityF1: 0.90, precision: 0.84, recall: 0.51)
        try Self.expectFloors("dev2026e", articles: 8, entityF1: 0.92, precision: 0.92, recall: 0.48)
        try Self.expectFloors("dev2026f", articles: 8, entityF1: 0.88, precision: 0.76, recall: 0.42)
        try Self.expectFloors("dev2026g", articles: 10, entityF1: 0.81, precision: 0.68, recall: 0.28)
        // Eleventh round (2026-12-06): dev2026h 0.91, 0.79, 0.44; dev2026i 0.84, 0.80, 0.43; dev2026j 0.85,
        // 0.70, 0.39; dev2026k 0.85, 0.74, 0.34.
        try Self.expectFloors("dev2026h", articles: 8, entityF1: 0.87, precision: 0.74, recall: 0.39)
        try Self.expectFloors("dev2026i", articles: 10, entityF1: 0.80, precision: 0.75, recall: 0.38)
        try Self.expectFloors("dev2026j", articles: 10, entityF1: 0.81, precision: 0.65, recall: 0.34)
        try Self.expectFloors("dev2026k", articles: 10, entityF1: 0.81, precision: 0.69, recall: 0.29)
        // Twelfth round (2026-12-06): dev2026l 0.91, 0.74, 0.43; dev2026m 0.84, 0.81, 0.42.
        try Self.expectFloors("dev2026l", articles: 8, entityF1: 0.87, precision: 0.69, recall: 0.37)
        // (Sixteenth round: 0.74 precision, the four authors of the Belarus statement criticising
        // "Russia's unprovoked war", which its annotation leaves out.)
        try Self.expectFloors("dev2026m", articles: 8, entityF1: 0.80, precision: 0.72, recall: 0.37)
        // Thirteenth round (2026-12-06): dev2026n 0.92, 0.77, 0.42; dev2026o 0.92, 0.84, 0.53.
        try Self.expectFloors("dev2026n", articles: 9, entityF1: 0.88, precision: 0.72, recall: 0.37)
        try Self.expectFloors("dev2026o", articles: 9, entityF1: 0.88, precision: 0.79, recall: 0.48)
        // Fourteenth round (2026-12-06): the readout's sides and shared ties raised dev2026j to 0.85,
        // 0.75, 0.48 and dev2026k to 0.90, 0.79, 0.43.
        try Self.expectFloors("dev2026j", articles: 10, entityF1: 0.81, precision: 0.70, recall: 0.43)
        try Self.expectFloors("dev2026k", articles: 10, entityF1: 0.85, precision: 0.74, recall: 0.38)
        // Fifteenth round (2026-12-06): dev2026p 0.88, 0.79, 0.67 once read (0.88, 0.67, 0.50 untouched).
        try Self.expectFloors("dev2026p", articles: 6, entityF1: 0.84, precision: 0.74, recall: 0.62)
        // Seventeenth round (2026-12-07): dev2026q 0.90, 0.77, 0.60 once read (0.87, 0.58, 0.35 untouched).
        try Self.expectFloors("dev2026q", articles: 8, entityF1: 0.86, precision: 0.70, recall: 0.51)
        // Eighteenth round (2026-12-07): dev2026r 0.94, 0.89, 0.62 once read (0.87, 0.72, 0.38 untouched).
        try Self.expectFloors("dev2026r", articles: 8, entityF1: 0.90, precision: 0.83, recall: 0.57)
        // Nineteenth round (2026-12-07): dev2026s 0.92, 0.94, 0.74 once read (0.88, 0.78, 0.65
        // untouched); dev2026t 0.92, 0.86, 0.56 once read (0.92, 0.81, 0.50 untouched).
        try Self.expectFloors("dev2026s", articles: 8, entityF1: 0.88, precision: 0.88, recall: 0.69)
        try Self.expectFloors("dev2026t", articles: 8, entityF1: 0.88, precision: 0.80, recall: 0.51)
        // Twentieth round (2026-12-07): dev2026u 0.89, 0.59, 0.44 once read (0.89, 0.59, 0.34
        // untouched); dev2026v 0.90, 0.78, 0.53 once read (0.87, 0.68, 0.39 untouched).
        try Self.expectFloors("dev2026u", articles: 8, entityF1: 0.86, precision: 0.55, recall: 0.41)
        try Self.expectFloors("dev2026v", articles: 8, entityF1: 0.86, precision: 0.74, recall: 0.50)
        // Twenty-first round (2026-12-07): dev2026w 0.91, 0.87, 0.52 once read (0.90, 0.68, 0.33 untouched).
        try Self.expectFloors("dev2026w", articles: 8, entityF1: 0.88, precision: 0.82, recall: 0.47)
        // Twenty-second round (2026-12-07): dev2026x 0.92, 0.85, 0.49 once read (0.91, 0.73, 0.41 untouched).
        try Self.expectFloors("dev2026x", articles: 8, entityF1: 0.89, precision: 0.80, recall: 0.45)
        // Twenty-third round (2026-12-07): dev2026y 0.92, 0.95, 0.66 once read (0.89, 0.71, 0.44 untouched).
        try Self.expectFloors("dev2026y", articles: 8, entityF1: 0.89, precision: 0.90, recall: 0.62)
        // Twenty-fourth round (2026-12-08): dev2026z 0.92, 0.78, 0.67 once read (0.90, 0.67, 0.52 untouched).
        try Self.expectFloors("dev2026z", articles: 8, entityF1: 0.89, precision: 0.74, recall: 0.63)
        // Twenty-fifth round (2026-12-08): dev2026za 0.91, 0.72, 0.51 once read (0.89, 0.59, 0.42 untouched).
        try Self.expectFloors("dev2026za", articles: 8, entityF1: 0.88, precision: 0.68, recall: 0.47)
    }

    @Test func heldOutArticlesYieldNoNoiseAndNoFalsePositiveNegations() throws {
        // Held out: never tuned on, so only the properties that must hold everywhere are asserted.
        let scores = try Self.scores("heldout")
        #expect(scores.count == 3)
        #expect(scores.allSatisfy { $0.factsFromNoise == 0 })
        #expect(scores.allSatisfy { $0.negatedEmittedAsPositive == 0 })
        #expect(scores.map(\.entities).reduce(.zero, +).f1 >= 0.80)
        // The fresh held-out set of the seventeenth round: the same properties, no floors from it.
        let fresh = try Self.scores("heldout2026b")
        #expect(fresh.count == 6)
        #expect(fresh.allSatisfy { $0.factsFromNoise == 0 && $0.negatedEmittedAsPositive == 0 })
        // And the eighteenth round's.
        let fresher = try Self.scores("heldout2026c")
        #expect(fresher.count == 8)
        #expect(fresher.allSatisfy { $0.factsFromNoise == 0 && $0.negatedEmittedAsPositive == 0 })
        // And the nineteenth round's two.
        for set in ["heldout2026d", "heldout2026e"] {
            let freshest = try Self.scores(set)
            #expect(freshest.count == 8)
            #expect(freshest.allSatisfy { $0.factsFromNoise == 0 && $0.negatedEmittedAsPositive == 0 })
        }
        // And the twentieth round's two (heldout2026g holds seven texts), the twenty-first's, the
        // twenty-second's, the twenty-third's, the twenty-fourth's and the twenty-fifth's (seven).
        for (set, count) in [
            ("heldout2026f", 8), ("heldout2026g", 7), ("heldout2026h", 8), ("heldout2026i", 8), ("heldout2026j", 8), ("heldout2026k", 8),
            ("heldout2026l", 7),
        ] {
            let freshest = try Self.scores(set)
            #expect(freshest.count == count)
            #expect(freshest.allSatisfy { $0.factsFromNoise == 0 && $0.negatedEmittedAsPositive == 0 })
        }
    }
}
