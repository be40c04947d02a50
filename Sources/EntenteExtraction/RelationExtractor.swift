import EntenteModel

/// Turns a sentence's mentions and lexicon phrases into facts.
struct RelationExtractor {
    let lexicon: RelationLexicon
    let vocabulary: PredicateVocabulary
    var gazetteer: Gazetteer? = nil
    var families: Set<TokenRule> = Set(TokenRule.allCases)

    func candidates(in context: SentenceContext) -> [RelationCandidate] {
        var found: [RelationCandidate] = []
        var i = families.contains(.phrases) ? context.range.lowerBound : context.range.upperBound
        while i < context.range.upperBound {
            let matches = lexicon.matches(at: i, in: context.tokens, limit: context.range.upperBound)
            var used: Range<Int>?
            // "gave a statement", "provided details": a verb of giving whose object is speech gives nothing.
            for match in matches where !givesSpeech(match.range, in: context) && !namesAGathering(match.range, in: context)
                && !describesAnAgent(match.range, in: context) && !isLeadershipUnder(match.range, in: context)
            {
                let facts = apply(match, in: context)
                if !facts.isEmpty {
                    found += facts
                    used = match.range
                    break
                }
            }
            i = used?.upperBound ?? (i + 1)
        }
        if families.contains(.memberships) { found += memberships(in: context) }
        if families.contains(.titles) { found += titles(in: context) }
        if families.contains(.brokers) { found += brokers(in: context) }
        if families.contains(.obligations) { found += obligations(in: context) }
        // Force announced rather than used is a threat: "Iran threatened to launch an offensive", "they would blockade Paris".
        for index in found.indices where !found[index].negated
            && vocabulary[found[index].predicate]?.relationClass == .materialConflict
            && announcesForce(before: found[index].trigger.lowerBound, in: context)
        {
            found[index].predicate = "threatens"
        }
        return deduplicated(found)
    }

    static let speechObjects: Set<String> = [
        "statement", "statements", "speech", "speeches", "interview", "interviews", "briefing", "briefings", "remarks", "details",
        "testimony", "address", "account", "update", "updates", "press", "warning", "warnings", "message", "messages",
        "ultimatum", "evidence", "proof", "assurance", "assurances",
    ]

    /// Nouns of those who do an act, or what they do it with, that an act word can describe.
    static let agentNouns: Set<String> = [
        "planner", "planners", "mastermind", "masterminds", "commander", "commanders", "chief", "chiefs", "cell", "cells",
        "squad", "squads", "suspect", "suspects", "helicopter", "helicopters", "submarine", "submarines",
    ]

    /// "Islamic State attack planner Ahmed Maeleninine was killed": an act word that describes its
    /// agent names no act.
    private func describesAnAgent(_ phrase: Range<Int>, in context: SentenceContext) -> Bool {
        phrase.count == 1 && phrase.upperBound < context.range.upperBound && Self.agentNouns.contains(context.tokens[phrase.upperBound].lower)
    }

    /// "under the leadership of Mumin": whose leadership is the phrase's, not the clause subject's
    /// (the tree coder reads who leads whom).
    private func isLeadershipUnder(_ phrase: Range<Int>, in context: SentenceContext) -> Bool {
        guard context.tokens[phrase.lowerBound].lower == "leadership", phrase.lowerBound >= context.range.lowerBound + 2 else { return false }
        return context.tokens[phrase.lowerBound - 2].lower == "under"
    }

    /// True when the phrase is one verb whose object, within five words ("delivered a stern,
    /// one-word warning"), is something said.
    private func givesSpeech(_ phrase: Range<Int>, in context: SentenceContext) -> Bool {
        guard phrase.count == 1 else { return false }
        let after = phrase.upperBound..<min(context.range.upperBound, phrase.upperBound + 5)
        return after.contains { Self.speechObjects.contains(context.tokens[$0].lower) }
    }

