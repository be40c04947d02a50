import EntenteModel
import EntenteNLP

/// One sentence of a dependency parse, with the entity mention each of its tokens belongs to: what
/// the tree coder reads.
struct ParsedSentence {
    /// The zone's parse; token indices are positions in `document.tokens`.
    let document: Document
    let range: Range<Int>
    /// The mentions found in the zone, and for each token of this sentence the mention covering it.
    let mentions: [Mention]
    private let mentionAt: [Int: Int]
    /// The parties the sentence before was about (its main clause's subjects), which a subject
    /// pronoun or "the two sides" of this one may continue.
    var previousSubjects: [Mention] = []
    var previousSubject: Mention? { previousSubjects.first }
    /// The parties the sentence before named, in text order, which a definite nominal of this one
    /// ("the junta", "the group") may refer back to.
    var previousMentions: [Mention] = []
    /// The last pair of parties the story set side by side, for "both parties" further on.
    var previousPair: [Mention] = []
    /// Who carried out the last attack the story reported.
    var previousAttacker: Mention?
    /// Whom the article's own unattributed "we" stands for (see `Authors`).
    var authors: [Mention] = []
    /// The people the story named with each title before this sentence (see `TreeCoder.Discourse.titled`).
    var titledPeople: [String: Mention] = [:]
    /// The state the story named each ruling body for, "junta" or "regime" (see `TreeCoder.Discourse.rulers`).
    var rulers: [String: Mention] = [:]
    /// The two sides of a meeting or talks reported in the last few sentences, nearest first in
    /// `sentencesSinceEncounter` (see `TreeCoder.Discourse.encounter`).
    var encounter: [Mention] = []
    var sentencesSinceEncounter = 0
    /// The two sides of the last dispute the story reported (see `TreeCoder.Discourse.disputants`).
    var disputants: [Mention] = []
    /// The body whose meeting the story last reported (see `TreeCoder.Discourse.convenedBody`).
    var convenedBody: Mention?
    /// The state each person the story has titled serves (see `TreeCoder.Discourse.affiliations`).
    var affiliations: [Entity: Entity] = [:]
    /// The story is still at the encounter when the sentence before reported it or was about one
    /// of `sides` (its sides, or those of them a noun allows).
    func continuesEncounter(among sides: [Mention]) -> Bool {
        sentencesSinceEncounter == 0
            || (previousMentions + previousSubjects).contains { mention in sides.contains { $0.entity == mention.entity } }
    }
    /// Children of each token of the sentence, in text order.
    private let childrenOf: [Int: [Int]]
    private let dateline: Range<Int>

    init(
        document: Document, range: Range<Int>, mentions: [Mention], mentionAt: [Int: Int], previousSubjects: [Mention] = [],
        previousMentions: [Mention] = [], previousPair: [Mention] = [], previousAttacker: Mention? = nil, authors: [Mention] = []
    ) {
        self.previousAttacker = previousAttacker
        self.previousPair = previousPair
        self.document = document
        self.authors = authors
        self.previousSubjects = previousSubjects
        self.previousMentions = previousMentions
        self.range = range
        self.mentions = mentions
        self.mentionAt = mentionAt
        var children: [Int: [Int]] = [:]
        for index in range where document.tokens[index].head != index {
            children[document.tokens[index].head, default: []].append(index)
        }
        childrenOf = children
        dateline = Self.dateline(in: range, of: document)
    }

    subscript(index: Int) -> Document.Token { document.tokens[index] }

    func mention(at index: Int) -> Mention? { mentionAt[index].map { mentions[$0] } }

    func children(of index: Int) -> [Int] { childrenOf[index] ?? [] }

    func children(of index: Int, _ labels: Set<String>) -> [Int] {
        children(of: index).filter { labels.contains(document.tokens[$0].dep) }
    }

    func child(of index: Int, _ label: String) -> Int? {
        children(of: index).first { document.tokens[$0].dep == label }
    }

    /// The lower-case lemma, which the lexicons are written in.
    func lemma(_ index: Int) -> String { document.tokens[index].lemma.lowercased() }

    func lower(_ index: Int) -> String { document.tokens[index].text.lowercased() }

    /// True for the words of a dateline that opens the sentence ("ASMARA —", "KYIV, Ukraine —"),
    /// which the parser often takes for the subject.
    func isDateline(_ index: Int) -> Bool { dateline.contains(index) }

