import Entente
import Foundation
import Testing

/// Random comparisons in WHERE clauses (`year(r)`, `month(r)`, `r.date`, `r.confidence`,
/// `r.predicate` against numbers, strings, dates and booleans, with every operator, either way
/// round, one or two joined by AND or OR), run by the query engine on a small SQLite graph and
/// checked against an evaluation written here over the same facts: the engine must give the same
/// facts, or refuse the query with a caret when this evaluation says it cannot mean anything.
/// The generator is seeded, so a failure names a query that fails again.
@Suite struct ComparisonPropertyTests {
    /// One stored fact as this evaluation sees it: its dates, confidence and predicate.
    struct Fact {
        var predicate: String
        var date: String?
        var confidence: Double
    }

    static let facts: [Fact] = [
        Fact(predicate: "supports", date: "2016-08-15", confidence: 0.9),
        Fact(predicate: "attacks", date: "2016-08", confidence: 0.4),
        Fact(predicate: "attacks", date: "2016", confidence: 0.7),
        Fact(predicate: "meets_with", date: "2017-01-01", confidence: 0.5),
        Fact(predicate: "meets_with", date: "2017-12-31", confidence: 1.0),
        Fact(predicate: "supports", date: "2015-12", confidence: 0.6),
        Fact(predicate: "supports", date: nil, confidence: 0.8),
        Fact(predicate: "attacks", date: "2018-06-30", confidence: 0.3),
        Fact(predicate: "meets_with", date: "2018", confidence: 0.55),
        Fact(predicate: "attacks", date: "2016-02-29", confidence: 0.75),
        Fact(predicate: "supports", date: "2019-06", confidence: 0.95),
        Fact(predicate: "meets_with", date: "2016-08-01", confidence: 0.65),
    ]

    static func graph() throws -> (GraphStore, [Int64: Fact]) {
        let store = try GraphStore.inMemory()
        let pairs = [("Russia", "Turkey"), ("Turkey", "Iran"), ("Iran", "Russia")]
        let lines = facts.enumerated().map { index, fact in
            let (subject, object) = pairs[index % pairs.count]
            let date = fact.date.map { #", "date": "\#($0)""# } ?? #", "date": null"#
            return #"{"subject": "\#(subject)", "subject_kind": "actor", "predicate": "\#(fact.predicate)", "object": "\#(object)", "object_kind": "actor", "confidence": \#(fact.confidence)\#(date), "evidence": "fact \#(index)"}"#
        }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("entente-comparisons-\(UUID().uuidString).jsonl")
        try (lines.joined(separator: "\n") + "\n").write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        _ = try KnowledgeGraph(store: store).importTriples(InputFile(name: file.path))
        // The facts back by their evidence, to know which stored id is which.
        var byID: [Int64: Fact] = [:]
        for row in try store.facts() {
            guard let evidence = row.evidence, let index = Int(evidence.dropFirst("fact ".count)) else { continue }
            byID[row.id] = facts[index]
        }
        #expect(byID.count == facts.count)
        return (store, byID)
    }

    // MARK: - Comparisons and their meaning

    enum Subject: CaseIterable {
        case year, month, date, confidence, predicate

        var text: String {
            switch self {
            case .year: "year(r)"
            case .month: "month(r)"
            case .date: "r.date"
            case .confidence: "r.confidence"
            case .predicate: "r.predicate"
            }
        }
    }

    enum Literal {
        case integer(Int)
        case decimal(String)
        case string(String)
        case date(String)
        case boolean(Bool)

        var text: String {
            switch self {
            case .integer(let value): String(value)
            case .decimal(let text): text
            case .string(let text): "'\(text)'"
            case .date(let text): text
            case .boolean(let value): value ? "TRUE" : "FALSE"
            }
        }
    }

    enum Operator: String, CaseIterable {
        case equal = "=", notEqual = "<>", bang = "!=", less = "<", lessEqual = "<=", greater = ">", greaterEqual = ">="

        /// The operator read from the other side: `a < b` is `b > a`.
        var swapped: Self {
            switch self {
            case .less: .greater
            case .lessEqual: .greaterEqual
            case .greater: .less
            case .greaterEqual: .lessEqual
            default: self
            }
        }

        func holds<T: Comparable>(_ left: T, _ right: T) -> Bool {
            switch self {
            case .equal: left == right
            case .notEqual, .bang: left != right
            case .less: left < right
            case .lessEqual: left <= right
            case .greater: left > right
            case .greaterEqual: left >= right
            }
        }
    }

    struct Comparison {
        var subject: Subject
        var op: Operator
        var literal: Literal
        /// The literal written first: `2016 <= year(r)`.
        var literalFirst: Bool

        var text: String {
            literalFirst ? "\(literal.text) \(op.rawValue) \(subject.text)" : "\(subject.text) \(op.rawValue) \(literal.text)"
        }
    }

    /// Text compared byte by byte, as SQLite's BINARY collation does.
    struct Bytes: Comparable {
        var bytes: [UInt8]
        init(_ text: String) { bytes = Array(text.utf8) }
        static func < (lhs: Self, rhs: Self) -> Bool { lhs.bytes.lexicographicallyPrecedes(rhs.bytes) }
    }

    /// The first and last day a date covers (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`), or nil when it is no date.
    static func days(_ text: String) -> (first: String, last: String)? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard (1...3).contains(parts.count), parts[0].count == 4, let year = Int(parts[0]), parts.dropFirst().allSatisfy({ $0.count == 2 })
        else { return nil }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        func length(_ month: Int) -> Int { [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] }
        if parts.count == 1 { return ("\(parts[0])-01-01", "\(parts[0])-12-31") }
        guard let month = Int(parts[1]), (1...12).contains(month) else { return nil }
        if parts.count == 2 { return ("\(parts[0])-\(parts[1])-01", "\(parts[0])-\(parts[1])-\(length(month))") }
        guard let day = Int(parts[2]), (1...length(month)).contains(day) else { return nil }
        return (text, text)
    }

