public import EntenteModel
import EntenteNLP
import Foundation

/// One body sentence as `entente extract --explain` prints it: the facts coded from it and why, or
/// why it gave none.
public struct SentenceExplanation: Sendable {
    public struct ExplainedFact: Sendable {
        public var fact: Fact
        /// The rule or the dictionary pattern that fired, and the tree path between the parties.
        public var reason: String
    }

    public var sentence: String
    public var facts: [ExplainedFact]
    /// For a sentence without facts: which verb had no pattern, which party was not an actor.
    public var notes: [String]
}

/// What makes two candidate facts of one sentence the same.
struct FactKey: Hashable {
    var subject: Entity
    var predicate: String
    var object: Entity

    init(_ subject: Entity, _ predicate: String, _ object: Entity) {
        self.subject = subject
        self.predicate = predicate
        self.object = object
    }
}

/// Reads articles into entities and dated relation facts, with rules and
/// data only: no network, no model.
///
/// For example:
///
///     let extractor = Extractor()
///     let page = PageReader.read(text)
///     let extraction = extractor.extract(page)
///     for fact in extraction.facts { print(fact.subject.name, fact.predicate, fact.object.name) }
///
/// Only the article body yields relation facts; captions and the title yield
/// entities; boilerplate yields nothing, and so do reader comments unless
/// ``Options/includeComments`` is set.
public struct Extractor: Sendable {
    public struct Options: Sendable, Hashable {
        public var includeComments: Bool
        /// The token-window rule families that run beside the parse; all by default. Fewer only to
        /// measure what each adds (`entente evaluate --token-rules`).
        public var tokenRules: Set<TokenRule>

        public init(includeComments: Bool = false, tokenRules: Set<TokenRule> = Set(TokenRule.allCases)) {
            self.includeComments = includeComments
            self.tokenRules = tokenRules
        }
    }

    public let gazetteer: Gazetteer
    public let lexicon: RelationLexicon
    public let vocabulary: PredicateVocabulary
    public var options: Options
    private let matcher: GazetteerMatcher
    let coder: TreeCoder
    private let dictionaryMentions: DictionaryMentions
    private let discards: DiscardList

    /// `verbs` codes the verbs the lexicon lacks (PETRARCH2's CAMEO patterns, plus any user file);
    /// `actors` names the actors the gazetteer lacks, with their roles by date; `agents` gives the
    /// capacity of nouns like "soldiers" or "rebels".
    public init(
        gazetteer: Gazetteer = .standard, lexicon: RelationLexicon = .standard,
        vocabulary: PredicateVocabulary = .standard, verbs: VerbDictionary = .standard,
        actors: ActorDictionary = .standard, agents: AgentDictionary = .standard, discards: DiscardList = .standard,
        options: Options = .init()
    ) {
        self.discards = discards
        dictionaryMentions = DictionaryMentions(actors: actors, gazetteer: gazetteer)
        self.gazetteer = gazetteer
        self.lexicon = lexicon
        self.vocabulary = vocabulary
        self.options = options
        matcher = GazetteerMatcher(gazetteer)
        coder = TreeCoder(lexicon: lexicon, vocabulary: vocabulary, verbs: verbs, agents: agents, actors: actors, gazetteer: gazetteer)
    }

    /// The entities and facts of one article page.
    public func extract(_ page: ArticlePage, origin: Article.Origin = .article) -> ArticleExtraction {
        var entities: [Entity] = []
        var entityKeys: Set<Entity> = []
        var facts: [Fact] = []
        var spans: [Entity: [TextSpan]] = [:]
        let article = read(
            page, origin: origin,
            mention: { entity, span in
                if entityKeys.insert(entity).inserted { entities.append(entity) }
                spans[entity, default: []].append(span)
            },
            fact: { fact in
                // A party named inside a word ("the Israel-Hamas war") has no mention of its own,
                // and is an entity of the article all the same.
                for party in [fact.subject, fact.object] where entityKeys.insert(party).inserted { entities.append(party) }
                facts.append(fact)
            })
        return ArticleExtraction(article: article, entities: entities, facts: facts, mentions: spans)
    }

