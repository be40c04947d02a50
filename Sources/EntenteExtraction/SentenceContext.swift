import EntenteModel

/// What the relation rules see of one sentence: its tokens and mentions,
/// and the words that change how a relation is meant.
struct SentenceContext {
    let tokens: [Token]
    let range: Range<Int>
    let mentions: [Mention]
    /// True when a lexicon phrase starts at a token index.
    var isTrigger: ((Int) -> Bool)? = nil

    static let clauseBreaks: Set<String> = [
        ";", ":", "that", "which", "who", "whom", "whose", "but", "while", "whereas", "because", "where", "when",
        "although", "though", "since", "after", "before", "unless",
    ]
    /// Words that open a new clause's predicate: a mention followed by one is that clause's subject.
    static let clauseVerbs: Set<String> = [
        "is", "are", "was", "were", "has", "have", "had", "will", "would", "said", "says", "can", "could", "did",
        "does", "do", "should", "must", "may", "might",
    ]
    static let negationCues: Set<String> = [
        "not", "n't", "no", "never", "without", "neither", "nor", "deny", "denied", "denies", "denying", "prevent", "end",
        "ending", "ended", "stop", "stopping", "halt", "cease", "blocked", "blocks", "blocking", "vetoed", "vetoes", "vetoing",
        "prevents", "prevented", "preventing", "avoid", "avoided", "avoiding", "averted", "refrain", "refrained",
        "refused", "refuse", "refuses", "reneged", "renege", "reneges", "backtracked", "ruled", "rejected", "halted", "stopped", "unlikely", "off",
    ]
    static let advocacyCues: Set<String> = [
        "should", "must", "ought", "urged", "urges", "urge", "need", "needs", "chance", "demanded",
        "proposed", "proposes", "recommended", "insisted",
    ]
    static let hypotheticalCues: Set<String> = [
        "if", "would", "could", "might", "may", "unless", "whether", "possible", "possibly", "considering", "considers", "weighing", "mulling",
        "deter", "deters", "deterred", "deterring",
    ]
    static let reportingVerbs: Set<String> = ["said", "says", "told", "announced", "stated", "declared", "added", "confirmed"]
    static let prospectNouns: Set<String> = ["talks", "negotiations", "bid", "application", "aspiration", "aspirations", "prospect", "prospects"]
    static let futureCues: Set<String> = ["will", "plans", "planned", "intends", "intend", "expected", "going", "shall", "'ll"]
    static let hedgeCues: Set<String> = ["seem", "seems", "appear", "appears", "reportedly", "allegedly", "perhaps", "probably", "likely"]

    /// Predicates whose object may be a place: one withdraws from a town, visits a capital.
    var placeObjects = false

    /// Mentions that can act: actors and organisations, not places, and not
    /// modifiers of another noun ("Turkish goods", "a NATO member").
    func agents(in window: Range<Int>) -> [Mention] {
        mentions.filter { window.contains($0.range.lowerBound) && (placeObjects || $0.entity.kind != .place) && !$0.isModifier }
    }

    /// Where the clause around token `i` starts: the sentence start or just after a break.
    func clauseStart(before i: Int) -> Int {
        var j = i - 1
        while j >= range.lowerBound {
            let word = tokens[j].lower
            if Self.clauseBreaks.contains(word) || (word == "," && j + 1 < tokens.count && tokens[j + 1].lower == "which") {
                return j + 1
            }
            j -= 1
        }
        return range.lowerBound
    }

    func clauseEnd(after i: Int) -> Int {
        var j = i
        while j < range.upperBound {
            let word = tokens[j].lower
            if word == ";" || word == "which" || word == "who" || word == "but" || word == "." { return j }
            j += 1
        }
        return range.upperBound
    }

