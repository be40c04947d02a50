public import EntenteModel

/// Mentions of the actors PETRARCH2's actor dictionary knows and the gazetteer does not: leaders
/// and officials with the role they held on the article's date (Erdogan is `TURGOV` in 2017),
/// international and non-governmental organisations, armed groups, and the institutions of states.
struct DictionaryMentions: Sendable {
    let actors: ActorDictionary
    /// Gazetteer states by CAMEO and ISO code, for entries that only name a country.
    private let states: [String: Entity]

    init(actors: ActorDictionary, gazetteer: Gazetteer) {
        self.actors = actors
        var states: [String: Entity] = [:]
        for entry in gazetteer.entries where entry.entity.type == "state" {
            for code in [entry.entity.cameo, entry.entity.iso3].compactMap({ $0 }) where states[code] == nil {
                states[code] = entry.entity
            }
        }
        self.states = states
    }

    /// The sentence's mentions with the dictionary's names added: a name the gazetteer knows
    /// stands; a name the recogniser only guessed from its shape gives way to the dictionary's.
    func adding(to known: [Mention], tokens: [Token], sentence: Range<Int>, on date: CalendarDay?) -> [Mention] {
        let words = DictionaryTokens(tokens[sentence].map(\.text))
        // The gazetteer's people hold the dictionary's roles by date too, where the dictionary dates
        // them (its undated "otherwise" roles are older than the gazetteer: Guterres is PRTELI).
        var result = known.map { mention in
            guard mention.entity.type == "person", let date,
                  let code = actors.datedCode(for: DictionaryTokens.words(in: mention.entity.name).joined(separator: " "), on: date)
            else { return mention }
            var dated = mention
            dated.entity.cameo = code
            dated.role = dated.role ?? ActorRole.ofActor(code)
            return dated
        }
        for match in actors.matches(in: words) {
            let range = (match.range.lowerBound + sentence.lowerBound)..<(match.range.upperBound + sentence.lowerBound)
            if EntityRecognizer.namesAContinentsPart(at: range.lowerBound, in: tokens[sentence]) { continue }
            guard tokens[range.lowerBound].isCapitalised, tokens[range.upperBound - 1].isCapitalised,
                  let code = ActorDictionary.code(in: match.roles, on: date),
                  let (entity, role) = entity(for: match, code: code, tokens: tokens[range])
            else { continue }
            // ("Samia Suluhu Hassan": two of the dictionary's people side by side are one person
            // whose name goes on.)
            if entity.type == "person", let previous = result.firstIndex(where: {
                $0.range.upperBound == range.lowerBound && $0.entity.type == "person" && $0.entity.kind == .actor
            }) {
                let whole = result[previous].range.lowerBound..<range.upperBound
                result[previous].entity.name = EntityRecognizer.text(tokens[whole])
                result[previous].range = whole
                continue
            }
            // ("Samia Suluhu Hassan met Ruto": a surname the dictionary knows, after given names it
            // does not, is another person's whole name.)
            if entity.type == "person", range.count == 1, !EntityRecognizer.isAcronym(tokens[range.lowerBound]),
               range.upperBound >= sentence.upperBound || !tokens[range.upperBound].isCapitalised
            {
                var start = range.lowerBound
                while start > sentence.lowerBound, start > range.lowerBound - 3, tokens[start - 1].isCapitalised,
                      tokens[start - 1].kind == .word, !EntityRecognizer.isPersonTitle(tokens[start - 1].lower),
                      !EntityRecognizer.notNames.contains(tokens[start - 1].lower),
                      !result.contains(where: { $0.range.contains(start - 1) })
                {
                    start -= 1
                }
                if start < range.lowerBound {
                    let whole = start..<range.upperBound
                    let name = EntityRecognizer.text(tokens[whole])
                    result.removeAll { $0.range.overlaps(whole) }
                    result.append(Mention(entity: Entity(name: name, kind: .actor, type: "person"), range: whole, role: nil,
                                          isPossessive: false, confidence: 0.7))
                    continue
                }
            }
            let overlapping = result.filter { $0.range.overlaps(range) }
            // A place the dictionary lists is no better a reading than a person's surname ("Secretary
            // Austin"): only where the sentence uses it as a place.
            if entity.kind == .place {
                let local = (range.lowerBound - sentence.lowerBound)..<(range.upperBound - sentence.lowerBound)
                guard overlapping.isEmpty, EntityRecognizer.namesAPlace(local, in: Array(tokens[sentence])) else { continue }
            }
            guard overlapping.allSatisfy({ $0.confidence < 1 && range.lowerBound <= $0.range.lowerBound && $0.range.upperBound <= range.upperBound })
            else { continue }
            result.removeAll { $0.range.overlaps(range) }
            let next = range.upperBound
            result.append(Mention(
                entity: entity, range: range, role: role,
                isPossessive: next < sentence.upperBound && ["'s", "’s", "'"].contains(tokens[next].lower), confidence: 0.9))
        }
        return result.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// The entity a dictionary name stands for, and the capacity it acts in.
    private func entity(for match: ActorDictionary.Match, code: String, tokens: ArraySlice<Token>) -> (Entity, String?)? {
        guard let entry = actors.entries(for: match.phrase).first else { return nil }
        // "Kharkiv", "Donbas", "Hodeida": a city or region the dictionary lists among its state's names
        // is the place, not the state.
        if let state = states[String(code.prefix(3))], Self.isStateLine(entry, of: state), Self.namesAPlace(match.phrase, of: state) {
            return (Entity(name: EntityRecognizer.text(tokens), kind: .place, type: "place"), nil)
        }
        let name = match.phrase == entry.names.first
            ? EntityRecognizer.text(tokens) : Self.titleCased(entry.names.first ?? match.phrase)
        return entity(for: entry, phrase: match.phrase, code: code, name: name)
    }

    /// The entity a dictionary entry stands for when named `name` (as written) by `phrase` (its
    /// dictionary key), holding `code`; and the capacity it acts in. Nil for a state's city or
    /// region, and for an institution whose name does not say whose it is. The importers ask
    /// this too (``ActorResolver``), so a dataset's name and an article's make one entity.
    func entity(for entry: ActorDictionary.Entry, phrase: String, code: String, name: String) -> (Entity, String?)? {
        let country = String(code.prefix(3))
        let role = ActorRole.ofActor(code)
        // The international file types everyone by their organisation; a dated role is a person's.
        let isPerson = entry.type == "person"
            || (!entry.roles.isEmpty && entry.roles.allSatisfy { !$0.isUndated || $0.code == "---" } && entry.roles.contains { !$0.isUndated })
        if isPerson {
            return (Entity(name: name, kind: .actor, type: "person", cameo: code), role)
        }
        guard let state = states[country] else {
            // International, non-governmental and non-state actors: `IGOUNO`, `NGO…`, `IMGMUSALQ`.
            return (Entity(name: name, kind: .organisation, type: entry.type ?? "organisation", cameo: code), nil)
        }
        if code.count == 3 {
            // A state's cities and regions are places, not the state: only its own names count.
            let names = Set(([state.name] + state.aliases).map { DictionaryTokens.words(in: $0).joined(separator: " ") })
            return names.contains(phrase) ? (state, nil) : nil
        }
        // One of its institutions ("Afghan National Army", `AFGMIL`); a region code (`PSEGZA`) is
        // not one.
        // Said without the country ("the Senate", "Department of Defense"), a state's institution
        // may be any state's: only a name that says whose it is counts.
        // (A user's entry, which has no type, is taken at its word.)
        guard let role,
              entry.type == nil
                || phrase.split(separator: " ").contains(where: { actors.code(for: String($0), on: nil) == country })
        else { return nil }
        return (Entity(name: name, kind: .organisation, type: role, cameo: code), role)
    }

    /// True when a name the dictionary files under a state names a place in it rather than the
    /// state: not one of the state's own names, nor a spelling or adjective of one ("Ukrainian",
    /// "Ukrane"), which begin as the state's name does.
    static func namesAPlace(_ phrase: String, of state: Entity) -> Bool {
        let names = ([state.name] + state.aliases).map { DictionaryTokens.words(in: $0).joined(separator: " ") }
        guard !names.contains(phrase) else { return false }
        let stems = Set(names.filter { $0.count >= 4 }.map { $0.prefix(3) })
        return !stems.contains(phrase.prefix(3))
    }

    /// True for the line of the dictionary that lists a state's own names (and its places).
    static func isStateLine(_ entry: ActorDictionary.Entry, of state: Entity) -> Bool {
        guard let first = entry.names.first else { return false }
        return ([state.name] + state.aliases).contains { DictionaryTokens.words(in: $0).joined(separator: " ") == first }
    }

    static let lowerCaseWords: Set<String> = ["of", "the", "and", "for", "in", "on", "de", "du", "des", "la", "le", "bin", "ibn"]

    static let romanNumerals: Set<String> = ["ii", "iii", "iv", "vi", "vii", "viii", "ix", "xi", "xii", "xiii", "xiv", "xv", "xvi"]

    /// "recep tayyip erdogan" → "Recep Tayyip Erdogan"; "u.s." → "U.S.".
    static func titleCased(_ phrase: String) -> String {
        phrase.split(separator: " ").enumerated().map { position, word in
            if position > 0, lowerCaseWords.contains(String(word)) { return String(word) }
            if word.contains(".") { return word.uppercased() }
            // ("abdullah ii" → "Abdullah II": a regnal number.)
            if position > 0, romanNumerals.contains(String(word)) { return word.uppercased() }
            return word.prefix(1).uppercased() + word.dropFirst()
        }.joined(separator: " ")
    }
}
