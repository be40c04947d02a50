import EntenteModel
import EntenteNLP

/// Relations a noun phrase states in passing, without a verb of its own: "the Iran-backed
/// militants", "El Fasher in Sudan", "Yemen's port of Aden".
extension TreeCoder {
    /// Participles that make their hyphenated name a party's backer: "Iran-backed", "Russian-funded".
    /// ("Houthi-controlled parts of Yemen", "Russian-occupied Crimea": held by the name.)
    static let backingParticiples: Set<String> = [
        "back", "support", "sponsor", "fund", "arm", "finance", "designate", "sanction", "control", "occupy", "hold",
    ]
    static let participleLemmas: [String: String] = [
        "backed": "back", "supported": "support", "sponsored": "sponsor", "funded": "fund", "armed": "arm", "financed": "finance",
        "designated": "designate", "sanctioned": "sanction", "controlled": "control", "occupied": "occupy", "held": "hold",
    ]
    /// Nouns for a place that lies in a state: "Yemen's port of Aden".
    static let placeNouns: Set<String> = [
        "port", "city", "capital", "town", "province", "region", "village", "district", "state", "island", "enclave",
        "area", "county", "governorate", "oblast", "territory",
    ]

    /// "The Iran-backed militants", "Russian-backed separatists": the hyphenated name backs the
    /// party the noun stands for, with the lexicon's predicate for the participle's verb.
    func backers(at participle: Int, in sentence: ParsedSentence) -> [Candidate] {
        // "U.S.-designated" stays one token: the participle is its last part, the name its first.
        let text = sentence[participle].text
        let joined = text.contains("-") && !text.hasPrefix("-") ? text.split(separator: "-").last.map(String.init) : nil
        let lemma = joined.map { Self.participleLemmas[$0.lowercased()] ?? $0.lowercased() } ?? sentence.lemma(participle)
        if Self.affiliatingParticiples.contains(lemma) { return affiliates(at: participle, joined: joined, in: sentence) }
        // ("the U.S.-designated terror group": designated, and so sanctioned.)
        let verb = lemma == "designate" ? "sanction" : ["control", "hold"].contains(lemma) ? "occupy" : lemma
        guard Self.backingParticiples.contains(lemma), sentence[participle].tag == "VBN" || joined != nil, sentence[participle].dep == "amod",
              let pattern = patternsByWord[verb]?.first(where: { $0.frame == .verb && $0.steps.count == 1 })
        else { return [] }
        // The name is joined to the participle by a hyphen: "Iran - backed".
        var backers = sentence.children(of: participle, ["npadvmod", "compound", "nmod", "amod"]).filter { name in
            name + 1 < participle && sentence.range.contains(name + 1) && sentence.lower(name + 1) == "-" && !sentence[name].spaceAfter
        }.compactMap { name in
            // The recogniser leaves "Iran-backed" whole, as a description; the parse splits it.
            sentence.mention(at: name) ?? namedParty(sentence[name].text, confidence: 0.9)
        }
        if let joined, let name = text.dropLast(joined.count + 1).nilIfEmpty, let backer = namedParty(String(name), confidence: 0.9) {
            backers.append(backer)
        }
        guard !backers.isEmpty else { return [] }
        let noun = sentence[participle].head
        guard noun != participle, sentence.range.contains(noun) else { return [] }
        // ("Iranian-backed militias in Syria": the militias where they fight are no state's.)
        // ("Hezbollah, the Iran-backed Lebanese militant group": the name the noun describes.)
        // (Not a dateline the parser took the noun to stand beside: "PENTAGON —Iranian-backed militants".)
        let appositionHead = sentence[noun].dep == "appos" && sentence.range.contains(sentence[noun].head) && !sentence.isDateline(sentence[noun].head)
            ? sentence.mention(at: sentence[noun].head).map { [$0] } ?? [] : []
        // ("strikes into Houthi-controlled areas of Yemen": the areas' own place, not their holder.)
        let heldOrNamed = controllerOfArea(at: noun, in: sentence) == nil
            ? parties(at: noun, in: sentence) : ofObjects(of: noun, in: sentence).flatMap { parties(at: $0, in: sentence) }
        let backed = (appositionHead.isEmpty ? heldOrNamed : appositionHead).filter { party in
            !backers.contains { $0.entity == party.entity } && (party.entity.kind != .place || TreeCoder.takesPlaces(pattern.predicate))
                && !(party.entity.type == "state" && ["rebels", "opposition", "armed group", "criminals"].contains(party.role ?? ""))
        }
        return backers.flatMap { backer in
            backed.map { party in
                // ("Houthi-controlled areas of Yemen": a group that holds part of its own country is
                // there; a state that holds another's occupies it.)
                let predicate = ["control", "hold"].contains(lemma) && backer.entity.type != "state" && party.entity.type == "state"
                    ? "located_in" : pattern.predicate
                return described(backer, predicate, party, at: participle, pattern: "X-\(sentence.lower(participle)) noun", in: sentence)
            }
        }
    }