    /// The mention ending nearest before `i` in the clause, with any it is coordinated with ("A and B").
    func subjects(before i: Int) -> [Mention] {
        let start = clauseStart(before: i)
        // Skip mentions that are objects of "of"/"in" ("the efforts of Moscow" keeps Moscow: "which" opened the clause).
        let inClause = agents(in: start..<i).filter { $0.range.upperBound <= i }
        if i - 1 >= start, tokens[i - 1].lower == "and", let first = inClause.first(where: { !isGoverned($0) }),
            first != inClause.last
        {
            // "The United States and Japan criticised China and backed the Philippines": the second verb shares the first one's subject.
            return coordinatedFrom(first, among: inClause)
        }
        // "…dialogue with Damascus and boost cooperation": Damascus is an object, not the subject.
        // A preposition that opened the clause ("before South Korea and the United States began…") governs nothing.
        var candidates = inClause.filter { !isGoverned($0) || governorIndex($0).map { $0 < start } == true }
        if candidates.isEmpty {
            // "For Ankara, the only chance is to…": the party the clause is about.
            candidates = inClause.filter { governingWord($0) == "for" }.prefix(1).map { $0 }
        }
        if candidates.isEmpty, let only = inClause.last, inClause.count == 1,
            ["in", "to", "of", "from"].contains(governingWord(only) ?? "")
        {
            // "Opposition groups in Zimbabwe are demanding…": the state the subject belongs to.
            candidates = [only]
        }
        guard let nearest = candidates.last else {
            // "Erdogan said … but accused Russia": the subject of the clause before.
            if start > range.lowerBound, ["but", "and"].contains(tokens[start - 1].lower) {
                let earlier = agents(in: range.lowerBound..<(start - 1))
                if let first = earlier.first { return [first] }
            }
            // "the efforts of Moscow, which is acting…": the antecedent of "which".
            if start > range.lowerBound, tokens[start - 1].lower == "which" || tokens[start - 1].lower == "who" {
                let before = agents(in: range.lowerBound..<start).filter { $0.range.upperBound <= start - 1 }
                if let antecedent = before.last, start - 1 - antecedent.range.upperBound <= 2 { return [antecedent] }
            }
            return []
        }
        return coordinated(ending: nearest, among: candidates)
    }

    /// Prepositions that introduce the party an action is aimed at.
    static let targetPrepositions: Set<String> = ["against", "with", "to", "on", "toward", "towards", "into"]

    static let prepositions: Set<String> = [
        "of", "for", "in", "on", "at", "from", "over", "about", "into", "between", "with", "by", "to", "against",
        "after", "before", "during", "near", "across", "since", "under", "through", "towards", "toward", "among",
        // ("would not meet the junta without China": the one left out is no object.)
        "without", "except", "besides",
    ]

    /// The mention starting nearest after `i` in the clause, with those coordinated after it ("with Russia, Iran and Iraq").
    ///
    /// Only determiners and modifiers may stand between `i` and the first
    /// object: a preposition or a comma first means the phrase has no object.
    static let authorityWords: Set<String> = ["pursuant", "under", "per"]
    static let unnamedPeopleNouns: Set<String> = ["persons", "individuals", "entities", "people", "companies", "firms", "vessels"]

    func objects(after i: Int, maxGap: Int = 6) -> [Mention] {
        let end = clauseEnd(after: i)
        var start = i
        // "threatened to break relations with Russia": look past an infinitive's verb.
        if start + 1 < end, tokens[start].lower == "to", tokens[start + 1].kind == .word,
            !agents(in: (start + 1)..<(start + 2)).contains(where: { _ in true })
        {
            start += 2
        }
        let candidates = agents(in: start..<end)
        guard let nearest = candidates.first, nearest.range.lowerBound - start <= maxGap else { return [] }
        var crossed: Int?
        for j in start..<nearest.range.lowerBound {
            let token = tokens[j]
            if Self.clauseVerbs.contains(token.lower) { return [] }
            // "sanctions on certain persons destabilizing Sudan": the act's object is the people
            // named by a common noun; the party named later only describes them.
            if Self.unnamedPeopleNouns.contains(token.lower) { return [] }
            // ("sanctions … pursuant to six UN Security Council resolutions": the authority acted under.)
            if Self.authorityWords.contains(token.lower) { return [] }
            // ("hosting an international conference on Lebanon": a gathering's topic, not its guest.)
            if EntityRecognizer.gatheringWords.contains(token.lower) { return [] }
            if token.kind == .punctuation, token.text != "-", token.text != "\"", token.text != "\u{201C}" { return [] }
            // "the town of Badme": the name is the object.
            if token.lower == "of", j > start, EntityRecognizer.placeCues.contains(tokens[j - 1].lower) { continue }
            if Self.prepositions.contains(token.lower) {
                // One target-marking preposition may stand close before the object: "action against Russia".
                guard crossed == nil, Self.targetPrepositions.contains(token.lower) else { return [] }
                crossed = j
            }
        }
        if let crossed, nearest.range.lowerBound - crossed > 3 { return [] }
        // "with his German counterpart, Boris Pistorius": the counterpart a state's adjective
        // describes is the person named after it.
        if nearest.range.upperBound < end, ["counterpart", "counterparts"].contains(tokens[nearest.range.upperBound].lower) {
            let named = candidates.dropFirst().first { $0.entity.type == "person" && $0.range.lowerBound <= nearest.range.upperBound + 8 }
            return named.map { [$0] } ?? []
        }
        var result = [nearest]
        var last = nearest
        for next in candidates.dropFirst() {
            guard last.range.upperBound <= next.range.lowerBound else { break }
            let between = tokens[last.range.upperBound..<next.range.lowerBound].map(\.lower).filter { $0 != "'s" }
            let joins = between.allSatisfy { [",", "and", "or", "the", "both", "their", "its", "his", "her"].contains($0) }
                && between.count <= 3 && !between.isEmpty
            guard joins else { break }
            // "the Philippines, Washington's treaty ally": an apposition, not a list.
            if next.isPossessive, !between.contains("and") { break }
            // "Moscow backs Assad and Ankara supports…": Ankara opens a clause of its own.
            if next.range.upperBound < range.upperBound {
                let following = tokens[next.range.upperBound]
                if Self.clauseVerbs.contains(following.lower) || isTrigger?(next.range.upperBound) == true { break }
            }
            result.append(next)
            last = next
        }
        return result
    }