    /// Reads a page zone by zone and hands over each mention and fact as it is found,
    /// so a long article never has all its facts in memory at once.
    ///
    /// - Returns: the article the facts come from.
    /// `explain`, when given, receives each body sentence with its facts and why each was coded,
    /// or why the sentence gave none.
    public func read(
        _ page: ArticlePage, origin: Article.Origin = .article, mention: (Entity, TextSpan) throws -> Void,
        fact emit: (Fact) throws -> Void, explain: ((SentenceExplanation) -> Void)? = nil
    ) rethrows -> Article {
        var recognizer = EntityRecognizer(gazetteer: gazetteer, matcher: matcher)
        let relations = RelationExtractor(
            lexicon: lexicon, vocabulary: vocabulary, gazetteer: gazetteer, families: options.tokenRules)
        var sentenceIndex = 0
        var partOfSeen: Set<Entity> = []
        // The states the article's people hold titles for, as its facts say so far.
        var titleStates: [Entity: Set<Entity>] = [:]
        // Decided on the first body zone's opening, before any of its facts.
        var storyDiscard: String?
        var storyChecked = false
        // A paragraph's pronouns and "the two sides" may continue the paragraph before.
        var discourse = TreeCoder.Discourse()
        var people = PersonNames()
        var names = ArticleNames()
        var acronyms = ArticleAcronyms()
        // Whom an unattributed "we" stands for; a joint statement's title or opening overrides the publisher.
        var authors = page.source.map { Authors.ofPublisher($0, recognizer: recognizer) } ?? []
        recognizer.homeState = authors.count == 1 ? authors[0].entity : nil
        var openingRead = false
        // A title that says "joint statement" without naming its issuers: the body's opening may list them.
        var unsignedJointStatement = false
        var titledJointIssuers: [Mention] = []
        for zone in page.zones {
            let readsEntities: Bool
            var readsFacts: Bool
            switch zone.kind {
            case .body: (readsEntities, readsFacts) = (true, true)
            case .title, .caption: (readsEntities, readsFacts) = (true, false)
            case .comments: (readsEntities, readsFacts) = (options.includeComments, options.includeComments)
            case .dateline, .boilerplate: (readsEntities, readsFacts) = (false, false)
            }
            guard readsEntities else { continue }
            let tokens = page.tokens(of: zone)
            if zone.kind == .body {
                if !storyChecked {
                    storyChecked = true
                    storyDiscard = discardedStory(tokens.prefix(2_000))
                    if let storyDiscard {
                        explain?(SentenceExplanation(
                            sentence: page.title ?? "(the whole story)", facts: [],
                            notes: ["the story is discarded as sport or entertainment: \(storyDiscard) on the discard list"]))
                    }
                }
                readsFacts = storyDiscard == nil
            }
            let zoneScalars = page.scalars(of: zone)
            func text(_ range: Range<Int>) -> String {
                var result = ""
                let base = zone.range.lowerBound
                result.unicodeScalars.append(contentsOf: zoneScalars[(range.lowerBound - base)..<(range.upperBound - base)])
                return result
            }
            let sentences = SentenceSplitter.sentences(tokens)
            // Mentions first, for the whole zone, so the parse can be coded with them; the person
            // last named after each sentence is kept for the speaker rules.
            var sentenceMentions: [[Mention]] = []
            var lastPersons: [Entity?] = []
            for sentence in sentences {
                let recognised = recognizer.mentions(in: tokens, sentence: sentence, knownNamesOnly: zone.kind == .title)
                sentenceMentions.append(
                    dictionaryMentions.adding(to: recognised, tokens: tokens, sentence: sentence, on: page.published))
                lastPersons.append(recognizer.lastPerson)
            }
            // The dictionary's reading of a name (with its codes) stands wherever the name recurs.
            var known: [NameKey: Entity] = [:]
            for mention in sentenceMentions.joined() where mention.entity.cameo != nil {
                known[mention.entity.key] = known[mention.entity.key] ?? mention.entity
            }
            if !known.isEmpty {
                for position in sentenceMentions.indices {
                    for index in sentenceMentions[position].indices {
                        if let entity = known[sentenceMentions[position][index].entity.key] {
                            sentenceMentions[position][index].entity = entity
                        }
                    }
                    if let person = lastPersons[position], let entity = known[person.key] { lastPersons[position] = entity }
                }
            }
            for position in sentenceMentions.indices {
                sentenceMentions[position] = namedForAnother(sentenceMentions[position], tokens: tokens)
            }
            // "the RSF", once the article has named the Rapid Support Forces.
            for mention in sentenceMentions.joined() { acronyms.learn(mention.entity) }
            for position in sentenceMentions.indices {
                for index in sentenceMentions[position].indices {
                    sentenceMentions[position][index].entity = acronyms.expanded(sentenceMentions[position][index].entity)
                }
            }
            if zone.kind != .body { discourse = TreeCoder.Discourse() }
            // A body that opens by saying who issues it jointly states that they agree.
            var jointIssuers: [Mention] = []
            if (zone.kind == .title || (zone.kind == .body && !openingRead)), let opening = sentences.first,
               let joint = Authors.ofJointStatement(tokens[opening], mentions: sentenceMentions[0])
                   ?? (zone.kind == .title ? Authors.ofJointBodies(page.text(of: zone), recognizer: recognizer) : nil)
            {
                authors = joint
                if zone.kind == .body { jointIssuers = joint }
                // ("Joint Statement from the U.S. Department of Defense and the Ministry of National
                // Defense of Niger": a title that names the issuers says the same of the body.)
                if zone.kind == .title { titledJointIssuers = joint }
            } else if zone.kind == .title, let opening = sentences.first, Authors.isUnsignedJointStatement(tokens[opening]) {
                unsignedJointStatement = true
            } else if zone.kind == .body, !openingRead, unsignedJointStatement, let opening = sentences.first,
                      let listed = Authors.ofListedOpening(tokens[opening], mentions: sentenceMentions[0], publisher: authors)
            {
                authors = listed
            }
            if zone.kind == .body, !openingRead, jointIssuers.isEmpty { jointIssuers = titledJointIssuers }
            if zone.kind == .body { openingRead = true }
            var renamed: [Entity: Entity] = [:]
            let (treeCandidates, treeNotes, named, superseded) = readsFacts
                ? treeCandidates(zoneScalars, base: zone.range.lowerBound, tokens: tokens, sentences: sentences,
                                 mentions: sentenceMentions, authors: authors, discourse: &discourse, people: &people,
                                 names: &names, renamed: &renamed, withNotes: explain != nil)
                : ([], [], [], [])
            if !superseded.isEmpty {
                for position in sentenceMentions.indices { sentenceMentions[position].removeAll { superseded.contains($0.range) } }
            }
            if !readsFacts {
                for position in sentenceMentions.indices {
                    for index in sentenceMentions[position].indices {
                        if let (from, to) = people.resolve(&sentenceMentions[position][index]) { renamed[from] = to }
                        names.learn(sentenceMentions[position][index], in: tokens)
                    }
                }
            }
            // "Secretary Austin", once the article has named Lloyd J. Austin III.
            if !renamed.isEmpty {
                for position in sentenceMentions.indices {
                    for index in sentenceMentions[position].indices {
                        if let full = renamed[sentenceMentions[position][index].entity] { sentenceMentions[position][index].entity = full }
                    }
                    if let person = lastPersons[position], let full = renamed[person] { lastPersons[position] = full }
                }
            }
            // Names only the entity recogniser found are entities too, in the sentence that names them.
            for var found in named {
                guard let position = sentences.firstIndex(where: { $0.contains(found.range.lowerBound) }) else { continue }
                found.entity = acronyms.expanded(found.entity)
                sentenceMentions[position].append(found)
                sentenceMentions[position].sort { $0.range.lowerBound < $1.range.lowerBound }
            }
            // The parse's facts in text order (ties in the order coded), taken sentence by sentence
            // with one cursor instead of a search of the whole zone per sentence.
            let coded = treeCandidates.enumerated().sorted { ($0.element.start, $0.offset) < ($1.element.start, $1.offset) }.map(\.element)
            var codedCursor = 0
            for (position, (sentence, mentions)) in zip(sentences, sentenceMentions).enumerated() {
                for found in mentions {
                    let start = tokens[found.range.lowerBound].start
                    let end = tokens[found.range.upperBound - 1].end
                    try mention(found.entity, TextSpan(text: text(start..<end), start: start, end: end))
                }
                guard readsFacts else { continue }
                defer { sentenceIndex += 1 }
                let lexicon = self.lexicon
                let context = SentenceContext(
                    tokens: tokens, range: sentence, mentions: mentions,
                    isTrigger: { !lexicon.matches(at: $0, in: tokens, limit: sentence.upperBound).isEmpty })
                var candidates = relations.candidates(in: context)
                if position == 0, !jointIssuers.isEmpty {
                    candidates += Authors.agreements(among: jointIssuers)
                }
                let sentenceStart = tokens[sentence.lowerBound].start
                let sentenceEnd = tokens[sentence.upperBound - 1].end
                // The parse reads the sentence; the phrase rules only where it read nothing (on the
                // development sets that keeps their recall and drops most of their wrong facts).
                while codedCursor < coded.count, coded[codedCursor].start < sentenceStart { codedCursor += 1 }
                let firstCoded = codedCursor
                while codedCursor < coded.count, coded[codedCursor].start < sentenceEnd { codedCursor += 1 }
                let parsed = coded[firstCoded..<codedCursor]
                if parsed.contains(where: { !$0.candidate.inPassing }) {
                    let read = Set(parsed.map { FactKey($0.candidate.relation.subject.entity, $0.candidate.relation.predicate, $0.candidate.relation.object.entity) })
                    // (Except between parties the parse's facts do not touch: in a long sentence the
                    // parse may read one clause and lose another.)
                    // (Nor do relations said in passing.)
                    let touched = Set(parsed.filter { !$0.candidate.inPassing }.flatMap { [$0.candidate.relation.subject.entity, $0.candidate.relation.object.entity] })
                    candidates.removeAll { candidate in
                        candidate.fromPhrase && !read.contains(FactKey(candidate.subject.entity, candidate.predicate, candidate.object.entity))
                            && (touched.contains(candidate.subject.entity) || touched.contains(candidate.object.entity))
                    }
                }
                // Where the rules and the parse find the same fact, the rules' reading stands, but for
                // what the parse knows better (below).
                var seen = Dictionary(
                    candidates.enumerated().map { (FactKey($1.subject.entity, $1.predicate, $1.object.entity), $0) },
                    uniquingKeysWith: { first, _ in first })
                for tree in parsed {
                    let found = tree.candidate.explained
                    let key = FactKey(found.subject.entity, found.predicate, found.object.entity)
                    if let position = seen[key] {
                        // The parse still knows better how the statement commits ("agreed to", "threatened to").
                        if candidates[position].eventCode == nil { candidates[position].eventCode = found.eventCode }
                        if candidates[position].subject.role == nil { candidates[position].subject.role = found.subject.role }
                        // And what it commits to: "is willing to withdraw" has not happened yet.
                        // (The parse's modality over the window's, which may take a "would" from another
                        // clause: "said Paris would not allow …, and Washington urged Israel".)
                        if found.modality != .reported {
                            candidates[position].modality = found.modality
                        }
                        // A claim denied or unsupported, an act not yet done: the rules see only the act.
                        if found.overridesRules { candidates[position].modality = found.modality }
                        // And whether it happened: the window's cue may stand in another clause
                        // ("Turkey, which had patrolled for hours without any incident, attacked Russia").
                        candidates[position].negated = found.negated
                        candidates[position].speaker = found.speaker
                        candidates[position].speakerFromParse = true
                        continue
                    }
                    seen[key] = candidates.count
                    candidates.append(found)
                }
                candidates = Self.withoutTitleEchoes(candidates, vocabulary: vocabulary)
                candidates = Self.withoutHomeVisits(candidates, titleStates: &titleStates)
                candidates = Self.withoutOuterBodies(candidates)
                candidates = Self.withoutOwnSide(candidates)
                // ("90,000 Americans living in or traveling to Bulgaria": a state's people on the move
                // are no visit by the state.)
                candidates.removeAll { $0.predicate == "visits" && Self.namesItsPeople($0.subject, in: tokens) }
                // ("The minister spoke to VOA": one who speaks to a newsroom gives an interview.)
                candidates.removeAll { ["consults", "meets_with"].contains($0.predicate) && ($0.object.entity.type == "media" || $0.subject.entity.type == "media") }
                let evidence = Evidence(
                    sentenceIndex: sentenceIndex, start: tokens[sentence.lowerBound].start,
                    end: tokens[sentence.upperBound - 1].end,
                    text: text(tokens[sentence.lowerBound].start..<tokens[sentence.upperBound - 1].end))
                let (date, dateReason) = date(of: context, published: page.published)
                let speaker = speaker(in: context, lastPerson: lastPersons[position])
                var explained: [SentenceExplanation.ExplainedFact] = []
                for var candidate in candidates {
                    candidate.subject.entity = acronyms.expanded(candidate.subject.entity)
                    candidate.object.entity = acronyms.expanded(candidate.object.entity)
                    guard candidate.subject.entity != candidate.object.entity else { continue }
                    let isStructural = vocabulary[candidate.predicate]?.relationClass == .structural
                    var modality = candidate.modality
                    // The parse's speaker, whose speech verb governs the clause, before the sentence's.
                    let reporter = candidate.speakerFromParse ? candidate.speaker : speaker
                    let factSpeaker = isStructural || reporter == candidate.subject.entity ? nil : reporter
                    if factSpeaker != nil, modality == .asserted { modality = .reported }
                    let zoneConfidence = zone.kind == .comments ? 0.5 : 1.0
                    let fact = Fact(
                        subject: candidate.subject.entity, predicate: candidate.predicate,
                        object: candidate.object.entity, date: date, dateReason: date == nil ? nil : dateReason,
                        negated: candidate.negated, modality: modality, speaker: factSpeaker,
                        role: candidate.subject.role, confidence: max(0.05, candidate.confidence * zoneConfidence),
                        eventCode: candidate.eventCode ?? statementCode(of: candidate), evidence: evidence,
                        objectRole: candidate.object.role)
                    try emit(fact)
                    if explain != nil {
                        let words = candidate.trigger.isEmpty ? "" : text(tokens[candidate.trigger.lowerBound].start..<tokens[candidate.trigger.upperBound - 1].end)
                        explained.append(.init(fact: fact, reason: candidate.reason ?? "rules: the phrase '\(words)' and the parties around it"))
                    }
                }
                if let explain {
                    let notes = explained.isEmpty
                        ? treeNotes.filter { (sentenceStart..<sentenceEnd).contains($0.start) }.map(\.note)
                            + (mentions.isEmpty ? ["no actor, organisation or place named"] : [])
                        : []
                    explain(SentenceExplanation(sentence: evidence.text ?? "", facts: explained, notes: notes))
                }
                // Institutions of a state are part of it: "the Federation Council" of Russia.
                for institution in mentions where !partOfSeen.contains(institution.entity) && institution.entity.kind == .organisation {
                    guard let entry = gazetteer.entry(named: institution.entity.name), let country = entry.country,
                        ["legislature", "agency", "government", "military"].contains(entry.entity.type),
                        let state = gazetteer.entries.first(where: { $0.entity.iso3 == country }),
                        // Said where the sentence names the state too: "the upper house of Russia's parliament",
                        // or the institution's own name does: "U.S. Central Command".
                        mentions.contains(where: { $0.entity == state.entity })
                            || Self.namesState(state.entity, first: institution.entity.name.split(separator: " ").map(String.init))
                    else { continue }
                    partOfSeen.insert(institution.entity)
                    try emit(
                        Fact(
                            subject: institution.entity, predicate: "part_of", object: state.entity, date: date,
                            dateReason: date == nil ? nil : dateReason, confidence: 0.6, evidence: evidence))
                }
            }
        }
        return Article(
            origin: origin, title: page.title, published: page.published, source: page.source, url: page.url,
            text: page.text)
    }