    /// Participles that make the noun a body tied to the hyphened name: "the Islamic
    /// State-affiliated ADF", "al-Qaida-linked al-Shabab".
    static let affiliatingParticiples: Set<String> = ["affiliate", "affiliated", "link", "linked", "align", "aligned"]

    /// "the Islamic State-affiliated ADF": the body the noun names is affiliated with the name.
    private func affiliates(at participle: Int, joined: String?, in sentence: ParsedSentence) -> [Candidate] {
        guard sentence[participle].dep == "amod" else { return [] }
        var wholes = sentence.children(of: participle, ["npadvmod", "compound", "nmod", "amod"]).filter { name in
            name + 1 < participle && sentence.range.contains(name + 1) && sentence.lower(name + 1) == "-" && !sentence[name].spaceAfter
        }.compactMap { name in sentence.mention(at: name) ?? namedParty(sentence[name].text, confidence: 0.9) }
        if let joined, let name = sentence[participle].text.dropLast(joined.count + 1).nilIfEmpty, let whole = namedParty(String(name), confidence: 0.9) {
            wholes.append(whole)
        }
        let noun = sentence[participle].head
        guard noun != participle, sentence.range.contains(noun), let body = sentence.mention(at: noun),
              body.entity.kind == .organisation
        else { return [] }
        return wholes.filter { $0.entity != body.entity && $0.entity.kind == .organisation }.map { whole in
            described(body, "affiliated_with", whole, at: participle, pattern: "X-\(sentence.lower(participle)) body", in: sentence)
        }
    }

    /// "El Fasher in Sudan", "the Sagaing area in northwest Myanmar", "Yemen's port of Aden": a
    /// place and the place or state it lies in.
    /// "in Brussels, Belgium, Secretary …", "to Kingston, Jamaica, and Belmopan, Belize": the state
    /// named after a place's comma, which the parser may not make its apposition; not a list of
    /// states ("visited Paris, Germany and Italy"), nor a state the place is known to lie outside.
    private func stateAfterComma(of place: Mention, in sentence: ParsedSentence) -> Mention? {
        let comma = place.range.upperBound
        guard sentence.range.contains(comma + 1), sentence[comma].text == ",", let state = sentence.mention(at: comma + 1),
              state.range.lowerBound == comma + 1, state.entity.type == "state", !state.isModifier
        else { return nil }
        if let known = self.state(containing: place.entity), known != state.entity { return nil }
        // ("colder than the North Pole, Russia launched": a state that opens the main clause.)
        if state.range.contains(where: { sentence.range.contains($0) && ["nsubj", "nsubjpass"].contains(sentence[$0].dep) }) { return nil }
        let after = state.range.upperBound
        for next in [after + 1, after + 2] where sentence.range.contains(next) && next - 1 < sentence.range.upperBound {
            guard [",", "and", "or"].contains(sentence.lower(next - 1)) else { break }
            if sentence.mention(at: next)?.entity.type == "state" { return nil }
        }
        return state
    }