    /// True when a preposition (or a determiner after one) stands right before the mention.
    func isGoverned(_ mention: Mention) -> Bool {
        guard let word = governingWord(mention) else { return false }
        return word != "by"
    }

    /// The preposition before a mention, past any determiner.
    func governingWord(_ mention: Mention) -> String? {
        governorIndex(mention).map { tokens[$0].lower }
    }

    func governorIndex(_ mention: Mention) -> Int? {
        var j = mention.range.lowerBound - 1
        while j >= range.lowerBound, ["the", "a", "an", "its", "their", "his", "her"].contains(tokens[j].lower) { j -= 1 }
        guard j >= range.lowerBound, Self.prepositions.contains(tokens[j].lower) else { return nil }
        return j
    }

    /// True when a form of "be" or "get" stands just before the phrase: "was attacked".
    func hasPassiveAuxiliary(before i: Int) -> Bool {
        tokens[max(range.lowerBound, i - 2)..<i].contains {
            ["was", "were", "is", "are", "been", "being", "be", "get", "got"].contains($0.lower)
        }
    }

    /// "the Kurds whom he considers terrorists": the mention a relative pronoun at `start - 1` refers to.
    func relativeAntecedent(ofClauseAt start: Int) -> Mention? {
        guard start > range.lowerBound, ["whom", "which", "who", "that"].contains(tokens[start - 1].lower) else { return nil }
        return agents(in: range.lowerBound..<start).last { $0.range.upperBound == start - 1 }
    }

    /// Mentions after later repeats of a preposition: "against Daesh in Syria and against the PKK".
    func repeatedObjects(after i: Int, preposition: String) -> [Mention] {
        let end = clauseEnd(after: i)
        var result: [Mention] = []
        var j = i
        while j + 1 < end {
            if tokens[j].lower == "and", tokens[j + 1].lower == preposition {
                result += objects(after: j + 2, maxGap: 3)
            }
            j += 1
        }
        return result
    }

    /// The mention and those coordinated after it, before any verb.
    private func coordinatedFrom(_ first: Mention, among candidates: [Mention]) -> [Mention] {
        var result = [first]
        var last = first
        for next in candidates where next.range.lowerBound > first.range.lowerBound {
            guard last.range.upperBound <= next.range.lowerBound else { break }
            let between = joiningWords(last.range.upperBound..<next.range.lowerBound)
            guard !between.isEmpty, between.count <= 3, between.allSatisfy({ [",", "and", "the"].contains($0) }) else { break }
            result.append(next)
            last = next
        }
        return result
    }

    /// The words between two mentions, leaving out titles and the states they belong to
    /// ("Abiy Ahmed and Eritrean President Isaias Afwerki").
    func joiningWords(_ range: Range<Int>) -> [String] {
        range.filter { index in
            !mentions.contains { $0.isModifier && $0.range.contains(index) }
                && !(tokens[index].isCapitalised && EntityRecognizer.personTitles.contains(tokens[index].lower))
        }.map { tokens[$0].lower }.filter { $0 != "'s" }
    }