    /// "at the UN Security Council meeting on Ukraine": a verb's "-ing" form used as a noun, with
    /// its topic after it, is a gathering about a party, not an act toward it.
    private func namesAGathering(_ phrase: Range<Int>, in context: SentenceContext) -> Bool {
        guard phrase.count == 1, context.tokens[phrase.lowerBound].lower.hasSuffix("ing"),
              phrase.lowerBound > context.range.lowerBound, phrase.upperBound < context.range.upperBound,
              ["on", "about", "over", "regarding", "concerning"].contains(context.tokens[phrase.upperBound].lower)
        else { return false }
        let before = context.tokens[phrase.lowerBound - 1]
        return ["the", "a", "an", "this", "that", "'s", "’s"].contains(before.lower)
            || before.isCapitalised && phrase.lowerBound - 1 > context.range.lowerBound
    }

    /// The tree coder's attack nouns as they stand in text, singular and plural.
    static let attackNouns: Set<String> = TreeCoder.attackNouns.union(TreeCoder.attackNouns.map { $0 + "s" })

    /// Nouns of a handing over, whose "to" phrase names the receiver.
    static let transferNouns: Set<String> = [
        "sale", "sales", "transfer", "transfers", "delivery", "deliveries", "shipment", "shipments", "export", "exports",
        "supply", "supplies",
    ]

    static let lightVerbForms: Set<String> = [
        "out", "launched", "launch", "launches", "launching", "conducted", "conduct", "conducts", "conducting", "staged",
        "stage", "mounted", "mount", "made", "make", "makes", "stepped", "up", "intensified", "escalated", "resumed", "continued",
    ]
    static let determiners: Set<String> = ["the", "a", "an", "this", "these", "those", "its", "their", "his", "her", "our", "any", "such"]

    /// True when a determiner stands before `index` with only lower-case modifiers between ("the
    /// coordinated violent attacks").
    static func followsDeterminer(_ index: Int, in context: SentenceContext) -> Bool {
        var cursor = index - 1
        var steps = 0
        while cursor >= context.range.lowerBound, steps < 3 {
            let token = context.tokens[cursor]
            if determiners.contains(token.lower) {
                // "carried out its latest strikes against": a light verb carries the act out.
                return cursor == context.range.lowerBound || !lightVerbForms.contains(context.tokens[cursor - 1].lower)
            }
            guard token.kind == .word, !token.isCapitalised, !SentenceContext.clauseVerbs.contains(token.lower) else { return false }
            cursor -= 1
            steps += 1
        }
        return false
    }

    static let benefitingVerbs: Set<String> = ["restore", "reinstate", "rescue", "free", "protect", "defend", "help", "save", "support", "liberate"]

    /// True when the mention is the object of an infinitive that benefits it: "to restore
    /// President Bazoum", "to protect Kurdish civilians".
    static func isBeneficiary(_ mention: Mention, in context: SentenceContext) -> Bool {
        var cursor = mention.range.lowerBound - 1
        var skipped = 0
        while cursor > context.range.lowerBound, skipped < 3,
              context.tokens[cursor].isCapitalised || determiners.contains(context.tokens[cursor].lower)
        {
            cursor -= 1
            skipped += 1
        }
        return cursor > context.range.lowerBound && benefitingVerbs.contains(context.tokens[cursor].lower)
            && context.tokens[cursor - 1].lower == "to"
    }

