import EntenteModel

/// The parties an article speaks for, whom its unattributed "we" and "our" stand for: the
/// governments a joint statement names, else the state whose government body published it.
///
/// A press release of the State Department says "We call on Iran to …" in the United States'
/// voice; a joint statement "from the Governments of Norway, the United Kingdom and Germany"
/// says "Our governments welcomed" in theirs. A news agency's "we" is left alone.
enum Authors {
    /// Words of a publisher's name that make it a government body rather than a news outlet.
    static let governmentBodies: Set<String> = [
        "department", "ministry", "office", "mission", "embassy", "government", "command", "secretary",
        "president", "chancellery", "consulate", "cabinet",
        // Seats of government that publish in their state's name: "The White House", "the Kremlin".
        "house", "kremlin", "palace", "street",
    ]
    /// Words after which a joint statement's opening names its subject, not its authors:
    /// "Joint statement from Norway and Germany on a peace agreement in South Sudan".
    static let topicWords: Set<String> = ["on", "about", "regarding", "concerning", "following", "after", "for", "marking"]

    /// The state a government publisher belongs to ("U.S. Department of State", "Foreign,
    /// Commonwealth & Development Office"), or nothing for any other publisher.
    static func ofPublisher(_ publisher: String, recognizer: EntityRecognizer) -> [Mention] {
        let scalars = Array(publisher.unicodeScalars)
        let tokens = Tokenizer.tokens(scalars, in: 0..<scalars.count)
        guard tokens.contains(where: { governmentBodies.contains($0.lower) }) else { return [] }
        var recognizer = recognizer
        let states = recognizer.mentions(in: tokens, sentence: 0..<tokens.count, knownNamesOnly: true)
            .filter { $0.entity.type == "state" }
        // One state only: "U.S. Mission to the UN" speaks for the United States, not for the UN.
        guard let state = states.first, states.allSatisfy({ $0.entity == state.entity }) else { return [] }
        return [state]
    }

    /// "Joint Statement from the U.S. Department of Defense and the Ministry of National Defense of
    /// Niger": the states of the government bodies a joint statement's title lists after "from",
    /// "of" or "by", one for each body, when there are two or more.
    static func ofJointBodies(_ title: String, recognizer: EntityRecognizer) -> [Mention]? {
        let words = title.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        let lowered = words.map { $0.lowercased() }
        guard lowered.contains("joint"), let statement = lowered.firstIndex(where: { $0.hasPrefix("statement") || $0.hasPrefix("declaration") }),
              statement + 1 < words.count, ["from", "of", "by"].contains(lowered[statement + 1])
        else { return nil }
        let rest = words[(statement + 2)...]
        // The list ends where the topic begins ("… on the withdrawal").
        let list = rest.prefix { !topicWords.contains($0.lowercased()) || $0.lowercased() == "of" }
        // One body per stretch between "and"s and commas.
        var bodies: [String] = []
        var current: [String] = []
        for word in list {
            let bare = word.hasSuffix(",") ? String(word.dropLast()) : word
            if bare.lowercased() != "and", !bare.isEmpty { current.append(bare) }
            if bare.lowercased() == "and" || word.hasSuffix(",") {
                if !current.isEmpty { bodies.append(current.joined(separator: " ")) }
                current = []
            }
        }
        if !current.isEmpty { bodies.append(current.joined(separator: " ")) }
        guard bodies.count >= 2 else { return nil }
        var seen = Set<Entity>()
        let states = bodies.flatMap { ofPublisher($0, recognizer: recognizer) }.filter { seen.insert($0.entity).inserted }
        return states.count >= 2 ? states : nil
    }

    /// The states a joint statement's title or opening sentence names as its authors, when the
    /// sentence calls itself a joint statement and names at least two.
    static func ofJointStatement(_ tokens: ArraySlice<Token>, mentions: [Mention]) -> [Mention]? {
        let words = tokens.map(\.lower)
        guard let statement = words.firstIndex(where: { $0 == "statement" || $0 == "declaration" }) else { return nil }
        guard words.contains("joint") else {
            // "E3 Foreign Ministers’ Statement on …", "UK statement at the UN Security Council": a body
            // or a state that issues the statement in its own name.
            let before = mentions.filter { $0.range.upperBound <= tokens.startIndex + statement && $0.range.lowerBound >= tokens.startIndex }
            // ("Russia’s withdrawal from the grain deal: Foreign Secretary’s statement": a name that
            // opens the title is its topic when words stand between it and the statement.)
            guard before.count == 1, let body = before.first, body.entity.kind == .organisation || body.entity.type == "state",
                  body.range.lowerBound == tokens.startIndex, tokens.startIndex + statement - body.range.upperBound <= 3,
                  !tokens[body.range.upperBound..<(tokens.startIndex + statement)].contains(where: { [":", "—", "–", "-"].contains($0.text) })
            else { return nil }
            return [body]
        }
        // The authors come before the statement word ("Japan-Korea Joint Statement") or in its
        // "from"/"of"/"by" list, up to the first word that names the topic.
        let base = tokens.startIndex
        let topic = words[(statement + 1)...].firstIndex(where: topicWords.contains).map { $0 + base } ?? tokens.endIndex
        var seen: Set<Entity> = []
        let states = mentions.filter { mention in
            mention.range.lowerBound >= base && mention.range.lowerBound < topic && mention.entity.type == "state"
                && seen.insert(mention.entity).inserted
        }
        return states.count >= 2 ? states : nil
    }

