import EntenteModel
import EntenteQuery
import Foundation
import Testing
import EntenteTestSupport

/// Every statement the planner writes for a corpus of queries (those of the tests, the
/// examples, the differential check, and more), as one golden file: a change of a single
/// byte of SQL, of an argument or of a search's bounds shows in the diff.
@Suite struct SQLCorpusTests {
    /// Names resolve to an id derived from the name, so every query plans; "Georgia" names two
    /// entities and "Nowhere", "Irann" and "Rusia" none, so the diagnostics are in the file too.
    struct CorpusResolver: EntityResolver {
        let predicates = Set(PredicateVocabulary.standard.definitions.keys)

        func candidates(named name: String) -> [ResolvedEntity] {
            switch name {
            case "Georgia":
                return [
                    ResolvedEntity(id: 3, name: "Georgia", kind: "actor", type: "state"),
                    ResolvedEntity(id: 4, name: "Georgia", kind: "place", type: "region"),
                ]
            case "Nowhere", "Irann", "Rusia": return []
            default:
                let id = name.unicodeScalars.reduce(Int64(7)) { ($0 * 31 + Int64($1.value)) % 1_000_003 }
                return [ResolvedEntity(id: id, name: name, kind: "actor", type: "state")]
            }
        }

        func suggestions(for name: String) -> [String] { ["Russia"] }
    }

    static let parameters: [String: QueryValue] = [
        "n": .string("Russia"), "name": .string("x'); DROP TABLE fact; --"), "other": .string("Turkey"), "x": .string("Russia"),
        "who": .string("Iran"),
    ]

    static let variants: [(label: String, options: Planner.Options)] = [
        ("default", .init()),
        ("modal, no domestic, 50 rows, 900 expansions", .init(maxRows: 50, maxExpansions: 900, includeModal: true, excludeDomestic: true)),
    ]

    @Test func theCorpusPlansAsRecorded() throws {
        var text = ""
        for query in Self.corpus {
            for variant in Self.variants {
                text += "### \(query.replacingOccurrences(of: "\n", with: "⏎")) [\(variant.label)]\n"
                do {
                    let compiled = try Planner.compile(
                        SourceText(query), resolver: CorpusResolver(), parameters: Self.parameters, options: variant.options)
                    text += Self.describe(compiled, variant.options)
                } catch {
                    text += "\(error)\n"
                }
            }
        }
        try assertSnapshot(text, named: "sqlite-corpus.txt")
    }

    static func arguments(_ values: [QueryValue]) -> String {
        values.map { value in
            switch value {
            case .string(let text): "'\(text)'"
            case .integer(let number): "\(number)"
            case .double(let number): "\(number)d"
            default: "\(value)"
            }
        }.joined(separator: ", ")
    }

