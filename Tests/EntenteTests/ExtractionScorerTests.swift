import Entente
import Testing

@Suite struct ExtractionScorerTests {
    static let gold = try! GoldArticle.decode(
        Array(
            """
            {"entities": [
              {"name": "Turkey", "kind": "actor", "aliases": ["Ankara", "Turkish"]},
              {"name": "Syria", "kind": "actor", "aliases": ["Damascus"]},
              {"name": "Daesh", "kind": "organisation", "aliases": ["ISIS"]}
             ],
             "relations": [
              {"subject": "Turkey", "relation": "clash_with", "class": "material-conflict", "object": "Syria", "negated": true},
              {"subject": "Turkey", "relation": "fight", "class": "material-conflict", "object": "Daesh", "negated": false}
             ]}
            """.utf8), name: "gold.json")

    static let turkey = Entity(name: "Turkey", kind: .actor, type: "state", aliases: ["Ankara"])
    static let syria = Entity(name: "Syria", kind: .actor, type: "state")
    static let iran = Entity(name: "Iran", kind: .actor, type: "state")

    static func score(_ facts: [Fact], entities: [Entity]) -> ExtractionScore {
        let page = PageReader.read("A Title For The Test\n\nTurkey and Syria did not clash, officials in Ankara said.\n")
        let extraction = ArticleExtraction(article: Article(text: page.text), entities: entities, facts: facts)
        return ExtractionScorer().score(extraction, page: page, gold: gold, name: "test")
    }

    @Test func anEntityMatchesTheGoldEntityOfItsOwnNameBeforeOneOfItsMentions() {
        // Haiti, also called "Port-au-Prince" in a dateline, is the gold Haiti, not the gold
        // Port-au-Prince listed before it.
        let gold = try! GoldArticle.decode(
            Array(
                """
                {"entities": [
                  {"name": "Port-au-Prince", "kind": "place"},
                  {"name": "Haiti", "kind": "actor"},
                  {"name": "Kenya", "kind": "actor"}
                 ],
                 "relations": [
                  {"subject": "Kenya", "relation": "support", "class": "verbal-cooperation", "object": "Haiti", "negated": false}
                 ]}
                """.utf8), name: "haiti.json")
        let haiti = Entity(name: "Haiti", kind: .actor, type: "state")
        let kenya = Entity(name: "Kenya", kind: .actor, type: "state")
        let page = PageReader.read("A Title For The Test\n\nPort-au-Prince, Haiti — Kenya supports Haiti.\n")
        let extraction = ArticleExtraction(
            article: Article(text: page.text), entities: [haiti, kenya],
            facts: [Fact(subject: kenya, predicate: "supports", object: haiti)],
            mentions: [haiti: [TextSpan(text: "Port-au-Prince", start: 0, end: 14), TextSpan(text: "Haiti", start: 16, end: 21)]])
        let score = ExtractionScorer().score(extraction, page: page, gold: gold, name: "haiti")
        #expect(score.relations.truePositives == 1)
        #expect(score.entities.goldFound == 2)
    }

    @Test func symmetricRelationsMatchEitherWayAndNegationMustAgree() {
        // Syria–Turkey written backwards still matches the clash; a positive clash does not match a negated one.
        let backwards = Fact(subject: Self.syria, predicate: "clashes_with", object: Self.turkey, negated: true)
        let positive = Fact(subject: Self.turkey, predicate: "clashes_with", object: Self.syria, negated: false)
        let score = Self.score([backwards, positive], entities: [Self.turkey, Self.syria])
        #expect(score.relations.truePositives == 1)
        #expect(score.relations.predicted == 2)
        #expect(score.relations.goldFound == 1)
        #expect(score.relations.recall == 0.5)
        #expect(score.negatedEmittedAsPositive == 1)
    }

    @Test func aDenialBesideAnAccusationCountsOnlyWhereThePositiveFactReadsTheDenial() {
        // The gold has the relation asserted (the accuser's sentence) and negated (the denial's).
        let gold = try! GoldArticle.decode(
            Array(
                """
                {"entities": [
                  {"name": "Rwanda", "kind": "actor"},
                  {"name": "M23", "kind": "organisation"}
                 ],
                 "relations": [
                  {"subject": "Rwanda", "relation": "arm", "class": "material-cooperation", "object": "M23", "negated": false,
                   "evidence": "Kinshasa says Rwanda arms the M23."},
                  {"subject": "Rwanda", "relation": "arm", "class": "material-cooperation", "object": "M23", "negated": true,
                   "evidence": "Rwanda denies arming the rebels."}
                 ]}
                """.utf8), name: "denial.json")
        let rwanda = Entity(name: "Rwanda", kind: .actor, type: "state")
        let m23 = Entity(name: "M23", kind: .organisation)
        let page = PageReader.read("A Title For The Test\n\nKinshasa says Rwanda arms the M23. Rwanda denies arming the rebels.\n")
        func negationErrors(readFrom sentence: String) -> Int {
            let fact = Fact(subject: rwanda, predicate: "arms", object: m23, evidence: Evidence(text: sentence))
            let extraction = ArticleExtraction(article: Article(text: page.text), entities: [rwanda, m23], facts: [fact])
            return ExtractionScorer().score(extraction, page: page, gold: gold, name: "test").negatedEmittedAsPositive
        }
        #expect(negationErrors(readFrom: "Kinshasa says Rwanda arms the M23.") == 0)
        #expect(negationErrors(readFrom: "Rwanda denies arming the rebels.") == 1)
    }

    @Test func entitiesMatchThroughAliases() {
        let ankara = Entity(name: "Ankara", kind: .actor)
        let score = Self.score([], entities: [ankara, Self.iran])
        #expect(score.entities.truePositives == 1)
        #expect(score.entities.precision == 0.5)
        #expect(abs(score.entities.recall - 1.0 / 3.0) < 1e-9)
        #expect(score.spuriousEntities == ["Iran (actor)"])
    }

    @Test func theArticlesOwnNamesComeBeforeTheDictionarysAliases() {
        // The gold lists the capital first; the state's dictionary alias for it must not steal the match.
        let gold = try! GoldArticle.decode(
            Array(
                """
                {"entities": [
                  {"name": "Damascus", "kind": "place"},
                  {"name": "Syria", "kind": "actor"}
                 ],
                 "relations": []}
                """.utf8), name: "capital.json")
        let syria = Entity(name: "Syria", kind: .actor, type: "state", aliases: ["Damascus"])
        let page = PageReader.read("A Title For The Test\n\nSyria said so.\n")
        let extraction = ArticleExtraction(article: Article(text: page.text), entities: [syria], facts: [])
        let score = ExtractionScorer().score(extraction, page: page, gold: gold, name: "test")
        #expect(score.entities.goldFound == 1)
        #expect(score.missedEntities == ["Damascus"])
    }

    @Test func directionCountsForDirectedRelations() {
        let daesh = Entity(name: "Daesh", kind: .organisation)
        let reversed = Fact(subject: daesh, predicate: "attacks", object: Self.turkey)
        #expect(Self.score([reversed], entities: []).relations.truePositives == 0)
        let right = Fact(subject: Self.turkey, predicate: "attacks", object: daesh)
        #expect(Self.score([right], entities: []).relations.truePositives == 1)
    }

    @Test func factsOutsideTheBodyCountAsNoise() {
        let caption = Fact(
            subject: Self.turkey, predicate: "attacks", object: Self.syria, evidence: Evidence(sentenceIndex: 0, start: 0, end: 5))
        #expect(Self.score([caption], entities: []).factsFromNoise == 1)
    }
}