    private func apply(_ match: RelationLexicon.Match, in context: SentenceContext) -> [RelationCandidate] {
        let trigger = match.range
        let predicate = match.pattern.predicate
        // A mention cannot be its own trigger ("Fight" inside a name).
        let literal = match.literal
        if context.mentions.contains(where: { mention in literal.contains { mention.range.contains($0) } }) { return [] }
        // "force Turkey to": a party the pattern skipped over is its object.
        let skipped = match.gaps.flatMap { gap in context.agents(in: gap).filter { $0.range.upperBound <= gap.upperBound } }
        let negated = context.isNegated(before: trigger.lowerBound)
        let modality = context.modality(before: trigger.lowerBound)
        func make(_ subject: Mention, _ object: Mention, _ base: Double) -> RelationCandidate? {
            guard subject.entity != object.entity, TreeCoder.canRelate(subject.entity, predicate, object.entity) else { return nil }
            // "threatened to use force to restore President Bazoum": the one an act is for is not
            // its target.
            if let relationClass = vocabulary[predicate]?.relationClass, [.materialConflict, .verbalConflict].contains(relationClass),
               Self.isBeneficiary(object, in: context)
            {
                return nil
            }
            let confidence = base * min(subject.confidence, object.confidence) * (modality == .asserted ? 1 : 0.9)
            return RelationCandidate(
                subject: subject, predicate: predicate, object: object, negated: negated, modality: modality,
                confidence: confidence, trigger: trigger, fromPhrase: true)
        }
        switch match.pattern.frame {
        case .verb:
            // "condemns the coordinated violent attacks": after a determiner the word is a noun or an
            // adjective, not the verb the pattern wants.
            if Self.followsDeterminer(trigger.lowerBound, in: context) { return [] }
            // ("individuals involved in attacks on Ukraine": after a preposition, a word not in
            // "-ing" is a noun; "by attacking" is still the verb, and "to attack" its infinitive.)
            if trigger.lowerBound > context.range.lowerBound, !context.tokens[trigger.lowerBound].lower.hasSuffix("ing"),
               Self.nounPrepositions.contains(context.tokens[trigger.lowerBound - 1].lower)
            {
                return []
            }
            // "has long been clear that", "is set to": after a copula the word is an adjective.
            if trigger.lowerBound > context.range.lowerBound,
               ["is", "are", "was", "were", "be", "been", "being"].contains(context.tokens[trigger.lowerBound - 1].lower),
               !context.tokens[trigger.lowerBound].lower.hasSuffix("ed"), !context.tokens[trigger.lowerBound].lower.hasSuffix("ing")
            {
                return []
            }
            // "warns that 5 million Sudanese are on the brink of famine": a warning about a clause
            // names no one it is aimed at.
            // ("recognizes that threats from the PRC …": so is a recognition that a clause is true.)
            if trigger.upperBound < context.range.upperBound, context.tokens[trigger.upperBound].lower == "that",
               ["warn", "recogni", "acknowledg"].contains(where: context.tokens[trigger.lowerBound].lower.hasPrefix)
            {
                return []
            }
            // "struck a defense accord with Papua New Guinea": one strikes a deal, not the party.
            if context.tokens[trigger.lowerBound].lower.hasPrefix("str"), vocabulary[predicate]?.relationClass == .materialConflict,
               context.tokens[trigger.upperBound..<min(trigger.upperBound + 4, context.range.upperBound)].contains(where: {
                   TreeCoder.agreementNouns.contains($0.lower) || TreeCoder.agreementNouns.contains(String($0.lower.dropLast()))
                       || ["balance", "tone", "chord", "note", "bargain", "compromise"].contains($0.lower)
               })
            {
                return []
            }
            // "its right to defend itself against Iranian aggression": the act's object is its subject.
            if trigger.upperBound < context.range.upperBound, Self.reflexives.contains(context.tokens[trigger.upperBound].lower) {
                return []
            }
            if let agents = context.passiveAgent(trigger: trigger) {
                // "settlements, earlier cleared by the Turks": a reduced clause names no patient before.
                var patients = context.hasPassiveAuxiliary(before: trigger.lowerBound)
                    ? context.subjects(before: trigger.lowerBound) : []
                if patients.isEmpty, let last = agents.last {
                    // "settlements cleared by the Turks from Daesh militants": the party after "from".
                    let after = last.range.upperBound
                    if after < context.range.upperBound, ["from", "of", "against"].contains(context.tokens[after].lower) {
                        patients = context.objects(after: after + 1, maxGap: 3)
                    }
                }
                return pairs(agents, patients).compactMap { make($0, $1, 0.75) }
            }
            let subjects = context.subjects(before: trigger.lowerBound)
            var objectContext = context
            objectContext.placeObjects = ["withdraws_from", "visits", "occupies", "located_in"].contains(predicate)
            // ("welcome back to the Permanent Council": a greeting to one returning, neither praise
            // nor backing.)
            let lower = context.tokens[trigger.lowerBound].lower
            if lower.hasPrefix("welcom"), trigger.upperBound < context.range.upperBound, context.tokens[trigger.upperBound].lower == "back" {
                return []
            }
            if lower == "back", trigger.lowerBound > context.range.lowerBound, context.tokens[trigger.lowerBound - 1].lower.hasPrefix("welcom") {
                return []
            }
            // ("welcomed your appointment … to the Assembly": the guest is the one welcomed, never
            // the body or place it is welcomed to.)
            if predicate == "hosts", skipped.isEmpty, context.tokens[trigger.upperBound - 1].lower == "to" { return [] }
            // ("welcomes ECOWAS contributions to regional security": what is welcomed is the party's
            // act, which the parse reads; one welcomed somewhere stands right before "to".)
            if predicate == "hosts", let guest = skipped.last, guest.range.upperBound < trigger.upperBound - 1 { return [] }
            var objects = skipped.isEmpty ? objectContext.objects(after: trigger.upperBound) : skipped
            if objects.isEmpty, let antecedent = context.relativeAntecedent(ofClauseAt: context.clauseStart(before: trigger.lowerBound)) {
                objects = [antecedent]
            }
            let last = context.tokens[trigger.upperBound - 1].lower
            if !objects.isEmpty, SentenceContext.prepositions.contains(last) {
                objects += context.repeatedObjects(after: objects.last!.range.upperBound, preposition: last)
            }
            // "condemns the attacks on the Kosovo Police": criticism of an attack is not of its victim,
            // nor criticism of "arms sales to Taiwan" of the buyer.
            if vocabulary[predicate]?.relationClass == .verbalConflict {
                objects.removeAll { object in
                    object.range.lowerBound > trigger.upperBound && (trigger.upperBound..<object.range.lowerBound).contains { index in
                        index + 1 < object.range.lowerBound && (
                            Self.attackNouns.contains(context.tokens[index].lower)
                                && ["on", "against", "of"].contains(context.tokens[index + 1].lower)
                            || Self.transferNouns.contains(context.tokens[index].lower) && context.tokens[index + 1].lower == "to")
                    }
                }
            }
            if !subjects.isEmpty, !objects.isEmpty {
                return pairs(subjects, objects).compactMap { make($0, $1, 0.85) }
            }
            return []
        case .noun:
            let possessor = possessor(before: trigger.lowerBound, in: context)
            // (Every phrase but "ally" ends in the word that brings its object: "Russia's war in
            // Ukraine" is waged on Ukraine, not by a clause's subject on Russia.)
            let endsWithPreposition = Self.objectPrepositions.contains(context.tokens[trigger.upperBound - 1].lower)
            if endsWithPreposition {
                let objects = context.objects(after: trigger.upperBound, maxGap: 3)
                // "The United States condemns the attacks on": the judge does not own what it judges.
                let judged = context.tokens[max(context.range.lowerBound, trigger.lowerBound - 6)..<trigger.lowerBound].contains { token in
                    TreeCoder.judgingVerbs.contains { token.lower.hasPrefix($0.dropLast()) }
                }
                var subjects = possessor.map { [$0] } ?? (judged ? [] : context.subjects(before: trigger.lowerBound))
                // ("Russia's destabilizing actions, support for Ukraine": a possessor owns its own noun,
                // not the next one.)
                if possessor == nil { subjects.removeAll(where: \.isPossessive) }
                // "Officials said the attack on the base killed five": an attack's owner stands
                // right before it ("an Israeli attack on"), not wherever the clause's subject is.
                if possessor == nil, vocabulary[predicate]?.relationClass == .materialConflict {
                    subjects.removeAll { $0.range.upperBound < trigger.lowerBound - 1 }
                }
                // "Zaw Min Tun said some of those killed were members of the PDF": a member is named
                // next to the noun ("X is a member of", "X, a member of"), not across a clause.
                if possessor == nil, predicate == "member_of" {
                    subjects.removeAll { $0.range.upperBound < trigger.lowerBound - 3 }
                }
                return pairs(subjects, objects).compactMap { make($0, $1, 0.7) }
            }
            // "Russia is Turkey's only ally": the possessor is the object.
            guard let possessor else { return [] }
            // (Only the one the clause says it of: "Russia is Turkey's only ally", "Japan, Washington's
            // ally"; not "Kim is not planning an attack on Washington's allies".)
            let subjects = context.subjects(before: possessor.range.lowerBound).filter { subject in
                let between = context.tokens[subject.range.upperBound..<possessor.range.lowerBound].map(\.lower)
                guard between != [","] else { return true }
                guard let copula = between.lastIndex(where: Self.copulas.contains) else { return false }
                // (The copula's own complement, "one of" aside: no phrase or verb of another act.)
                let complement = between[(copula + 1)...].filter { $0 != "one" && $0 != "of" }
                return !complement.contains { SentenceContext.prepositions.contains($0) || $0.hasSuffix("ing") }
            }
            return subjects.compactMap { make($0, possessor, 0.7) }
        case .between:
            // "a ceasefire between Israel and Hamas … following mediation by Egypt and Qatar".
            guard let (first, second) = context.betweenPair(after: trigger.lowerBound)
                ?? context.betweenPair(after: context.range.lowerBound)
            else {
                return []
            }
            if vocabulary[predicate]?.isSymmetric == true {
                return [make(first, second, 0.7)].compactMap { $0 }
            }
            var actor = possessor(before: trigger.lowerBound, in: context).map { [$0] } ?? []
            if actor.isEmpty, context.tokens[trigger.upperBound - 1].lower == "by" {
                actor = context.objects(after: trigger.upperBound, maxGap: 2)
            } else if actor.isEmpty, trigger.upperBound < context.range.upperBound, context.tokens[trigger.upperBound].lower == "by" {
                actor = context.objects(after: trigger.upperBound + 1, maxGap: 2)
            }
            if actor.isEmpty { actor = context.subjects(before: trigger.lowerBound) }
            return actor.flatMap { subject in [make(subject, first, 0.7), make(subject, second, 0.7)].compactMap { $0 } }
        case .reverse:
            let subjects = context.objects(after: trigger.upperBound, maxGap: 3)
            var objects = context.subjects(before: trigger.lowerBound)
            if objects.isEmpty, trigger.lowerBound > context.range.lowerBound {
                objects = Array(context.agents(in: context.range.lowerBound..<trigger.lowerBound).suffix(1))
            }
            return pairs(subjects, objects).compactMap { make($0, $1, 0.7) }
        case .subject:
            // "Ankara and Damascus are coordinating their actions."
            let subjects = context.subjects(before: trigger.lowerBound)
            guard subjects.count >= 2 else { return [] }
            // "must meet their commitments": meeting an obligation, not each other.
            let following = context.tokens[trigger.upperBound..<min(trigger.upperBound + 3, context.range.upperBound)].map(\.lower)
            if following.contains(where: Self.obligationNouns.contains) { return [] }
            // "France and Saudi Arabia called for a halt to the fighting": a fight named as a thing
            // is not its namers' own.
            if predicate == "clashes_with", context.tokens[trigger.lowerBound].lower.hasSuffix("ing"), trigger.lowerBound > context.range.lowerBound,
               Self.determiners.contains(context.tokens[trigger.lowerBound - 1].lower)
            {
                return []
            }
            var result: [RelationCandidate] = []
            for (index, first) in subjects.enumerated() {
                for second in subjects[(index + 1)...] {
                    if let candidate = make(first, second, 0.75) { result.append(candidate) }
                }
            }
            return result
        }
    }