    static func describe(_ compiled: CompiledQuery, _ options: Planner.Options) -> String {
        let dialect = SQLiteDialect()
        var lines = ["strategy: \(compiled.strategy)", "columns: \(compiled.columns)", "explain: \(compiled.explain)"]
        func statement(_ label: String, _ statement: SQLStatement) {
            lines += [label, statement.text, "arguments: \(arguments(statement.values))"]
        }
        func search(from: Int64, to: Int64, hops: ClosedRange<Int>, expansions: Int, firstForward: Bool, directed: Bool, _ filter: HopFilter) {
            lines.append(
                "search: from \(from) to \(to), hops \(hops.lowerBound)...\(hops.upperBound), "
                    + "expansions \(expansions), first forward \(firstForward), directed \(directed)")
            if let traversal = filter.traversal {
                lines.append(
                    "index filter: predicates \(traversal.predicates?.sorted() ?? []), classes \(traversal.classes?.sorted() ?? []), "
                        + "days \(traversal.firstDay ?? "open")...\(traversal.lastDay ?? "open"), within \(traversal.within)")
            }
        }
        func summary(limit: Int?, isBudget: Bool = false, expansions: Int? = nil, distinct: Bool = false, start: String? = nil,
                     selection: String? = nil, evidence: Bool = false, modal: Bool = options.includeModal,
                     noDomestic: Bool = options.excludeDomestic) {
            lines.append(
                "limit: \(limit.map(String.init) ?? "none"), limit is budget \(isBudget), "
                    + "expansion budget \(expansions.map(String.init) ?? "none"), distinct \(distinct), "
                    + "start \(start ?? "none"), selection \(selection ?? "none"), "
                    + "evidence \(evidence), modal \(modal), no domestic \(noDomestic)")
        }
        switch compiled.plan {
        case .join(let plan):
            statement("statement:", dialect.statement(for: plan))
            for walk in plan.walks { statement("budget statement:", dialect.budgetStatement(for: walk)) }
            let evidence = plan.outputs.contains { if case .evidence = $0 { true } else { false } }
            let paths = plan.outputs.filter { if case .value = $0 { false } else { true } }
            if !paths.isEmpty { lines.append("outputs: \(plan.outputs)") }
            summary(limit: plan.rowBudget, expansions: plan.walks.first?.maxExpansions, evidence: evidence)
        case .union(let plan):
            statement("statement:", dialect.statement(for: plan))
            summary(limit: plan.rowBudget, selection: plan.all ? "UNION ALL" : "UNION")
        case .shortestPaths(let plan):
            statement("statement:", dialect.stepStatement(plan.hops, from: .subject, withPredicate: false))
            statement("second statement:", dialect.stepStatement(plan.hops, from: .object, withPredicate: false))
            search(from: plan.from, to: plan.to, hops: 1...plan.maxHops, expansions: plan.maxExpansions, firstForward: true, directed: plan.directed, plan.hops)
            if plan.outputs != [.path] { lines.append("outputs: \(plan.outputs), ends \(plan.endNames)") }
            summary(limit: plan.limit, selection: plan.allShortest ? "ALL SHORTEST" : "SHORTEST", evidence: plan.withEvidence)
        case .pathSearch(let plan):
            // A time-ordered search reads its steps' days: the dialect's choice, shown as it runs.
            let steps = dialect.statements(of: .pathSearch(plan))
            statement("statement:", steps[0])
            statement("second statement:", steps[1])
            if let order = plan.timeOrder {
                lines.append("time order: gap \(order.maxGapDays.map { "\($0) days" } ?? "any"), shortest only \(plan.shortestOnly)")
            }
            search(from: plan.from, to: plan.to, hops: 1...plan.maxHops, expansions: plan.maxExpansions, firstForward: true, directed: plan.directed, plan.hops)
            summary(limit: plan.limit, isBudget: plan.limitIsBudget, expansions: plan.maxExpansions, selection: "PATHS", evidence: plan.withEvidence)
        case .reach(let plan):
            let steps = dialect.statements(of: .reach(plan))
            statement("statement:", steps[0])
            if plan.direction == .both { statement("second statement:", steps[1]) }
            statement("end statement:", dialect.endStatement(plan.end))
            search(
                from: plan.origin, to: -1, hops: plan.hops, expansions: plan.maxExpansions, firstForward: plan.direction != .backward,
                directed: false, plan.hopFilter)
            if !plan.order.isEmpty || plan.skip > 0 { lines.append("order: \(plan.order), skip \(plan.skip)") }
            summary(limit: plan.limit, distinct: true, start: plan.originName)
        case .walk(let plan):
            statement("statement:", dialect.statement(for: plan))
            if !plan.order.isEmpty || plan.skip > 0 { lines.append("order: \(plan.order), skip \(plan.skip)") }
            if let order = plan.timeOrder { lines.append("time order: gap \(order.maxGapDays.map { "\($0) days" } ?? "any")") }
            summary(limit: plan.limit, expansions: plan.maxExpansions, start: plan.originName, selection: "PATHS", evidence: plan.withEvidence)
        case .timeline(let plan):
            lines.append(
                "timeline: \(plan.first) and \(plan.second), directed \(plan.directed), by \(plan.bucket.rawValue), "
                    + "\(plan.since?.description ?? "open")...\(plan.until?.description ?? "open")")
            summary(limit: nil, modal: plan.includeModal, noDomestic: plan.excludeDomestic)
        case .diff(let plan):
            lines.append(
                "diff: \(plan.before.first)...\(plan.before.last) and \(plan.after.first)...\(plan.after.last) "
                    + "around \(plan.around.map(String.init) ?? "none")")
            summary(limit: nil, modal: plan.includeModal, noDomestic: plan.excludeDomestic)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static let corpus: [String] = [
        "MATCH (a)-[r]->(a) RETURN count(r) AS loops",
        "MATCH (a)-[r]->(b) WHERE r.object_role = 'government' RETURN a, r.role, r.object_role, b",
        "MATCH (\"United States\")-[r:arms]->(b) RETURN b, r",
        "SHORTEST FROM \"Iran\" TO \"People's Protection Units\" MAX 3 RETURN p WITH EVIDENCE",
        "MATCH (a)-[:mediates]->(\"Israel\") RETURN a",
        "MATCH (\"Iran\")-[r:supprts]->(b) RETURN b",
        "MATCH (\"Irann\")-[r]->(b) RETURN b",
        "PATHS FROM \"Egypt\" TO \"Hezbollah\" MAX 6",
        "MATCH (\"Iran'); DROP TABLE fact; --\")-[r]->(b) RETURN b",
        "MATCH (a)-[r]->(b) WHERE a.name = \"x\\\" OR 1=1; DELETE FROM fact; --\" RETURN a",
        "EXPLAIN PATHS FROM \"Iran\" TO \"Syria\" MAX 3",
        "EXPLAIN SHORTEST FROM \"Iran\" TO \"Syria\" MAX 3",
        "MATCH (a)-[r]->(b)\\nRETURN b,\\n",
        "MATCH (a)-[r]-(b) RETURN a, b",
        "MATCH (a)-[r]->(b) RETURN a.name; DELETE FROM fact",
        "MATCH (a)-[r]->(b) RETURN r",
        "PATHS FROM \"Iraq\" TO \"Hezbollah\" MAX 6",
        "PATHS FROM \"Iran\" TO \"Hezbollah\" VIA supports|arms MAX 2 DIRECTED",
        "MATCH (a)-[r:supports]->(b) WHERE a.name = $n RETURN b",
        "MATCH (a)-[r]->(b) RETURN a LIMIT 1",
        "MATCH (a)-[r:supports]->(\"Hezbollah\") RETURN r",
        "DIFF 2015 AND 2016 AROUND \"Russia\"",
        "TIMELINE \"Russia\" AND \"Turkey\" BY year",
        "TIMELINE \"Russia\" AND \"Turkey\" BY fortnight",
        "MATCH (a)-[r]->(b) AS OF 2016-09-01 WINDOW 30d RETURN a, b ORDER BY a, b",
        "MATCH (a)-[r]->(b) RETURN count(r)",
        "MATCH (\"Israel\")-[r:material-conflict]->(b) RETURN b, count(r) AS facts",
        "MATCH (\"Israel\")-[r]->(b) WHERE r.modality <> 'asserted' RETURN r, r.modality",
        "TIMELINE \"Israel\" AND \"Hezbollah\" BY month",
        "MATCH (\"Israel\")-[r]->(b) RETURN r",
        "MATCH (\"Russia)-[r]->(b) RETURN b",
        "MATCH (\"Rusia\")-[r]->(b) RETURN b",
        "PATHS FROM \"Russia\" TO \"Syria\" MAX 4",
        "MATCH (a)-[r]->(b) WHERE 'soon' <= r.date RETURN a",
        "MATCH (\"Iran\")-[r:supports]->(b) RETURN b",
        "MATCH (a)-[r]->(b) DURING 2017-13 RETURN a",
        "MATCH (a)-[r]->(b) WHERE ",
        "MATCH ($who)-[r]->(b) RETURN b",
        "MATCH (a)-[r]->(b) RETURN a; DROP TABLE fact",
        "MATCH (a)-[r]->(b) RETURN a",
        "MATCH (\"Iran\")-[r:supports]->(b) RETURN r",
        "MATCH (\"Iran\")-[r:supports]->(b) RETURN DISTINCT b",
        "SHORTEST FROM \"Iraq\" TO \"Hezbollah\" MAX 6",
        "MATCH (a)-[r:supports|arms]->(\"People's Protection Units\") DURING 2017 RETURN a, r.date ORDER BY r.date",
        "MATCH (a)-[r:supports]->(\"People's Protection Units\") DURING 2016-05-15..2016-05-20 RETURN r.date",
        "MATCH (a)-[r:supports]->(\"People's Protection Units\") WITHIN 2016-05-15..2016-05-20 RETURN r.date",
        "MATCH (\"Russia\")-[m:meets_with]->(x)-[s:supports|arms]->(y) DURING 2017 RETURN x, s, y",
        "MATCH (\"Turkey\")-[r:clashes_with]-(b) RETURN b",
        "MATCH (\"Turkey\")-[r:clashes_with]-(b) WHERE r.negated RETURN b, r",
        "MATCH (a)-[r:meets_with]-(\"Iran\") RETURN DISTINCT a ORDER BY a",
        "MATCH (\"Turkey\")-[:meets_with]-(x), (\"Turkey\")-[:attacks]->(x) RETURN DISTINCT x",
        "SHORTEST FROM \"Iran\" TO \"People's Protection Units\" MAX 3",
        "ALL SHORTEST FROM \"Iran\" TO \"People's Protection Units\" MAX 3",
        "PATHS FROM \"Iran\" TO \"People's Protection Units\" MAX 4 DIRECTED",
        "PATHS FROM \"Russia\" TO \"Israel\" MAX 6",
        "MATCH (\"Iran\")-[r:supports|arms*1..2]->(b) RETURN DISTINCT b",
        "MATCH (a)-[r:supports*2..2]->(\"Hezbollah\") RETURN DISTINCT a",
        "MATCH (\"Egypt\")-[r*1..3]-(b \"Hezbollah\") RETURN r",
        "MATCH (\"Iran\")-[r*1..2]->(b)-[s]->(c) RETURN c",
        "MATCH (\"Russia\")-[r]-(\"Turkey\") RETURN year(r) AS year, count(r) AS facts ORDER BY year",
        "MATCH (\"Russia\")-[r]-(\"Turkey\") DURING 2016 RETURN month(r) AS month, count(r) ORDER BY month",
        "MATCH (\"Russia\")-[r]-(\"Turkey\") WHERE year(r) = 2016 RETURN count(r)",
        "MATCH (\"Russia\")-[r]-(\"Turkey\") WHERE year(r) = '2016' RETURN count(r)",
        "MATCH (\"Russia\")-[r]-(\"Turkey\") WHERE 2016 <= year(r) RETURN count(r)",
        "MATCH (\"Russia\")-[r]-(\"Turkey\") WHERE month(r) = 2016-08 RETURN count(r)",
        "MATCH (\"Russia\")-[r]-(\"Turkey\") WHERE month(r) = 8 RETURN count(r)",
        "MATCH (\"Russia\")-[r]-(\"Turkey\") WHERE year(r) = 2016-08-01 RETURN count(r)",
        "MATCH (\"Egypt\")-[r:mediates]->(b) RETURN b WITH EVIDENCE",
        "MATCH (\"Egypt\")-[r]->(b) RETURN b",
        "MATCH (a)-[r]->(b) RETURN a, b",
        "MATCH (a)-[r*1..2]->(b) RETURN b",
        "MATCH (a), (b), (c), (d), (e), (f), (g), (h) WHERE a.id <> b.id AND c.id <> d.id AND e.id <> f.id AND g.id <> h.id RETURN count(*)",
        "MATCH (\"Russia\")-[r*1..2]-(b) RETURN DISTINCT b",
        "MATCH (\"Russia\")-[r*1..3]-(b) RETURN DISTINCT b",
        "MATCH (\"Russia\")-[r*2..3]-(b) RETURN DISTINCT b",
        "MATCH (\"Turkey\")-[r*1..3]->(b) RETURN DISTINCT b",
        "MATCH (\"Hezbollah\")<-[r*1..2]-(b) RETURN DISTINCT b",
        "MATCH (\"Iran\")-[r:supports|arms*1..3]->(b) RETURN DISTINCT b",
        "MATCH (\"Turkey\")-[r:material-conflict*1..2]-(b) RETURN DISTINCT b",
        "MATCH (\"Russia\")-[r*1..3]-(b) DURING 2016..2017 RETURN DISTINCT b",
        "MATCH (\"Russia\")-[r*1..3]-(b) WITHIN 2016-08..2017-03 RETURN DISTINCT b",
        "MATCH (\"Russia\")-[r*1..3]-(b:organisation) RETURN DISTINCT b",
        "SHORTEST FROM \"Egypt\" TO \"Iran\" MAX 5",
        "ALL SHORTEST FROM \"Iraq\" TO \"Hezbollah\" MAX 5",
        "SHORTEST FROM \"Iraq\" TO \"Hezbollah\" MAX 5 DIRECTED",
        "SHORTEST FROM \"Russia\" TO \"Kurdistan Workers' Party\" VIA attacks|mediates MAX 4",
        "ALL SHORTEST FROM \"Iran\" TO \"United States\" MAX 4 DURING 2017",
        "PATHS FROM \"Russia\" TO \"Syria\" MAX 4 LIMIT 3",
        "PATHS FROM \"Iran\" TO \"People's Protection Units\" MAX 3 DURING 2016..2017",
        "MATCH (\"Egypt\")-[r*1..2]-(b) RETURN DISTINCT b",
        "PATHS FROM \"E00\" TO \"E01\" MAX 3 LIMIT 10",
        "PATHS FROM \"E00\" TO \"E01\" MAX 3",
        "PATHS FROM \"E07\" TO \"E09\" VIA supports|attacks MAX 3",
        "PATHS FROM \"E02\" TO \"E05\" MAX 3 DIRECTED",
        "PATHS FROM \"E02\" TO \"E05\" MAX 3 DIRECTED LIMIT 5",
        "PATHS FROM \"E00\" TO \"E01\" MAX 3 LIMIT 50",
        "PATHS FROM \"E03\" TO \"E11\" MAX 2",
        "PATHS FROM \"E07\" TO \"E09\" VIA supports|attacks MAX 3 LIMIT 20",
        "PATHS FROM \"E00\" TO \"E01\" MAX 4",
        "PATHS FROM \"E00\" TO \"E01\" MAX 3 LIMIT 25",
        "PATHS FROM \"E00\" TO \"E39\" MAX 6 LIMIT 10",
        "MATCH (\"Turkey\")-[r]->(\"Russia\") RETURN r.predicate, r.origin ORDER BY r.origin",
        "MATCH",
        "MATCH (a)",
        "MATCH (a) § \"open",
        "MATCH (russia)-[:]->(x) RETURN x",
        "MATCH (a)-[r]->(b) RETRUN b",
        "MATCH (a)-[*1]->(b) RETURN b",
        "PATHS FROM \"A\" TO \"B\" MAX 9",
        "MATCH (a)-[*3..2]->(b) RETURN b",
        "MATCH (\"Turkey)-[r]->(b) RETURN b",
        "MATCH (a)-[r:supports]->(b)\\nWHERE r.confidence >= \\nRETURN b",
        "MATCH (a)-[r]->(b) DURING 2017-02-30 RETURN b",
        "MATCH (a) RETURN a ~",
        "MATCH (a) @ RETURN a",
        "TIMELINE \"Russia\" AND $other DIRECTED BY quarter SINCE 2016",
        "DIFF 2017-01..2017-03 AND 2017-04..2017-06 AROUND \"Turkey\"",
        "TIMELINE \"Russia\" \"Turkey\"",
        "DIFF 2016 AND 2017-13",
        "MATCH (a)-[r]->(b) AS OF 2016 WINDOW 3 fortnights RETURN a",
        "MATCH (a)-[r]->(b) AS 2016 RETURN a",
        "TIMELINE Russia AND Turkey",
        "MATCH (\"Moscow\")-[r:mediates]->(b) RETURN b, r.date",
        "MATCH (\"Turkey\")-[r:clashes_with]-(b) WHERE r.negated RETURN b",
        "MATCH (\"Turkey\")-[r:supports]->(b) RETURN b",
        "MATCH (\"Turkey\")-[r:supports]->(b) WHERE r.modality = 'hypothetical' RETURN b",
        "MATCH (a)-[r]->(b) WHERE r.date = 2017-03 AND r.confidence >= 0.5 RETURN a",
        "ALL SHORTEST FROM \"Russia\" TO \"PKK\" VIA supports|arms MAX 3 DURING 2017",
        "MATCH (\"Russia\")-[r:supports*1..3]->(b:organisation) RETURN DISTINCT b",
        "MATCH (a)-[r*2..2]->(\"Turkey\") RETURN a",
        "MATCH (\"Russia\")-[r*1..2]-(b) RETURN b, r",
        "PATHS FROM \"Russia\" TO \"PKK\" VIA supports|arms MAX 3 DIRECTED LIMIT 7",
        "PATHS FROM \"Russia\" TO \"PKK\" MAX 3",
        "MATCH (\"Georgia\")-[r]->(b) RETURN b",
        "MATCH (\"Russia\")-[r:suports]->(b) RETURN b",
        "MATCH (a:organsation) RETURN a",
        "MATCH (a)-[r]->(b) RETURN c",
        "MATCH (a)-[r]->(b) RETURN r.colour",
        "MATCH (a)-[r]->(b) RETURN cnt(r)",
        "MATCH (a)-[r]->(b) DURING 2018..2017 RETURN a",
        "MATCH (a)-[r]->(b) WHERE r.object_role = 'civilians; DROP TABLE fact' RETURN r.role, r.object_role",
        "MATCH (a)-[r]->(b) RETURN r.objectrole",
        "MATCH (a)-[r]->(b) RETURN a.object_role",
        "SHORTEST",
        "PATHS",
        "TIMELINE",
        "DIFF",
        "ALL SHORTEST",
        "MATCH (\"United States\")-[r:supports|arms]->(b) RETURN b, count(r) AS mentions",
        "MATCH (a)-[r:meets_with]-(\"Iran\") RETURN DISTINCT a",
        "MATCH (\"Russia\")-[m:meets_with]->(x)-[s:supports|arms]->(y) RETURN x, s.predicate, y",
        "MATCH (a:Entity {name: 'United States'})-[r:Fact]->(b:Entity) ",
        "MATCH (a)-[r:attacks]->(b) RETURN DISTINCT a, b",
        "MATCH (a:Entity)-[r:Fact]->(b:Entity) WHERE r.predicate = 'attacks' AND NOT r.negated RETURN DISTINCT a.name, b.name",
        "MATCH (a:Entity)-[r:Fact]-(b:Entity {name: 'Iran'}) WHERE r.predicate = 'meets_with' AND NOT r.negated RETURN DISTINCT a.name",
        "MATCH (a:Entity {name: 'Russia'})-[m:Fact]->(x:Entity)-[s:Fact]->(y:Entity) ",
        "MATCH (a)-[r]->(b) WHERE r.negated RETURN a, r.predicate, b",
        "MATCH (a:Entity)-[r:Fact]->(b:Entity) WHERE r.negated RETURN a.name, r.predicate, b.name",
        "MATCH (a:organisation)-[r]->(b:actor) RETURN a, b, count(r) AS facts",
        "MATCH (a:Entity)-[r:Fact]->(b:Entity) WHERE a.kind = 'organisation' AND b.kind = 'actor' AND NOT r.negated ",
        "MATCH (t:Entity {name: 'Turkey'})-[m:Fact]-(x:Entity), (t2:Entity {name: 'Turkey'})-[a:Fact]->(x) ",
        "MATCH (a)-[r:supports]->(b) WHERE r.date >= 2016 AND r.date <= 2017 RETURN a, b",
        "MATCH (a:Entity)-[r:Fact]->(b:Entity) WHERE r.predicate = 'supports' AND NOT r.negated ",
        "MATCH (a:Entity {name: $s}), (b:Entity {name: $o}) ",
        "MATCH (a)-[r]->(b) RETURN r.predicate, r.class, r.date, r.start, r.end, r.precision, r.confidence, r.negated, r.modality",
        "MATCH (a)-[r]->(b) RETURN r.speaker, r.role, r.object_role, r.goldstein, r.article, r.source, r.url, r.sentence, r.evidence",
        "MATCH (a)-[r]->(b) RETURN r.origin, r.sources, r.id, r.code, r.mentions, r.external_id",
        "MATCH (a)-[r]->(b) RETURN a.id, a.name, a.kind, a.type, a.iso3, a.cameo, a.latitude, a.longitude",
        "MATCH (a)-[r]->(b) WHERE r.speaker = 'Putin' AND r.source = 'Reuters' RETURN a, b",
        "MATCH (a)-[r]->(b) RETURN min(r.confidence), max(r.confidence), avg(r.goldstein), sum(r.mentions), count(DISTINCT b)",
        "MATCH (a)-[r]->(b) RETURN lower(a.name), upper(b.name), count(*) ORDER BY count(*) DESC",
        "MATCH (a)-[r]->(b) WHERE r.date <> 2017 AND r.date > 2016-05 AND r.date < 2018-01-02 RETURN a",
        "MATCH (a)-[r]->(b) WHERE 2017 > r.date OR 2016 = r.date RETURN a",
        "MATCH (a)-[r]->(b) WHERE a.name IN ('Russia', 'Turkey') AND b.iso3 IS NOT NULL AND r.evidence IS NULL RETURN a",
        "MATCH (a)-[r]->(b) WHERE NOT (a.name = 'Russia') RETURN a, b",
        "MATCH (a)-[r]->(b) WHERE r.confidence >= $n RETURN a",
        "MATCH (a)-[r]->(b) WHERE r.negated = true AND r.confidence > 0.25 RETURN a, r",
        "MATCH (a:person|armed-group)-[r]->(b:place) RETURN a, b",
        "MATCH (a:organization)-[r:material-cooperation]->(b) RETURN a",
        "MATCH (\"Russia\")-[r]-(\"Turkey\") RETURN r",
        "MATCH (\"Russia\")-[r]-(\"Turkey\")-[s]-(\"Syria\") RETURN r, s",
        "MATCH (\"Russia\")<-[r]-(b) RETURN b",
        "MATCH (a)<-[r:supports]-(\"Russia\") RETURN a",
        "MATCH (a)-[r]->(b), (b)-[s]->(c) RETURN a, c",
        "MATCH (a)-[r]->(b), (c)-[s]->(d) RETURN a, d LIMIT 5",
        "MATCH (a)-[r]->(b)-[s]->(a) RETURN a, b",
        "MATCH (x \"Russia\")-[r]-(y \"Turkey\") RETURN x, y",
        "MATCH (\"Russia\")-[r]->(b) RETURN b WITH EVIDENCE LIMIT 3",
        "MATCH (\"Russia\")-[r]->(b)-[s]->(c) RETURN c, r, s WITH EVIDENCE",
        "MATCH (\"Russia\")-[r]->(b) RETURN b, count(r) AS n ORDER BY n DESC, b",
        "MATCH (\"Russia\")-[r]->(b) RETURN b AS who ORDER BY who",
        "MATCH (\"Russia\")-[r]->(b) AS OF 2017-06-01 RETURN b",
        "MATCH (\"Russia\")-[r]->(b) AS OF 2017 RETURN b",
        "MATCH (\"Russia\")-[r]->(b) SINCE 2016 RETURN b",
        "MATCH (\"Russia\")-[r]->(b) UNTIL 2016-03 RETURN b",
        "MATCH (\"Russia\")-[r]->(b) WITHIN 2016 RETURN b",
        "MATCH (\"Russia\")-[r]->(b) WITHIN 2016-01..2016-06 RETURN b",
        "MATCH (\"Russia\")-[r]->(b) WHERE r.modality = 'future' OR r.negated RETURN b, r",
        "MATCH (\"Russia\")-[r:supports*1..3]-(b) WHERE r.confidence > 0.5 RETURN DISTINCT b",
        "MATCH (\"Russia\")-[r:supports*1..3]-(b) WHERE r.article = 'x' RETURN DISTINCT b",
        "MATCH (\"Russia\")-[r*1..3]-(b) WHERE r.negated RETURN DISTINCT b",
        "MATCH (\"Russia\")-[r*1..3]-(b) AS OF 2017-05-01 RETURN DISTINCT b",
        "MATCH (\"Russia\")-[r:material-conflict*1..3]->(b:actor|organisation) RETURN DISTINCT b",
        "MATCH (\"Russia\")-[r*1..3]->(b \"Turkey\") RETURN DISTINCT b",
        "MATCH (\"Russia\")-[r*1..3]->(b \"Turkey\") RETURN r",
        "MATCH (\"Russia\")-[r:supports*1..3]->(b:organisation) RETURN b, r",
        "MATCH (\"Russia\")-[r:material-conflict*1..3]-(b:organisation) DURING 2017 RETURN a, r",
        "MATCH (a)-[r*1..3]-(b) RETURN b",
        "MATCH (\"Russia\")-[r*1..3]->(b), (c) RETURN b",
        "MATCH (\"Russia\")-[r*1..3]->(b) WHERE r.confidence > 0.5 RETURN b, r ORDER BY b",
        "MATCH (\"Russia\")-[r*1..3]->(b) RETURN DISTINCT a",
        "MATCH (\"Russia\")-[r*1..3]->(b) RETURN count(b)",
        "MATCH (\"Russia\")-[x*1..2]-(b) RETURN b, x",
        "MATCH (\"Russia\")-[r*1..2]-(b) RETURN DISTINCT b, r LIMIT 4",
        "MATCH (\"Russia\")-[r:supports*2..4]-(b) RETURN b, r",
        "MATCH (a)<-[r:supports*1..2]-(\"Russia\") RETURN DISTINCT a",
        "MATCH (a)-[r*1..2]-(\"Russia\") RETURN DISTINCT a",
        "MATCH (\"Russia\")-[r:suports*1..2]-(b) RETURN DISTINCT b",
        "MATCH (\"Russia\")-[r:suports*1..2]->(b) RETURN DISTINCT b",
        "MATCH (\"Russia\")-[r:suports*1..2]-(b) RETURN b, r",
        "PATHS FROM \"Russia\" TO \"Turkey\" VIA suports MAX 3",
        "PATHS FROM \"Russia\" TO \"Turkey\" VIA suports MAX 3 DIRECTED",
        "SHORTEST FROM \"Russia\" TO \"Turkey\" VIA suports MAX 3",
        "PATHS FROM \"Russia\" TO \"Turkey\" VIA supports|material-conflict MAX 3",
        "PATHS FROM \"Russia\" TO \"Turkey\" MAX 3 WHERE r.confidence > 0.5",
        "PATHS FROM \"Russia\" TO \"Turkey\" MAX 3 WHERE r.source = 'Reuters'",
        "PATHS FROM \"Russia\" TO \"Turkey\" MAX 3 WHERE r.speaker = 'Putin'",
        "PATHS FROM \"Russia\" TO \"Turkey\" MAX 3 WHERE r.negated",
        "PATHS FROM \"Russia\" TO \"Turkey\" MAX 3 WHERE r.modality = 'future'",
        "PATHS FROM \"Russia\" TO \"Turkey\" MAX 3 AS OF 2017-01-01",
        "PATHS FROM \"Russia\" TO \"Turkey\" MAX 3 WITHIN 2016..2017 RETURN p WITH EVIDENCE",
        "SHORTEST FROM \"Russia\" TO \"Turkey\" MAX 4 WHERE r.class = 'material-conflict'",
        "ALL SHORTEST FROM \"Russia\" TO \"Turkey\" MAX 4 UNDIRECTED LIMIT 3",
        "ALL SHORTEST FROM \"Russia\" TO \"Russia\" MAX 4",
        "SHORTEST FROM $x TO \"Turkey\" MAX 2",
        "SHORTEST FROM \"Russia\" TO \"Georgia\" MAX 2",
        "EXPLAIN MATCH (\"Russia\")-[r]->(b) RETURN b",
        "EXPLAIN MATCH (\"Russia\")-[r*1..2]->(b) RETURN b",
        "EXPLAIN MATCH (\"Russia\")-[r*1..2]->(b) RETURN b, r",
        "EXPLAIN TIMELINE \"Russia\" AND \"Turkey\"",
        "EXPLAIN DIFF 2016 AND 2017",
        "TIMELINE \"Russia\" AND \"Turkey\" DIRECTED BY week SINCE 2016-02 UNTIL 2017",
        "TIMELINE \"Russia\" AND \"Turkey\" DURING 2017..2016",
        "DIFF 2016 AND 2017",
        "DIFF 2016..2015 AND 2017",
        "DIFF 2016 AND 2017 AROUND \"Nowhere\"",
        "MATCH (\"Nowhere\")-[r]->(b) RETURN b",
        "MATCH (a)-[r]->(b) RETURN year(r), month(r)",
        "MATCH (a)-[r]->(b) WHERE year(r) = 2016.5 RETURN a",
        "MATCH (a)-[r]->(b) RETURN year(a)",
        "MATCH (a)-[r]->(b) RETURN min(r.confidence, r.goldstein)",
        "MATCH (a)-[r]->(b) WHERE r.date = 'soon' RETURN a",
        "MATCH (a)-[r]->(b) WHERE r.date = b.name RETURN a",
        "MATCH (a)-[r]->(b)-[r]->(c) RETURN a",
        "MATCH (a)-[r]->(a) RETURN a",
        "MATCH (r)-[r]->(b) RETURN b",
        "MATCH (a)-[r]->(b) RETURN r, r",
        "MATCH (a)-[r]->(b) WHERE r.confidence >= $missing RETURN a",
        "MATCH (a)-[r]->(b) RETURN sources(a)",
        "MATCH (a)-[r]->(b) RETURN first_seen(r), last_seen(r), sources(r)",
        "PATHS FROM \"Israel\" TO \"Lebanon\" MAX 3 DIRECTED IN TIME ORDER",
        "PATHS FROM \"Israel\" TO \"Lebanon\" VIA material-conflict MAX 3 IN TIME ORDER WITHIN 30d DURING 2024 LIMIT 5",
        "EXPLAIN SHORTEST FROM $who TO \"Syria\" MAX 4 IN TIME ORDER WITHIN 2 weeks",
        "ALL SHORTEST FROM \"Iran\" TO \"Syria\" MAX 3 IN TIME ORDER WHERE r.confidence >= 0.7",
        "PATHS FROM \"Iran\" TO \"Syria\" MAX 3 IN TIEM ORDER",
        "PATHS FROM \"Iran\" TO \"Syria\" MAX 3 IN TIME ORDER WITHIN 3 fortnights",
        "MATCH (a {name: \"Iran\", kind: \"actor\"})-[r]->(b {kind: $who}) RETURN DISTINCT b",
        "MATCH (\"Iran\")-[r:supports*1..2]->(b {kind: \"organisation\", iso3: \"LBN\"}) RETURN DISTINCT b",
        "MATCH (a {nmae: \"Iran\"})-[r]->(b) RETURN b",
        "SHORTEST FROM (a {name: \"Iran\", type: \"state\"}) TO \"Syria\" MAX 3",
        "MATCH (a)-[r]->(b) RETURN type(r) AS t, count(DISTINCT b) AS n, collect(DISTINCT b) AS objects ORDER BY n DESC, t SKIP 2 LIMIT 5",
        "MATCH (a)-[r]->(b) WHERE a.name STARTS WITH $n AND b.name ENDS WITH 'ia' AND NOT r.role CONTAINS 'police' RETURN a, b",
        "MATCH (a)-[r]->(b) WHERE r.date STARTS WITH '2016' RETURN coalesce(r.role, r.speaker, 'unknown') AS who, collect(r) AS facts",
        "MATCH (a)-[r]->(b) RETURN coalesce()",
        "MATCH (\"Iran\")-[r*1..2]->(b) RETURN DISTINCT b SKIP 1",
        "MATCH (\"Iran\")-[:supports*1..2]->(b) RETURN DISTINCT b.name ORDER BY b.name DESC SKIP 1 LIMIT 2",
        "MATCH (a)-[r:supports|arms*1..3]->(\"Hezbollah\") RETURN a.name AS source, r ORDER BY source, r",
        "MATCH (\"Iran\")-[r*1..2]->(b) RETURN DISTINCT b ORDER BY b.kind",
        "MATCH (a)-[r]->(b) WHERE NOT (a)-[:attacks]->() RETURN DISTINCT a",
        "MATCH (a)-[r:supports]->(b) WHERE (b)-[:material-conflict]->(:organisation {iso3: $who})<-[:supports]-(a) DURING 2017 RETURN a, b",
        "MATCH (a)-[r]-(b) WHERE (a)-[:meets_with]-(b) OR NOT (\"Iran\")-[:arms]-(a) RETURN a",
        "MATCH (a)-[r]->(b) WHERE (a)-[x:attacks]->(c) RETURN a",
        "MATCH (\"Iran\")-[r*1..2]->(b) WHERE (b)-[:attacks]->() RETURN b",
        "MATCH (a)-[:attacks]->(b) RETURN a.name AS name UNION MATCH (a)-[:supports]->($who) RETURN a.name",
        "MATCH (a)-[r:attacks]->(b) DURING 2016 RETURN a, count(r) AS n ORDER BY n DESC LIMIT 3 UNION ALL MATCH (a)-[r]->(b) WHERE NOT (a)-[:attacks]->() RETURN a, 0",
        "MATCH (a)-[:attacks]->(b) RETURN a UNION MATCH (a)-[:supports]->(b) RETURN a, b",
        "MATCH (a)-[:attacks]->(b) RETURN a UNION ALL MATCH (a)-[:supports]->(b) RETURN a UNION MATCH (a)-[r]->(b) RETURN b",
        "MATCH (a)-[:supports]->(b) OPTIONAL MATCH (b)-[r:arms]->(c) RETURN a, b, c, r",
        "MATCH (a:actor)-[:meets_with]-(b) OPTIONAL MATCH (a)-[r:material-conflict]-(x:organisation {iso3: $who}) WHERE x.name <> b.name DURING 2016 RETURN a, count(x), r.class",
        "MATCH (a)-[:meets_with]->(b) OPTIONAL MATCH (b)<-[r:attacks]-(a) RETURN a, b, type(r) WITH EVIDENCE",
        "MATCH (a)-[:supports]->(b) OPTIONAL MATCH (x)-[r]->(y) RETURN a",
        "MATCH p = (\"Iran\")-[:supports|arms*1..3]-(b) RETURN b.name, length(p), p ORDER BY length(p) DESC, b.name LIMIT 5",
        "MATCH p = (\"Iran\")-[*1..2]->(b) RETURN DISTINCT length(p)",
        "MATCH p = (a)-[r]->(b) RETURN a",
        "MATCH p = shortestPath((a \"Iraq\")-[:supports|material-conflict*..6]-(b \"Hezbollah\")) WHERE r.confidence > 0.5 DURING 2017 RETURN a, b, length(p), p",
        "MATCH p = allShortestPaths((a {name: $who})<-[r*1..3]-(b {name: \"Syria\"})) RETURN p LIMIT 4",
        "MATCH p = shortestPath((a \"Iraq\")-[*2..6]-(b:actor)) RETURN p",
        "MATCH (a)-[r:attacks]->(b) DURING 2016 WITH a, count(DISTINCT b) AS n ORDER BY n DESC LIMIT 5 WHERE n > 1 AND a STARTS WITH $n RETURN a, n",
        "MATCH (a)-[r]->(b) WITH DISTINCT b.kind WHERE kind = 'organisation' RETURN kind, count(*) AS c",
        "MATCH (a)-[r]->(b) WITH a, count(r) WHERE a.name = 'x' RETURN a",
        "MATCH (a)-[r]->(b) WITH r RETURN r",
        "MATCH (\"Israel\")-[r:material-conflict*1..3]->(b) IN TIME ORDER WITHIN 30d DURING 2024 RETURN DISTINCT b, r",
        "MATCH (a)-[r]->(b) IN TIME ORDER RETURN a",
        "MATCH (a)-[r]->(b) WHERE NOT EXISTS { MATCH (a)-[:attacks]->() } AND EXISTS { (b)<-[:arms]-(:actor) } RETURN a, b",
        // Variable-length relations in a join: walk CTEs, mixed with fixed hops, several per query.
        "MATCH (a {name: \"Iran\"})-[:supports]->(b)-[:attacks*1..2]->(c) RETURN DISTINCT b, c ORDER BY c",
        "MATCH p = (a:actor)-[r:material-conflict*1..2]-(b)<-[s:supports]-(c) WHERE r.date >= 2016 AND length(p) > 2 DURING 2017 RETURN a, c, length(p), p, nodes(p), relationships(p) ORDER BY length(p) DESC LIMIT 3",
        "MATCH (a)-[r*1..2]->(\"Hezbollah\"), (a)-[s:arms*2..3]-(c {kind: 'organisation'}) RETURN a, count(*) AS walks, count(DISTINCT c) AS reached",
        "MATCH (a)-[r*1..2 {negated: false}]->(b) WHERE r.confidence > 0.5 AND a.name <> b.name RETURN b, min(length(r)) AS nearest",
        "MATCH (a)-[r*1..2]->(b) WHERE r.date > 2016 OR a.name = 'x' RETURN a",
        "MATCH (a)-[r*1..2]->(b) RETURN r.date",
        "MATCH (a)-[r*1..2]->(b) RETURN b, r WITH EVIDENCE",
        "MATCH p = (a)-[r]->(b)-[s]->(c) WHERE length(p) = 2 RETURN p, nodes(p) LIMIT 3",
        "MATCH (a)-[r*1..2]->(b) WHERE nodes(r) = 1 RETURN a",
        "MATCH (\"Iran\")-[r*1..2]->(b)-[s]->(c) IN TIME ORDER RETURN c",
        "MATCH (\"Iran\")-[r*1..2]->(b) RETURN b, count(*) AS walks UNION MATCH p = shortestPath((a \"Iraq\")-[*..3]-(b \"Syria\")) RETURN b, length(p)",
        // Relation property maps, labels(n), CASE.
        "MATCH (a)-[r:supports {negated: true, modality: 'asserted'}]->(b) RETURN a, labels(b), CASE WHEN r.date < 2016 THEN 'early' WHEN r.date < 2018 THEN 'middle' ELSE 'late' END AS era",
        "MATCH (a)-[{date: 2017}]->(b) RETURN CASE b.kind WHEN 'actor' THEN 1 WHEN 'organisation' THEN 2 END AS k, count(*) AS n",
        "MATCH (a)-[r {colour: 'red'}]->(b) RETURN a",
        "MATCH (a)-[r]->(b) WHERE (a)-[{negated: true, class: 'material-conflict', source: 'x'}]-() RETURN DISTINCT a",
        "MATCH (a)-[:supports]->(b) OPTIONAL MATCH (b)-[{date: 2016, speaker: 'x'}]->(c) RETURN a, c",
        "MATCH (a)-[r]->(b) RETURN CASE WHEN a.kind = 'actor' THEN 1 ELS 2 END",
        "MATCH (a)-[r]->(b) RETURN labels(r)",
        // Chained WITH stages.
        "MATCH (a)-[r]->(b) WITH a, count(r) AS n WHERE n > 1 WITH a, n ORDER BY n DESC LIMIT 3 WITH count(*) AS top, sum(n) AS facts RETURN top, facts",
        "MATCH (\"Iran\")-[r*1..2]->(b) WITH b, count(*) AS walks WITH walks, count(b) AS entities WHERE walks > 1 RETURN walks, entities ORDER BY walks",
        "MATCH (a)-[r]->(b) WITH a, b WITH a, count(b) AS n RETURN a, b",
        // OPTIONAL MATCH of several relations.
        "MATCH (a)-[:supports]->(b) OPTIONAL MATCH (b)-[r]->(c)-[s:attacks]->(d:organisation) WHERE d.name <> a.name RETURN a, b, type(r), c, d",
        "MATCH (a:actor)-[:meets_with]-(b) OPTIONAL MATCH (x)-[:supports]->(y)-[q:material-conflict]-(a) RETURN a, count(DISTINCT x) AS backers, collect(q.class) AS classes",
        "MATCH (a)-[:supports]->(b) OPTIONAL MATCH (x)-[r]->(y)-[s]->(z) RETURN a",
        "MATCH (a)-[:supports]->(b) OPTIONAL MATCH (b)-[r*1..2]->(c) RETURN a",
    ]
}