    func placements(in sentence: ParsedSentence) -> [Candidate] {
        var found: [Candidate] = []
        for index in sentence.range {
            // ("the Puntland region": the kind may be part of the place's mention.)
            guard let place = sentence.mention(at: index), place.entity.kind == .place, place.entity.type != "state",
                  sentence.mention(at: sentence[index].head)?.entity != place.entity || Self.placeNouns.contains(sentence.lower(sentence[index].head))
            else { continue }
            var containers: [Mention] = []
            // The phrase's head noun when the place names a kind ("the Sagaing area in …").
            let holders = [index] + (Self.placeNouns.contains(sentence.lower(sentence[index].head)) ? [sentence[index].head] : [])
            // ("Chinese province Yunnan": the kind compounded before the name, with its owner.)
            for kind in sentence.children(of: index, ["compound"]) where Self.placeNouns.contains(sentence.lower(kind)) {
                containers += sentence.children(of: kind, ["amod", "poss", "compound"]).compactMap { sentence.mention(at: $0) }
            }
            for holder in holders {
                // ("the Puntland region of Somalia": "of" on the kind, never on the name.)
                for prep in sentence.children(of: holder, ["prep"]) where sentence.lower(prep) == "in" || holder != index && sentence.lower(prep) == "of" {
                    containers += phraseParties(prep, in: sentence)
                }
                // ("Sudan's North Darfur state": the owner of the kind.)
                if holder != index {
                    containers += sentence.children(of: holder, ["poss"]).compactMap { sentence.mention(at: $0) }
                }
            }
            // "Nyala, south Darfur", "the Haitian capital, Port-au-Prince", "Goma, eastern Congo's
            // biggest city": a place in apposition, or a place noun's owner.
            // (Not the dateline: "MOSCOW — Armenia and Azerbaijan signed".)
            // ("El Dheer, Masagaway, Gal'ad and Budbud": an apposition that goes on as a list is the list's next name.)
            let appositions = sentence.isDateline(index) ? [] : sentence.children(of: index, ["appos"])
                .filter { sentence.children(of: $0, ["conj"]).isEmpty }
            for apposition in appositions {
                if let other = sentence.mention(at: apposition), other.entity != place.entity { containers.append(other) }
            }
            for noun in appositions + (sentence[index].dep == "appos" ? [sentence[index].head] : [])
            where sentence.range.contains(noun) && Self.placeNouns.contains(sentence.lemma(noun)) {
                containers += sentence.children(of: noun, ["poss", "amod", "compound"]).compactMap { sentence.mention(at: $0) }
                // ("Goma, a city in eastern Congo", "Goma, the capital of North Kivu province".)
                if sentence.children(of: noun, ["poss", "amod", "compound"]).allSatisfy({ sentence.mention(at: $0) == nil }) {
                    for prep in sentence.children(of: noun, ["prep"]) where ["in", "of"].contains(sentence.lower(prep)) {
                        containers += phraseParties(prep, in: sentence)
                    }
                }
            }
            // ("Somalia's Golis Mountains", "Russia's Far East": the state that owns the place.)
            containers += sentence.children(of: index, ["poss"]).compactMap { sentence.mention(at: $0) }.filter { $0.entity.type == "state" }
            // "Yemen's port of Aden": the possessor of the place noun the name completes.
            // ("Georgia's regions of Abkhazia and South Ossetia": and each name listed after the first.)
            var anchor = index
            while sentence[anchor].dep == "conj", sentence.range.contains(sentence[anchor].head), sentence[anchor].head < anchor {
                anchor = sentence[anchor].head
            }
            let of = sentence[anchor].head
            if sentence[anchor].dep == "pobj", sentence.lower(of) == "of", sentence.range.contains(sentence[of].head) {
                let noun = sentence[of].head
                if Self.placeNouns.contains(sentence.lemma(noun)) {
                    containers += sentence.children(of: noun, ["poss"]).compactMap { sentence.mention(at: $0) }
                    // ("the city of Chernihiv in Ukraine": and where the noun is; "struck the city of
                    // Chernihiv, in northern Ukraine": the parser may hang the "in" right after the
                    // name on the verb.)
                    let after = sentence.range.contains(index + 1) && sentence[index + 1].text == "," ? index + 2 : index + 1
                    let verbs = sentence[noun].dep == "dobj" && sentence.range.contains(sentence[noun].head) ? [sentence[noun].head] : []
                    for prep in ([noun] + verbs).flatMap({ sentence.children(of: $0, ["prep"]) })
                    where sentence.lower(prep) == "in" && (sentence[prep].head == noun || prep == after) {
                        containers += phraseParties(prep, in: sentence)
                    }
                }
            }
            // ("left Fort Bliss in Texas": the parser may hang the "in" right after a place that is a
            // verb's object on the verb; a place "in" another named place is in it.)
            if sentence[index].dep == "dobj", sentence.range.contains(index + 1), sentence.lower(index + 1) == "in",
               sentence[index + 1].head == sentence[index].head
            {
                containers += phraseParties(index + 1, in: sentence).filter { $0.entity.kind == .place }
            }
            // ("the Chagos Archipelago, including Diego Garcia", "in the South China Sea, including at
            // Second Thomas Shoal": a place a place includes, read from the words, for the parser
            // hangs "including" on any noun before it.)
            if let whole = includingPlace(before: index, in: sentence) { containers.append(whole) }
            if containers.isEmpty, let state = stateAfterComma(of: place, in: sentence) { containers = [state] }
            for container in containers {
                // "northwest Myanmar" is Myanmar's.
                guard container.entity.kind == .place || container.entity.type == "state" else { continue }
                let within = self.within(container)
                guard within.entity != place.entity else { continue }
                found.append(described(place, "located_in", within, at: index, pattern: "place in place", in: sentence))
            }
        }
        return found
    }