    enum Outcome {
        /// The comparison cannot mean anything: the query must be refused with a caret.
        case refused
        case holds(Bool)
    }

    /// Whether the comparison holds for a fact, or that the query must be refused.
    static func evaluate(_ comparison: Comparison, _ fact: Fact) -> Outcome {
        // `literal op subject` is `subject op' literal`.
        let op = comparison.literalFirst ? comparison.op.swapped : comparison.op
        switch comparison.subject {
        case .year, .month:
            let width = comparison.subject == .year ? 4 : 7
            let value: String
            switch comparison.literal {
            case .integer(let number):
                guard comparison.subject == .year, (0...9999).contains(number) else { return .refused }
                value = String(repeating: "0", count: 4 - String(number).count) + String(number)
            case .date(let text):
                guard text.count == width, days(text) != nil else { return .refused }
                value = text
            case .string(let text):
                value = text
            case .decimal, .boolean:
                return .refused
            }
            // The year or month a fact starts in: a fact dated 2016 starts on 2016-01-01.
            guard let date = fact.date, let first = days(date)?.first else { return .holds(false) }
            return .holds(op.holds(Bytes(String(first.prefix(width))), Bytes(value)))
        case .date:
            let text: String
            switch comparison.literal {
            case .integer(let number): text = String(number)
            case .date(let value), .string(let value): text = value
            case .decimal, .boolean: return .refused
            }
            guard let bounds = days(text) else { return .refused }
            guard let date = fact.date, let covered = days(date) else { return .holds(false) }
            let (start, end) = (Bytes(covered.first), Bytes(covered.last))
            let (first, last) = (Bytes(bounds.first), Bytes(bounds.last))
            switch op {
            case .equal: return .holds(start <= last && end >= first)
            case .notEqual, .bang: return .holds(start > last || end < first)
            case .greaterEqual: return .holds(end >= first)
            case .greater: return .holds(start > last)
            case .lessEqual: return .holds(start <= last)
            case .less: return .holds(end < first)
            }
        case .confidence:
            switch comparison.literal {
            case .integer(let number): return .holds(op.holds(fact.confidence, Double(number)))
            case .decimal(let text): return .holds(op.holds(fact.confidence, Double(text)!))
            default: preconditionFailure("the generator compares confidence with numbers only")
            }
        case .predicate:
            guard case .string(let text) = comparison.literal else { preconditionFailure("predicates are compared with strings") }
            return .holds(op.holds(Bytes(fact.predicate), Bytes(text)))
        }
    }

