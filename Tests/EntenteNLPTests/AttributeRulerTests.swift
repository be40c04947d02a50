import Foundation
import Testing
@testable import EntenteNLP

/// The attribute ruler against spaCy: the fixture (`Fixtures/make_ruler_fixture.py`) holds the
/// tagger's and parser's output for 42 sentences and what spaCy's ruler made of it.
@Suite struct AttributeRulerTests {
    @Test func loadsEveryRuleOfTheModel() throws {
        let ruler = try loadedRuler.get()
        #expect(ruler.rules.count == 179)
    }

    @Test func matchesSpaCyOnTheFixture() throws {
        let ruler = try loadedRuler.get()
        var compared = 0
        for sentence in try fixtureSentences() {
            var tokens = sentence.input
            ruler.apply(to: &tokens)
            for (token, expected) in zip(tokens, sentence.expected) {
                #expect(token.tag == expected.tag, "\(sentence.text): tag of \(token.text.debugDescription)")
                #expect(token.dep == expected.dep, "\(sentence.text): dep of \(token.text.debugDescription)")
                #expect(token.pos == expected.pos, "\(sentence.text): pos of \(token.text.debugDescription)")
                #expect(token.morph == expected.morph, "\(sentence.text): morph of \(token.text.debugDescription)")
                // The ruler sets only some lemmas; the lemmatizer must keep those.
                if let lemma = token.lemma {
                    #expect(lemma == expected.lemma, "\(sentence.text): lemma of \(token.text.debugDescription)")
                }
                compared += 1
            }
        }
        #expect(compared == 616)
    }

    @Test func laterRulesWinPerAttribute() throws {
        let ruler = try loadedRuler.get()
        var tokens = [
            TokenAnnotation(text: "It", isSpace: false, tag: "PRP", dep: "nsubj"),
            TokenAnnotation(text: "'s", isSpace: false, tag: "VBZ", dep: "ROOT"),
            TokenAnnotation(text: "that", isSpace: false, tag: "WDT", dep: "nsubj"),
        ]
        ruler.apply(to: &tokens)
        // The tag rule gives VERB; the rule for `'s` makes it AUX with lemma `be`.
        #expect(tokens[1].pos == "AUX")
        #expect(tokens[1].lemma == "be")
        #expect(tokens[1].morph == "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin")
        // `it` as subject: the later DEP rule adds Case=Nom over the PRP rule's features.
        #expect(tokens[0].morph == "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs")
        #expect(tokens[0].lemma == "it")
        // `that` WDT: PRON from the `that` rule, features PronType=Rel.
        #expect(tokens[2].pos == "PRON")
        #expect(tokens[2].morph == "PronType=Rel")
    }

    @Test func twoTokenPatternsSetTheTokenAtTheirIndex() throws {
        let ruler = try loadedRuler.get()
        var tokens = [
            TokenAnnotation(text: "Gon", isSpace: false, tag: "VBG", dep: "ROOT"),
            TokenAnnotation(text: "na", isSpace: false, tag: "TO", dep: "aux"),
            TokenAnnotation(text: "let", isSpace: false, tag: "VB", dep: "conj"),
            TokenAnnotation(text: "'S", isSpace: false, tag: "PRP", dep: "nsubj"),
        ]
        ruler.apply(to: &tokens)
        #expect(tokens.map(\.lemma) == ["go", "to", nil, "us"])
        // `na` is TO, so the auxiliary rule (TAG NOT_IN TO) leaves its PART alone.
        #expect(tokens[1].pos == "PART")
    }

    @Test func whitespaceTokensEndAsSpaceWhateverTheTagger() throws {
        let ruler = try loadedRuler.get()
        var tokens = [
            TokenAnnotation(text: "\n\n", isSpace: true, tag: "NN", dep: "punct"),
            TokenAnnotation(text: "x", isSpace: false, tag: "_SP", dep: "compound"),
            TokenAnnotation(text: " ", isSpace: true, tag: "_SP", dep: ""),
        ]
        ruler.apply(to: &tokens)
        #expect(tokens[0].tag == "_SP")
        #expect(tokens[0].dep == "dep")
        #expect(tokens[0].pos == "SPACE")
        #expect(tokens[0].morph == "")
        // A tag of _SP on a non-space token is the tagger's mistake: part of speech X.
        #expect(tokens[1].pos == "X")
        #expect(tokens[1].tag == "_SP")
        // A missing label stays missing: the DEP rule requires one.
        #expect(tokens[2].dep == "")
        #expect(tokens[2].pos == "SPACE")
    }

    @Test func unmatchedTokensKeepTheirValues() throws {
        let ruler = try loadedRuler.get()
        var tokens = [TokenAnnotation(text: "zzz", isSpace: false, tag: "NOT-A-TAG", dep: "nsubj")]
        ruler.apply(to: &tokens)
        #expect(tokens[0] == TokenAnnotation(text: "zzz", isSpace: false, tag: "NOT-A-TAG", dep: "nsubj"))
        var empty: [TokenAnnotation] = []
        ruler.apply(to: &empty)
        #expect(empty.isEmpty)
    }