    /// Verbs that say what their subject is: "Russia is Turkey's only ally".
    static let copulas: Set<String> = ["is", "are", "was", "were", "be", "been", "being", "remain", "remains", "remained", "become", "becomes", "became"]
    /// Words that bring a noun phrase's object after them: "war in", "concern about", "demand that".
    static let objectPrepositions: Set<String> = [
        "with", "against", "of", "on", "to", "for", "between", "in", "into", "across", "from", "upon", "toward", "towards",
        "around", "near", "off", "about", "over", "at", "regarding", "that",
    ]
    static let nounPrepositions: Set<String> = ["in", "of", "on", "for", "after", "before", "amid", "despite", "over", "about", "during", "from"]
    static let reflexives: Set<String> = ["itself", "themselves", "himself", "herself", "ourselves", "myself", "oneself"]
    static let obligationNouns: Set<String> = [
        "commitment", "commitments", "obligation", "obligations", "needs", "demands", "targets", "requirements", "deadline",
        "goals", "expectations", "standards", "criteria", "conditions",
    ]

    /// "Russia's mediation": the possessive mention right before the phrase, allowing adjectives between.
    private func possessor(before i: Int, in context: SentenceContext) -> Mention? {
        guard let mention = context.mentions.last(where: { $0.range.upperBound <= i && $0.isPossessive }) else { return nil }
        let gap = i - mention.range.upperBound - 1  // the "'s" token
        return gap <= 2 && mention.entity.kind != .place ? mention : nil
    }