    private func coordinated(ending nearest: Mention, among candidates: [Mention]) -> [Mention] {
        var result = [nearest]
        var first = nearest
        for previous in candidates.dropLast().reversed() {
            // (Mentions that overlap are no list: "Ruto and President Joe Biden" read as one name
            // beside "Joe Biden".)
            guard previous.range.upperBound <= first.range.lowerBound else { break }
            let between = joiningWords(previous.range.upperBound..<first.range.lowerBound)
            let joins = !between.isEmpty && between.count <= 3
                && between.allSatisfy { $0 == "," || $0 == "and" || $0 == "the" || $0 == "both" }
                && between.contains { $0 == "and" || $0 == "," }
            guard joins else { break }
            result.insert(previous, at: 0)
            first = previous
        }
        return result
    }

    /// "between A and B" starting within a few tokens after `i`.
    func betweenPair(after i: Int) -> (Mention, Mention)? {
        let end = min(range.upperBound, i + 14)
        guard let at = (i..<end).first(where: { tokens[$0].lower == "between" }) else { return nil }
        let after = agents(in: (at + 1)..<range.upperBound)
        guard after.count >= 2, after[0].range.lowerBound - at <= 4, after[0].range.upperBound <= after[1].range.lowerBound else { return nil }
        let joining = tokens[after[0].range.upperBound..<after[1].range.lowerBound].map(\.lower)
        guard joining.contains("and"), joining.count <= 3 else { return nil }
        return (after[0], after[1])
    }

    /// True when a negation cue stands in the clause shortly before `i`.
    func isNegated(before i: Int) -> Bool {
        var start = max(clauseStart(before: i), i - 8)
        // "cease all support to Russia's war against Ukraine": a possessed event is named as real;
        // a cue before its possessor negates something else.
        if let owner = mentions.last(where: { $0.isPossessive && $0.range.lowerBound >= start && $0.range.upperBound <= i }) {
            start = owner.range.upperBound
        }
        return (start..<i).contains { j in
            let word = tokens[j].lower
            if word == "off" { return j > 0 && ["heading", "head", "heads", "headed", "held", "hold", "call", "called"].contains(tokens[j - 1].lower) }
            if word == "ruled" { return j + 1 < tokens.count && tokens[j + 1].lower == "out" }
            return Self.negationCues.contains(word)
        }
    }

    func modality(before i: Int) -> Modality {
        let start = max(range.lowerBound, clauseStart(before: i) - 12)
        let words = tokens[start..<i].map(\.lower)
        let sentenceWords = tokens[range].map(\.lower)
        if words.contains(where: Self.advocacyCues.contains) { return .advocated }
        // "said it would deploy": reported speech's "would" is the speaker's "will".
        if !sentenceWords.contains("if"), let would = words.lastIndex(of: "would"),
           words[..<would].contains(where: Self.reportingVerbs.contains),
           !words.contains(where: { Self.hypotheticalCues.contains($0) && $0 != "would" })
        {
            return .future
        }
        if sentenceWords.contains("if") || words.contains(where: Self.hypotheticalCues.contains) { return .hypothetical }
        // "suspended talks on joining the EU", "its bid to join": what is talked of or sought.
        if zip(words, words.dropFirst()).contains(where: { Self.prospectNouns.contains($0) && ["on", "about", "over", "to"].contains($1) }) {
            return .hypothetical
        }
        if words.contains(where: Self.futureCues.contains) { return .future }
        if words.contains(where: Self.hedgeCues.contains) { return .hedged }
        return .asserted
    }

    /// True when the phrase at `i` is a passive participle with its agent after "by".
    func passiveAgent(trigger: Range<Int>) -> [Mention]? {
        guard trigger.lowerBound > range.lowerBound else { return nil }
        let beforeWords = tokens[max(range.lowerBound, trigger.lowerBound - 2)..<trigger.lowerBound].map(\.lower)
        let isPassive = beforeWords.contains { ["was", "were", "is", "are", "been", "being", "be", "get", "got"].contains($0) }
            || (trigger.lowerBound > range.lowerBound && tokens[trigger.lowerBound - 1].lower == ",")
        let participle = tokens[trigger.lowerBound].lower.hasSuffix("ed") || tokens[trigger.lowerBound].lower.hasSuffix("en")
            || tokens[trigger.lowerBound].lower == "struck" || tokens[trigger.lowerBound].lower == "fought"
        let byFollows = (trigger.upperBound..<min(range.upperBound, trigger.upperBound + 2)).contains { tokens[$0].lower == "by" }
        guard isPassive || byFollows, participle else { return nil }
        var j = trigger.upperBound
        while j < min(range.upperBound, trigger.upperBound + 3) {
            if tokens[j].lower == "by" {
                let agents = objects(after: j + 1, maxGap: 3)
                return agents.isEmpty ? nil : agents
            }
            j += 1
        }
        return nil
    }
}