    @Test func rejectsPatternsItCannotMatchLikeSpaCy() {
        let quantifier: [Any] = [["patterns": [[["LOWER": "a", "OP": "+"]]], "attrs": ["POS": "X"], "index": 0] as [String: Any]]
        #expect(throws: NLPModelError.self) { try AttributeRuler(json: quantifier) }
        let badIndex: [Any] = [["patterns": [[["LOWER": "a"]]], "attrs": ["POS": "X"], "index": 1] as [String: Any]]
        #expect(throws: NLPModelError.self) { try AttributeRuler(json: badIndex) }
        let badRegex: [Any] = [["patterns": [[["LOWER": ["REGEX": "(unclosed"]]]], "attrs": ["POS": "X"], "index": 0] as [String: Any]]
        #expect(throws: NLPModelError.self) { try AttributeRuler(json: badRegex) }
    }

    @Test func negativeIndexCountsFromTheEndOfTheMatch() throws {
        let rules: [Any] = [["patterns": [[["LOWER": "a"], ["LOWER": "b"]]], "attrs": ["LEMMA": "B!"], "index": -1] as [String: Any]]
        let ruler = try AttributeRuler(json: rules)
        var tokens = ["a", "b", "a"].map { TokenAnnotation(text: $0, isSpace: false, tag: "NN", dep: "dep") }
        ruler.apply(to: &tokens)
        #expect(tokens.map(\.lemma) == [nil, "B!", nil])
    }

    @Test func morphologyIsNormalisedAsSpaCyPrintsIt() throws {
        #expect(try MorphFeatures.normalized("_") == "")
        #expect(try MorphFeatures.normalized("") == "")
        #expect(try MorphFeatures.normalized("PronType=Prs|Number=Sing") == "Number=Sing|PronType=Prs")
        #expect(try MorphFeatures.normalized("Number=Sing,Plur|Case=Nom|Number=Plur") == "Case=Nom|Number=Plur")
        #expect(try MorphFeatures.normalized("Person=3|Number=Plur,Sing") == "Number=Plur,Sing|Person=3")
        #expect(throws: NLPModelError.self) { try MorphFeatures.normalized("Number") }
    }

    @Test func regularExpressionsFollowPythonSearch() throws {
        let rules: [Any] = [
            ["patterns": [[["LOWER": ["REGEX": "^n'?t$"]]]], "attrs": ["LEMMA": "not"], "index": 0] as [String: Any],
            ["patterns": [[["TAG": ["REGEX": "B[DZ]"]]]], "attrs": ["POS": "VERB"], "index": 0] as [String: Any],
        ]
        let ruler = try AttributeRuler(json: rules)
        let cases: [(text: String, tag: String, lemma: String?, pos: String)] = [
            ("N'T", "RB", "not", ""),
            ("nt", "VBD", "not", "VERB"),
            // Python's `$` also matches before a final line feed, but not before a carriage return.
            ("nt\n", "VB", "not", ""),
            ("nt\r", "VBZ", nil, "VERB"),
            ("ant", "XVBZY", nil, "VERB"),
            ("n''t", "BD", nil, "VERB"),
        ]
        var tokens = cases.map { TokenAnnotation(text: $0.text, isSpace: false, tag: $0.tag, dep: "dep") }
        ruler.apply(to: &tokens)
        #expect(tokens.map(\.lemma) == cases.map(\.lemma))
        #expect(tokens.map(\.pos) == cases.map(\.pos))
    }
}

// MARK: - Fixture

private struct FixtureSentence {
    let text: String
    /// The tokens as the ruler receives them: text, whitespace flag, the tagger's tag and the
    /// parser's label.
    let input: [TokenAnnotation]
    /// spaCy's tokens after the ruler and the lemmatizer.
    let expected: [TokenAnnotation]
}

private func fixtureSentences() throws -> [FixtureSentence] {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/ruler-lemma-cases.json")
    let cases = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [[String: Any]])
    return try cases.map { entry in
        let rows = try #require(entry["tokens"] as? [[String: Any]])
        func token(_ row: [String: Any], final: Bool) throws -> TokenAnnotation {
            var token = TokenAnnotation(
                text: try #require(row["text"] as? String), isSpace: try #require(row["is_space"] as? Bool),
                tag: try #require(row[final ? "final_tag" : "tag"] as? String),
                dep: try #require(row[final ? "final_dep" : "dep"] as? String))
            if final {
                token.pos = try #require(row["pos"] as? String)
                token.morph = try #require(row["morph"] as? String)
                token.lemma = try #require(row["lemma"] as? String)
            }
            return token
        }
        return FixtureSentence(
            text: try #require(entry["sentence"] as? String),
            input: try rows.map { try token($0, final: false) },
            expected: try rows.map { try token($0, final: true) })
    }
}

/// Built once: parsing the model's 1.4 MB header for every test would be slow.
private let loadedRuler = Result { try AttributeRuler(json: try ModelFixture.file().table("attribute_ruler") as Any) }