    /// Relations read off the dependency parse of a zone, each with the text offset of its trigger
    /// (so it can join the sentence the rules read) and the mentions mapped onto the parse's tokens.
    private func treeCandidates(
        _ scalars: [Unicode.Scalar], base: Int, tokens: [Token], sentences: [Range<Int>], mentions: [[Mention]],
        authors: [Mention], discourse: inout TreeCoder.Discourse, people: inout PersonNames, names: inout ArticleNames,
        renamed: inout [Entity: Entity],
        withNotes: Bool
    ) -> ([(start: Int, candidate: TreeCoder.Candidate)], [(start: Int, note: String)], [Mention], superseded: [Range<Int>]) {
        guard let pipeline = try? NLPPipeline.load() else { return ([], [], [], []) }
        var text = ""
        text.unicodeScalars.append(contentsOf: scalars)
        let document = ParseRepairs.mended(pipeline.parse(text))
        var (named, superseded) = namedMentions(document, base: base, tokens: tokens, known: mentions.flatMap { $0 }, names: names)
        let mentions = mentions.map { sentence in sentence.filter { !superseded.contains($0.range) } }
        // A name recognised anywhere in the article is that entity wherever it recurs, and one entity.
        for mention in mentions.joined() { names.learn(mention, in: tokens) }
        for mention in named { names.learn(mention, in: tokens) }
        var covered = Set((mentions.joined().map(\.range) + named.map(\.range)).joined())
        for sentence in sentences {
            named += names.recurrences(in: tokens, sentence: sentence, covered: &covered)
            named += names.headNounMentions(in: tokens, sentence: sentence, covered: &covered)
        }
        for index in named.indices {
            let settled = names.preferredEntity(for: named[index].entity)
            if settled != named[index].entity { named[index].entity = settled }
        }
        for mention in mentions.joined() where names.preferredEntity(for: mention.entity) != mention.entity {
            renamed[mention.entity] = names.preferredEntity(for: mention.entity)
        }
        // In text order: the mapping below walks the parse's tokens forward once.
        var all = (mentions.flatMap { $0 } + named).sorted { $0.range.lowerBound < $1.range.lowerBound }
        for index in all.indices {
            if let settled = renamed[all[index].entity] { all[index].entity = settled }
        }
        for index in all.indices {
            if let (from, to) = people.resolve(&all[index]) { renamed[from] = to }
        }
        for index in named.indices {
            if let full = renamed[named[index].entity] { named[index].entity = full }
        }
        var mentionAt: [Int: Int] = [:]
        var tokenIndex = 0
        for (index, mention) in all.enumerated() {
            let start = tokens[mention.range.lowerBound].start - base
            let end = tokens[mention.range.upperBound - 1].end - base
            while tokenIndex < document.tokens.count && document.tokens[tokenIndex].end <= start { tokenIndex += 1 }
            var cursor = tokenIndex
            while cursor < document.tokens.count && document.tokens[cursor].start < end {
                if document.tokens[cursor].end <= end || document.tokens[cursor].start >= start {
                    mentionAt[cursor] = mentionAt[cursor] ?? index
                }
                cursor += 1
            }
        }
        var found: [(Int, TreeCoder.Candidate)] = []
        var notes: [(Int, String)] = []
        for sentence in document.sentences {
            var parsed = ParsedSentence(
                document: document, range: sentence.tokens, mentions: all, mentionAt: mentionAt,
                previousSubjects: discourse.subjects, previousMentions: discourse.mentions, previousPair: discourse.pair,
                previousAttacker: discourse.attacker, authors: authors)
            parsed.titledPeople = discourse.titled
            parsed.rulers = discourse.rulers
            parsed.encounter = discourse.encounter
            parsed.sentencesSinceEncounter = discourse.sentencesSinceEncounter
            parsed.disputants = discourse.disputants
            parsed.convenedBody = discourse.convenedBody
            parsed.affiliations = discourse.affiliations
            let mainSubjects = coder.mainSubjects(of: parsed)
            discourse = discourse.continued(
                subjects: mainSubjects, mentions: parsed.ownMentions, titled: coder.titledPeople(in: parsed), rulers: coder.rulingStates(in: parsed))
            let candidates = coder.candidates(in: parsed)
            // "The junta confirmed it carried out airstrikes on a village": an attack on no named
            // party still has an attacker, whom a later "condemned the attack" criticises.
            if let attacker = coder.attackerWithoutTarget(in: parsed),
               !candidates.contains(where: { vocabulary[$0.relation.predicate]?.relationClass == .materialConflict })
            {
                discourse.attacker = attacker
            }
            discourse.note(candidates, mainSubjects: mainSubjects)
            discourse.noteDispute(candidates)
            if let body = coder.convenedBody(in: parsed) { discourse.convenedBody = body }
            for candidate in candidates where ["member_of", "leader_of"].contains(candidate.relation.predicate)
                && candidate.relation.subject.entity.type == "person" && candidate.relation.object.entity.type == "state" && !candidate.relation.negated {
                discourse.affiliations[candidate.relation.subject.entity] = candidate.relation.object.entity
            }
            for candidate in candidates {
                found.append((document.tokens[candidate.trigger].start + base, candidate))
                if discourse.attacker?.entity != candidate.relation.subject.entity, !candidate.relation.negated,
                   [.asserted, .reported].contains(candidate.relation.modality),
                   vocabulary[candidate.relation.predicate]?.relationClass == .materialConflict
                {
                    discourse.attacker = candidate.relation.subject
                }
            }
            if withNotes {
                notes += coder.notes(in: parsed).map { (sentence.start + base, $0) }
            }
        }
        return (found, notes, named, superseded)
    }

