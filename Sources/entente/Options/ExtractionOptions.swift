import ArgumentParser
import Entente
import Foundation

/// How articles are read: the input format, comments, extra gazetteer and lexicon entries.
struct ExtractionOptions: ParsableArguments {
    @Option(name: .long, help: "Input format: auto, text, json or jsonl (auto looks at the name and the content).")
    var inputFormat: ArticleDecoder.Format = .auto

    @Flag(name: .long, help: "Read relations from the reader-comment section too (at low confidence).")
    var includeComments = false

    @Option(
        name: .long,
        help: ArgumentHelp(
            "A TSV of extra or overriding entities: name, kind, type, cameo, country, aliases (';'-separated).",
            valueName: "file"))
    var gazetteer: String?

    @Option(
        name: .long,
        help: ArgumentHelp("A TSV of extra relation patterns: pattern, predicate, frame.", valueName: "file"))
    var lexicon: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Extra CAMEO verb patterns in PETRARCH2's verb-dictionary format (blocks, verbs, patterns); tried before the built-in ones.",
            valueName: "file"))
    var verbs: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Extra actors in PETRARCH2's actor-dictionary format (NAME [CODE DATES], +synonyms); they win over the built-in ones.",
            valueName: "file"))
    var actors: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Extra agents in PETRARCH2's agent-dictionary format (NOUN {PLURAL} [~ROLE]); they win over the built-in ones.",
            valueName: "file"))
    var agents: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "The token-window rule families to run beside the parse, comma-separated, or 'none' (to measure what each adds).",
            valueName: "families", visibility: .hidden))
    var tokenRules: String?

    func validate() throws {
        for (value, option) in [(gazetteer, "--gazetteer"), (lexicon, "--lexicon"), (verbs, "--verbs"), (actors, "--actors"), (agents, "--agents")] {
            try ArgumentCheck.notEmpty(value, option, "a file name")
        }
        _ = try tokenRuleFamilies()
    }

    private func tokenRuleFamilies() throws -> Set<TokenRule> {
        guard let tokenRules else { return Set(TokenRule.allCases) }
        let names = tokenRules.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { $0 != "none" }
        return Set(try names.map { name in
            guard let rule = TokenRule(rawValue: name) else {
                throw ValidationError(
                    "--token-rules: unknown family '\(name)'; the families are \(TokenRule.allCases.map(\.rawValue).joined(separator: ", ")), or none.")
            }
            return rule
        })
    }

    func extractor() throws -> Extractor {
        var gazetteer = Gazetteer.standard
        if let path = self.gazetteer {
            gazetteer.merge(try Gazetteer.parseEntries(tsv: try Self.text(of: path), file: path))
        }
        var lexicon = RelationLexicon.standard
        if let path = self.lexicon {
            lexicon.merge(try RelationLexicon.parse(tsv: try Self.text(of: path), file: path, vocabulary: .standard))
        }
        var verbs = VerbDictionary.standard
        if let path = self.verbs {
            try verbs.add(petrarch: try Self.text(of: path), file: path)
        }
        var actors = ActorDictionary.standard
        if let path = self.actors {
            try actors.add(petrarch: try Self.text(of: path), file: path)
        }
        var agents = AgentDictionary.standard
        if let path = self.agents {
            try agents.add(petrarch: try Self.text(of: path), file: path)
        }
        return Extractor(
            gazetteer: gazetteer, lexicon: lexicon, verbs: verbs, actors: actors, agents: agents,
            options: .init(includeComments: includeComments, tokenRules: try tokenRuleFamilies()))
    }

    private static func text(of path: String) throws -> String {
        String(decoding: try InputFile(name: path).read(), as: UTF8.self)
    }
}

