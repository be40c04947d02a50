public import EntenteModel

/// Small hand-made articles and facts for store tests.
public enum Fixture {
    public static let turkey = Entity(name: "Turkey", kind: .actor, type: "state", iso3: "TUR", cameo: "TUR", aliases: ["Turkish", "Ankara"])
    public static let russia = Entity(name: "Russia", kind: .actor, type: "state", iso3: "RUS", aliases: ["Russian", "Moscow"])
    public static let syria = Entity(name: "Syria", kind: .actor, type: "state", iso3: "SYR", aliases: ["Damascus"])
    public static let pkk = Entity(name: "PKK", kind: .organisation, type: "armed-group", aliases: ["Kurdistan Workers' Party"])

    public static func article(_ text: String, published: String = "2017-03-23") -> Article {
        Article(title: "A test article", published: CalendarDay(iso: published), source: "Test Wire", text: text)
    }

    public static func fact(
        _ subject: Entity, _ predicate: String, _ object: Entity, date: String? = "2017-03-23", negated: Bool = false,
        confidence: Double = 0.8
    ) -> Fact {
        Fact(
            subject: subject, predicate: predicate, object: object, date: date.flatMap { FactDate(parsing: $0) },
            dateReason: "explicit", negated: negated, confidence: confidence,
            evidence: Evidence(sentenceIndex: 0, start: 0, end: 10, text: "evidence"))
    }

    /// One article: Russia mediates between Turkey and Syria; Turkey and Syria do not clash.
    public static var mediation: ArticleExtraction {
        ArticleExtraction(
            article: article("Russia mediates between Turkey and Syria, and the two do not clash."),
            entities: [russia, turkey, syria],
            facts: [
                fact(russia, "mediates", turkey),
                fact(russia, "mediates", syria),
                fact(turkey, "clashes_with", syria, negated: true),
            ])
    }
}