    // MARK: - The generator (a seeded `SplitMix64`)

    static let years = [0, 5, 999, 2015, 2016, 2017, 2018, 2019, 2020, 10000]
    static let dates = [
        "2015-12", "2016-02", "2016-08", "2017-01", "2018-06", "2019-06", "2016-08-01", "2016-08-15", "2016-02-29", "2017-12-31",
        "2018-06-30", "2016-01-01",
    ]
    static let texts = ["2016", "2017", "2016-08", "2018-06", "2016-8", "2016-08-15", "abc", "", "attacks", "supports", "meets_with"]

    static func randomComparison(_ random: inout SplitMix64) -> Comparison {
        let subject = random.pick(Subject.allCases)
        let literal: Literal
        switch subject {
        case .year, .month, .date:
            switch random.next() % 10 {
            case 0..<3: literal = .integer(random.pick(years))
            case 3..<6: literal = .date(random.pick(dates))
            case 6..<8: literal = .string(random.pick(texts))
            case 8: literal = .decimal(random.pick(["0.5", "2016.5"]))
            default: literal = .boolean(random.next() % 2 == 0)
            }
        case .confidence:
            literal = random.next() % 3 == 0 ? .integer(random.pick([0, 1])) : .decimal(random.pick(["0.3", "0.5", "0.55", "0.75", "0.9"]))
        case .predicate:
            literal = .string(random.pick(["attacks", "supports", "meets_with", "b", "z", ""]))
        }
        return Comparison(subject: subject, op: random.pick(Operator.allCases), literal: literal, literalFirst: random.next() % 4 == 0)
    }

    @Test func randomComparisonsAgreeWithAnEvaluationInSwift() throws {
        let (store, byID) = try Self.graph()
        let resolver = try store.resolver()
        var random = SplitMix64(seed: 20_261_204)
        var answered = 0
        var refused = 0
        for _ in 0..<400 {
            let first = Self.randomComparison(&random)
            let second = random.next() % 3 == 0 ? Self.randomComparison(&random) : nil
            let joiner = random.next() % 2 == 0 ? "AND" : "OR"
            let condition = second.map { "\(first.text) \(joiner) \($0.text)" } ?? first.text
            let query = "MATCH (a)-[r]->(b) WHERE \(condition) RETURN r.id"

            // What the query must answer: the facts the condition holds for, or a refusal.
            var expected: Set<Int64>? = []
            for (id, fact) in byID {
                guard case .holds(let one) = Self.evaluate(first, fact) else {
                    expected = nil
                    break
                }
                var holds = one
                if let second {
                    guard case .holds(let other) = Self.evaluate(second, fact) else {
                        expected = nil
                        break
                    }
                    holds = joiner == "AND" ? one && other : one || other
                }
                if holds { expected?.insert(id) }
            }

            let mustRefuse = expected == nil
            let compiled: CompiledQuery
            do {
                compiled = try Planner.compile(SourceText(query), resolver: resolver)
            } catch {
                let message = "\(error)"
                #expect(mustRefuse, "refused, but it means something: \(query)\n\(message)")
                // `compile` throws only `QueryError` (typed throws), so the kind needs no check.
                #expect(message.contains("^"), "refused without a caret: \(query)\n\(message)")
                refused += 1
                continue
            }
            guard let expected else {
                Issue.record("accepted, but it should be refused: \(query)")
                continue
            }
            let rows = try store.run(compiled).rows
            let found = Set(rows.compactMap { row -> Int64? in
                if case .integer(let id)? = row.first { return id }
                return nil
            })
            #expect(found == expected, "\(query): got facts \(found.sorted()), expected \(expected.sorted())")
            answered += 1
        }
        // The generator must exercise both outcomes.
        #expect(answered > 100)
        #expect(refused > 50)
    }
}
