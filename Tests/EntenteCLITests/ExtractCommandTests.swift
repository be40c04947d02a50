import Foundation
import Testing
import EntenteTestSupport

@Suite struct ExtractCommandTests {
    static let article = """
        Minsk Hosts Talks Between Kyiv and Moscow
        Published: 12 February 2015
        Source: Entente Test Wire

        MINSK — Belarus hosted talks between Ukraine and Russia on Thursday. Ukraine accused Russia of arming the separatists.
        """

    @Test func printsTheDocumentedJSONShape() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let file = try scratch.write("minsk.txt", Self.article)
        let result = try Entente.run(["extract", file])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let article = try #require((json["articles"] as? [[String: Any]])?.first)
        #expect(article["title"] as? String == "Minsk Hosts Talks Between Kyiv and Moscow")
        #expect(article["published"] as? String == "2015-02-12")
        #expect(article["source"] as? String == "Entente Test Wire")
        let entities = try #require(article["entities"] as? [[String: Any]])
        let ukraine = try #require(entities.first { $0["name"] as? String == "Ukraine" })
        #expect(ukraine["kind"] as? String == "actor")
        #expect(ukraine["code"] as? String == "UKR")
        let mention = try #require((ukraine["mentions"] as? [[String: Any]])?.first)
        #expect(Set(mention.keys) == ["text", "start", "end"])
        let facts = try #require(article["facts"] as? [[String: Any]])
        let accusation = try #require(facts.first { $0["predicate"] as? String == "accuses" })
        for key in ["subject", "predicate", "object", "class", "cameo", "plover", "goldstein", "date", "date_precision",
                    "date_reason", "negated", "modality", "confidence", "sentence", "start", "end", "evidence"] {
            #expect(accusation[key] != nil, "no '\(key)' in a fact")
        }
        #expect(accusation["subject"] as? String == "Ukraine")
        #expect(accusation["object"] as? String == "Russia")
        #expect(accusation["class"] as? String == "verbal-conflict")
        #expect(accusation["date"] as? String == "2015-02-12")
        // The evidence span points at the sentence in the file's text.
        let start = try #require(accusation["start"] as? Int)
        let end = try #require(accusation["end"] as? Int)
        let scalars = Array(Self.article.unicodeScalars)
        var sentence = ""
        sentence.unicodeScalars.append(contentsOf: scalars[start..<end])
        #expect(sentence == "Ukraine accused Russia of arming the separatists.")
        #expect(accusation["evidence"] as? String == sentence)
    }

    @Test func storesNothing() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let file = try scratch.write("minsk.txt", Self.article)
        _ = try Entente.run(["extract", file, "--format", "table"], in: scratch.url)
        #expect(!FileManager.default.fileExists(atPath: scratch.path("entente.sqlite")))
    }

    @Test func userGazetteerAndLexiconExtendTheDefaults() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let file = try scratch.write(
            "x.txt", "A Headline For The Test\nPublished: 2020-01-01\n\nThe Zorland Liberation Front befriended Chad.\n")
        let gazetteer = try scratch.write(
            "gazetteer.tsv", "name\tkind\ttype\tcameo\tcountry\taliases\nZorland Liberation Front\torganisation\tarmed-group\t\t\tZLF\n")
        let lexicon = try scratch.write("lexicon.tsv", "pattern\tpredicate\tframe\nbefriend\tsupports\tverb\n")
        let plain = try Entente.run(["extract", file, "--format", "jsonl"])
        #expect(!plain.stdout.contains("\"predicate\":\"supports\""))
        let extended = try Entente.run(["extract", file, "--format", "jsonl", "--gazetteer", gazetteer, "--lexicon", lexicon])
        #expect(extended.status == 0, "\(extended.stderr)")
        #expect(extended.stdout.contains(#""subject":"Zorland Liberation Front""#))
        #expect(extended.stdout.contains(#""predicate":"supports""#))
        #expect(extended.stdout.contains(#""type":"armed-group""#))

        let badLexicon = try scratch.write("bad.tsv", "pattern\tpredicate\tframe\nbefriend\tbefriends\tverb\n")
        let bad = try Entente.run(["extract", file, "--lexicon", badLexicon])
        #expect(bad.status == 1)
        #expect(bad.stderr == "Error: \(badLexicon):2: predicate 'befriends' is not in the vocabulary\n")
    }

    @Test func anUndatedArticleIsSaidInTheSummary() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let file = try scratch.write("undated.txt", "A Headline Without A Date\n\nIran met Iraq in Baghdad to discuss the border.\n")
        let result = try Entente.run(["ingest", "--db", scratch.path("g.sqlite"), file])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Undated articles: 1 (their facts are undated unless the text gives a date)"))
        let facts = try Entente.run(["facts", "--db", scratch.path("g.sqlite"), "--format", "json"])
        #expect(facts.stdout.contains("\"meets_with\""))
        #expect(!facts.stdout.contains("\"date\" :"))
    }

    @Test func readsArticlesFromStandardInput() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let line = #"{"title": "T", "published": "2017-03-23", "text": "Russia met Turkey in Moscow."}"#
        let result = try Entente.run(["extract", "-", "--input-format", "jsonl", "--format", "table"], stdin: line + "\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Russia   meets_with  Turkey"))
    }

    @Test func explainSaysWhyEachFactWasCodedAndWhyASentenceGaveNone() throws {
        let text = "Talks\nPublished: 2024-05-02\n\nTurkey was attacked by Syria on Monday. The weather was fine and everyone enjoyed the festival.\n"
        let result = try Entente.run(["extract", "-", "--explain"], stdin: text)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("“Turkey was attacked by Syria on Monday.”"))
        #expect(result.stdout.contains("Syria –attacks→ Turkey"))
        #expect(result.stdout.contains("'enjoyed' (enjoy): no pattern in the lexicon or the CAMEO verbs"))
    }

    @Test func oneSentenceFromStandardInputGivesItsFact() throws {
        let result = try Entente.run(["extract", "-", "--format", "table"], stdin: "Russia attacked Ukraine.\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Russia   attacks    Ukraine"))
    }

    @Test func theTableNamesTheFileAndItsEntitiesAndSaysWhenThereAreNoFacts() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let quiet = try scratch.write("quiet.txt", "Weather\nPublished: 2024-05-02\n\nThe weather in Turkey was fine on Monday.\n")
        let busy = try scratch.write("busy.txt", "Strike\nPublished: 2024-05-02\n\nRussia attacked Ukraine on Monday.\n")
        let result = try Entente.run(["extract", quiet, busy, "--format", "table"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first == "== \(quiet): 2024-05-02")
        #expect(lines.contains("entities: Turkey (actor)"))
        #expect(lines.contains("no facts: the article states no relation between the entities it names"))
        #expect(lines.contains("== \(busy): 2024-05-02"))
        #expect(lines.contains("entities: Russia (actor), Ukraine (actor)"))
        #expect(result.stdout.contains("Russia   attacks    Ukraine"))
    }

    @Test func userVerbPatternsCodeVerbsTheDictionariesLack() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let article = try scratch.write("zap.txt", "Ministers\nPublished: 2024-05-02\n\nRussia zapped Ukraine on Monday.\n")
        let plain = try Entente.run(["extract", article, "--format", "table"])
        #expect(!plain.stdout.contains("attacks"))
        let verbs = try scratch.write("verbs.txt", "---  ZAP   [190]  ---\nZAP\n")
        let coded = try Entente.run(["extract", article, "--verbs", verbs, "--format", "table"])
        #expect(coded.status == 0, "\(coded.stderr)")
        #expect(coded.stdout.contains("Russia   attacks    Ukraine"))
        let broken = try scratch.write("broken.txt", "---  ZAP   [19x]  ---\nZAP\n")
        let refused = try Entente.run(["extract", article, "--verbs", broken])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("broken.txt:1:"))
    }

    @Test func userActorsAndAgentsNameWhatTheDictionariesLack() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let article = try scratch.write(
            "front.txt",
            "Clashes\nPublished: 2024-05-02\n\nThe ZLF attacked Iran on Monday. Cameleers from Iraq condemned Amir Kassovan on Tuesday.\n")
        let actors = try scratch.write(
            "actors.txt", "ZORBANIAN_LIBERATION_FRONT [ZRBREB]\n+ZLF\nAMIR_KASSOVAN [IRNELI <20200101] [IRNGOV >20200101]\n")
        let agents = try scratch.write("agents.txt", "CAMELEER [~BUS]\n")
        let coded = try Entente.run(["extract", article, "--actors", actors, "--agents", agents, "--format", "json"])
        #expect(coded.status == 0, "\(coded.stderr)")
        #expect(coded.stdout.contains("\"code\" : \"ZRBREB\""))
        #expect(coded.stdout.contains("\"code\" : \"IRNGOV\""))
        #expect(coded.stdout.contains("\"role\" : \"business\""))
        let broken = try scratch.write("broken.txt", "NO_CODE_HERE\n")
        let refused = try Entente.run(["extract", article, "--actors", broken])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("broken.txt:1:"))
    }
}

/// Extraction gives the same answer in every process, whatever order the process's hashing gives
/// its sets and dictionaries (each `entente` process hashes with a new seed).
@Suite struct ExtractionDeterminismTests {
    @Test func threeProcessesExtractTheSameFactsFromTheSameArticles() throws {
        let development = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("EntenteTests/Fixtures/dev2026c")
        let articles = try FileManager.default.contentsOfDirectory(atPath: development.path).filter { $0.hasSuffix(".txt") }.sorted()
            .map { development.appendingPathComponent($0).path }
        let arguments = ["extract", "--format", "json", examplesDirectory] + articles
        let outputs = try (0..<3).map { _ in try Entente.run(arguments) }
        #expect(outputs.allSatisfy { $0.status == 0 })
        #expect(outputs[0].stdout.contains("\"facts\""))
        #expect(Set(outputs.map { $0.stdout }).count == 1)
    }
}