    static let bodyNouns: Set<String> = [
        "firm", "company", "consultancy", "agency", "group", "organisation", "organization", "institute", "airline", "bank",
        "broadcaster", "newspaper", "charity", "contractor", "ngo", "nonprofit", "watchdog", "tank",
    ]

    static let operationNouns: Set<String> = ["operation", "offensive", "campaign", "exercise", "exercises", "drills", "manoeuvres", "maneuvers"]

    /// True when a name is that of a military operation: before its noun, or after "Operation" or
    /// "named", "dubbed" or "code-named" following one.
    /// True when a name is the one appointed, elected or named to an office: "the appointment of
    /// Hanna Tetteh as", "appointed Hanna Tetteh".
    static func namesAnAppointee(_ range: Range<Int>, in tokens: [Token]) -> Bool {
        guard range.count >= 2, range.count <= 4, tokens[range].allSatisfy({ $0.isCapitalised }) else { return false }
        let before = tokens[max(0, range.lowerBound - 2)..<range.lowerBound].map(\.lower)
        let appointing = ["appointment", "election", "nomination", "appointed", "elected", "nominated", "named"]
        return before.last.map(appointing.contains) == true || before.count == 2 && before[1] == "of" && appointing.contains(before[0])
    }

    static func namesAnOperation(_ range: Range<Int>, in tokens: [Token]) -> Bool {
        if range.upperBound < tokens.count, operationNouns.contains(tokens[range.upperBound].lower) { return true }
        if tokens[range.lowerBound].text == "Operation" { return true }
        guard range.lowerBound > 0 else { return false }
        let before = tokens[range.lowerBound - 1].lower
        if before == "operation" { return true }
        guard ["named", "dubbed", "code-named", "codenamed", "called"].contains(before) else { return false }
        return tokens[max(0, range.lowerBound - 5)..<(range.lowerBound - 1)].contains { operationNouns.contains($0.lower) }
    }

    static func withoutArticle(_ text: String) -> String { text.hasPrefix("the ") ? String(text.dropFirst(4)) : text }

    static let compoundRegions: Set<String> = [
        "indo-pacific", "asia-pacific", "euro-atlantic", "trans-atlantic", "transatlantic", "afro-asian", "euro-mediterranean",
    ]