    private func includingPlace(before index: Int, in sentence: ParsedSentence) -> Mention? {
        guard let place = sentence.mention(at: index) else { return nil }
        // (A mention's own range counts the reader's tokens, not the parser's.)
        var cursor = index - 1
        while sentence.range.contains(cursor), sentence.mention(at: cursor)?.entity == place.entity { cursor -= 1 }
        if sentence.range.contains(cursor), ["at", "in"].contains(sentence.lower(cursor)) { cursor -= 1 }
        guard sentence.range.contains(cursor), sentence.range.contains(cursor - 2), sentence.lower(cursor) == "including", sentence[cursor - 1].text == ",",
              let whole = sentence.mention(at: cursor - 2), whole.entity != place.entity,
              whole.entity.kind == .place || whole.entity.type == "state"
        else { return nil }
        return whole
    }

    static let partNouns: Set<String> = ["arm", "wing", "branch", "unit", "faction", "division", "offshoot"]
    static let affiliateNouns: Set<String> = ["affiliate", "proxy", "ally"]
    static let regionNouns: Set<String> = ["region", "province", "territory", "part", "state", "enclave"]

    /// "the People’s Defense Force, the military arm of the National Unity Government", "IS-Somalia,
    /// the group's regional affiliate": a body described as part of another, or affiliated to it.
    func parts(in sentence: ParsedSentence) -> [Candidate] {
        var found: [Candidate] = []
        for (index, body) in sentence.mentionHeads() where body.entity.type != "person" && body.entity.type != "state" {
            // "the People’s Defense Force, the military arm of …", and "Somaliland is a breakaway
            // region of Somalia".
            var descriptions = sentence.children(of: index, ["appos"])
            if sentence[index].dep == "nsubj", sentence.lemma(sentence[index].head) == "be" {
                descriptions += sentence.children(of: sentence[index].head, ["attr"])
            }
            // "the group's Amaq news agency": a body's own medium is part of it.
            let medium = sentence[index].head
            if body.entity.type == "media", ["compound", "nmod"].contains(sentence[index].dep), sentence.range.contains(medium),
               EntityRecognizer.mediaNouns.contains(sentence.lower(medium)) || sentence.lower(medium) == "agency"
            {
                for owner in sentence.children(of: medium, ["poss"]).flatMap({ parties(at: $0, in: sentence) })
                where owner.entity.kind == .organisation && owner.entity != body.entity {
                    found.append(described(body, "part_of", owner, at: medium, pattern: "X's medium Y", in: sentence))
                }
            }
            for apposition in descriptions {
                let noun = sentence.lemma(apposition)
                let predicate: String
                if Self.partNouns.contains(noun) || Self.regionNouns.contains(noun) && !ofObjects(of: apposition, in: sentence).isEmpty {
                    predicate = "part_of"
                } else if Self.affiliateNouns.contains(noun) && noun != "ally" {
                    predicate = "affiliated_with"
                } else { continue }
                let wholes = ofObjects(of: apposition, in: sentence).flatMap { parties(at: $0, in: sentence) }
                    + sentence.children(of: apposition, ["poss"]).flatMap { parties(at: $0, in: sentence) }
                for whole in wholes where whole.entity != body.entity && whole.entity.kind != .place {
                    found.append(described(body, predicate, whole, at: apposition, pattern: "X, the \(noun) of Y", in: sentence))
                }
            }
        }
        return found
    }

