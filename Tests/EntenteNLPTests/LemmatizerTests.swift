import Foundation
import Testing
@testable import EntenteNLP

/// The rule lemmatizer against spaCy: on the fixture after the attribute ruler, and on single
/// tokens whose expected lemmas were taken from spaCy 3.8.18's lemmatizer with the same tables.
@Suite struct LemmatizerTests {
    @Test func matchesSpaCyOnTheFixture() throws {
        let (ruler, lemmatizer) = try loadedModel.get()
        var compared = 0
        for (text, input, lemmas) in try fixtureSentences() {
            var tokens = input
            ruler.apply(to: &tokens)
            lemmatizer.lemmatize(&tokens)
            for (token, lemma) in zip(tokens, lemmas) {
                #expect(token.lemma == lemma, "\(text): lemma of \(token.text.debugDescription)")
                compared += 1
            }
        }
        #expect(compared == 616)
    }

    @Test(arguments: [
        // Suffix rules, the index and exceptions.
        ("Dogs", "NOUN", "Number=Plur", "dog"),
        ("geese", "NOUN", "Number=Plur", "goose"),
        ("axes", "NOUN", "Number=Plur", "axis"),
        ("xyzzies", "NOUN", "Number=Plur", "xyzzie"),
        ("Running", "VERB", "Aspect=Prog|Tense=Pres|VerbForm=Part", "run"),
        ("SAID", "VERB", "Tense=Past|VerbForm=Fin", "say"),
        ("went", "VERB", "Tense=Past|VerbForm=Fin", "go"),
        ("Has", "VERB", "Number=Sing|Person=3|Tense=Pres|VerbForm=Fin", "have"),
        ("better", "ADJ", "Degree=Cmp", "well"),
        ("worst", "ADJ", "Degree=Sup", "bad"),
        ("Quickly", "ADV", "", "quickly"),
        // A form with a digit is kept although the index does not know it.
        ("1990s", "NOUN", "Number=Plur", "1990"),
        // Curly quotes become straight ones.
        ("\u{201C}", "PUNCT", "PunctSide=Ini|PunctType=Quot", "\""),
        ("\u{2019}", "PUNCT", "", "'"),
        // Base forms are only lower-cased, even when a rule would apply.
        ("Apples", "NOUN", "Number=Sing", "apples"),
        // No tables for PROPN: case kept; for AUX: lower-cased.
        ("Brussels", "PROPN", "Number=Sing", "Brussels"),
        ("Will", "AUX", "VerbForm=Fin", "will"),
        ("\n\n", "SPACE", "", "\n\n"),
        // No rule applies: the text itself, not lower-cased.
        ("\u{039F}\u{0394}\u{039F}\u{03A3}", "NOUN", "Number=Plur", "\u{039F}\u{0394}\u{039F}\u{03A3}"),
        ("\u{0130}stanbul", "NOUN", "Number=Plur", "\u{0130}stanbul"),
        // Python's lower(): final sigma, the Kelvin sign; code points, not characters.
        ("\u{039F}\u{0394}\u{039F}\u{03A3}", "VERB", "VerbForm=Inf", "\u{03BF}\u{03B4}\u{03BF}\u{03C2}"),
        ("\u{03A3}\u{0391}\u{03A3}", "NOUN", "Number=Sing", "\u{03C3}\u{03B1}\u{03C2}"),
        ("\u{212A}elvins", "NOUN", "Number=Plur", "kelvin"),
        // The combining accent is not a letter, so the stripped form is kept without the index.
        ("cafe\u{0301}s", "NOUN", "Number=Plur", "cafe\u{0301}"),
    ])
    func lemmaOfOneToken(_ text: String, _ pos: String, _ morph: String, _ expected: String) throws {
        let lemmatizer = try loadedModel.get().1
        let token = TokenAnnotation(text: text, isSpace: false, tag: "", dep: "", pos: pos, morph: morph)
        let lemma = lemmatizer.lemma(of: token)
        #expect(lemma.unicodeScalars.elementsEqual(expected.unicodeScalars), "\(lemma.debugDescription)")
    }

    @Test func keepsLemmasTheRulerSet() throws {
        let lemmatizer = try loadedModel.get().1
        var tokens = [
            TokenAnnotation(text: "wo", isSpace: false, tag: "MD", dep: "aux", pos: "AUX", morph: "VerbForm=Fin", lemma: "will"),
            TokenAnnotation(text: "Cats", isSpace: false, tag: "NNS", dep: "nsubj", pos: "NOUN", morph: "Number=Plur"),
        ]
        lemmatizer.lemmatize(&tokens)
        #expect(tokens.map(\.lemma) == ["will", "cat"])
    }

    @Test func baseFormsFollowEnglishRules() {
        #expect(Lemmatizer.isBaseForm(pos: "noun", morph: "Number=Sing"))
        #expect(!Lemmatizer.isBaseForm(pos: "noun", morph: "Number=Plur"))
        #expect(Lemmatizer.isBaseForm(pos: "verb", morph: "Tense=Pres|VerbForm=Fin"))
        #expect(!Lemmatizer.isBaseForm(pos: "verb", morph: "Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"))
        #expect(Lemmatizer.isBaseForm(pos: "aux", morph: "VerbForm=Inf"))
        #expect(Lemmatizer.isBaseForm(pos: "adv", morph: "Degree=Pos"))
        #expect(Lemmatizer.isBaseForm(pos: "x", morph: "VerbForm=None"))
        #expect(!Lemmatizer.isBaseForm(pos: "noun", morph: "Number=Plur,Sing"))
        #expect(!Lemmatizer.isBaseForm(pos: "adj", morph: ""))
    }

    @Test func rejectsTablesOfTheWrongShape() {
        #expect(throws: NLPModelError.self) { try Lemmatizer(json: ["lemma_exc": [String: Any]()]) }
        #expect(throws: NLPModelError.self) { try Lemmatizer(json: ["lemma_rules": ["noun": [["s"]]]]) }
    }
}

// MARK: - Fixture

/// Each fixture sentence as the ruler receives it, with spaCy's final lemmas.
private func fixtureSentences() throws -> [(String, [TokenAnnotation], [String])] {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/ruler-lemma-cases.json")
    let cases = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [[String: Any]])
    return try cases.map { entry in
        let rows = try #require(entry["tokens"] as? [[String: Any]])
        let tokens = try rows.map { row in
            TokenAnnotation(
                text: try #require(row["text"] as? String), isSpace: try #require(row["is_space"] as? Bool),
                tag: try #require(row["tag"] as? String), dep: try #require(row["dep"] as? String))
        }
        let lemmas = try rows.map { try #require($0["lemma"] as? String) }
        return (try #require(entry["sentence"] as? String), tokens, lemmas)
    }
}

/// Built once: parsing the model's 1.4 MB header for every test would be slow.
private let loadedModel = Result { () throws -> (AttributeRuler, Lemmatizer) in
    let model = try ModelFixture.file()
    return (try AttributeRuler(json: try model.table("attribute_ruler") as Any),
            try Lemmatizer(json: try model.table("lemmatizer") as Any))
}