    static let continents: [String: String] = [
        "european": "Europe", "african": "Africa", "asian": "Asia", "latin american": "Latin America",
        "south american": "South America", "north american": "North America", "central asian": "Central Asia",
        "west african": "West Africa", "east african": "East Africa", "north african": "North Africa",
        "southeast asian": "Southeast Asia", "south asian": "South Asia", "east asian": "East Asia", "middle eastern": "Middle East",
        "sub-saharan": "Sub-Saharan Africa", "caribbean": "Caribbean", "balkan": "Balkans", "nordic": "Nordic countries",
    ]

    /// Lower-case words that join two places and never an organisation's name.
    static let placeLinkingWords: Set<String> = ["at", "near", "from", "into", "toward", "towards"]

    /// Nouns for a built structure, which a name before them names: "the TurkStream gas pipeline".
    static let structureNouns: Set<String> = [
        "pipeline", "pipelines", "dam", "bridge", "canal", "tunnel", "reactor", "reactors", "corridor", "highway", "railroad", "cable",
    ]
    /// What a structure carries or makes, between its name and its noun: "gas", "oil", "power".
    static let structureUses: Set<String> = ["gas", "oil", "power", "water", "nuclear", "rail", "road", "railway", "hydroelectric", "grain"]

    static let weaponNouns: Set<String> = [
        "missile", "missiles", "system", "systems", "battery", "batteries", "tank", "tanks", "jet", "jets", "drone", "drones",
        "launcher", "launchers", "interceptor", "interceptors", "rocket", "rockets", "howitzer", "howitzers",
        "helicopter", "helicopters", "submarine", "submarines", "warship", "warships", "aircraft", "plane", "planes",
        "fighter", "fighters", "bomber", "bombers",
    ]

    /// A name before a weapon's noun, past an "air defense" or "anti-ship" on the way.
    static func namesAWeapon(_ last: Int, in tokens: [Token]) -> Bool {
        var next = last + 1
        // ("a C-130 military cargo plane": or its use.)
        while next < tokens.count, next <= last + 3, ["air", "defense", "defence", "anti-ship", "anti-aircraft", "cruise", "ballistic", "battle", "main", "military", "cargo", "transport", "fighter"].contains(tokens[next].lower) {
            next += 1
        }
        return next < tokens.count && weaponNouns.contains(tokens[next].lower)
    }

    static func namesAStructure(_ last: Int, in tokens: [Token]) -> Bool {
        var next = last + 1
        if next < tokens.count, structureUses.contains(tokens[next].lower) { next += 1 }
        return next < tokens.count && structureNouns.contains(tokens[next].lower)
    }