    /// Appositions that state membership or leadership:
    /// "Oleg Glazunov, an expert from the X Association", "the chief of X, Ismail Hakki Pekin",
    /// "the Federation Council Franz Klintsevich".
    private func memberships(in context: SentenceContext) -> [RelationCandidate] {
        let tokens = context.tokens
        var result: [RelationCandidate] = []
        let people = context.mentions.filter { $0.entity.type == "person" }
        // ("a former militant with al-Qaida-linked al-Shabab": a body that describes another is no
        // one's employer.)
        let organisations = context.mentions.filter { mention in
            mention.entity.kind == .organisation && !TreeCoder.isHyphenedParticiple(tokens[mention.range.upperBound - 1].text)
        }
        let leaderTitles: Set<String> = ["chief", "head", "chairman", "leader", "director", "president", "commander", "founder"]
        for person in people {
            // Title and organisation after the name: "P, an expert from ORG and Associate Professor of ORG2".
            if person.range.upperBound < context.range.upperBound, tokens[person.range.upperBound].text == "," {
                var titleWords: [String] = []
                var j = person.range.upperBound + 1
                for organisation in organisations where organisation.range.lowerBound > person.range.upperBound {
                    let between = tokens[j..<organisation.range.lowerBound].map(\.lower)
                    guard between.count <= 8, let last = between.last(where: { $0 != "the" && $0 != "moscow-based" && !$0.hasSuffix("-based") }),
                        ["from", "of", "at", "with"].contains(last), !between.contains(",") || between.first == ","
                    else { break }
                    titleWords += between
                    let isLeader = titleWords.contains(where: leaderTitles.contains) && !titleWords.contains("deputy")
                    let predicate = isLeader ? "leader_of" : (titleWords.contains("professor") ? "affiliated_with" : "member_of")
                    result.append(structural(person, predicate, organisation))
                    j = organisation.range.upperBound
                }
            }
            // Organisation then the name: "…of ORG, P" or "ORG P".
            if let organisation = organisations.last(where: { $0.range.upperBound <= person.range.lowerBound }),
                person.range.lowerBound - organisation.range.upperBound <= 1
            {
                let gap = tokens[organisation.range.upperBound..<person.range.lowerBound].map(\.lower)
                let start = max(context.range.lowerBound, organisation.range.lowerBound - 6)
                let title = tokens[start..<organisation.range.lowerBound].map(\.lower)
                // ("According to KCNA, Putin is to arrive": the name opens the clause the source is for.)
                // ("my Minister for Africa and the United Nations, Lord Collins": a body a title is
                // for is its portfolio.)
                let portfolio = title.contains("for") && title.contains(where: { EntityRecognizer.isPersonTitle($0) })
                if gap.isEmpty || gap == [","] && !title.contains("according") && !portfolio {
                    let isLeader = title.contains(where: leaderTitles.contains) && !title.contains("deputy")
                    result.append(structural(person, isLeader ? "leader_of" : "member_of", organisation))
                }
            }
        }
        return result
    }