    /// The opening words before a dash, when they are a dateline: capitals and punctuation, with
    /// one word of two or more capital letters. Found once; parties ask for every token.
    private static func dateline(in range: Range<Int>, of document: Document) -> Range<Int> {
        let opening = range.prefix(8)
        // ("Washington - Chinese-sponsored talks": a hyphen with a space on each side is a dash.)
        func isDash(_ index: Int) -> Bool {
            let text = document.tokens[index].text
            return ["—", "–", "--"].contains(text)
                || text == "-" && index > 0 && document.tokens[index - 1].spaceAfter && document.tokens[index].spaceAfter
        }
        guard let dash = opening.first(where: isDash) else {
            return range.lowerBound..<range.lowerBound
        }
        let words = range.lowerBound..<dash
        let capitalised = words.allSatisfy { document.tokens[$0].text.first.map { $0.isUppercase || $0.isPunctuation } ?? false }
        // "SEOUL —", or "Seoul, South Korea —" short and not a name set off by a second dash
        // ("Russia — not Ukraine — began").
        let shortPlaceLine = words.count <= 5 && !range.dropFirst(words.count + 1).prefix(15).contains(where: isDash)
            && words.contains { document.tokens[$0].text == "," || words.count <= 2 }
        let isDateline = capitalised
            && (words.contains { document.tokens[$0].text.count > 1 && document.tokens[$0].text == document.tokens[$0].text.uppercased() } || shortPlaceLine)
        return isDateline ? words : range.lowerBound..<range.lowerBound
    }

    /// The verb a noun is an object of, through up to four phrases between ("exchanged views on
    /// challenges", "engage with renewed commitments in dialogue"); nil when a word of another kind
    /// stands between.
    func verb(above index: Int, through labels: Set<String>) -> Int? {
        var cursor = index
        for _ in 0..<4 where document.tokens[cursor].pos != "VERB" && labels.contains(document.tokens[cursor].dep) {
            let head = document.tokens[cursor].head
            guard head != cursor, range.contains(head) else { return nil }
            cursor = head
        }
        return cursor != index && document.tokens[cursor].pos == "VERB" ? cursor : nil
    }

    /// The tokens from `index` up to the root, nearest first.
    func ancestors(of index: Int) -> [Int] {
        var result: [Int] = []
        var current = index
        while document.tokens[current].head != current, range.contains(document.tokens[current].head),
              result.count < range.count
        {
            current = document.tokens[current].head
            result.append(current)
        }
        return result
    }

    /// Each mention at the word that heads it in the parse (the one whose head lies outside the
    /// mention), in text order.
    func mentionHeads() -> [(index: Int, mention: Mention)] {
        range.compactMap { index in
            guard let named = mention(at: index), mention(at: document.tokens[index].head)?.entity != named.entity else { return nil }
            return (index, named)
        }
    }

    /// The token and every token below it in the tree, in text order.
    func subtree(of index: Int) -> [Int] {
        range.filter { $0 == index || ancestors(of: $0).contains(index) }
    }

    /// The tree path between where two parties are named in the sentence (the trigger for one
    /// named elsewhere), for `--explain`.
    func path(between subject: Entity, and object: Entity, trigger: Int) -> String {
        let subjectToken = range.first { mention(at: $0)?.entity == subject } ?? trigger
        let objectToken = range.first { mention(at: $0)?.entity == object } ?? trigger
        return path(from: subjectToken, to: objectToken)
    }

    /// The dependency path between two tokens, as `word/dep` steps up from `from` to the common
    /// ancestor and down to `to`: the explanation `--explain` prints.
    func path(from start: Int, to end: Int) -> String {
        let up = [start] + ancestors(of: start)
        let down = [end] + ancestors(of: end)
        guard let common = up.first(where: { down.contains($0) }) else { return "" }
        let rising = up.prefix { $0 != common }.map { "\(document.tokens[$0].text)/\(document.tokens[$0].dep) ↑" }
        let falling = down.prefix { $0 != common }.reversed().map { "↓ \(document.tokens[$0].text)/\(document.tokens[$0].dep)" }
        return (rising + [document.tokens[common].text] + falling).joined(separator: " ")
    }

    /// The mentions of this sentence's tokens, in text order, once each.
    var ownMentions: [Mention] {
        var seen: Set<Int> = []
        return range.compactMap { index in mentionAt[index].flatMap { seen.insert($0).inserted ? mentions[$0] : nil } }
    }
}