    /// People, organisations and places the entity recogniser names where the gazetteer and the
    /// cue rules found nothing, as mentions over the rule reader's tokens.
    private func namedMentions(_ document: Document, base: Int, tokens: [Token], known: [Mention], names: ArticleNames)
        -> (found: [Mention], superseded: [Range<Int>])
    {
        var covered = IndexSet()
        for mention in known { covered.insert(integersIn: mention.range) }
        var found: [Mention] = []
        var superseded: [Range<Int>] = []
        let listedPlaces = Self.namesListedWithPlaces(document)
        for (position, entity) in document.entities.enumerated() {
            var kind: (EntityKind, String)
            switch entity.label {
            case _ where listedPlaces.entities.contains(position): kind = (.place, "place")
            // "its Indo-Pacific partners", "Euro-Atlantic security": a region the model takes for a body.
            // ("the Indo-Pacific": with its article too.)
            case _ where Self.compoundRegions.contains(Self.withoutArticle(entity.text.lowercased())): kind = (.place, "region")
            case "PERSON": kind = (.actor, "person")
            case "ORG": kind = (.organisation, "organisation")
            case "GPE", "LOC", "FAC": kind = (.place, "place")
            // Nationalities the gazetteer does not know, religious and political groups: "Yoruba
            // leaders", "Tamil refugees".
            // ("Western investment", "Eastern European": a direction is no people.)
            case "NORP" where EntityRecognizer.directions.contains(entity.text.lowercased()) || ["western", "eastern"].contains(entity.text.lowercased()):
                continue
            case "NORP": kind = (.actor, "group")
            default: continue
            }
            let start = entity.start + base
            let end = entity.end + base
            guard var first = tokens.firstIndex(where: { $0.start >= start }), tokens[first].start == start,
                  var last = tokens.lastIndex(where: { $0.end <= end }), tokens[last].end == end, first <= last
            else { continue }
            // "President of Kenya William Ruto": the model may run the state into the name after it.
            if ["PERSON", "ORG"].contains(entity.label), first >= 2, tokens[first - 1].lower == "of",
               EntityRecognizer.isPersonTitle(tokens[first - 2].lower),
               let state = known.first(where: { $0.range.lowerBound == first && $0.entity.type == "state" && $0.range.upperBound <= last }),
               last + 1 - state.range.upperBound >= 2,
               (state.range.upperBound...last).allSatisfy({ tokens[$0].isCapitalised })
            {
                first = state.range.upperBound
                kind = (.actor, "person")
            }
            // "from Crimea at Kharkiv": the model runs two places and the preposition between them
            // into one body; each side is a place.
            if entity.label == "ORG", first < last,
               let split = (first + 1..<last).first(where: { Self.placeLinkingWords.contains(tokens[$0].text) })
            {
                for side in [first..<split, (split + 1)..<(last + 1)]
                where side.allSatisfy({ tokens[$0].isCapitalised && !covered.contains($0) }) {
                    covered.insert(integersIn: side)
                    found.append(Mention(
                        entity: Entity(name: EntityRecognizer.text(tokens[side]), kind: .place, type: "place"), range: side, role: nil,
                        isPossessive: false, confidence: 0.6))
                }
                continue
            }
            // ("His Majesty King Charles III": the model may take the honorific and title for a name.)
            if entity.label == "PERSON",
               (first...last).allSatisfy({ EntityRecognizer.honorifics.contains(tokens[$0].lower) || EntityRecognizer.isPersonTitle(tokens[$0].lower) })
            {
                continue
            }
            // ("the MV Galaxy Leader": a ship's name is no party.)
            if EntityRecognizer.isVesselPrefix(tokens[first].text) || first > 0 && EntityRecognizer.isVesselPrefix(tokens[first - 1].text) {
                continue
            }
            // ("maritime security firm Ambrey": a name after a noun for a business or body is one.)
            if kind == (.actor, "person"), first > 0, Self.bodyNouns.contains(tokens[first - 1].text) {
                kind = (.organisation, "organisation")
            }
            if (first...last).contains(where: { covered.contains($0) }) {
                // "Israel Katz": a person whose name begins with a state's name.
                let inside = known.filter { $0.range.overlaps(first..<(last + 1)) }
                // "Thérèse Kayikwamba Wagner": a surname that is also a body's short name ("Wagner").
                // (The names before it may already be a person of their own: "Thérèse Kayikwamba".)
                let trailing = inside.filter { $0.range == last..<(last + 1) && $0.entity.kind == .organisation }
                let bodyAsSurname = trailing.count == 1 && last - first >= 2
                    && inside.allSatisfy { $0.range == last..<(last + 1) || $0.entity.type == "person" && $0.range.lowerBound >= first }
                // ("Jason Israel, National Security Council senior director": a surname that is a
                // state's name, after a given name that names nothing else.)
                let stateAsSurname = inside.count == 1 && inside[0].entity.type == "state" && inside[0].range == last..<(last + 1)
                    && last - first == 1 && !covered.contains(first) && tokens[first].isCapitalised
                    && !EntityRecognizer.personTitles.contains(tokens[first].lower) && !EntityRecognizer.notNames.contains(tokens[first].lower)
                    && !EntityRecognizer.isDescriptor(tokens[first])
                let surnamed = bodyAsSurname || stateAsSurname
                guard entity.label == "PERSON", last > first, !covered.contains(last) || surnamed,
                      surnamed || inside.allSatisfy({ mention in
                          mention.entity.type == "state" && mention.range.lowerBound >= first && mention.range.upperBound <= last
                              && EntityRecognizer.text(tokens[mention.range]) == mention.entity.name
                              // ("Hassan Sheikh Mohamud", read as "Hassan" before a title word: the
                              // model's whole name wins over its first part.)
                              || mention.entity.type == "person" && mention.range.lowerBound >= first && mention.range.upperBound <= last + 1
                                  && mention.range.count < last + 1 - first
                      }),
                      // ("Omar Hassan al-Bashir": a name's particles are lower-case.)
                      (first...last).allSatisfy({ tokens[$0].isCapitalised || EntityRecognizer.isNameParticle(tokens[$0].lower) })
                else { continue }
                superseded += inside.map(\.range)
                for mention in inside { covered.remove(integersIn: mention.range) }
            }
            // "Lloyd J. Austin III", where the model names only "J. Austin III": the capitalised
            // first names before a person's span belong to it, back to a title.
            // "Both the Rapid Support Forces": the model's span may begin with words that name nothing.
            // ("New York", "New Delhi": "New" is the name's own.)
            // ("the YPG-led Syrian Democratic Forces": a word that describes the name is not part of it.)
            while first < last, EntityRecognizer.notNames.contains(tokens[first].lower) && tokens[first].lower != "new"
                || EntityRecognizer.isDescriptor(tokens[first])
            {
                first += 1
            }
            // ("President-elect Edmundo González Urrutia", "[Minister] of Interior Diosdado Cabello": a
            // title, or the rest of one, before a person's name is not part of it.)
            if entity.label == "PERSON" {
                while first < last, EntityRecognizer.personTitles.contains(tokens[first].lower)
                    || ["-", "elect", "designate", "of"].contains(tokens[first].lower)
                    || tokens[first].lower != "new" && EntityRecognizer.portfolioWords.contains(tokens[first].lower)
                        && first > 0 && ["of", "-"].contains(tokens[first - 1].lower)
                {
                    first += 1
                }
            }
            // "Austin III's Call": the possessive is not part of the name.
            while last > first, ["'s", "’s", "'", "’"].contains(tokens[last].lower) { last -= 1 }
            // ("Ulisses Correia e Silva", "Luiz Inácio Lula da Silva": a Portuguese or Spanish name
            // goes on past its lower-case joining words.)
            if entity.label == "PERSON" {
                while last + 2 < tokens.count, EntityRecognizer.joiningNameWords.contains(tokens[last + 1].text),
                      tokens[last + 2].kind == .word, tokens[last + 2].isCapitalised, !covered.contains(last + 2),
                      !EntityRecognizer.personTitles.contains(tokens[last + 2].lower)
                {
                    last += 2
                }
            }
            // "the Rt Hon David Lammy MP": a parliamentarian's honorifics frame a person's name.
            if first < last, EntityRecognizer.honorifics.contains(tokens[first].lower) {
                while first < last, EntityRecognizer.honorifics.contains(tokens[first].lower) { first += 1 }
                if last > first, ["MP", "MEP", "QC", "KC"].contains(tokens[last].text) { last -= 1 }
                kind = (.actor, "person")
            }
            let firstOfSpan = first
            if entity.label == "PERSON" {
                while first > 0, !covered.contains(first - 1), tokens[first - 1].kind == .word, tokens[first - 1].isCapitalised,
                      !EntityRecognizer.personTitles.contains(tokens[first - 1].lower),
                      !EntityRecognizer.honorifics.contains(tokens[first - 1].lower),
                      !EntityRecognizer.notNames.contains(tokens[first - 1].lower),
                      tokens[first - 1].end < tokens[first].start,
                      // ("British National Jimmy Lai": the citizen of a state named before him.)
                      !(["national", "citizen"].contains(tokens[first - 1].lower) && first >= 2 && covered.contains(first - 2)),
                      // ("Minister of Foreign Affairs and Trade Penny Wong": nor the last word of a
                      // title's portfolio.)
                      !(EntityRecognizer.portfolioWords.contains(tokens[first - 1].lower) && first >= 2
                          && ["and", "of", "for", "&"].contains(tokens[first - 2].lower))
                {
                    first -= 1
                }
                // ("Under Secretary of State for Civilian Security, Democracy, and Human Rights Uzra
                // Zeya": words joined to a title's portfolio by "and" end the title, not begin the name.)
                if first < firstOfSpan, first >= 2, ["and", "&"].contains(tokens[first - 1].lower),
                   tokens[max(0, first - 12)..<(first - 1)].contains(where: { $0.isCapitalised && EntityRecognizer.personTitles.contains($0.lower) })
                {
                    first = firstOfSpan
                }
            }
            // "Assistant Secretary for European and Eurasian Affairs": a portfolio, no party.
            if EntityRecognizer.namesAPortfolio(first..<(last + 1), in: tokens) { continue }
            // "Secretary of National Defense": the portfolio of a title, not an organisation.
            if first >= 2, tokens[first - 1].lower == "of", EntityRecognizer.personTitles.contains(tokens[first - 2].lower) { continue }
            // "the High Representative of the European Union": an office, whose holder's party its
            // "of" phrase names.
            // ("Foreign Affairs Minister", "Defense Ministers": a title, its portfolio or its plural.)
            if tokens[first...last].allSatisfy({ token in
                [token.lower, token.lower.hasSuffix("s") ? String(token.lower.dropLast()) : token.lower].contains { word in
                    EntityRecognizer.officeWords.contains(word) || EntityRecognizer.personTitles.contains(word)
                        || EntityRecognizer.portfolioWords.contains(word) && word != "the" && word != "and"
                }
            }) {
                continue
            }
            // "European soil", "African leaders": a continent's adjective names the continent, a
            // place, and in passing: no party.
            if entity.label == "NORP", let continent = Self.continents[tokens[first...last].map(\.lower).joined(separator: " ")] {
                covered.insert(integersIn: first...last)
                var mention = Mention(
                    entity: Entity(name: continent, kind: .place, type: "region"), range: first..<(last + 1), role: nil,
                    isPossessive: false, confidence: 0.6)
                mention.isModifier = true
                found.append(mention)
                continue
            }
            // "its Coast Guard", "the Armed Forces of the Philippines": a state's body, not a party of its own.
            if kind.0 == .organisation, tokens[first...last].allSatisfy({ EntityRecognizer.stateBodyWords.contains($0.lower) }) { continue }
            // "the Comprehensive Peace Agreement", "the MoU": a text, not a party; "the Xiangshan
            // Forum", "the NATO Summit": a gathering, not a party.
            if EntityRecognizer.documentWords.contains(tokens[last].lower) || EntityRecognizer.gatheringWords.contains(tokens[last].lower) { continue }
            // "Russia's Federal Security Service": a state's agency, named with the state as its
            // owner, is the state acting through it.
            if entity.label == "ORG", first >= 2, ["'s", "’s"].contains(tokens[first - 1].lower),
               EntityRecognizer.agencyHeads.contains(tokens[last].lower),
               let owner = known.first(where: { $0.range.upperBound == first - 1 && $0.entity.type == "state" })
            {
                covered.insert(integersIn: first...last)
                found.append(Mention(entity: owner.entity, range: first..<(last + 1), role: "government", isPossessive: false, confidence: 0.8))
                continue
            }
            // "The Department is also designating": a body's head word alone is the body named in
            // full before it ("the Department of State"), or no party at all.
            if entity.label == "ORG", first == last,
               EntityRecognizer.agencyHeads.contains(tokens[first].lower) || EntityRecognizer.organisationHeads.contains(tokens[first].lower)
            {
                let word = tokens[first].lower
                let before = known.last { mention in mention.range.upperBound <= first && tokens[mention.range].contains { $0.lower == word } }
                if let body = before?.entity ?? names.body(namedWith: word) {
                    covered.insert(first)
                    found.append(Mention(entity: body, range: first..<(last + 1), role: before?.role, isPossessive: false, confidence: 0.7))
                }
                continue
            }
            // ("Iran's Supreme Leader Ali Khamenei": the tagger may take a title's first word for a body.)
            if first == last, EntityRecognizer.titleOpeners.contains(tokens[first].lower), last + 1 < tokens.count,
               EntityRecognizer.personTitles.contains(tokens[last + 1].lower)
            {
                continue
            }
            // "its Euphrates Shield operation", "the operation, named Euphrates Shield": an operation's
            // name is no party.
            if Self.namesAnOperation(first..<(last + 1), in: tokens) { continue }
            // ("Cyclone Mocha", "General License 44": a storm or a licence is no party.)
            if EntityRecognizer.namesAnEventOrLicence(tokens[first...last].map(\.lower)) { continue }
            // "the TurkStream gas pipeline", "the Nord Stream pipelines": a structure's name is no party;
            // "Patriot air defense batteries", "ATACMS missiles": nor a weapon's.
            if kind.0 != .place, Self.namesAStructure(last, in: tokens) || Self.namesAWeapon(last, in: tokens) { continue }
            // "designated as a Foreign Terrorist Organization": a list one is put on is no party.
            if kind.0 == .organisation, EntityRecognizer.namesADesignation(tokens[first...last].map(\.lower)) { continue }
            // "a UN Member State's sovereignty": a member, unnamed.
            if first > 0, ["state", "states"].contains(tokens[last].lower), tokens[first - 1].lower == "member" || tokens[first].lower == "member" {
                continue
            }
            // "Orthodox Easter", "the Muslim holy month": feasts and faiths are no parties.
            // ("Mohammed Shia al-Sudani": a faith's word inside a person's name is the name's.)
            let nameInside = entity.label == "PERSON" && last - first >= 2 && !EntityRecognizer.feastsAndFaiths.contains(tokens[first].lower)
            if !nameInside, tokens[first...last].contains(where: { EntityRecognizer.feastsAndFaiths.contains($0.lower) }) { continue }
            // "UAV attacks", "an ICBM": weapons and common abbreviations name no party.
            if first == last, EntityRecognizer.commonAbbreviations.contains(tokens[first].text) { continue }
            var name = first == firstOfSpan && tokens[first].start == start && tokens[last].end == end ? entity.text : EntityRecognizer.text(tokens[first...last])
            if name.hasPrefix("the ") || name.hasPrefix("The ") { name = String(name.dropFirst(4)) }
            guard name.unicodeScalars.count >= 2, name.first?.isUppercase == true else { continue }
            covered.insert(integersIn: first...last)
            // "Shona rebels", "Tigrayan forces": a name the model calls a place, before a noun for
            // those who act, names the people who act.
            if kind == (.place, "place"), entity.label == "GPE", last + 1 < tokens.count, Self.isAgentNoun(tokens[last + 1].lower) {
                kind = (.actor, "group")
            }
            // "fighting in Kherson", "after seizing Goma": a lone name the model calls a person is a
            // town where only a place can stand.
            var type = ["person", "group"].contains(kind.1) && first == last && Self.standsForAPlace(first, in: tokens) ? (EntityKind.place, "place") : kind
            // ("the appointment of Hanna Tetteh as the Special Representative": a name the model
            // calls a building or a place, appointed to an office, is a person.)
            if type.0 == .place, entity.label != "GPE", Self.namesAnAppointee(first..<(last + 1), in: tokens) { type = (.actor, "person") }
            found.append(Mention(
                entity: Entity(name: name, kind: type.0, type: type.1), range: first..<(last + 1), role: nil,
                isPossessive: false, confidence: 0.7))
        }
        for range in listedPlaces.unnamed {
            let start = document.tokens[range.lowerBound].start + base
            let end = document.tokens[range.upperBound - 1].end + base
            guard let first = tokens.firstIndex(where: { $0.start == start }), let last = tokens.firstIndex(where: { $0.end == end }),
                  first <= last, !(first...last).contains(where: { covered.contains($0) })
            else { continue }
            covered.insert(integersIn: first...last)
            found.append(Mention(
                entity: Entity(name: EntityRecognizer.text(tokens[first...last]), kind: .place, type: "place"), range: first..<(last + 1),
                role: nil, isPossessive: false, confidence: 0.6))
        }
        return (found, superseded)
    }