    /// Words of an office whose holders issue a statement for their state or body ("the Foreign
    /// Ministers of", "the High Representative of").
    static let officeWords: Set<String> = [
        "foreign", "defence", "defense", "prime", "high", "minister", "ministers", "representative", "representatives",
        "government", "governments", "leader", "leaders", "head", "heads", "president", "presidents", "secretary",
        "secretaries",
    ]

    static let listBreakingWords: Set<String> = ["in", "of", "on", "from", "against", "with", "to", "by", "for", "at", "between"]

    /// True for a title that calls its text a joint statement ("…: joint statement") without naming
    /// who issues it.
    static func isUnsignedJointStatement(_ tokens: ArraySlice<Token>) -> Bool {
        let words = tokens.map(\.lower)
        return words.contains("joint") && words.contains(where: { $0 == "statement" || $0 == "declaration" })
    }

    /// "the United States of America, Canada, the United Kingdom and the European Union stand in
    /// solidarity": an unsigned joint statement's opening lists its issuers, the publisher's state
    /// among them. The list is a run of states and international bodies joined by commas, "and"
    /// and "the" only.
    static func ofListedOpening(_ tokens: ArraySlice<Token>, mentions: [Mention], publisher: [Mention]) -> [Mention]? {
        let parties = mentions.filter { $0.entity.type == "state" || $0.entity.type == "igo" }
            .filter { $0.range.lowerBound >= tokens.startIndex && $0.range.upperBound <= tokens.endIndex }
            .sorted { $0.range.lowerBound < $1.range.lowerBound }
            // ("the crackdown in Belarus, the United States …": a party after a preposition is no issuer.)
            // ("The Foreign Ministers of Australia, …": an office's "of" names who holds it.)
            .filter { party in
                var before = party.range.lowerBound - 1
                while before >= tokens.startIndex, tokens[before].lower == "the" { before -= 1 }
                guard before >= tokens.startIndex, listBreakingWords.contains(tokens[before].lower) else { return true }
                return tokens[before].lower == "of" && before > tokens.startIndex && officeWords.contains(tokens[before - 1].lower)
            }
        // ("Norway and the United Kingdom, and the High Representative of the European Union": an
        // office of the next issuer may stand between two.)
        // ("…, the United Kingdom and my own country Canada": nor does the speaker's own.)
        let joiners: Set<String> = [",", "and", "the", "of", "my", "our", "own", "country"]
        var runs: [[Mention]] = []
        for party in parties {
            if let previous = runs.last?.last, previous.range.upperBound <= party.range.lowerBound,
               case let between = tokens[previous.range.upperBound..<party.range.lowerBound],
               between.allSatisfy({ joiners.contains($0.lower) || officeWords.contains($0.lower) }),
               !between.contains(where: { $0.lower == "of" }) || between.last(where: { $0.lower != "the" })?.lower == "of"
            {
                runs[runs.count - 1].append(party)
            } else {
                runs.append([party])
            }
        }
        let own = Set(publisher.map(\.entity))
        guard let list = runs.first(where: { run in Set(run.map(\.entity)).count >= 2 && run.contains { own.contains($0.entity) } })
        else { return nil }
        // (Spoken for everywhere, they stand nowhere in the text: no later sentence may take them for a word of its own.)
        var seen: Set<Entity> = []
        return list.filter { seen.insert($0.entity).inserted }.map { issuer in
            var issuer = issuer
            issuer.range = 0..<0
            issuer.isModifier = false
            issuer.isPossessive = false
            return issuer
        }
    }

    /// "Joint statement from the Governments of Norway, Germany and Canada": each pair of issuers
    /// agrees (CAMEO 030), once.
    static func agreements(among issuers: [Mention]) -> [RelationCandidate] {
        var result: [RelationCandidate] = []
        for (offset, first) in issuers.enumerated() {
            for second in issuers.dropFirst(offset + 1) where second.entity != first.entity {
                result.append(RelationCandidate(
                    subject: first, predicate: "agrees_with", object: second, negated: false, modality: .asserted,
                    confidence: 0.6 * min(first.confidence, second.confidence), trigger: first.range))
            }
        }
        return result
    }
}