    static let leaderTitles: Set<String> = [
        "president", "prime", "premier", "king", "queen", "emir", "chancellor", "leader", "sultan", "supreme",
        "secretary-general", "chairman", "head",
    ]

    /// "Russian Defence Minister Sergei Shoigu" is a member of Russia's government; "US President Joe Biden" leads it.
    private func titles(in context: SentenceContext) -> [RelationCandidate] {
        context.mentions.compactMap { state -> RelationCandidate? in
            // ("UK Minister for the Indo-Pacific, Catherine West": a region a title is for is her
            // portfolio, not what she serves.)
            guard let person = state.titleOf, state.entity.kind != .place || state.entity.type == "state",
                let personMention = context.mentions.first(where: { $0.entity == person && $0.range.lowerBound >= state.range.upperBound })
            else { return nil }
            let title = context.tokens[state.range.lowerBound..<personMention.range.lowerBound].map(\.lower)
            let isLeader = title.contains(where: Self.leaderTitles.contains) && !title.contains("vice") && !title.contains("deputy")
                && !title.contains("minister") || title.contains("prime")
            var stateMention = state
            stateMention.isModifier = false
            return structural(personMention, isLeader ? "leader_of" : "member_of", stateMention)
        }
    }

    /// "Armenia and Azerbaijan signed a Russian-brokered agreement": Russia mediates between them.
    private func brokers(in context: SentenceContext) -> [RelationCandidate] {
        var result: [RelationCandidate] = []
        for i in context.range {
            let word = context.tokens[i].text
            guard let dash = word.firstIndex(of: "-"),
                ["-brokered", "-mediated", "-sponsored"].contains(String(word[dash...]).lowercased())
            else { continue }
            let name = String(word[..<dash])
            guard let mediator = context.mentions.first(where: {
                $0.entity.name == name || $0.entity.aliases.contains(name)
            }) ?? brokerMention(named: name, at: i, in: context) else { continue }
            for party in context.subjects(before: i) where party.entity != mediator.entity {
                result.append(
                    RelationCandidate(
                        subject: mediator, predicate: "mediates", object: party, negated: false, modality: .asserted,
                        confidence: 0.6 * party.confidence, trigger: i..<(i + 1)))
            }
        }
        return result
    }