    /// Words after which a lone name is a place: "in", "near", "seized", "took over".
    static let placeOnlyWords: Set<String> = [
        "in", "near", "into", "through", "outside", "inside", "across", "around", "toward", "towards",
        "seized", "seizing", "captured", "capturing", "retook", "recaptured", "entered", "entering", "shelled", "shelling",
        "besieged", "overran", "liberated",
    ]

    /// True when a state is named by its people in the plural: "Americans", "Bulgarians".
    static func namesItsPeople(_ mention: Mention, in tokens: [Token]) -> Bool {
        guard mention.entity.type == "state", mention.range.count == 1, tokens.indices.contains(mention.range.lowerBound) else { return false }
        let word = tokens[mention.range.lowerBound].text
        return word.count > 3 && word.hasSuffix("s") && word.first?.isUppercase == true && NameKey(word) != NameKey(mention.entity.name)
    }

    /// True when a name's first words name the state: "U.S. Central Command".
    static func namesState(_ state: Entity, first words: [String]) -> Bool {
        guard words.count >= 2 else { return false }
        let names = Set(([state.name] + state.aliases).map(NameKey.init))
        return (1...min(3, words.count - 1)).contains { count in
            names.contains(NameKey(words[..<count].joined(separator: " ")))
        }
    }

    static let townNouns: Set<String> = ["city", "town", "village", "capital", "port"]