    /// A relation stated by a description, asserted as written.
    /// A relation a phrase states about its parties. It is read in passing (the phrase rules still
    /// read the sentence) unless the caller says the sentence's reading is this one.
    func described(
        _ subject: Mention, _ predicate: String, _ object: Mention, at trigger: Int, pattern: String, in sentence: ParsedSentence,
        inPassing: Bool = true
    ) -> Candidate {
        let relation = RelationCandidate(
            subject: subject, predicate: predicate, object: object, negated: false, modality: .asserted,
            confidence: 0.7 * min(subject.confidence, object.confidence))
        var candidate = Candidate(
            relation: relation, trigger: trigger, pattern: pattern, path: sentence.path(between: subject.entity, and: object.entity, trigger: trigger))
        candidate.inPassing = inPassing
        return candidate
    }
}

extension TreeCoder {
    /// Title words that make their holder a state's leader; any other title makes them a member.
    static let leaderTitles: Set<String> = ["president", "prime", "premier", "chancellor", "king", "queen", "emir", "sultan", "leader"]
    /// Words that make a leader's title a lesser office's: "Deputy Prime Minister", "Vice President".
    static let secondTitleWords: Set<String> = ["deputy", "vice", "assistant", "under"]

    /// True when a title's words make its holder the leader: a leader's title, not a deputy's.
    static func leads(byTitle words: [String]) -> Bool {
        words.contains(where: leaderTitles.contains) && !words.contains(where: secondTitleWords.contains)
    }
    static let titleNouns: Set<String> = [
        "president", "minister", "premier", "chancellor", "king", "queen", "emir", "sultan", "leader", "secretary",
        "spokesman", "spokeswoman", "spokesperson", "ambassador", "envoy", "general", "commander", "chief", "governor",
        "official", "adviser", "advisor", "representative", "negotiator", "diplomat", "administrator", "director", "head",
        "chairman", "chairwoman", "coordinator", "researcher", "analyst", "fellow", "officer", "commissioner", "rapporteur",
        "undersecretary", "under-secretary", "planner", "operative", "militant", "financier", "recruiter",
    ]
    /// Titles whose "for" phrase names the one the holder speaks or works for.
    static let speakerTitles: Set<String> = ["spokesman", "spokeswoman", "spokesperson", "negotiator", "researcher", "analyst"]
    /// Titles that lead a body that is not a state: "the commander of the Rapid Support Forces".
    static let bodyLeaderTitles: Set<String> = ["commander", "chief", "head", "chairman", "chairwoman", "director"]

    /// "Demeke Mekonnen, Ethiopia's deputy prime minister", "Sergei Lavrov, the Russian foreign
    /// minister", "the foreign minister of Turkey, Hakan Fidan", "Ethiopia's Prime Minister Abiy
    /// Ahmed": the person holds the title in the state the title phrase names.
    /// The person whose name comes right after a title's own words ("Japanese Minister of Defense
    /// Kihara Minoru"), whatever the parse hangs the name on.
    func namePreceded(byTitle title: Int, in sentence: ParsedSentence) -> Mention? {
        let own = [title] + sentence.children(of: title).filter { !["conj", "cc", "punct", "appos"].contains(sentence[$0].dep) }
            .flatMap { sentence.subtree(of: $0) }
        guard let last = own.max(), sentence.range.contains(last + 1), let next = sentence.mention(at: last + 1),
              next.entity.type == "person", next.range.lowerBound == last + 1 || sentence.mention(at: last)?.entity != next.entity
        else { return nil }
        return next
    }

