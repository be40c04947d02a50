import EntenteModel

/// The names an article has recognised so far, so that a name found once is the same entity
/// wherever it recurs. The statistical recogniser is not consistent from sentence to sentence (it
/// calls "Somaliland" a place in one and a product in the next), and a party it misses is a
/// relation lost.
struct ArticleNames {
    private struct Surface {
        var words: [String]
        var entity: Entity
    }

    /// Surfaces by their first word, longest first.
    private var byFirstWord: [String: [Surface]] = [:]
    /// One entity per name: the dictionary's reading, else an actor or organisation, else a place.
    private var preferred: [NameKey: Entity] = [:]

    private static func rank(_ entity: Entity) -> Int {
        if entity.cameo != nil { return 0 }
        return entity.kind == .place ? 2 : 1
    }

    /// The last body named with each head word ("department" → the Department of State's entity),
    /// for a later "the Department" alone.
    private var bodiesByHeadWord: [String: Entity] = [:]

    /// Bodies by the head noun of their name, for "the Coalition" alone when the article named one.
    private var headNounBodies: [String: Set<Entity>] = [:]
    static let headNouns: Set<String> = [
        "coalition", "mission", "commission", "council", "committee", "force", "alliance", "court", "tribunal", "union",
        "front", "movement", "agency", "bank", "fund", "assembly", "panel", "secretariat", "office",
    ]

    /// "The Coalition", "the Mission", "this Council": the head noun of one body's name, capitalised
    /// after "the" or "this" and standing alone, is that body (not where the article named two with it).
    func headNounMentions(in tokens: [Token], sentence: Range<Int>, covered: inout Set<Int>) -> [Mention] {
        var found: [Mention] = []
        for index in sentence where index > sentence.lowerBound && !covered.contains(index) {
            let word = tokens[index]
            // ("this Council's demand": or "this".)
            guard word.isCapitalised, ["the", "this"].contains(tokens[index - 1].lower), let bodies = headNounBodies[word.lower], bodies.count == 1,
                  let body = bodies.first
            else { continue }
            // ("the Council of Europe", "the Coalition Provisional Authority": the start of another name.)
            if index + 1 < sentence.upperBound, tokens[index + 1].isCapitalised || tokens[index + 1].lower == "of" {
                continue
            }
            let possessive = index + 1 < sentence.upperBound && tokens[index + 1].lower == "'s"
            found.append(Mention(entity: preferredEntity(for: body), range: index..<(index + 1), role: nil, isPossessive: possessive, confidence: 0.6))
            covered.insert(index)
        }
        return found
    }

    /// The body the article last named with `word` in its name.
    func body(namedWith word: String) -> Entity? { bodiesByHeadWord[word] }

    /// The entity the article settles on for this one's name.
    func preferredEntity(for entity: Entity) -> Entity {
        guard let known = preferred[entity.key], known != entity, Self.rank(known) < Self.rank(entity) else { return entity }
        return known
    }

    mutating func learn(_ mention: Mention, in tokens: [Token]) {
        let words = tokens[mention.range].map(\.text)
        guard let first = words.first, first.first?.isUppercase == true, words.joined().count >= 3,
              // "They", "The Kremlin": a pronoun or a name with its article is no surface to look for.
              !EntityRecognizer.notNames.contains(first.lowercased())
        else { return }
        let entity = mention.entity
        for word in words where words.count > 1 && EntityRecognizer.agencyHeads.contains(word.lowercased()) {
            bodiesByHeadWord[word.lowercased()] = entity
        }
        // "the Global Coalition to Defeat ISIS … the Coalition": a body's head noun, the last word
        // before its name's first lower-case word.
        if words.count > 1, entity.kind != .place, entity.type != "state", entity.type != "person" {
            let head = words.prefix { $0.first?.isUppercase == true }.last?.lowercased()
            if let head, Self.headNouns.contains(head) { headNounBodies[head, default: []].insert(entity) }
        }
        if let known = preferred[entity.key] {
            if Self.rank(entity) < Self.rank(known) { preferred[entity.key] = entity }
        } else {
            preferred[entity.key] = entity
        }
        var surfaces = byFirstWord[first, default: []]
        if let index = surfaces.firstIndex(where: { $0.words == words }) {
            if Self.rank(entity) < Self.rank(surfaces[index].entity) { surfaces[index].entity = entity }
        } else {
            surfaces.append(Surface(words: words, entity: entity))
            surfaces.sort { $0.words.count > $1.words.count }
        }
        byFirstWord[first] = surfaces
    }

    /// Mentions of known surfaces in `sentence` that no mention covers yet.
    func recurrences(in tokens: [Token], sentence: Range<Int>, covered: inout Set<Int>) -> [Mention] {
        var found: [Mention] = []
        var index = sentence.lowerBound
        while index < sentence.upperBound {
            guard !covered.contains(index), let surfaces = byFirstWord[tokens[index].text],
                  let surface = surfaces.first(where: { surface in
                      let end = index + surface.words.count
                      return end <= sentence.upperBound
                          && zip(surface.words, tokens[index..<end]).allSatisfy { $0 == $1.text }
                          && !(index..<end).contains(where: covered.contains)
                  })
            else {
                index += 1
                continue
            }
            let range = index..<(index + surface.words.count)
            let possessive = range.upperBound < sentence.upperBound && tokens[range.upperBound].lower == "'s"
            found.append(Mention(
                entity: preferredEntity(for: surface.entity), range: range, role: nil, isPossessive: possessive, confidence: 0.6))
            covered.formUnion(range)
            index = range.upperBound
        }
        return found
    }
}