    private func brokerMention(named name: String, at i: Int, in context: SentenceContext) -> Mention? {
        guard let entry = gazetteer?.entries.first(where: { $0.entity.name == name || $0.entity.aliases.contains(name) }) else {
            return nil
        }
        return Mention(entity: entry.entity, range: i..<(i + 1), role: nil, isPossessive: false, confidence: 0.8)
    }

    /// True when the words before a use of force announce it: "threatened to", "vowed to", "would", "will";
    /// not an obligation ("will have to fight") or a condition ("if").
    private func announcesForce(before i: Int, in context: SentenceContext) -> Bool {
        let words = context.tokens[max(context.range.lowerBound, i - 4)..<i].map(\.lower)
        if words.contains("have") || words.contains("has") || words.contains("had") { return false }
        if context.tokens[context.range].contains(where: { $0.lower == "if" }) { return false }
        return words.contains { word in
            word.hasPrefix("threaten") || word.hasPrefix("vow") || word.hasPrefix("warn") || word == "would"
                || word == "will" || word == "'ll" || word == "sworn" || word == "swore"
        }
    }

    /// "Russia said that Sudan must return the helicopter": the speaker demands of the party that must act.
    private func obligations(in context: SentenceContext) -> [RelationCandidate] {
        let tokens = context.tokens
        var result: [RelationCandidate] = []
        for i in context.range where tokens[i].lower == "must" {
            guard let obliged = context.mentions.last(where: { $0.range.upperBound == i || $0.range.upperBound == i - 1 }),
                obliged.entity.kind != .place
            else { continue }
            // The one who says so: the subject before a speech verb ahead of the obliged party.
            let before = context.range.lowerBound..<obliged.range.lowerBound
            guard let speech = before.last(where: { EntityRecognizer.speechVerbs.contains(tokens[$0].lower) || tokens[$0].lower == "concluded" })
            else { continue }
            let speakers = context.subjects(before: speech)
            for speaker in speakers where speaker.entity != obliged.entity {
                result.append(
                    RelationCandidate(
                        subject: speaker, predicate: "demands", object: obliged, negated: false, modality: .asserted,
                        confidence: 0.6 * min(speaker.confidence, obliged.confidence), trigger: i..<(i + 1)))
            }
        }
        return result
    }

    private func structural(_ subject: Mention, _ predicate: String, _ object: Mention) -> RelationCandidate {
        RelationCandidate(
            subject: subject, predicate: predicate, object: object, negated: false, modality: .asserted,
            confidence: 0.7 * min(subject.confidence, object.confidence), trigger: subject.range)
    }

    private func pairs(_ subjects: [Mention], _ objects: [Mention]) -> [(Mention, Mention)] {
        subjects.flatMap { subject in objects.map { (subject, $0) } }
    }

    private func deduplicated(_ candidates: [RelationCandidate]) -> [RelationCandidate] {
        var seen: Set<String> = []
        return candidates.filter { candidate in
            let key = "\(candidate.subject.entity.name)|\(candidate.predicate)|\(candidate.object.entity.name)|\(candidate.negated)"
            return seen.insert(key).inserted
        }
    }
}