    func titles(in sentence: ParsedSentence) -> [Candidate] {
        var found: [Candidate] = []
        for (index, person) in sentence.mentionHeads() where person.entity.type == "person" {
            // The title phrase: an apposition of the name, the noun the name is in apposition to,
            // or the title words compounded before the name.
            // ("A and B, the commander of X": the parser may hang B's apposition on A; it is the
            // nearest name's.)
            let conjuncts = sentence.children(of: index, ["conj"])
            // ("Khaing Thu Kha, a spokesman for …": the parser may hang the apposition on the name's
            // last word while another word heads the name.)
            let near = max(sentence.range.lowerBound, index - 6)..<min(sentence.range.upperBound, index + 7)
            let nameWords = near.filter { sentence.mention(at: $0).map { $0.range == person.range } == true }
            var phrases = nameWords.flatMap { sentence.children(of: $0, ["appos"]) }.filter { apposition in
                Self.titleNouns.contains(sentence.lemma(apposition)) && !conjuncts.contains { $0 < apposition }
                    && namePreceded(byTitle: apposition, in: sentence).map { $0.entity == person.entity } ?? true
            }
            // ("Austin, Japanese Minister of Defense Kihara Minoru, and …": the parser may make the
            // title the first name's apposition and the next name its conjunct; the title is the
            // name it comes before.)
            if sentence[index].dep == "conj", sentence.range.contains(sentence[index].head),
               Self.titleNouns.contains(sentence.lemma(sentence[index].head)),
               namePreceded(byTitle: sentence[index].head, in: sentence)?.entity == person.entity
            {
                phrases.append(sentence[index].head)
            }
            // ("PRC Director of the CCP Central Foreign Affairs Commission and Foreign Minister Wang
            // Yi": one person's two titles, the parser coordinating the name with the first.)
            if sentence[index].dep == "conj", case let first = sentence[index].head, sentence.range.contains(first), first < index,
               Self.titleNouns.contains(sentence.lemma(first)), sentence.mention(at: first) == nil,
               let firstName = nameWords.min(),
               case let own = [first] + sentence.children(of: first).filter({ !["conj", "cc", "punct", "appos"].contains(sentence[$0].dep) })
                   .flatMap({ sentence.subtree(of: $0) }),
               let end = own.max(), end + 1 < firstName,
               ((end + 1)..<firstName).allSatisfy({ word in
                   sentence.lower(word) == "and" || Self.titleNouns.contains(sentence.lemma(word))
                       || EntityRecognizer.titleOpeners.contains(sentence.lower(word)) || EntityRecognizer.portfolioWords.contains(sentence.lower(word))
               }),
               !phrases.contains(first)
            {
                phrases.append(first)
            }
            if sentence[index].dep == "conj", sentence.range.contains(sentence[index].head) {
                phrases += sentence.children(of: sentence[index].head, ["appos"]).filter { apposition in
                    apposition > index && Self.titleNouns.contains(sentence.lemma(apposition))
                }
            }
            if sentence[index].dep == "appos", Self.titleNouns.contains(sentence.lemma(sentence[index].head)) {
                phrases.append(sentence[index].head)
            }
            // ("UK Minister for the Indo-Pacific, Catherine West,": the parser may hang the name on
            // the title's portfolio.)
            if sentence[index].dep == "appos", case let portfolio = sentence[index].head, sentence.range.contains(portfolio),
               sentence[portfolio].dep == "pobj", case let preposition = sentence[portfolio].head, sentence.range.contains(preposition),
               ["for", "of"].contains(sentence.lower(preposition)), case let title = sentence[preposition].head, sentence.range.contains(title),
               Self.titleNouns.contains(sentence.lemma(title)), sentence.mention(at: portfolio) == nil || sentence.mention(at: portfolio)?.entity.kind == .place
            {
                phrases.append(title)
            }
            // ("Meeting with Egypt's Minister of Foreign Affairs, H.E. Sameh Shoukry, …": the name set
            // off by commas after a title holds it, wherever the parser hung it.)
            if phrases.isEmpty,
               let title = sentence.range.last(where: { $0 < person.range.lowerBound && sentence.mention(at: $0) == nil && Self.titleNouns.contains(sentence.lemma($0)) }),
               commaApposedPerson(after: title, in: sentence)?.entity == person.entity
            {
                phrases.append(title)
            }
            // ("Israeli Minister of Defense Yoav Gallant": the parser may hang the title as an nmod.)
            let compounds = sentence.children(of: index, ["compound", "nmod"]).filter { Self.titleNouns.contains(sentence.lemma($0)) }
            if !compounds.isEmpty {
                phrases.append(index)
            } else {
                // ("Republic of Korea Minister of National Defense Shin Won-sik": or on another word of the name.)
                phrases += nameWords.filter { $0 != index }.flatMap { sentence.children(of: $0, ["compound", "nmod"]) }
                    .filter { Self.titleNouns.contains(sentence.lemma($0)) && sentence.mention(at: $0)?.entity != person.entity }
            }
            // ("Polish Deputy Prime Minister and Minister of National Defense Władysław
            // Kosiniak-Kamysz": the parser may hang the name under the title's last "of".)
            // ("President of Angola João Lourenço": the state may be parsed into the name.)
            var statesInName: [Mention] = []
            if sentence[index].dep == "pobj", sentence.range.contains(sentence[index].head), sentence.lower(sentence[index].head) == "of" {
                statesInName = nameWords.flatMap { sentence.children(of: $0, ["compound"]) }.compactMap { sentence.mention(at: $0) }
                    .filter { $0.entity.type == "state" && $0.entity != person.entity }
                var step = sentence[sentence[index].head].head
                while sentence.range.contains(step), Self.titleNouns.contains(sentence.lemma(step)), sentence.mention(at: step)?.entity.type != "person" {
                    phrases.append(step)
                    guard sentence[step].dep == "conj", sentence[step].head != step else { break }
                    step = sentence[step].head
                }
            }
            // ("U.S. Ambassador to Oman Ana Escrogima", "U.N. spokesperson in Geneva Alessandra
            // Vellucci": the parser may hang the name under the title's place.)
            if phrases.isEmpty, sentence[index].dep == "pobj", sentence.range.contains(sentence[index].head),
               ["to", "in", "at"].contains(sentence.lower(sentence[index].head)),
               case let title = sentence[sentence[index].head].head, sentence.range.contains(title),
               Self.titleNouns.contains(sentence.lemma(title)), title < person.range.lowerBound
            {
                phrases.append(title)
            }
            // "VOA's Esther Githui-Ewart", "Russia's Sergei Lavrov": the possessive says whose.
            if phrases.isEmpty {
                for owner in nameWords.flatMap({ sentence.children(of: $0, ["poss"]) }).compactMap({ sentence.mention(at: $0) })
                where owner.entity != person.entity && owner.entity.type != "person" && owner.entity.kind != .place {
                    found.append(described(person, "member_of", owner, at: index, pattern: "X's person", in: sentence))
                }
            }
            for phrase in phrases {
                // ("King Abdullah II of Jordan": the name's mention may hold its title.)
                // ("the Prime Minister's Special Representative" serves the leader it names.)
                let owned = sentence.subtree(of: phrase).filter { $0 != phrase && sentence[$0].dep == "poss" }.flatMap { sentence.subtree(of: $0) }
                // (Not a second title coordinated with it: "Director of the Commission and Foreign Minister".)
                let coordinated = Set(sentence.children(of: phrase, ["conj", "cc"]).flatMap { sentence.subtree(of: $0) })
                let words = sentence.subtree(of: phrase)
                    .filter { sentence.mention(at: $0)?.entity != person.entity || Self.leaderTitles.contains(sentence.lower($0)) }
                    .filter { !owned.contains($0) && (phrase == index || !coordinated.contains($0)) }
                    .map { sentence.lower($0) }
                guard !words.contains("former") else { continue }
                let holders = [phrase] + sentence.children(of: phrase, ["compound", "nmod"])
                var named: [Mention] = statesInName
                // ("Republic of Korea (ROK) Acting Minister of National Defense Kim Seon-ho": the
                // parser may hang the title on the state as its apposition.)
                if sentence[phrase].dep == "appos", let state = sentence.mention(at: sentence[phrase].head), state.entity.type == "state" {
                    named.append(state)
                }
                for holder in holders {
                    for modifier in sentence.children(of: holder, ["poss", "amod", "compound", "nmod"]) {
                        if Self.stateNouns.contains(sentence.lower(modifier)) {
                            // "Junta spokesman Zaw Min Tun": the junta is the state the story is about.
                            if let state = nominalAntecedent(of: modifier, role: nil, in: sentence, requiresThe: false) {
                                named.append(state)
                            }
                        } else if let mention = sentence.mention(at: modifier) {
                            named.append(mention)
                        } else if sentence[modifier].dep == "poss", let authors = ownVoice(at: modifier, in: sentence) {
                            // ("my Foreign Secretary, Lord Cameron": the speaking state's.)
                            named += authors.filter { $0.entity.type == "state" }
                        }
                    }
                    named += ofObjects(of: holder, in: sentence).compactMap { sentence.mention(at: $0) }
                    // "director of research at the Soufan Group", "senior adviser at The Sentry".
                    named += sentence.children(of: holder, ["prep"]).filter { sentence.lower($0) == "at" }
                        .flatMap { sentence.children(of: $0, ["pobj"]) }
                        .flatMap { object in [object] + sentence.children(of: object, ["appos"]) }
                        .compactMap { sentence.mention(at: $0) }
                        .filter { $0.entity.kind == .organisation }
                    // "a spokesman for the Arakan Army": whom the holder speaks for (an envoy or a
                    // secretary "for China" holds a portfolio).
                    named += sentence.children(of: holder, ["prep"]).filter { sentence.lower($0) == "for" && Self.speakerTitles.contains(sentence.lemma(holder)) }
                        .flatMap { sentence.children(of: $0, ["pobj"]) }
                        .compactMap { sentence.mention(at: $0) }
                        .filter { $0.entity.kind != .place && $0.entity.type != "person" }
                }
                // A state, or a body or group with a leadership of its own ("Somaliland President
                // Muse Bihi Abdi", "Hamas leader Yahya Sinwar", "NATO Secretary General Mark Rutte").
                // (A minister is a state's: "Serbian Labour Minister" names a portfolio, not a body.)
                var states = named.filter { holder in
                    holder.entity != person.entity && holder.entity.type != "person" && holder.entity.kind != .place
                        && (holder.entity.type == "state" || !words.contains("minister"))
                }
                // ("Jeremiah Manele and Charlot Salwai, the prime ministers of the Solomon Islands and
                // Vanuatu": a plural title over two lists pairs them in order, and otherwise says
                // nothing of which is whose.)
                let listed = sentence[phrase].tag == "NNS"
                    ? ofObjects(of: phrase, in: sentence).flatMap { [$0] + sentence.children(of: $0, ["conj"]) }.compactMap { sentence.mention(at: $0) }
                    : []
                if listed.count >= 2 {
                    let root = sentence[index].dep == "conj" && sentence.range.contains(sentence[index].head) ? sentence[index].head : index
                    let people = ([root] + sentence.children(of: root, ["conj"])).compactMap { sentence.mention(at: $0) }.filter { $0.entity.type == "person" }
                    if people.count == listed.count, let position = people.firstIndex(where: { $0.entity == person.entity }) {
                        states = states.filter { $0.entity == listed[position].entity }
                        if states.isEmpty { states = [listed[position]] }
                    } else {
                        states = []
                    }
                }
                // ("Secretary General Akiba Takeo of Japan" heads a secretariat, not the state.)
                let leads = Self.leads(byTitle: words)
                    || words.contains("secretary") && words.contains("general") && !named.contains { $0.entity.type == "state" }
                    && !words.contains(where: Self.secondTitleWords.contains)
                for state in states {
                    // ("director of research at the Soufan Group" directs only the research.)
                    let leadsBody = state.entity.type != "state" && words.contains(where: Self.bodyLeaderTitles.contains)
                        && !words.contains("deputy") && !words.contains("vice")
                        && ofObjects(of: phrase, in: sentence).allSatisfy { sentence.mention(at: $0) != nil }
                    var candidate = described(
                        person, leads || leadsBody ? "leader_of" : "member_of", state, at: phrase, pattern: "title of state", in: sentence)
                    candidate.relation.confidence *= 0.9
                    found.append(candidate)
                }
            }
        }
        return found
    }
}