    static func standsForAPlace(_ index: Int, in tokens: [Token]) -> Bool {
        guard index > 0 else { return false }
        let before = tokens[index - 1].lower
        // "from eastern Aleppo": a direction between the word and the name.
        if EntityRecognizer.directions.contains(before), index > 1, locativePrepositions.contains(tokens[index - 2].lower) { return true }
        if placeOnlyWords.contains(before) { return true }
        // "Ukraine's second city, Kharkiv": a name in apposition to a noun for a town.
        if before == ",", index > 1, townNouns.contains(tokens[index - 2].lower) { return true }
        // "the eastern cities of Goma and Bukavu".
        if before == "of", index > 1, Self.placeListNouns.contains(tokens[index - 2].lower) {
            return true
        }
        if ["and", ","].contains(before), index > 3, tokens[index - 2].isCapitalised, standsForAPlace(index - 2, in: tokens) { return true }
        return before == "over" && index > 1 && ["took", "taking", "take", "takes"].contains(tokens[index - 2].lower)
    }

    static func isAgentNoun(_ word: String) -> Bool {
        let singular = word.hasSuffix("s") ? String(word.dropLast()) : word
        return ["rebel", "militant", "insurgent", "separatist", "guerrilla", "militia", "fighter", "gunmen", "gunman"].contains(singular)
    }

    /// Nouns before "of" that a list of places follows: "the eastern cities of Goma and Bukavu".
    static let placeListNouns: Set<String> = EntityRecognizer.regionOfWords.union(["cities", "towns", "villages", "provinces"])

    /// Nouns of held or lost ground, whose "of" names places: "its illegal control of Kherson,
    /// Zaporizhzhia, Donetsk".
    static let territoryNouns: Set<String> = [
        "control", "occupation", "annexation", "liberation", "part", "region", "province", "city", "town", "territory", "oblast",
    ]

    static func namesTerritory(_ preposition: Int, in tokens: [Document.Token]) -> Bool {
        let noun = tokens[preposition].head
        return tokens[preposition].text.lowercased() == "of" && noun != preposition && territoryNouns.contains(tokens[noun].lemma.lowercased())
    }

    static let locativePrepositions: Set<String> = [
        "from", "in", "to", "into", "at", "near", "across", "through", "toward", "towards", "around", "outside", "inside",
    ]

    /// "Troops retreated from El Dheer, Masagaway, Gal’ad and Budbud": names listed after a
    /// locative preposition beside a place are places too, whatever the recogniser guessed for each.
    static func namesListedWithPlaces(_ document: Document) -> (entities: Set<Int>, unnamed: [Range<Int>]) {
        var entities = Set<Int>()
        var unnamed: [Range<Int>] = []
        let tokens = document.tokens
        var listsSeen = Set<Int>()
        for sentence in document.sentences {
            for root in sentence.tokens where tokens[root].dep == "pobj" && tokens[root].pos == "PROPN"
                && (locativePrepositions.contains(tokens[tokens[root].head].text.lowercased()) || namesTerritory(tokens[root].head, in: tokens))
                && listsSeen.insert(root).inserted
            {
                // The list hung from the preposition, through conjunctions and appositions.
                var list: [Int] = [root]
                var frontier = [root]
                while let node = frontier.popLast(), list.count < 12 {
                    for child in sentence.tokens
                    where tokens[child].head == node && child != node && ["conj", "appos"].contains(tokens[child].dep)
                        && tokens[child].pos == "PROPN"
                    {
                        list.append(child)
                        frontier.append(child)
                    }
                }
                guard list.count >= 2, list.contains(where: { ["GPE", "LOC", "FAC"].contains(tokens[$0].entityType) }) else { continue }
                for member in list where !["GPE", "LOC", "FAC"].contains(tokens[member].entityType) {
                    if let position = document.entities.firstIndex(where: { $0.tokens.contains(member) }) {
                        if ["ORG", "PERSON"].contains(document.entities[position].label) { entities.insert(position) }
                    } else {
                        // A name the recogniser left out: the member with its compounds.
                        let start = sentence.tokens.first { token in
                            token <= member && (token..<member).allSatisfy { tokens[$0].dep == "compound" && tokens[$0].head == member }
                        } ?? member
                        unnamed.append(start..<(member + 1))
                    }
                }
            }
        }
        return (entities, unnamed)
    }

    /// A story about sport or entertainment: two different story-scope discard phrases in the
    /// opening of its body (one alone is too weak: a summit may mention FIFA). PETRARCH2's
    /// sentence-scope phrases are not used: they drop the past ("1998", "World War Two"), which
    /// Entente dates instead, and disasters and debates, where political events happen too.
    private func discardedStory(_ opening: ArraySlice<Token>) -> String? {
        let phrases = Set(discards.matches(in: DictionaryTokens(opening.map(\.text))).filter { $0.scope == .story }.map(\.phrase))
        return phrases.count >= 2 ? phrases.sorted().map { "'\($0)'" }.joined(separator: ", ") : nil
    }

    /// A promised or refused event's CAMEO code, when it is not the predicate's own: "will give aid"
    /// is an intent to give aid (033).
    private func statementCode(of candidate: RelationCandidate) -> String? {
        guard let own = vocabulary[candidate.predicate]?.cameo else { return nil }
        let code = StatementCode.code(of: own, negated: candidate.negated, modality: candidate.modality, commitment: nil)
        return code == own ? nil : code
    }

    /// The sentence's own date, else one relative to publication, else the publication date.
    private func date(of context: SentenceContext, published: CalendarDay?) -> (FactDate?, String?) {
        let tokens = Array(context.tokens[context.range])
        if let found = DateFinder.dates(in: tokens, published: published).first {
            return (found.date, "explicit")
        }
        guard let published else { return (nil, nil) }
        if let (date, reason) = RelativeDate.resolve(tokens.map(\.lower), published: published) {
            return (date, reason)
        }
        return (FactDate(day: published), "publication")
    }

    /// Who the sentence reports: "X said", "X told Y", "according to X", "he said".
    private func speaker(in context: SentenceContext, lastPerson: Entity?) -> Entity? {
        let tokens = context.tokens
        for i in context.range where EntityRecognizer.speechVerbs.contains(tokens[i].lower) {
            var j = i - 1
            while j >= context.range.lowerBound, ["then", "also", "further", "later", "has", "had", "who", ","].contains(tokens[j].lower) {
                j -= 1
            }
            guard j >= context.range.lowerBound else { continue }
            if let mention = context.mentions.first(where: { $0.range.upperBound - 1 == j }),
                mention.entity.type == "person" || mention.entity.type == "media" || mention.entity.kind == .organisation
            {
                return mention.entity
            }
            if ["he", "she"].contains(tokens[j].lower) { return lastPerson }
        }
        for i in context.range where tokens[i].lower == "according" && i + 1 < context.range.upperBound
            && tokens[i + 1].lower == "to"
        {
            if let mention = context.mentions.first(where: { $0.range.lowerBound >= i + 2 && $0.range.lowerBound <= i + 3 }) {
                return mention.entity
            }
        }
        return nil
    }
}