extension Substring {
    var nilIfEmpty: Substring? { isEmpty ? nil : self }
}

extension TreeCoder {
    static let leadingParticiples: Set<String> = ["led", "headed", "commanded", "chaired"]

    /// "The RSF, a paramilitary group led by Mohamed Hamdan Dagalo", "the mission, led by Kenya":
    /// the participle's agent leads the body the noun names.
    func ledBodies(at participle: Int, in sentence: ParsedSentence) -> [Candidate] {
        guard Self.leadingParticiples.contains(sentence.lower(participle)), sentence[participle].tag == "VBN",
              ["acl", "relcl"].contains(sentence[participle].dep)
        else { return [] }
        let noun = sentence[participle].head
        guard sentence.range.contains(noun), noun != participle else { return [] }
        // The noun's own name, the name it is in apposition to, or the name compounded before it
        // ("the Multinational Security Support mission").
        let led = sentence.mention(at: noun).map { [$0] }
            ?? (sentence[noun].dep == "appos" && sentence.range.contains(sentence[noun].head) ? sentence.mention(at: sentence[noun].head).map { [$0] } : nil)
            ?? sentence.children(of: noun, ["compound"]).compactMap { sentence.mention(at: $0) }.first.map { [$0] }
            ?? []
        let leaders = sentence.children(of: participle, ["agent"]).flatMap { phraseParties($0, in: sentence) }
        var found: [Candidate] = []
        for body in led where body.entity.kind == .organisation {
            for leader in leaders where leader.entity != body.entity && leader.entity.kind != .place {
                found.append(described(leader, "leader_of", body, at: participle, pattern: "X led by Y", in: sentence))
            }
        }
        return found
    }
}
