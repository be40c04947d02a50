public import EntenteModel
import EntenteNLP

/// Codes relations from a dependency parse: for each verb or event noun that the relation lexicon
/// knows, the source is its subject (the agent of a passive) and the target the object or the
/// prepositional object the pattern names; coordinated parties multiply facts, `xcomp` chains carry
/// the outer verb's negation and modality, and "between A and B" relates A and B.
struct TreeCoder: Sendable {
    struct Candidate {
        var relation: RelationCandidate
        /// The token of the verb or noun that states the relation.
        var trigger: Int
        /// The lexicon pattern that fired and the tree path between the parties, for `--explain`.
        var pattern: String
        var path: String
        var commitment: Commitment? = nil
        var committingVerb: Int? = nil
        /// The party whose speech verb governs the trigger's clause.
        var speaker: Mention? = nil
        /// True for a relation a noun phrase states in passing ("Iran-backed militants"), which does
        /// not count as the parse having read the sentence's events.
        var inPassing = false

        /// The relation with why it was coded.
        var explained: RelationCandidate {
            var explained = relation
            explained.speaker = speaker?.entity
            explained.speakerFromParse = true
            explained.reason = "parse: pattern '\(pattern)'; path \(path)"
                + (speaker.map { "; reported by \($0.entity.name)" } ?? "")
            return explained
        }
    }

    /// What the sentence before was about, for the next sentence's pronouns and nominals.
    struct Discourse {
        var subjects: [Mention] = []
        var mentions: [Mention] = []
        /// The last two parties the story put side by side as subjects, for a later "both parties".
        var pair: [Mention] = []
        /// Who carried out the last attack the story reported, for a later "condemned the attack".
        var attacker: Mention?
        /// The person the story last named with each title ("Deputy Secretary of State Kurt
        /// Campbell"), for a later "the Deputy Secretary" paragraphs away.
        var titled: [String: Mention] = [:]
        /// The state the story last named each ruling body for ("Myanmar's junta"), for a later
        /// "the junta" when another state was named in between.
        var rulers: [String: Mention] = [:]
        /// The two sides of the last meeting, call or talks the story reported, and how many
        /// sentences ago: "the two sides" and "they" after a readout's first line are its parties.
        var encounter: [Mention] = []
        var sentencesSinceEncounter = 0
        /// The two sides of the last fighting, talks, truce or agreement the story reported: whom a
        /// later "Egypt's mediation efforts" or "facilitating this Declaration" is between.
        var disputants: [Mention] = []
        /// The body whose meeting the story last reported ("a meeting of the Coalition of the
        /// Willing"), for a later "Leaders expressed" and "They condemned".
        var convenedBody: Mention?
        /// The state each person the story titled serves ("Chinese Defense Minister Dong Jun"),
        /// for a later sentence that names them bare.
        var affiliations: [Entity: Entity] = [:]

        /// How far back an encounter still names "the two sides".
        static let encounterReach = 4

        /// What the story is about after `sentence`, whose main subjects are `subjects`.
        func continued(
            subjects: [Mention], mentions: [Mention], titled newlyTitled: [String: Mention] = [:], rulers newRulers: [String: Mention] = [:]
        ) -> Discourse {
            let distinct = Set(subjects.map(\.entity)).count == 2 && subjects.count == 2
            let since = sentencesSinceEncounter + 1
            return Discourse(
                subjects: subjects, mentions: mentions, pair: distinct ? subjects : pair, attacker: attacker,
                titled: titled.merging(newlyTitled) { _, new in new }, rulers: rulers.merging(newRulers) { _, new in new },
                encounter: since > Self.encounterReach ? [] : encounter, sentencesSinceEncounter: since, disputants: disputants,
                convenedBody: convenedBody, affiliations: affiliations)
        }

        static let disputePredicates: Set<String> = [
            "clashes_with", "negotiates_with", "ceasefire_with", "violates_ceasefire_with", "attacks", "mediates", "signs_agreement_with",
        ]

        /// The sides of the last dispute among `candidates`, when it is between two parties.
        mutating func noteDispute(_ candidates: [Candidate]) {
            for last in candidates.reversed() where Self.disputePredicates.contains(last.relation.predicate) && !last.relation.negated {
                var sides = [last.relation.subject, last.relation.object]
                // (A mediation is between its objects, not its mediator.)
                if last.relation.predicate == "mediates" {
                    sides = candidates.filter { $0.relation.predicate == "mediates" && $0.trigger == last.trigger
                        && $0.relation.subject.entity == last.relation.subject.entity }.map(\.relation.object)
                }
                var seen = Set<Entity>()
                let distinct = sides.filter { $0.entity.kind != .place && seen.insert($0.entity).inserted }
                guard distinct.count == 2 else { continue }
                disputants = distinct.map { side in
                    var side = side.acting
                    side.role = nil
                    return side
                }
                return
            }
        }

        /// The story after a sentence that reported `candidates`: a meeting or talks between two
        /// actors become the encounter.
        mutating func note(_ candidates: [Candidate], mainSubjects: [Mention]) {
            let meetings = candidates.filter { candidate in
                TreeCoder.encounterPredicates.contains(candidate.relation.predicate) && !candidate.relation.negated
                    && candidate.relation.subject.entity != candidate.relation.object.entity
                    && ![candidate.relation.subject, candidate.relation.object].contains { $0.entity.kind == .place }
            }
            // ("Sullivan held a call with Akiba … on the recent summit between Putin and Kim": the
            // meeting of the sentence's own subject, before one it mentions.)
            guard let last = meetings.first(where: { meeting in mainSubjects.contains { $0.entity == meeting.relation.subject.entity } })
                ?? meetings.last
            else { return }
            // ("held a trilateral call with Akiba Takeo of Japan and Cho Tae-yong of Korea": all who
            // met the last meeting's subject.)
            var sides = [last.relation.subject]
            for meeting in meetings where meeting.relation.subject.entity == last.relation.subject.entity && meeting.trigger == last.trigger {
                if !sides.contains(where: { $0.entity == meeting.relation.object.entity }) { sides.append(meeting.relation.object) }
            }
            encounter = sides.prefix(4).map(\.acting)
            sentencesSinceEncounter = 0
        }
    }

    let vocabulary: PredicateVocabulary
    /// Lexicon patterns by every word form their first step accepts.
    let patternsByWord: [String: [RelationLexicon.Pattern]]
    /// Lexicon patterns by their predicate, in the lexicon's order: what a rule that knows its
    /// predicate codes with ("gave … 48 hours to leave" expels).
    private let patternsByPredicate: [String: [RelationLexicon.Pattern]]
    /// PETRARCH2's CAMEO verb patterns, for verbs the lexicon does not know.
    private let verbs: VerbDictionary
    private let predicatesByCode: [String: String]
    /// PETRARCH2's agents: the capacity a noun names ("soldiers" → military).
    private let agents: AgentDictionary
    /// PETRARCH2's actors, for the international body a council or board is named for ("the UNESCO
    /// Executive Board") when the gazetteer does not know it.
    let actors: ActorDictionary
    /// Where the events of a sentence without a target happened: places by the state they lie in.
    let gazetteer: Gazetteer
    let statesByISO3: [String: Entity]
    let statesByCapital: [NameKey: Entity]
    /// International and other bodies by every name and alias, for the parent a body's name starts with.
    let bodiesByName: [NameKey: Entity]
    /// States by every name and alias, for a name the parse splits off a word ("U.S.-designated").
    let statesByName: [NameKey: Entity]
    /// The lexicon's pattern for protesting, which a demand made by protest is coded with.
    private let protestPattern: RelationLexicon.Pattern?
    /// The lexicon's pattern for demanding, which "X said Y must …" is coded with.
    private let demandPattern: RelationLexicon.Pattern?
    /// The pattern an appeal is coded with where no verb of appeal states it ("X should …").
    private let appealPattern: RelationLexicon.Pattern?
    /// The lexicon's noun pattern for arming, which "military support to" is coded with.
    private let armingPattern: RelationLexicon.Pattern?

    init(
        lexicon: RelationLexicon, vocabulary: PredicateVocabulary, verbs: VerbDictionary = .standard,
        agents: AgentDictionary = .standard, actors: ActorDictionary = .standard, gazetteer: Gazetteer = .standard
    ) {
        self.gazetteer = gazetteer
        self.actors = actors
        var states: [String: Entity] = [:]
        var capitals: [NameKey: Entity] = [:]
        for entry in gazetteer.entries where entry.entity.type == "state" {
            if let iso3 = entry.entity.iso3 { states[iso3] = entry.entity }
            for capital in [entry.capital].compactMap({ $0 }) + entry.capitalNames where capitals[NameKey(capital)] == nil {
                capitals[NameKey(capital)] = entry.entity
            }
        }
        statesByISO3 = states
        bodiesByName = Self.byEveryName(gazetteer.entries.filter { $0.entity.kind == .organisation && $0.entity.type != "media" })
        statesByName = Self.byEveryName(gazetteer.entries.filter { $0.entity.type == "state" })
        statesByCapital = capitals
        protestPattern = lexicon.patterns.first { $0.predicate == "protests_against" && $0.frame == .verb }
        demandPattern = lexicon.patterns.first { $0.predicate == "demands" && $0.frame == .verb }
        appealPattern = lexicon.patterns.first { $0.predicate == "appeals_to" && $0.frame == .verb }
        armingPattern = lexicon.patterns.first { $0.predicate == "arms" && $0.frame == .noun }
        self.vocabulary = vocabulary
        self.verbs = verbs
        self.agents = agents
        predicatesByCode = vocabulary.predicatesByCode
        var index: [String: [RelationLexicon.Pattern]] = [:]
        for pattern in lexicon.patterns {
            guard case .words(let first)? = pattern.steps.first else { continue }
            for word in first { index[word, default: []].append(pattern) }
        }
        for key in index.keys { index[key]!.sort { $0.steps.count > $1.steps.count } }
        patternsByWord = index
        patternsByPredicate = Dictionary(grouping: lexicon.patterns, by: \.predicate)
    }

    /// The lexicon's first pattern for a predicate, of the frame asked for (any when nil).
    func lexiconPattern(for predicate: String, frame: RelationLexicon.Frame? = .verb) -> RelationLexicon.Pattern? {
        patternsByPredicate[predicate]?.first { frame == nil || $0.frame == frame }
    }

    /// Entities by their name and every alias, the first entry winning a shared name.
    static func byEveryName(_ entries: [GazetteerEntry]) -> [NameKey: Entity] {
        var index: [NameKey: Entity] = [:]
        for entry in entries {
            for name in [entry.entity.name] + entry.entity.aliases where index[NameKey(name)] == nil {
                index[NameKey(name)] = entry.entity
            }
        }
        return index
    }

    static let subjectLabels: Set<String> = ["nsubj", "csubj"]
    /// Verbs by which coordinated subjects carry out or commit to the event their object names.
    static let committingVerbs = lightVerbs.union(intentVerbs).union(["accept", "negotiate", "remain", "stay"])
    static let objectPrepositions = ["with", "against", "on", "upon", "to", "into", "for", "from", "toward", "towards", "at"]
    static let excludingPrepositions: Set<String> = ["without", "except", "besides", "excluding"]
    /// Verbs that ask another to act: "urge", "call on".
    static let urgingVerbs: Set<String> = ["urge", "call", "ask", "appeal", "encourage", "press", "implore", "invite"]
    static let negativeVerbs: Set<String> = ["refuse", "deny", "reject", "decline", "fail", "prevent", "avoid", "stop", "halt"]
    /// Talking together is symmetric whatever is talked about: "Austin and Teodoro discussed the ruling".
    static let talkPredicates: Set<String> = ["consults", "negotiates_with"]
    static let hostilityNouns: Set<String> = ["war", "attack", "offensive", "strike", "invasion", "operation", "campaign", "assault"]
    /// Verbs that carry out or keep up the event their object names: "agreed to remain in close
    /// coordination", "agreed to hold talks" (not "agreed to extend the deal", a deal of before).
    static let eventCarriers: Set<String> = [
        "remain", "stay", "hold", "keep", "continue", "maintain", "resume", "begin", "start", "open", "launch", "conduct", "establish",
    ]
    /// Verbs whose "that … would" clause is what was settled, the speaker's "will".
    static let agreementVerbs: Set<String> = ["agree", "decide", "promise", "pledge", "vow", "resolve"]
    static let particles: Set<String> = ["over", "out", "up", "off", "down", "back", "away"]
    /// Verbs whose subject would carry out the event their object names: "urged Zelenskyy to
    /// consider a ceasefire with Russia".
    /// Verbs that stress what exists: "highlighted the cooperation between", "celebrated the partnership".
    static let stressingVerbs: Set<String> = [
        "highlight", "underscore", "stress", "emphasize", "emphasise", "note", "recall", "celebrate", "commemorate", "mark",
        "value", "reaffirm", "affirm", "hail",
    ]
    static let eventTakingVerbs: Set<String> = ["consider", "accept", "seek", "propose", "want", "plan", "prepare"]
    /// Verbs that undo what their object names, and so take it as done: "reverse its recognition of".
    static let undoingVerbs: Set<String> = ["reverse"]
    /// Verbs that end a hostility, and so take it as fought: "ended the war between".
    static let endingVerbs: Set<String> = ["end", "stop", "halt"]
    /// Verbs that keep a hostility from happening: "deter China's invasion of Taiwan".
    static let forestallingVerbs: Set<String> = ["deter", "forestall", "preempt", "pre-empt", "avert", "prevent", "avoid", "fear", "plan", "threaten"]
    static let conflictPredicates: Set<String> = ["attacks", "clashes_with"]
    static let extentVerbs: Set<String> = ["span", "cover", "stretch", "include", "encompass", "reach", "straddle"]
    static let attitudePredicates: Set<String> = ["criticises", "supports", "praises", "disapproves_of"]
    /// Verbs whose object feels what they do: "disappointed", "alarmed", "angered".
    static let dismayingVerbs: Set<String> = ["disappoint", "dismay", "anger", "upset", "frustrate", "alarm", "outrage"]
    /// Adverbs that open an elaboration of the noun before: "China's actions, notably the drills".
    static let elaboratingAdverbs: Set<String> = ["particularly", "notably", "especially", "including", "chiefly", "mainly"]
    /// Verbs that judge an event and so take it as having happened.
    /// Verbs that hand over a message as readily as a thing: "gave a warning", "delivered a message".
    static let messageGivingVerbs: Set<String> = ["give", "deliver", "send", "issue", "convey", "pass"]
    /// Texts put to a council's vote.
    static let draftNouns: Set<String> = ["resolution", "draft"]
    /// Verbs of a member's part in a council's vote: "Russia vetoed a Security Council resolution".
    static let votingVerbs: Set<String> = ["veto", "block", "vote", "adopt", "abstain", "table", "sponsor", "co-sponsor", "propose", "draft"]
    /// Verbs whose "that" clause is a proposition held, not a party asked or allowed.
    static let propositionVerbs: Set<String> = ["agree", "concur", "affirm", "reaffirm", "acknowledge", "conclude", "recognize", "recognise"]
    static let judgingVerbs: Set<String> = [
        "condemn", "denounce", "deplore", "decry", "criticise", "criticize", "welcome", "praise", "applaud", "hail", "regret",
        "appreciate", "commend", "salute", "protest",
    ]
    /// Verbs that take a side on another's act: what is rejected or backed is its doer's.
    static let verdictVerbs: Set<String> = ["reject", "dismiss", "accept", "oppose", "refuse", "support", "back", "endorse"]
    static let retreatVerbs: Set<String> = ["renege", "backtrack", "abandon", "breach", "violate", "break"]
    static let futureVerbs: Set<String> = [
        "plan", "intend", "prepare", "aim", "expect", "pledge", "promise", "vow", "agree", "seek", "want", "hope", "schedule", "slate",
    ]
    static let helpingVerbs: Set<String> = ["support", "back", "assist", "help", "aid", "join", "reinforce"]
    func isStatePair(_ text: String) -> Bool {
        // (Asked of every modifier of every noun a party is sought for: most hold no hyphen.)
        guard text.contains(where: { $0 == "-" || $0 == "–" }) else { return false }
        let parts = text.split(whereSeparator: { $0 == "-" || $0 == "–" })
        return parts.count == 2 && parts.allSatisfy { statesByName[NameKey(String($0))] != nil }
    }

    static func isHyphenedParticiple(_ text: String) -> Bool {
        guard let hyphen = text.lastIndex(where: { $0 == "-" || $0 == "–" }), hyphen != text.startIndex else { return false }
        return describingParticiples.contains(text[text.index(after: hyphen)...].lowercased())
    }

    /// Participles by which a name relates to the noun without being its party ("U.S.-brokered",
    /// "Iran-backed"); "U.S.-flagged", "Greek-owned" and "Saudi-led" make it the party.
    static let describingParticiples: Set<String> = [
        "brokered", "mediated", "facilitated", "backed", "supported", "sponsored", "funded", "financed", "designated",
        "sanctioned", "hosted", "armed", "trained", "controlled", "occupied", "held", "affiliated", "linked", "aligned",
    ]

    static let memberWords: Set<String> = ["member", "members"]
    static let advocatingVerbs: Set<String> = ["urge", "call", "ask", "demand", "press", "encourage", "appeal", "push"]
    /// What an emphasis verb weighs: "the importance of", "the need for".
    static let weightNouns: Set<String> = ["importance", "need", "necessity", "urgency", "significance", "value"]
    static let lightVerbs: Set<String> = [
        "hold", "launch", "conduct", "carry", "impose", "sign", "reach", "begin", "start", "resume", "continue",
        "open", "stage", "mount", "announce", "have", "make", "give", "provide", "offer", "extend", "deliver",
        "host", "intensify", "escalate", "step", "keep", "maintain", "renew", "pledge", "promise", "expand", "complete", "finish",
        "tighten", "conclude", "strike", "finalise", "finalize", "seal", "broker", "order", "show",
        "reiterate", "repeat", "issue", "voice", "express", "reaffirm", "affirm", "underscore", "emphasize", "emphasise",
        "stress", "confirm", "declare", "conduct", "carry", "perform", "execute", "undertake", "engage",
    ]
    /// Prepositions that join a gerund to the clause whose subject does it: "after taking over Goma".
    /// ("let me start by thanking SRSG Keita", "I join others in thanking Under-Secretary
    /// Griffiths": the means and the act joined in are the subject's too.)
    static let clauseLinkingPrepositions: Set<String> = ["after", "before", "while", "since", "upon", "despite", "without", "when", "to", "by", "in"]

    /// Verbs by which an event happens, with no party of their own: "fighting erupted between …".
    static let happeningVerbs: Set<String> = [
        "erupt", "break", "continue", "rage", "escalate", "flare", "resume", "intensify", "spread", "occur", "persist", "start", "begin",
    ]
    /// Verbs of talking or thinking about something, whose object is not their own act.
    static let deliberatingVerbs: Set<String> = [
        "discuss", "review", "explore", "consider", "examine", "assess", "debate", "address", "note", "mention", "highlight",
        "emphasize", "emphasise", "underscore", "welcome",
    ]
    static let repellingVerbs: Set<String> = ["repel", "repulse", "thwart", "foil", "intercept", "counter"]
    static let speechVerbs: Set<String> = ["say", "tell", "add", "state", "note", "claim", "announce", "declare", "report", "confirm", "accuse", "warn", "insist", "argue", "write"]

    func candidates(in sentence: ParsedSentence) -> [Candidate] {
        var found: [Candidate] = []
        for index in sentence.range {
            let token = sentence[index]
            switch token.pos {
            case "VERB":
                // ("gave the ambassador 48 hours to leave" expels, and gives nothing.)
                // ("called Lai a separatist" names and criticises, and calls no one.)
                let deadline = deadlinesToLeave(at: index, in: sentence)
                // ("the mission, led by Kenya": leading a body is no act of cooperation with it.)
                let led = ledBodies(at: index, in: sentence)
                // ("shot down Russian drones": the downing answers the drones' attack, and is none.)
                let intercepted = interceptions(at: index, in: sentence)
                // ("has used North Korean missiles": the use is no act on the maker, whom it names.)
                let usedWeapons = weaponsUsed(at: index, in: sentence)
                let madeBy = Set(usedWeapons.map(\.relation.subject.entity))
                // ("deployed police to Haiti at the invitation of the Haitian government": an act the
                // other side asked for is no hostility against it.)
                let requesters = requesters(of: index, in: sentence)
                let askers = Set(requesters.map(\.entity))
                let coded = !intercepted.isEmpty ? intercepted : !led.isEmpty ? led
                    : deadline.isEmpty ? (labelling(at: index, in: sentence) ?? codeVerb(index, in: sentence))
                        .filter { !madeBy.contains($0.relation.object.entity) }
                        .filter { candidate in
                            !(askers.contains(candidate.relation.object.entity)
                                && [.materialConflict, .verbalConflict].contains(vocabulary[candidate.relation.predicate]?.relationClass))
                        } : deadline
                found += coded + usedWeapons + obligations(of: index, in: sentence) + backers(at: index, in: sentence)
                    + designations(at: index, in: sentence) + concerns(at: index, in: sentence) + reproaches(at: index, in: sentence)
                    + wrongdoings(at: index, in: sentence) + elections(at: index, in: sentence) + brokers(at: index, in: sentence)
                    + retaliations(at: index, in: sentence) + judgedSides(at: index, in: sentence) + regrets(at: index, in: sentence)
                    + allegations(at: index, in: sentence) + detainedIn(at: index, in: sentence) + sidesUrged(at: index, in: sentence)
                    + jointlyConducted(at: index, in: sentence) + departures(at: index, in: sentence) + thanksForActs(at: index, in: sentence)
                    + councilVotes(at: index, in: sentence) + jointlyConvened(at: index, in: sentence) + reportedObstructions(at: index, in: sentence)
                    + workingTogether(at: index, in: sentence) + expectations(at: index, in: sentence) + callsAnswered(at: index, in: sentence)
                    + hostilitiesEnded(at: index, in: sentence) + actsRequested(by: requesters, at: index, in: sentence)
                    + callsForOthersToAct(at: index, in: sentence) + documentedWrongs(at: index, in: sentence)
                    + targetedSanctions(at: index, in: sentence) + welcomedStatements(at: index, in: sentence) + attendance(at: index, in: sentence)
                    + guestsWelcomed(at: index, in: sentence) + attendedWhere(at: index, in: sentence) + concerningActs(at: index, in: sentence)
                    + supportedJointEfforts(at: index, in: sentence) + thanksSpokenTo(at: index, in: sentence) + funding(at: index, in: sentence)
                    + ownedCallsForEvents(at: index, in: sentence)
            case "ADJ":
                found += concerns(at: index, in: sentence) + backers(at: index, in: sentence) + gratitude(at: index, in: sentence)
                    + concerningActs(at: index, in: sentence)
                    + (isParticipleWithAgent(index, in: sentence) ? codeVerb(index, in: sentence) : [])
            case "AUX":
                // ("Israeli action must be consistent with its obligations": the copula carries the "must".)
                found += reproaches(at: index, in: sentence) + judgements(at: index, in: sentence) + (sentence[index].dep == "ROOT" ? obligations(of: index, in: sentence) : [])
                    + presences(at: index, in: sentence)
            case "NOUN", "PROPN":
                found += codeNoun(index, in: sentence) + designations(at: index, in: sentence) + received(at: index, in: sentence)
                    + accessions(at: index, in: sentence) + operations(at: index, in: sentence) + helpers(at: index, in: sentence)
                    + jointAttacks(at: index, in: sentence) + shamings(at: index, in: sentence) + hyphenBrokers(at: index, in: sentence)
                    + acquisitionNoun(at: index, in: sentence) + underFire(at: index, in: sentence)
                    + harmfulStrikes(at: index, in: sentence) + renewedCalls(at: index, in: sentence) + upheldSelfDefence(at: index, in: sentence) + pairTies(at: index, in: sentence)
                    + leadershipOver(at: index, in: sentence) + sharedTies(at: index, in: sentence) + resistedAggression(at: index, in: sentence)
                    + ownedCallsForEvents(at: index, in: sentence) + disparagements(at: index, in: sentence)
                    + commendations(at: index, in: sentence) + disputesRetold(at: index, in: sentence) + posedThreats(at: index, in: sentence)
                    // ("Today's sanctions target Iran's drone programme": the tagger may take the verb for a noun.)
                    + (sentence.children(of: index, ["nsubj"]).isEmpty ? [] : targetedSanctions(at: index, in: sentence))
                    + mediations(at: index, in: sentence) + hostagesHeld(at: index, in: sentence) + stops(at: index, in: sentence)
                    + deployments(at: index, in: sentence)
            default: continue
            }
        }
        let all = found + coAgents(in: found, sentence: sentence) + materialSupport(in: found, sentence: sentence) + reportedWrongs(in: found, sentence: sentence) + statesVisited(in: found) + threats(in: found, sentence: sentence) + hostilitiesPresupposed(by: found)
            + placements(in: sentence) + titles(in: sentence) + counterparts(in: sentence) + memberships(in: sentence) + bodies(in: sentence) + parts(in: sentence) + institutes(in: sentence) + hyphenPairs(in: sentence)
            + bases(in: sentence) + alliances(in: sentence) + basedIn(in: sentence) + membersFrom(in: sentence)
        let titled = all + titledOfStates(besides: all, in: sentence)
        return withoutSeatVisits(visitsByGuests(rosters(in: titled, sentence: sentence), sentence: sentence) + meetingVisits(in: titled, sentence: sentence)
            + jointMeetings(in: titled, sentence: sentence) + bilateralTies(in: titled, sentence: sentence))
    }

    /// "welcomed Kosiniak-Kamysz to the Pentagon": a guest at a government's seat visits no place
    /// of its own (the meeting is the event).
    private func withoutSeatVisits(_ found: [Candidate]) -> [Candidate] {
        found.filter { candidate in
            !(candidate.relation.predicate == "visits" && candidate.relation.object.entity.kind == .place
                && EntityRecognizer.seatNames.contains(NameKey(candidate.relation.object.entity.name)))
        }
    }

    /// "a rare Putin visit to Pyongyang", "visited Russia's Far East": a visit to a city or a region
    /// is a visit to its state too (as most of the annotations have it).
    private func statesVisited(in found: [Candidate]) -> [Candidate] {
        found.compactMap { candidate in
            let object = candidate.relation.object.entity
            guard candidate.relation.predicate == "visits", object.kind == .place, let state = state(containing: object),
                  state != object, state != candidate.relation.subject.entity,
                  !found.contains(where: { $0.relation.predicate == "visits" && $0.relation.object.entity == state })
            else { return nil }
            var visit = candidate
            visit.relation.object.entity = state
            visit.relation.object.role = nil
            return visit
        }
    }

    /// "Urged Israel and Hamas to agree a ceasefire": whatever becomes of the ceasefire, the two
    /// are fighting, and that is asserted.
    private func hostilitiesPresupposed(by found: [Candidate]) -> [Candidate] {
        var seen = Set<[Entity]>()
        return found.compactMap { candidate in
            let relation = candidate.relation
            guard relation.predicate == "ceasefire_with",
                  seen.insert([relation.subject.entity, relation.object.entity]).inserted
            else { return nil }
            var presupposed = candidate
            presupposed.relation = RelationCandidate(
                subject: relation.subject, predicate: "clashes_with", object: relation.object, negated: false,
                modality: .asserted, confidence: relation.confidence * 0.8)
            presupposed.pattern = "presupposed by \(candidate.pattern)"
            presupposed.commitment = nil
            presupposed.committingVerb = nil
            presupposed.inPassing = true
            return presupposed
        }
    }

    /// "Iran threatened to launch an offensive against Iraq": besides the offensive, which may not
    /// happen, the threat itself happened.
    private func threats(in found: [Candidate], sentence: ParsedSentence) -> [Candidate] {
        var seen: Set<[Entity]> = []
        var result: [Candidate] = []
        for candidate in found where candidate.commitment == .threat {
            let event = candidate.relation
            guard let verb = candidate.committingVerb, seen.insert([event.subject.entity, event.object.entity]).inserted
            else { continue }
            var threat = candidate
            threat.relation.predicate = "threatens"
            threat.relation.negated = !sentence.children(of: verb, ["neg"]).isEmpty
            threat.relation.modality = .asserted
            threat.trigger = verb
            threat.relation.eventCode = StatementCode.threatCode(of: event.eventCode ?? vocabulary[event.predicate]?.cameo ?? "") ?? "130"
            threat.pattern = "threaten to: \(candidate.pattern)"
            threat.commitment = nil
            result.append(threat)
        }
        return result
    }

    /// "Straw said that the government and the rebels must reach an agreement": the one who says
    /// so demands it of each party that must act; what they must do is advocated, not a fact.
    ///
    /// "Kosovo and Serbia should honour their commitments": what a party should do is appealed
    /// for, not demanded. ("Should Iran attack, …" is a condition, and "Russia should be held to
    /// account" asks it of others.)
    private func obligations(of verb: Int, in sentence: ParsedSentence) -> [Candidate] {
        // ("Ukraine must have robust security guarantees": what a party must be given or keep is
        // owed to it, not asked of it.)
        guard !Self.entitlementVerbs.contains(sentence.lemma(verb)) else { return [] }
        let auxiliaries = sentence.children(of: verb, ["aux"])
        let (pattern, modal): (RelationLexicon.Pattern, String)
        if auxiliaries.contains(where: { sentence.lower($0) == "must" }), let demand = demandPattern {
            (pattern, modal) = (demand, "must")
        } else if let should = auxiliaries.first(where: { sentence.lower($0) == "should" }), let appeal = appealPattern,
                  sentence.children(of: verb, ["auxpass", "nsubjpass"]).isEmpty,
                  sentence.children(of: verb, Self.subjectLabels).allSatisfy({ $0 < should })
        {
            (pattern, modal) = (appeal, "should")
        } else {
            return []
        }
        guard let speaker = speaker(of: verb, in: sentence) else {
            // "Iran must cease its illegal activity", said in a government's own statement: the
            // authors demand it.
            guard !sentence.authors.isEmpty, sentence[verb].dep == "ROOT" || sentence[verb].dep == "conj" && sentence[sentence[verb].head].dep == "ROOT"
            else { return [] }
            return subjects(of: verb, in: sentence).flatMap { obliged -> [Candidate] in
                guard obliged.entity.kind != .place, !sentence.authors.contains(where: { $0.entity == obliged.entity }) else { return [] }
                return sentence.authors.compactMap { author in
                    guard var candidate = make(author, obliged, pattern, verb, in: sentence, base: 0.6) else { return nil }
                    // ("Iran must not transfer missiles": the demand is made all the same.)
                    candidate.relation.modality = .asserted
                    candidate.relation.negated = false
                    candidate.pattern = "the authors' own … \(modal): \(pattern.text)"
                    return candidate
                }
            }
        }
        // The demand is made where it is said: its stance and trigger are the speech verb's.
        var speech = sentence[verb].head
        while !Self.speechVerbs.contains(sentence.lemma(speech)) {
            let head = sentence[speech].head
            guard head != speech, sentence.range.contains(head) else { return [] }
            speech = head
        }
        return subjects(of: verb, in: sentence).compactMap { obliged in
            guard obliged.entity.kind != .place else { return nil }
            guard var candidate = make(speaker, obliged, pattern, speech, in: sentence, base: 0.7) else { return nil }
            candidate.pattern = "says … \(modal): \(pattern.text)"
            candidate.speaker = nil
            return candidate
        }
    }

    /// Why a sentence yielded nothing, verb by verb: no pattern, or a pattern without an actor on
    /// one side.
    func notes(in sentence: ParsedSentence) -> [String] {
        var notes: [String] = []
        for verb in sentence.range where sentence[verb].pos == "VERB" {
            let word = sentence[verb].text
            guard let (pattern, preposition) = match(verb, in: sentence, frames: [.verb, .subject, .between])
                ?? cameoCoding(verb, in: sentence).map({ ($0.pattern, nil) })
            else {
                notes.append("'\(word)' (\(sentence.lemma(verb))): no pattern in the lexicon or the CAMEO verbs")
                continue
            }
            let subjects = self.subjects(of: verb, in: sentence)
            let objects = self.objects(of: verb, preposition: preposition, in: sentence)
            if subjects.isEmpty && sentence.children(of: verb, ["agent"]).isEmpty {
                notes.append("'\(word)' (pattern \(pattern.text) → \(pattern.predicate)): the subject is not an actor")
            } else if objects.isEmpty {
                notes.append("'\(word)' (pattern \(pattern.text) → \(pattern.predicate)): no actor as object"
                    + (preposition.map { " of '\($0)'" } ?? ""))
            }
        }
        return notes
    }

    // MARK: - Verbs

    private func codeVerb(_ verb: Int, in sentence: ParsedSentence) -> [Candidate] {
        if let acquired = acquisition(at: verb, in: sentence) { return acquired }
        // "reinforced the importance of coordination", "stressed the need for": a verb that weighs
        // what follows does nothing to its parties; the act weighed is coded where it is named.
        // (Those who discuss it still talk to each other.)
        if sentence.children(of: verb, ["dobj"]).contains(where: { Self.weightNouns.contains(sentence.lemma($0)) }),
           !Self.talkingVerbs.contains(sentence.lemma(verb))
        {
            return []
        }
        // ("opened the bridge to allow the delivery of grain to Afghanistan": allowing is a
        // concession only as the purpose of an act done; one asked for, refused or planned ("urged
        // Aliyev to allow", "will not allow the Houthis to") is no concession between the parties.)
        if sentence.lemma(verb) == "allow",
           !(sentence[verb].dep == "advcl" && sentence.children(of: verb, ["aux"]).contains(where: { sentence.lower($0) == "to" }))
        {
            return []
        }
        // ("The text of the following statement was released by the Governments of …": a text
        // made public frees no one, whatever the parse hangs on it.)
        if sentence.lemma(verb) == "release",
           sentence.children(of: verb, ["dobj", "nsubjpass"]).contains(where: { Self.releasedTextNouns.contains(sentence.lemma($0)) })
        {
            return []
        }
        // ("approved Somalia's request": a request granted is the asker's appeal and the grantor's
        // agreement, coded where calls are answered; no praise of the asker.)
        if Self.grantingVerbs.contains(sentence.lemma(verb)),
           sentence.children(of: verb, ["dobj"]).contains(where: { sentence.lemma($0) == "request" })
        {
            return []
        }
        // ("receives growing support from Iran": a relation received is the giver's, coded where it
        // is received; the lexicon's bare "receive" would make the receiver host the giver.)
        if Self.receivingVerbs.contains(sentence.lemma(verb)),
           sentence.children(of: verb, ["dobj"]).contains(where: { Self.receivedRelations[sentence.lemma($0)] != nil })
        {
            return []
        }
        // "spoke with Defense Ministers from Canada and France to discuss the situation": the talk
        // is the call's, which its own verb codes; the purpose names no talks among those called.
        if Self.topicVerbs.contains(sentence.lemma(verb)), ["advcl", "xcomp", "pcomp"].contains(sentence[verb].dep),
           sentence.children(of: verb, ["aux"]).contains(where: { sentence.lower($0) == "to" }),
           let above = sentence.ancestors(of: verb).first(where: { sentence[$0].pos == "VERB" }),
           Self.conversingVerbs.contains(sentence.lemma(above))
        {
            return []
        }
        // The lexicon's predicate and its code win where both know the verb: on the PLOVER records the
        // CAMEO dictionary's more specific codes gave the wrong type more often than the right one.
        let lexical = match(verb, in: sentence, frames: [.verb, .subject, .between])
        let cameo = lexical == nil ? cameoCoding(verb, in: sentence) : nil
        guard var (pattern, objectPreposition) = lexical ?? cameo.map({ ($0.pattern, nil) }) else { return [] }
        // ("recognized Kenya's leadership of the mission": credit for a part played is praise, not
        // the recognition of a state.)
        if pattern.predicate == "recognises",
           sentence.children(of: verb, ["dobj"]).contains(where: { Self.creditedPartNouns.contains(sentence.lemma($0)) }),
           let praise = lexiconPattern(for: "praises", frame: nil)
        {
            pattern = praise
        }
        // "reaffirmed the U.S. commitment to the Philippines": where the object is a relation noun
        // with parties of its own, the noun states the relation; the dictionary's broad verb
        // pattern would take the noun's owner for the object.
        // ("reiterated U.S. commitment to a diplomatic resolution": no party, and still no fact.)
        // ("Its military support to the Houthis has enabled aggression": the subject is an event,
        // which its noun codes; the dictionary's "enable" would make its owner yield to the Houthis.)
        if lexical == nil, sentence.children(of: verb, ["nsubj"]).contains(where: { !codeNoun($0, in: sentence).isEmpty }) {
            return []
        }
        // (A verb that judges the event still judges its party: "appreciates the coordination of
        // the Kosovo Police with NATO" praises Kosovo.)
        // ("conducted retaliatory strikes in Yemen": a light verb's event noun is the event, even
        // where it names no target; "conduct" on its own would be cooperation.)
        if lexical == nil, !Self.judgingVerbs.contains(sentence.lemma(verb)), sentence.children(of: verb, ["dobj"]).contains(where: { noun in
            !codeNoun(noun, in: sentence).isEmpty
                || Self.lightVerbs.contains(sentence.lemma(verb)) && Self.attackNouns.contains(sentence.lemma(noun))
                    && vocabulary[pattern.predicate]?.relationClass != .materialConflict
                || lexiconPatterns(at: noun, in: sentence).contains { [.noun, .between].contains($0.frame) }
                && sentence.children(of: noun, ["poss", "compound", "amod", "nmod"]).contains { sentence.mention(at: $0) != nil }
        }) {
            return []
        }
        // ("gave a stern warning to Iran": a message given is the message's act, which its noun codes.)
        if Self.messageGivingVerbs.contains(sentence.lemma(verb)),
           sentence.children(of: verb, ["dobj"]).contains(where: { Self.messageNouns.contains(sentence.lemma($0)) })
        {
            return []
        }
        // ("struck a defense accord with": one strikes a deal, not the party.)
        if vocabulary[pattern.predicate]?.relationClass == .materialConflict,
           sentence.children(of: verb, ["dobj"]).contains(where: { Self.agreementNouns.contains(sentence.lemma($0)) })
        {
            return []
        }
        // "mediated between Russia and Ukraine": the sides are the mediator's parties.
        if pattern.frame == .between { objectPreposition = objectPreposition ?? "between" }
        var cameoCode = cameo?.code
        // "continued their hunger strike to demand the resignation of X": a demand made by protesting
        // is a protest against the one it is made of.
        if ["demands", "appeals_to"].contains(pattern.predicate), let protest = protestPattern, isProtestPurpose(verb, in: sentence) {
            pattern = protest
            cameoCode = nil
        }
        // ("the Houthis, who control much of Yemen": control of land is holding it, not the
        // dictionary's cooperation.)
        // ("control access to the South China Sea" holds no land.)
        if lexical == nil, sentence.lemma(verb) == "control", let occupying = lexiconPattern(for: "occupies"),
           sentence.children(of: verb, ["dobj"]).contains(where: { object in
               sentence.mention(at: object).map { $0.entity.kind == .place || $0.entity.type == "state" } ?? Self.shareWords.contains(sentence.lemma(object))
           })
        {
            pattern = occupying
            cameoCode = nil
        }
        // ("left Kenya for a visit to Germany": the leaving is no withdrawal.)
        if pattern.predicate == "withdraws_from", !journeys(of: verb, in: sentence).isEmpty { return [] }
        // ("he said before leaving Doha": a traveller who leaves a city was visiting it.)
        if pattern.predicate == "withdraws_from", sentence.lemma(verb) == "leave",
           sentence.children(of: verb, ["dobj"]).contains(where: { sentence.mention(at: $0)?.entity.type == "city" }),
           self.subjects(of: verb, in: sentence).contains(where: { $0.entity.type == "person" }),
           let visiting = lexiconPattern(for: "visits")
        {
            pattern = visiting
            cameoCode = nil
        }
        // "Riaz and Latif were wanted by New Delhi": sought for arrest, not courted.
        if sentence.lemma(verb) == "want", !sentence.children(of: verb, ["agent"]).isEmpty, let accusing = lexiconPattern(for: "accuses") {
            pattern = accusing
            cameoCode = nil
        }
        // ("the fighters are heavily armed and supported by Rwanda": a participle with its agent.)
        let agentOnly = sentence[verb].tag == "VBN" && sentence[verb].dep == "conj" && !sentence.children(of: verb, ["agent"]).isEmpty
        let participle = sentence[verb].pos == "ADJ"
        // ("U.S. forces, partnered with the SDF, captured": a participle of partnering is its noun's act.)
        let partnering = sentence.lemma(verb) == "partner" && sentence[verb].dep == "acl" && sentence.children(of: verb, ["agent"]).isEmpty
        let passive = !sentence.children(of: verb, ["nsubjpass", "auxpass"]).isEmpty
            // ("the town attacked by rebels"; not "claims that Russia had attacked", a clause with its own subject.)
            || (sentence[verb].dep == "acl" && sentence[verb].tag == "VBN" && sentence.children(of: verb, ["nsubj", "aux"]).isEmpty && !partnering)
            // ("citizens missing or killed in Syria": a participle coordinated with one that
            // describes a noun describes it too.)
            || (sentence[verb].dep == "conj" && sentence[verb].tag == "VBN" && sentence.range.contains(sentence[verb].head)
                && sentence[sentence[verb].head].dep == "acl" && sentence.children(of: verb, ["nsubj", "aux"]).isEmpty)
            || agentOnly || participle
        // ("Burkina Faso, Mali and Niger, all ruled by military juntas": a participle whose agent
        // names no party has no known doer, whatever the parser takes for its subject.)
        let agentPhrases = sentence.children(of: verb, ["agent"])
        if sentence[verb].tag == "VBN", !agentPhrases.isEmpty, agentPhrases.allSatisfy({ phraseParties($0, in: sentence).isEmpty }) {
            return []
        }
        var subjects: [Mention] = []
        var objects: [Mention] = []
        if passive {
            // "are heavily armed and supported by Rwanda": the agent the parse hangs on the second
            // participle is the first one's too.
            var agents = sentence.children(of: verb, ["agent"])
            if agents.isEmpty {
                agents = sentence.children(of: verb, ["conj"]).filter { sentence[$0].tag == "VBN" }.flatMap { sentence.children(of: $0, ["agent"]) }
            }
            for agent in agents {
                subjects += phraseParties(agent, in: sentence)
            }
            for patient in sentence.children(of: verb, ["nsubjpass"]) { objects += parties(at: patient, in: sentence) }
            // ("the agreement, signed by Ethiopia and Somaliland": a joint act's agents are its sides.)
            if objects.isEmpty, sentence[verb].dep == "acl", !(pattern.frame == .subject && subjects.count >= 2) {
                objects = parties(at: sentence[verb].head, in: sentence)
            }
            // The patient is the subject of the clause the participle continues.
            if objects.isEmpty, agentOnly || participle { objects = self.subjects(of: verb, in: sentence) }
        } else {
            subjects = partnering ? parties(at: sentence[verb].head, in: sentence) : self.subjects(of: verb, in: sentence)
            // "determined that the RSF had committed genocide and imposed sanctions on its leader":
            // an armed group sanctions no one; the second verb continues the one that reports.
            if pattern.predicate == "sanctions", !subjects.isEmpty, subjects.allSatisfy({ $0.entity.type == "armed-group" }),
               sentence[verb].dep == "conj", sentence.range.contains(sentence[verb].head), sentence[sentence[verb].head].dep == "ccomp",
               sentence.range.contains(sentence[sentence[verb].head].head)
            {
                subjects = self.subjects(of: sentence[sentence[verb].head].head, in: sentence)
            }
            // "attacks … with Palestinians", "struck with drones": a one-sided act's "with" names an ally
            // or an instrument, not its target.
            let oneSided = vocabulary[pattern.predicate].map { [.materialConflict, .verbalConflict].contains($0.relationClass) && !$0.isSymmetric } ?? false
            objects = self.objects(
                of: verb, preposition: objectPreposition, in: sentence, cameoCoded: cameo != nil, subjects: subjects, withIsParty: !oneSided)
            // ("expressed outrage at their execution at the hands of Hamas": a judgement of an act
            // named in the verb's phrase is of the one who did it.)
            if objects.isEmpty, ["criticises", "praises"].contains(pattern.predicate) {
                let acts = sentence.children(of: verb, ["prep"]).filter { ["at", "over", "about", "by"].contains(sentence.lower($0)) }
                    .flatMap { sentence.children(of: $0, ["pobj"]) }.filter { sentence.mention(at: $0) == nil }
                objects = acts.flatMap { actDoers($0, in: sentence) }.filter { $0.entity.kind != .place }
            }
            if objects.isEmpty, subjects.count == 1 || pattern.frame != .subject,
               let relationClass = vocabulary[pattern.predicate]?.relationClass,
               [.materialConflict, .materialCooperation].contains(relationClass)
            {
                objects = location(of: verb, in: sentence, strike: Self.strikePredicates.contains(pattern.predicate) && Self.strikingVerbs.contains(sentence.lemma(verb)))
            }
        }
        // "did not reach agreement on Syria": what an agreement or talks are about is their topic,
        // no party to them.
        // ("hosting an international conference on Lebanon": nor is a gathering's.)
        if cameo != nil || pattern.predicate == "hosts", !passive {
            let topics = Set(sentence.children(of: verb, ["dobj"])
                .filter { Self.agreementOrTalkNouns.contains(sentence.lemma($0)) || EntityRecognizer.gatheringWords.contains(sentence.lemma($0)) }
                .flatMap { sentence.children(of: $0, ["prep"]) }.filter { Self.topicPrepositions.contains(sentence.lower($0)) }
                .flatMap { phraseParties($0, in: sentence) }.map(\.entity))
            objects.removeAll { topics.contains($0.entity) }
        }
        // "welcomed President Mohamud to the Pentagon": the one welcomed is the guest; the place
        // welcomed to is the host's own.
        if pattern.predicate == "hosts", !passive {
            let guests = sentence.children(of: verb, ["dobj"]).flatMap { parties(at: $0, in: sentence) }
            if !guests.isEmpty { objects = guests }
        }
        // "met Kihara to discuss the U.S.-Japan Alliance": what is discussed is the topic; only
        // whom it is discussed with is a party.
        if cameo != nil, !passive, Self.topicVerbs.contains(sentence.lemma(verb)) {
            objects = ([verb] + sentence.children(of: verb, ["dobj"])).flatMap { sentence.children(of: $0, ["prep"]) }
                .filter { sentence.lower($0) == "with" }.flatMap { phraseParties($0, in: sentence) }
        }
        // "traveled from Syria": where one comes from is no party to a visit or a meeting.
        if cameo != nil, ["consults", "visits", "meets_with"].contains(pattern.predicate) {
            let origins = Set(sentence.children(of: verb, ["prep"]).filter { sentence.lower($0) == "from" }
                .flatMap { coordinatedPhrases($0, in: sentence) }.flatMap { phraseParties($0, in: sentence) }.map(\.entity))
            objects.removeAll { origins.contains($0.entity) }
        }
        // "called for a ceasefire by Hizballah and Israel": an appeal to the ceasefire's sides.
        if objects.isEmpty, !passive, ["demands", "appeals_to"].contains(pattern.predicate) {
            for prep in sentence.children(of: verb, ["prep"]) where sentence.lower(prep) == "for" {
                for event in sentence.children(of: prep, ["pobj"]) {
                    if let sides = sidesByAgent(of: event, in: sentence) {
                        objects = sides
                        if let appeal = patternsByWord["appeal"]?.first(where: { $0.predicate == "appeals_to" && $0.frame == .verb }) {
                            pattern = appeal
                            cameoCode = nil
                        }
                    }
                }
            }
        }
        // ("meet its commitments" has an object that is no party: no meeting of its subjects.)
        // "Guterres condemned the attack": an attack the story reported before is its attacker's.
        // "repelled yesterday's attack": whoever repels or intercepts an attack acts against its attacker.
        let repels = Self.repellingVerbs.contains(sentence.lemma(verb)) && vocabulary[pattern.predicate]?.relationClass == .materialConflict
        // ("US and UK military assets repelled yesterday's attack": one who acts with the subject
        // is not what the subject acts on.)
        if !passive, subjects.count >= 2, pattern.frame == .verb, !objects.isEmpty,
           objects.allSatisfy({ object in subjects.contains { $0.entity == object.entity } })
        {
            objects = []
        }
        if objects.isEmpty, !passive, let attacker = sentence.previousAttacker,
           vocabulary[pattern.predicate]?.relationClass == .verbalConflict || repels,
           sentence.children(of: verb, ["dobj"]).contains(where: { isReportedAttack($0, in: sentence) })
        {
            objects = [attacker]
        }
        // "the army and the RSF, which are fighting each other": a reciprocal object makes the
        // coordinated parties each other's party.
        if !passive, objects.isEmpty, hasReciprocalObject(verb, in: sentence) {
            let sides = subjects.count >= 2 ? subjects : coordinatedAntecedents(of: verb, in: sentence)
            if sides.count >= 2 {
                // ("fought each other": each attacks the other, which is a clash.)
                let mutual = reciprocal(of: pattern)
                let code = mutual.predicate == pattern.predicate ? cameoCode : nil
                // ("accused each other": each accuses the other.)
                let bothWays = vocabulary[mutual.predicate]?.isSymmetric == true
                    ? Self.pairs(of: sides) : Self.pairs(of: sides).flatMap { [($0, $1), ($1, $0)] }
                return bothWays.compactMap { make($0, $1, mutual, verb, in: sentence, base: 0.75, cameoCode: code) }
            }
        }
        // "Israel and Hamas agreed a truce", "urged both to agree the ceasefire deal": what they
        // agree on is the event, not mere agreement.
        if objects.isEmpty, subjects.count >= 2, !passive, Self.committingVerbs.contains(sentence.lemma(verb)),
           !Self.thirdPartyVerbs.contains(sentence.lemma(verb)),
           pattern.frame == .subject, let (noun, event) = symmetricEvent(objectOf: verb, in: sentence)
        {
            return Self.pairs(of: subjects).compactMap { make($0, $1, event, noun, in: sentence, base: 0.7) }
        }
        // "Sudan's army and the RSF have been fighting": a verb of one side against another, with no
        // object and coordinated subjects, is the symmetric verb the lexicon also knows.
        // (Only fighting: "Norway and Germany must meet their commitments" is no meeting.)
        if pattern.frame == .verb, cameo == nil, objects.isEmpty, subjects.count >= 2, !passive,
           vocabulary[pattern.predicate]?.relationClass == .materialConflict,
           let (symmetric, _) = match(verb, in: sentence, frames: [.subject]),
           vocabulary[symmetric.predicate]?.relationClass == .materialConflict
        {
            pattern = symmetric
        }
        if pattern.frame == .subject || (vocabulary[pattern.predicate]?.isSymmetric == true && !passive),
           objects.isEmpty, subjects.count >= 2,
           pattern.frame == .subject || sentence.children(of: verb, ["dobj"]).isEmpty || Self.talkPredicates.contains(pattern.predicate)
        {
            // "Turkey and Russia clashed": the coordinated subjects are each other's party.
            return Self.pairs(of: subjects).compactMap { make($0, $1, pattern, verb, in: sentence, base: 0.75, cameoCode: cameoCode) }
        }
        // (Only where the verb carries the event out or commits to it: "welcomed the agreement" is no signing.)
        // ("Egypt and Qatar are trying to broker a ceasefire": the brokers are not its sides.)
        if objects.isEmpty, subjects.count >= 2, !passive, Self.committingVerbs.contains(sentence.lemma(verb)),
           !Self.thirdPartyVerbs.contains(sentence.lemma(verb)),
           let (noun, event) = symmetricEvent(objectOf: verb, in: sentence)
        {
            // "Sudan's army and the RSF agreed to a ceasefire": the event is between the subjects.
            return Self.pairs(of: subjects).compactMap { make($0, $1, event, noun, in: sentence, base: 0.7) }
        }
        if !passive, vocabulary["protects"] != nil, deploysForAMission(verb, subjects: subjects, in: sentence) {
            pattern = RelationLexicon.Pattern(steps: pattern.steps, text: pattern.text + " (for a mission)", predicate: "protects", frame: pattern.frame)
            cameoCode = nil
        }
        // "We are disappointed by the ELN's failure", "Russia's drills alarmed Japan": the one
        // dismayed is who disapproves.
        if Self.dismayingVerbs.contains(sentence.lemma(verb)) { swap(&subjects, &objects) }
        var result: [Candidate] = []
        for subject in subjects {
            for object in objects {
                if let candidate = make(subject, object, pattern, verb, in: sentence, base: passive ? 0.75 : 0.8, cameoCode: cameoCode) {
                    result.append(candidate)
                }
            }
        }
        return result
    }

    /// "are heavily armed and supported by Rwanda": the parser may read the first of two
    /// participles sharing an agent as an adjective complement.
    func isParticipleWithAgent(_ index: Int, in sentence: ParsedSentence) -> Bool {
        guard sentence[index].dep == "acomp", sentence.lower(index).hasSuffix("ed") else { return false }
        return !sentence.children(of: index, ["agent"]).isEmpty
            || sentence.children(of: index, ["conj"]).contains { sentence[$0].tag == "VBN" && !sentence.children(of: $0, ["agent"]).isEmpty }
    }

    /// Every pair of distinct coordinated subjects, in order: "Russia, Turkey and Iran agreed" is
    /// three agreements.
    static func pairs(of subjects: [Mention]) -> [(Mention, Mention)] {
        var seen = Set<Entity>()
        let distinct = subjects.filter { seen.insert($0.entity).inserted }.prefix(8)
        var result: [(Mention, Mention)] = []
        for (offset, first) in distinct.enumerated() {
            for second in distinct.dropFirst(offset + 1) { result.append((first, second)) }
        }
        return result
    }

    /// The clause's subjects: its own, else those of the verb it is coordinated with or completes
    /// ("agreed to lift"), else the noun a relative clause describes.
    /// A name followed by a colon at the start of the sentence: who speaks the transcript's line.
    func isSpeakerLabel(_ index: Int, in sentence: ParsedSentence) -> Bool {
        guard sentence.range.contains(index + 1), sentence.lower(index + 1) == ":" else { return false }
        return (sentence.range.lowerBound..<index).allSatisfy { sentence[$0].pos == "SPACE" || sentence[$0].head == index }
    }

    func subjects(of verb: Int, in sentence: ParsedSentence) -> [Mention] {
        var current = verb
        for _ in 0..<6 {
            var found: [Mention] = []
            // "VOA: Hungarian Prime Minister Viktor Orban visited Kyiv": a transcript's speaker label
            // is no subject of the clause.
            for subject in sentence.children(of: current, Self.subjectLabels) where !isSpeakerLabel(subject, in: sentence) {
                let token = sentence[subject]
                if ["WDT", "WP"].contains(token.tag), sentence[current].dep == "relcl" {
                    // ("the attack on Sana’a airport which injured": a place named on the noun does nothing.)
                    // ("Attacks which damaged the offices of the British Council, the EU Delegation": an
                    // act that does the harm is done by its owner, not by a body the parse coordinates
                    // with it.)
                    let antecedent = sentence[current].head
                    let isAct = sentence.mention(at: antecedent) == nil && Self.attackNouns.contains(sentence.lemma(antecedent))
                    if isAct {
                        found += sentence.children(of: antecedent, ["poss", "amod", "compound", "nmod"])
                            .compactMap { sentence.mention(at: $0) }.filter { $0.entity.kind != .place }
                    } else {
                        found += parties(at: antecedent, in: sentence).filter { $0.entity.kind != .place }
                    }
                } else {
                    found += parties(at: subject, in: sentence)
                }
            }
            // ("The United States is today sanctioning": the parser may hang the subject on the auxiliary.)
            if found.isEmpty, sentence.children(of: current, Self.subjectLabels).isEmpty {
                found = sentence.children(of: current, ["aux"]).flatMap { sentence.children(of: $0, ["nsubj"]) }
                    .flatMap { parties(at: $0, in: sentence) }
            }
            // ("On February 12, on the margins of the UDCG and NATO Defense Ministerial …, Secretary of
            // Defense Pete Hegseth held": after a long opening the parser may coordinate the subject
            // into the phrase before it; the name right before the main verb is its subject.)
            // ("…, the Moscow Mechanism, and the Ukraine Monitoring Initiative have documented": past
            // the verb's auxiliaries.)
            let beforeVerb = (sentence.range.lowerBound..<verb).reversed().first { !["aux", "auxpass", "neg"].contains(sentence[$0].dep) } ?? verb - 1
            if found.isEmpty, current == verb, sentence[verb].dep == "ROOT", sentence.children(of: verb, Self.subjectLabels).isEmpty,
               sentence.range.contains(beforeVerb), sentence[beforeVerb].dep == "conj",
               let before = sentence.mention(at: beforeVerb), before.entity.kind != .place,
               sentence.ancestors(of: beforeVerb).contains(where: { sentence[$0].dep == "prep" && sentence[$0].head == verb })
            {
                found = [before]
                // ("As part of the AUSMIN meeting, Austin and Secretary of State Antony Blinken met":
                // and the names it is coordinated with.)
                var conjunct = beforeVerb
                while sentence[conjunct].dep == "conj", sentence.range.contains(sentence[conjunct].head), sentence[conjunct].head < conjunct,
                      let earlier = sentence.mention(at: sentence[conjunct].head), earlier.entity.kind != .place,
                      !found.contains(where: { $0.entity == earlier.entity })
                {
                    found.insert(earlier, at: 0)
                    conjunct = sentence[conjunct].head
                }
            }
            if !found.isEmpty { return found }
            // "Pyongyang is believed to have sent troops": the passive of a verb of believing or
            // saying lends its subject to the complement.
            // ("the Iranian president is scheduled to meet", "is expected to sign": so does the
            // passive of a verb of planning.)
            if sentence[current].dep == "xcomp", sentence.range.contains(sentence[current].head),
               Self.subjectLendingVerbs.contains(sentence.lemma(sentence[current].head)),
               sentence[sentence[current].head].tag == "VBN"
            {
                let raised = sentence.children(of: sentence[current].head, ["nsubjpass"]).flatMap { parties(at: $0, in: sentence) }
                if !raised.isEmpty { return raised }
            }
            // A clause with a subject of its own that is no party ("as the opposition threatened
            // to storm") does not borrow the subject of the clause above.
            if !sentence.children(of: current, Self.subjectLabels.union(["nsubjpass", "expl"])).isEmpty { return [] }
            let dep = sentence[current].dep
            let head = sentence[current].head
            guard head != current, sentence.range.contains(head) else { return [] }
            // "forced Turkey to make concessions": the object of the governing verb does the complement.
            // ("visited Beirut to show support": a place visited controls nothing.)
            if dep == "xcomp", let controller = sentence.child(of: head, "dobj"), !Self.journeyVerbs.contains(sentence.lemma(head)),
               sentence.mention(at: controller)?.entity.kind != .place
            {
                return parties(at: controller, in: sentence)
            }
            // "called on Iran to release the ship": the one called on does it. (The parser may hang
            // the infinitive as a clause of purpose.)
            let infinitive = dep == "advcl" && sentence.children(of: current, ["aux"]).contains { sentence.lower($0) == "to" }
            if dep == "xcomp" || infinitive, let on = sentence.children(of: head, ["prep"]).first(where: { ["on", "upon"].contains(sentence.lower($0)) }) {
                let called = phraseParties(on, in: sentence)
                if !called.isEmpty { return called }
            }
            // ("to press U.S. allies in Europe to increase their spending": the parser may hang the
            // infinitive of the one urged as a clause of purpose; those urged do it, not the urger.)
            if infinitive, Self.urgingVerbs.contains(sentence.lemma(head)), let urged = sentence.child(of: head, "dobj") {
                return parties(at: urged, in: sentence).filter { $0.entity.kind != .place }
            }
            // "thanked Erdogan for mediating", "accused Moscow of blocking": the one thanked or
            // accused does it.
            if dep == "pcomp", let object = objectOfGoverningVerb(current, in: sentence) {
                return parties(at: object, in: sentence)
            }
            // "They highlighted that the ruling is binding and called on the PRC to abide": the
            // parser hangs the second verb on the reported clause's verb; a change of tense says it
            // continues the verb that reports.
            if dep == "conj", sentence[head].dep == "ccomp",
               sentence[current].tag == "VBD" || sentence[current].tag == "VBN" && sentence.children(of: current, ["aux", "auxpass"]).isEmpty,
               // ("determined that the RSF had committed genocide and imposed sanctions": from the
               // pluperfect of the reported clause back to the reporting verb's past.)
               ["VBZ", "VBP"].contains(sentence[head].tag)
                   || sentence[current].tag == "VBD" && sentence.children(of: head, ["aux"]).contains(where: { sentence.lower($0) == "had" }),
               sentence.range.contains(sentence[head].head),
               sentence[sentence[head].head].tag == "VBD"
            {
                current = sentence[head].head
                continue
            }
            // ("We urge all countries to condemn this launch and call on the DPRK to come": the parser
            // coordinates the second appeal into the first one's complement; it continues the verb
            // that urges, not the countries urged.)
            if dep == "conj", sentence[head].dep == "xcomp", Self.urgingVerbs.contains(sentence.lemma(current)),
               sentence.range.contains(sentence[head].head), Self.urgingVerbs.contains(sentence.lemma(sentence[head].head))
            {
                current = sentence[head].head
                continue
            }
            switch dep {
            case "conj", "xcomp", "acomp":
                // "Syria is willing to withdraw": through the adjective to its clause's subject.
                current = head
            case "advcl" where Self.deliberatingVerbs.contains(sentence.lemma(head)) && infinitive:
                // ("discussed the deployment of the MSS mission to provide security": the purpose is
                // that of what was discussed, not of those discussing it.)
                return sentence.children(of: head, ["dobj"]).flatMap { ofObjects(of: $0, in: sentence) }.flatMap { parties(at: $0, in: sentence) }
            case "advcl" where sentence[head].pos == "VERB" || sentence[head].pos == "AUX":
                current = head
            case "pcomp" where Self.clauseLinkingPrepositions.contains(sentence.lower(head)) && sentence[head].dep == "prep"
                && sentence.range.contains(sentence[head].head)
                && (sentence[sentence[head].head].pos == "VERB" || sentence[sentence[head].head].dep == "acomp"):
                // "marched through Bukavu, weeks after taking over Goma": the gerund's subject is the verb's.
                // ("We remain committed to supporting": the adjective's, through it the verb's.)
                current = sentence[head].head
            case "relcl", "acl":
                // "issued a declaration demanding that": the declaration's issuer demands.
                // ("Trump's call for NATO nations to increase their spending": those the call is
                // for do it, not the caller.)
                if dep == "acl", Self.messageNouns.contains(sentence.lemma(head)),
                   sentence.children(of: current, ["aux"]).contains(where: { sentence.lower($0) == "to" }),
                   let asked = sentence.children(of: head, ["prep"]).last(where: { sentence.lower($0) == "for" && $0 < current })
                {
                    return phraseParties(asked, in: sentence).filter { $0.entity.kind != .place }
                }
                let described = parties(at: head, in: sentence)
                // ("notes statements made by the UK and Canada condemning the decision": those who
                // made the statements condemn.)
                if described.isEmpty, sentence[current].tag == "VBG" {
                    let authors = authors(ofStatement: head, in: sentence)
                    if !authors.isEmpty { return authors }
                }
                guard described.isEmpty, sentence[head].dep == "dobj", sentence.range.contains(sentence[head].head) else {
                    return described
                }
                // ("discussed efforts to protect civilians": those who talk about an effort are not
                // said to make it.)
                // ("criticized the decision to free Saab": nor those who judge it.)
                if Self.deliberatingVerbs.contains(sentence.lemma(sentence[head].head)) || Self.judgingVerbs.contains(sentence.lemma(sentence[head].head)) {
                    return []
                }
                // ("sanctioned companies supplying Russia": those the clause describes act, not
                // whoever acts on them.)
                // ("outlast the coalition supporting Ukraine": an unnamed body of actors acts itself.)
                if SentenceContext.unnamedPeopleNouns.contains(sentence.lower(head)) || Self.role(ofAgent: sentence.lemma(head), agents: agents) != nil
                    || Self.actingBodyNouns.contains(sentence.lemma(head))
                {
                    return []
                }
                current = sentence[head].head
            default:
                return []
            }
        }
        return []
    }

    /// Who an act a noun names was done by: its "by" phrase, or the hands it was done at.
    func actDoers(_ act: Int, in sentence: ParsedSentence) -> [Mention] {
        let named = sentence.children(of: act, ["prep"]).filter { sentence.lower($0) == "by" }.flatMap { phraseParties($0, in: sentence) }
        return named.isEmpty ? handsOf(act, in: sentence) : named
    }

    /// The words naming a noun's doer in its "by" phrase: "the visit by Xi Jinping to Serbia".
    func doerWords(of noun: Int, in sentence: ParsedSentence) -> [Int] {
        sentence.children(of: noun, ["prep"]).filter { sentence.lower($0) == "by" }
            .flatMap { sentence.children(of: $0, ["pobj"]) }.filter { sentence.mention(at: $0) != nil }
    }

    /// "the execution of the hostages at the hands of Hamas": the one an act is done by, named as
    /// the one whose hands did it.
    func handsOf(_ act: Int, in sentence: ParsedSentence) -> [Mention] {
        sentence.children(of: act, ["prep"]).filter { sentence.lower($0) == "at" }
            .flatMap { sentence.children(of: $0, ["pobj"]) }.filter { sentence.lower($0) == "hands" }
            .flatMap { sentence.children(of: $0, ["prep"]) }.filter { sentence.lower($0) == "of" }
            .flatMap { phraseParties($0, in: sentence) }
    }

    /// Who the acts a verb takes as objects are by or from: their "by" phrase, or a message's "from"
    /// ("facilitated the transportation of these individuals from Nicaragua": a "from" that is no
    /// message's names where, not who). Each coordinated act's: "condemns the killing of civilians
    /// by the M23 as well as killings by ADF".
    private func doers(ofActsObjectOf verb: Int, throughTheirObjects: Bool, in sentence: ParsedSentence) -> [Mention] {
        let judgesActs = Self.judgingVerbs.contains(sentence.lemma(verb)) || Self.verdictVerbs.contains(sentence.lemma(verb))
        for object in sentence.children(of: verb, ["dobj"]) where sentence.mention(at: object) == nil {
            let acts = ([object] + sentence.children(of: object, ["conj"])).filter { sentence.mention(at: $0) == nil }
            let holders = acts + (throughTheirObjects ? acts.flatMap { ofObjects(of: $0, in: sentence) } : [])
            let found = holders.flatMap { holder in
                sentence.children(of: holder, ["prep"])
                    .filter { sentence.lower($0) == "by" || sentence.lower($0) == "from" && Self.messageNouns.contains(sentence.lemma(holder)) }
            }.flatMap { phraseParties($0, in: sentence) } + holders.flatMap { handsOf($0, in: sentence) }
            if !found.isEmpty { return found }
            // "condemns the law issued by the Taliban", "rejects the decision taken by Israel": the
            // agent of a participle describing the act judged. ("visited a factory supported by a
            // loan from the DFC": not a place visited.)
            guard judgesActs else { continue }
            // ("welcomes the momentum towards peace generated by the work of the AU": the parser may
            // hang the participle on the object's own phrase.)
            let phrased = acts.flatMap { sentence.children(of: $0, ["prep"]) }.flatMap { sentence.children(of: $0, ["pobj"]) }
                .filter { sentence.mention(at: $0) == nil }
            let described = (acts + phrased).flatMap { sentence.children(of: $0, ["acl"]) }.filter { sentence[$0].tag == "VBN" }
                .flatMap { sentence.children(of: $0, ["agent"]) }.flatMap { phraseParties($0, in: sentence) }
            if !described.isEmpty { return described }
        }
        return []
    }

    private func objects(
        of verb: Int, preposition: String?, in sentence: ParsedSentence, cameoCoded: Bool = false, subjects: [Mention] = [],
        withIsParty: Bool = true
    ) -> [Mention] {
        if let preposition {
            for holder in [verb] + directObjects(of: verb, in: sentence) {
                // ("met with close allies from Australia and Japan, and separately with his
                // counterpart from India": each of the verb's phrases.)
                var named: [Mention] = []
                // ("gave a warning to Iran": the parser calls the verb's "to" a dative.)
                for prep in sentence.children(of: holder, preposition == "to" ? ["prep", "dative"] : ["prep"]) where sentence.lower(prep) == preposition {
                    let phrases = coordinatedPhrases(prep, in: sentence)
                    let found = phrases.flatMap { phraseParties($0, in: sentence) }
                    if !found.isEmpty {
                        named += found.filter { party in !named.contains { $0.range == party.range } }
                        continue
                    }
                    guard named.isEmpty else { continue }
                    // "fired shells at targets in Jericho": the place the phrase's noun lies in.
                    // (Not "called for a ceasefire in Lebanon": a demand is no act aimed at a place.)
                    guard ["at", "on", "against", "into", "to"].contains(preposition) else { continue }
                    let located = phrases.flatMap { sentence.children(of: $0, ["pobj"]) }
                        .filter { sentence[$0].pos == "NOUN" }
                        .flatMap { sentence.children(of: $0, ["prep"]).filter { ["in", "near", "around"].contains(sentence.lower($0)) } }
                        .flatMap { phraseParties($0, in: sentence) }
                    if !located.isEmpty { return located }
                }
                if !named.isEmpty { return named }
            }
            // "after taking over Goma": the parser may read the pattern's preposition as the verb's
            // particle, and its object as the verb's.
            if sentence.children(of: verb, ["prt"]).contains(where: { sentence.lower($0) == preposition }) {
                let found = sentence.children(of: verb, ["dobj"]).flatMap { parties(at: $0, in: sentence) }
                if !found.isEmpty { return found }
            }
            // "call on the governments of Kosovo and Serbia": the parser may leave the preposition
            // without its object and make the object the verb's.
            for prep in sentence.children(of: verb, ["prep"])
            where sentence.lower(prep) == preposition && sentence.children(of: prep, ["pobj", "pcomp"]).isEmpty {
                let found = sentence.children(of: verb, ["dobj"]).filter { $0 > prep }.flatMap { parties(at: $0, in: sentence) }
                if !found.isEmpty { return found }
            }
            // "acting as a mediator and preventing clashes between Syria and Turkey": a third
            // party's sides may be named anywhere in the sentence.
            if preposition == "between" {
                for prep in sentence.range where sentence.lower(prep) == "between" && sentence[prep].dep == "prep" {
                    let found = phraseParties(prep, in: sentence)
                    if found.count >= 2 { return found }
                }
            }
            return []
        }
        // "defend itself against aggression": the act's object is its own subject.
        if sentence.children(of: verb, ["dobj"]).contains(where: { RelationExtractor.reflexives.contains(sentence.lower($0)) }) {
            return []
        }
        // A relative pronoun may hang from the verb as any object ("whom he considers terrorists").
        let relative = sentence.children(of: verb, ["pobj"]).filter { ["WP", "WDT"].contains(sentence[$0].tag) }
        // A dative may be the preposition itself: "offered cooperation to Niger".
        let datives = sentence.children(of: verb, ["dative"]).flatMap { dative in
            sentence[dative].pos == "ADP" ? sentence.children(of: dative, ["pobj"]) : [dative]
        }
        // "withdrew its forces from Syria", "suspended part of its aid for Myanmar": the subject's own
        // forces or aid are not the other party, whose phrase may follow. (Not for the CAMEO
        // dictionary's broad patterns: "continued their advance towards Aleppo" is no attack on it.)
        // ("called Putin on Tuesday": the parser may take a named object for a predicative one.)
        let named = sentence.children(of: verb, ["oprd"]).filter { sentence.mention(at: $0) != nil }
        // "condemns the detentions of UN personnel by the Houthis": who is judged for an act is the
        // one the act is by, not the one it befell.
        // ("the detentions of UN personnel by the Houthis": the parser may hang the "by" on the act's object.)
        if Self.judgingVerbs.contains(sentence.lemma(verb)) {
            let doers = doers(ofActsObjectOf: verb, throughTheirObjects: true, in: sentence)
            if !doers.isEmpty { return doers }
        }
        let direct = (directObjects(of: verb, in: sentence) + datives + relative + named).flatMap { parties(at: $0, in: sentence) }
            .filter { object in cameoCoded || !subjects.contains { $0.entity == object.entity } }
        if !direct.isEmpty { return direct }
        // "hundreds of Palestinians it has jailed": a relative clause with a subject of its own and
        // no object has the noun it describes as its object.
        if let described = describedObject(of: verb, in: sentence) {
            let found = parties(at: described, in: sentence).filter { object in !subjects.contains { $0.entity == object.entity } }
            if !found.isEmpty { return found }
        }
        // "rejected calls by Belarus", "dismissed an appeal from the president", "demanded an
        // admission by Moscow": the party of the object's "by" or "from" is the one answered or asked.
        let asked = doers(ofActsObjectOf: verb, throughTheirObjects: false, in: sentence)
        if !asked.isEmpty { return asked }
        // "demanded that the US cancel", "allow Ouattara to participate": the one asked or allowed
        // is the complement clause's subject (not after a verb of saying: "warned that Iran was").
        // ("agreed that Iran remains a threat": what is agreed is a proposition about Iran, no act with it.)
        if !Self.speechVerbs.contains(sentence.lemma(verb)), !Self.propositionVerbs.contains(sentence.lemma(verb)), cameoCoded == false {
            for clause in sentence.children(of: verb, ["ccomp"]) {
                let found = sentence.children(of: clause, ["nsubj"]).flatMap { parties(at: $0, in: sentence) }
                if !found.isEmpty { return found }
            }
        }
        // "offered military cooperation to Niger": the recipient may hang from the object.
        for holder in [verb] + directObjects(of: verb, in: sentence) {
            // "condemned the attacks on the Kosovo Police": an attack's target is not the one condemned
            // (unless a light verb carries the attack out: "carried out attacks on").
            if holder != verb, Self.attackNouns.contains(sentence.lemma(holder)),
               !Self.lightVerbs.contains(sentence.lemma(verb))
            {
                continue
            }
            // ("condemned arms sales to Taiwan": nor is the receiver of a handing over judged.)
            if holder != verb, RelationExtractor.transferNouns.contains(sentence.lower(holder)), Self.judgingVerbs.contains(sentence.lemma(verb)) {
                continue
            }
            // ("boycott contact with the United States": the object's own "with" still names the party.)
            for wanted in Self.objectPrepositions where wanted != "with" || withIsParty || holder != verb {
                // ("facilitated the transportation of these individuals from Nicaragua": the object's
                // "from" is where it comes from, unless it is a message's sender.)
                if wanted == "from", holder != verb, !Self.messageNouns.contains(sentence.lemma(holder)) { continue }
                for prep in sentence.children(of: holder, ["prep"]) where sentence.lower(prep) == wanted {
                    // ("On Sudan, the Secretary thanked the Minister": a phrase put before the subject
                    // names the topic, not the party.)
                    if holder == verb, wanted == "on", subjects.contains(where: { prep < $0.range.lowerBound }) { continue }
                    // ("sign a security agreement at the Group of Seven summit": a gathering one acts
                    // at is where, not whom.)
                    // ("met for the Australia-Japan Ministerial Consultation": nor one they meet for.)
                    if ["at", "for"].contains(wanted),
                       sentence.children(of: prep, ["pobj"]).contains(where: { Self.gatheringNouns.contains(sentence.lemma($0)) })
                    {
                        continue
                    }
                    // ("met at UNGA", "spoke at the United Nations": where they meet or speak, never whom.)
                    if wanted == "at", holder == verb, Self.venueVerbs.contains(sentence.lemma(verb)) { continue }
                    // "against Daesh in Syria and against the PKK": coordinated phrases each name one.
                    let phrases = coordinatedPhrases(prep, in: sentence)
                    let found = phrases.flatMap { phraseParties($0, in: sentence) }
                    if !found.isEmpty { return found }
                }
            }
        }
        // "mobilized army reservists for a possible war against Iraq": the act is aimed at the
        // target of the hostilities it prepares for.
        for holder in [verb] + directObjects(of: verb, in: sentence) {
            for prep in sentence.children(of: holder, ["prep"]) where sentence.lower(prep) == "for" {
                for noun in sentence.children(of: prep, ["pobj"]) where Self.hostilityNouns.contains(sentence.lemma(noun)) {
                    let found = sentence.children(of: noun, ["prep"]).filter { ["against", "on"].contains(sentence.lower($0)) }
                        .flatMap { phraseParties($0, in: sentence) }
                    if !found.isEmpty { return found }
                }
            }
        }
        // "threatened to launch an offensive unless Baghdad accepted", "threatened to stop talks if
        // the United States goes ahead": the one the condition is put to.
        if Self.threatVerbs.contains(sentence.lemma(verb)) {
            for clause in ([verb] + sentence.children(of: verb, ["xcomp"])).flatMap({ sentence.children(of: $0, ["advcl"]) })
            where sentence.children(of: clause, ["mark"]).contains(where: { ["unless", "if"].contains(sentence.lower($0)) }) {
                let found = sentence.children(of: clause, ["nsubj"]).flatMap { parties(at: $0, in: sentence) }
                if !found.isEmpty { return found }
            }
        }
        return []
    }

    static let locativePrepositions: Set<String> = ["in", "at", "into", "inside", "throughout", "across"]

    /// "strikes into Houthi-controlled areas": areas struck stand for the group that holds them.
    func controllerOfArea(at noun: Int, in sentence: ParsedSentence) -> Mention? {
        guard ["area", "territory", "part", "zone", "position", "stronghold"].contains(sentence.lemma(noun)), sentence[noun].dep == "pobj",
              sentence.range.contains(sentence[noun].head), ["into", "on", "against"].contains(sentence.lower(sentence[noun].head))
        else { return nil }
        for participle in sentence.children(of: noun, ["amod"]) where ["controlled", "held"].contains(sentence.lower(participle)) {
            for name in sentence.children(of: participle, ["npadvmod", "compound", "nmod"]) where sentence.lower(name + 1) == "-" {
                if let holder = sentence.mention(at: name), holder.entity.type != "state", holder.entity.kind != .place {
                    var holder = holder
                    holder.isModifier = false
                    return holder
                }
            }
        }
        return nil
    }

    /// "Prisoners rioted at a jail in northern Israel", "lifted the curfew in Darfur": an act with no
    /// party as its object is coded, as CAMEO does, against the state where it happened.
    /// Verbs that say where or how their object is: "found the junta in control of".
    static let placingVerbs: Set<String> = ["find", "leave", "keep", "put", "place", "see", "show"]
    static let strikingVerbs: Set<String> = ["strike", "hit", "target", "bomb", "shell", "pound", "bombard"]

    /// (`strike`: "struck a commuter bus in the Dnipropetrovsk region": a place struck whose state
    /// the gazetteer does not know is the target itself.)
    private func location(of verb: Int, in sentence: ParsedSentence, strike: Bool = false) -> [Mention] {
        var holders = [verb] + sentence.children(of: verb, ["dobj"])
        var looked = 0
        while looked < holders.count, looked < 6 {
            let holder = holders[looked]
            looked += 1
            for prep in sentence.children(of: holder, ["prep"]) where Self.locativePrepositions.contains(sentence.lower(prep)) {
                for place in sentence.children(of: prep, ["pobj"]) {
                    if let mention = sentence.mention(at: place) {
                        // ("in Kremenchuk, Ukraine": a town the gazetteer does not know, with its state.)
                        let named = sentence.children(of: place, ["appos"]).lazy.compactMap { sentence.mention(at: $0) }
                            .first { $0.entity.type == "state" }
                        guard let state = state(containing: mention.entity) ?? named?.entity else {
                            if strike, mention.entity.kind == .place, !Self.isContinentOrSea(mention.entity) { return [mention] }
                            continue
                        }
                        return [Mention(
                            entity: state, range: mention.range, role: nil, isPossessive: false,
                            confidence: mention.confidence * 0.8)]
                    }
                    // "at a jail in northern Israel": the place may be the noun's own.
                    if sentence[place].pos == "NOUN" { holders.append(place) }
                }
            }
        }
        return []
    }

    static let ownershipParticiples: Set<String> = ["flagged", "owned", "operated", "registered", "run", "led"]

    /// "a British-flagged tanker", "a Greek-owned ship", "the Saudi-led coalition": the party that
    /// flags, owns or leads the thing, which the parser hangs from the participle rather than from
    /// the noun.
    func ownerInCompound(_ modifier: Int, in sentence: ParsedSentence) -> (Int, Mention)? {
        // ("U.S.-flagged" may stay one token: the participle is its last part, the name its first.)
        let parts = sentence[modifier].text.split(separator: "-")
        if parts.count >= 2, Self.ownershipParticiples.contains(parts.last!.lowercased()),
           let owner = namedParty(parts.dropLast().joined(separator: "-"), confidence: 0.85)
        {
            return (modifier, owner)
        }
        guard Self.ownershipParticiples.contains(sentence.lower(modifier)) else { return nil }
        // The recogniser leaves "British-flagged" whole, as a description; the parse splits it.
        return sentence.children(of: modifier, ["amod", "npadvmod", "compound", "nmod"])
            .filter { $0 + 1 < modifier && sentence.lower($0 + 1) == "-" }
            .lazy.compactMap { token in (sentence.mention(at: token) ?? self.namedParty(sentence[token].text, confidence: 0.85)).map { (token, $0) } }
            .first
    }

    /// "Turkey hosted talks between Russia and Ukraine": the host receives each side.
    private func hostings(of noun: Int, between sides: [Mention], in sentence: ParsedSentence) -> [Candidate] {
        let verb = sentence[noun].head
        guard sentence[noun].dep == "dobj", sentence.range.contains(verb), sentence.lemma(verb) == "host",
              let hosting = lexiconPattern(for: "hosts")
        else { return [] }
        return subjects(of: verb, in: sentence).filter { host in !sides.contains { $0.entity == host.entity } }.flatMap { host in
            sides.compactMap { make(host, $0, hosting, verb, in: sentence, base: 0.7) }
        }
    }

    /// A day, month, year or time of day: "on Tuesday", "in March", "in 2022", "on the weekend".
    func isTimeWord(_ index: Int, in sentence: ParsedSentence) -> Bool {
        EntityRecognizer.calendarWords.contains(sentence.lower(index))
            || ["may", "march", "june", "today", "tonight", "yesterday", "weekend", "morning", "evening", "night", "afternoon"].contains(sentence.lower(index))
            || sentence[index].tag == "CD" && sentence.lower(index).count == 4 && Int(sentence.lower(index)) != nil
    }

    /// Verbs by which a third party brings about what others agree: the subjects are not its sides.
    static let thirdPartyVerbs: Set<String> = ["broker", "mediate", "facilitate", "secure", "arrange", "oversee", "monitor", "guarantee", "host"]

    static let journeyVerbs: Set<String> = ["arrive", "travel", "fly", "head", "come", "go", "land", "return", "visit"]
    /// Meetings whose participant the clause after them names: "after talks with …, Lavrov said".
    static let encounterPredicates: Set<String> = ["meets_with", "consults", "negotiates_with"]
    /// Verbs whose "at" phrase says where: "met at UNGA", "spoke at the United Nations".
    static let venueVerbs: Set<String> = ["meet", "talk", "speak", "gather", "convene", "confer", "negotiate"]
    static let sequencePrepositions: Set<String> = ["after", "following", "during", "before", "since"]

    /// The verb that claims responsibility for the event noun: "claimed responsibility for the
    /// attack", "took responsibility for the bombing" (not "denied responsibility for").
    func responsibilityClaim(for noun: Int, in sentence: ParsedSentence) -> Int? {
        let prep = sentence[noun].head
        guard sentence[noun].dep == "pobj", sentence.range.contains(prep), sentence.lower(prep) == "for" else { return nil }
        let responsibility = sentence[prep].head
        guard sentence.range.contains(responsibility), ["responsibility", "credit"].contains(sentence.lemma(responsibility)),
              sentence[responsibility].dep == "dobj"
        else { return nil }
        let verb = sentence[responsibility].head
        guard sentence.range.contains(verb), ["claim", "take", "accept", "assume", "admit", "bear"].contains(sentence.lemma(verb)) else { return nil }
        return verb
    }

    /// The noun a relative clause describes, when the clause leaves its object to it: a subject
    /// of its own that is no relative pronoun, active, and with no object or clause after it.
    private func describedObject(of verb: Int, in sentence: ParsedSentence) -> Int? {
        guard sentence[verb].dep == "relcl", sentence.range.contains(sentence[verb].head), sentence[verb].head < verb,
              let subject = sentence.child(of: verb, "nsubj"), !["WDT", "WP", "WP$"].contains(sentence[subject].tag),
              sentence.children(of: verb, ["dobj", "nsubjpass", "auxpass", "ccomp", "xcomp", "dative", "attr"]).isEmpty
        else { return nil }
        return sentence[verb].head
    }

    static let partitives: Set<String> = [
        "part", "some", "all", "most", "much", "portion", "half", "rest", "bulk", "share", "barrage", "volley", "salvo", "wave", "swarm",
        "series", "round", "string", "spate", "flurry",
    ]
    static let currencyNouns: Set<String> = ["dollars", "euros", "pounds", "yuan", "yen", "rupees", "francs"]
    static let countNouns: Set<String> = ["thousands", "hundreds", "dozens", "tens", "millions", "scores", "number", "batch", "shipment"]

    /// The clause's direct objects and, through a partitive, what it is part of: "suspended part of
    /// a military aid program for Bosnia" suspends the program.
    private func directObjects(of verb: Int, in sentence: ParsedSentence) -> [Int] {
        // "kidnapped up to 16 Russian advisers": the parser hangs a counted object from "up to".
        let counted = sentence.children(of: verb, ["prt", "prep"]).filter { sentence.lower($0) == "up" }
            .flatMap { sentence.children(of: $0, ["prep"]).filter { sentence.lower($0) == "to" } }
            .flatMap { sentence.children(of: $0, ["pobj"]) }
            .filter { !sentence.children(of: $0, ["nummod"]).isEmpty }
        let objects = sentence.children(of: verb, ["dobj"])
        return (objects.filter { !restatesEarlierParty($0, of: verb, in: sentence) && !restatesEarlierObject($0, among: objects, in: sentence) } + counted)
            .flatMap { object -> [Int] in
            guard Self.partitives.contains(sentence.lower(object)) else { return [object] }
            return [object] + ofObjects(of: object, in: sentence)
        }
    }

    /// The objects of a word's "of" phrases.
    /// "accuses the DRC of backing FDLR — the Democratic Forces for the Liberation of Rwanda": the
    /// parser may make the name spelled out after a dash a second object of the verb.
    func restatesEarlierParty(_ object: Int, of verb: Int, in sentence: ParsedSentence) -> Bool {
        guard object > verb, let named = sentence.mention(at: object),
              let dash = (verb..<object).last(where: { ["—", "–", "--", ":"].contains(sentence.lower($0)) })
        else { return false }
        return (sentence.range.lowerBound..<dash).contains { sentence.mention(at: $0)?.entity == named.entity }
    }

    /// "announced a package for Ukraine on Friday, the latest tranche of U.S. aid": the parser may
    /// make a noun in apposition after a comma a second object of the verb; it describes the first.
    func restatesEarlierObject(_ object: Int, among objects: [Int], in sentence: ParsedSentence) -> Bool {
        guard sentence[object].pos == "NOUN", sentence.mention(at: object) == nil,
              let earlier = objects.last(where: { $0 < object })
        else { return false }
        return (earlier..<object).contains { sentence.lower($0) == "," }
    }

    func ofObjects(of index: Int, in sentence: ParsedSentence) -> [Int] {
        sentence.children(of: index, ["prep"]).filter { sentence.lower($0) == "of" }.flatMap { sentence.children(of: $0, ["pobj"]) }
    }

    /// The state a place lies in: the state itself, a city of the gazetteer by its country, a region
    /// named by direction ("northern Israel").
    func state(containing entity: Entity) -> Entity? {
        if entity.type == "state" { return entity }
        guard entity.kind == .place else { return nil }
        // "in Addis Ababa": a capital lies in the state it names.
        if let state = statesByCapital[entity.key] { return state }
        if let iso3 = gazetteer.entry(named: entity.name)?.country { return statesByISO3[iso3] }
        // "Kharkiv": a place the actor dictionary files under its state's code.
        if let entry = actors.entries(for: DictionaryTokens.key(entity.name)).first,
           let code = entry.roles.last?.code, code.count >= 3, let state = statesByISO3[String(code.prefix(3))],
           DictionaryMentions.isStateLine(entry, of: state)
        {
            return state
        }
        let words = entity.name.split(separator: " ", maxSplits: 1)
        if words.count == 2, EntityRecognizer.directions.contains(words[0].lowercased()),
           let entry = gazetteer.entry(named: String(words[1])), entry.entity.type == "state"
        {
            return entry.entity
        }
        return nil
    }

    /// A prepositional phrase and those coordinated with it by the same preposition, wherever the
    /// parser hung them: "against Daesh in Syria and against the PKK".
    private func coordinatedPhrases(_ prep: Int, in sentence: ParsedSentence) -> [Int] {
        let word = sentence.lower(prep)
        var result = [prep]
        var frontier = [prep]
        while let node = frontier.popLast(), result.count < 6 {
            for child in sentence.children(of: node) where ["pobj", "prep", "conj"].contains(sentence[child].dep) {
                if sentence[child].dep == "conj", sentence.lower(child) == word { result.append(child) }
                frontier.append(child)
            }
        }
        return result
    }

    // MARK: - Event nouns

    /// The parties a "by" phrase names for an event noun called for, two or more: on the noun or,
    /// where the parser hangs it there, on the verb that calls for it after the noun.
    func sidesByAgent(of noun: Int, in sentence: ParsedSentence) -> [Mention]? {
        var holders = [noun]
        if sentence[noun].dep == "pobj", sentence.lower(sentence[noun].head) == "for" {
            let verb = sentence[sentence[noun].head].head
            if sentence.range.contains(verb), Self.advocatingVerbs.contains(sentence.lemma(verb)) { holders.append(verb) }
        }
        for holder in holders {
            for prep in sentence.children(of: holder, ["prep", "agent"]) where sentence.lower(prep) == "by" && prep > noun {
                let sides = phraseParties(prep, in: sentence)
                if Set(sides.map(\.entity)).count >= 2 { return sides }
            }
        }
        return nil
    }

    /// Where the parser may have hung an event noun's own phrases instead: the nouns it completes
    /// and the verb that judges it ("an escalation of Iran's support | to Russia", "condemn the
    /// transfer of missiles | to Russia by Iran"). Only phrases after the noun count.
    /// Light verbs that name a third party in their agent, not the event's own side ("talks
    /// hosted by Qatar", "a truce brokered by Egypt").
    static let thirdPartyLightVerbs: Set<String> = ["host", "broker", "order", "announce", "issue", "confirm", "declare"]

    /// The passive light verb that carries an event noun and names who did it: "the sanctions
    /// imposed by Washington on Caracas", "the attack on Dnipro was launched by Russia".
    func passiveCarrier(of noun: Int, in sentence: ParsedSentence) -> Int? {
        guard sentence[noun].pos == "NOUN" else { return nil }
        func carries(_ verb: Int) -> Bool {
            sentence[verb].tag == "VBN" && Self.lightVerbs.contains(sentence.lemma(verb)) && !Self.thirdPartyLightVerbs.contains(sentence.lemma(verb))
                && !sentence.children(of: verb, ["agent"]).isEmpty
        }
        if let participle = sentence.children(of: noun, ["acl"]).first(where: carries) { return participle }
        let head = sentence[noun].head
        if sentence[noun].dep == "nsubjpass", head != noun, sentence.range.contains(head), carries(head) { return head }
        return nil
    }

    /// The light verb of a relative clause that carries the event noun it describes: "the strikes
    /// that the United States launched against the Houthis", "the sanctions the EU imposed on".
    static let relativeWords: Set<String> = ["that", "which", "who"]

    func relativeCarrier(of noun: Int, in sentence: ParsedSentence) -> Int? {
        guard sentence[noun].pos == "NOUN" else { return nil }
        return sentence.children(of: noun, ["relcl"]).first { verb in
            verb > noun && Self.lightVerbs.contains(sentence.lemma(verb)) && !Self.thirdPartyLightVerbs.contains(sentence.lemma(verb))
                && sentence.children(of: verb, ["dobj"]).allSatisfy { Self.relativeWords.contains(sentence.lower($0)) }
                && sentence.children(of: verb, ["nsubj"]).contains { !Self.relativeWords.contains(sentence.lower($0)) }
        }
    }

    /// Who did the event a passive light verb carries: its agent.
    func passiveAgents(of noun: Int, in sentence: ParsedSentence) -> [Mention] {
        guard let verb = passiveCarrier(of: noun, in: sentence) else { return [] }
        return sentence.children(of: verb, ["agent"]).flatMap { phraseParties($0, in: sentence) }
    }

    func raisedHolders(of noun: Int, in sentence: ParsedSentence) -> [Int] {
        var holders: [Int] = []
        var current = noun
        while holders.count < 3 {
            let dep = sentence[current].dep
            var above = sentence[current].head
            guard above != current, sentence.range.contains(above) else { break }
            if dep == "pobj", sentence[above].pos == "ADP" {
                let governor = sentence[above].head
                guard governor != above, sentence.range.contains(governor), sentence[governor].pos == "NOUN" else { break }
                above = governor
                holders.append(above)
                current = above
            } else if dep == "dobj", Self.judgingVerbs.contains(sentence.lemma(above)) {
                holders.append(above)
                break
            } else {
                break
            }
        }
        return holders
    }

    private func codeNoun(_ noun: Int, in sentence: ParsedSentence) -> [Candidate] {
        guard sentence.mention(at: noun) == nil else { return [] }
        // "called for a ceasefire in Lebanon, by Hizballah and Israel": the two named as those who
        // should do it are its sides.
        if !isCallForSomething(noun, in: sentence),
           let symmetric = lexiconPatterns(at: noun, in: sentence).first(where: {
               [.noun, .between].contains($0.frame) && vocabulary[$0.predicate]?.isSymmetric == true
           }),
           let sides = sidesByAgent(of: noun, in: sentence),
           let candidate = make(sides[0], sides[1], symmetric, noun, in: sentence, base: 0.65)
        {
            return [candidate]
        }
        // "The United States, South Korea and Japan held a trilateral air exercise": an event held
        // together is each pair's.
        // ("the agreement, signed by Ethiopia and Somaliland": or by the passive's agents.)
        let passiveSides = passiveAgents(of: noun, in: sentence)
        if sentence[noun].dep == "dobj" && sentence.range.contains(sentence[noun].head) && Self.lightVerbs.contains(sentence.lemma(sentence[noun].head))
            || passiveSides.count >= 2,
           // (Talks held are the CAMEO verb dictionary's: "hold * talks" negotiates.)
           let together = lexiconPatterns(at: noun, in: sentence).first(where: { $0.frame == .subject && $0.steps.count == 1 && $0.predicate != "meets_with" })
        {
            let sides = passiveSides.count >= 2 ? passiveSides : subjects(of: sentence[noun].head, in: sentence)
            var seen = Set<Entity>()
            let distinct = sides.filter { seen.insert($0.entity).inserted }
            if distinct.count >= 2 {
                var result: [Candidate] = []
                for (offset, first) in distinct.enumerated() {
                    for second in distinct.dropFirst(offset + 1) {
                        if let candidate = make(first, second, together, noun, in: sentence, base: 0.7) { result.append(candidate) }
                    }
                }
                if !result.isEmpty { return result }
            }
        }
        // "Violence erupted on Saturday between the army and the RSF": the phrase hangs on the verb
        // the event happens by.
        let verb = sentence[noun].head
        if sentence[noun].dep == "nsubj", sentence.range.contains(verb), Self.happeningVerbs.contains(sentence.lemma(verb)),
           let pattern = lexiconPatterns(at: noun, in: sentence).first(where: { $0.frame == .between }),
           !Self.thirdPartyPredicates.contains(pattern.predicate)
        {
            for prep in sentence.children(of: verb, ["prep"]) where sentence.lower(prep) == "between" {
                let sides = phraseParties(prep, in: sentence)
                if sides.count >= 2, let candidate = make(sides[0], sides[1], pattern, noun, in: sentence, base: 0.7) { return [candidate] }
            }
        }
        guard case (var pattern, let preposition)? = match(noun, in: sentence, frames: [.noun, .between]) else { return [] }
        if pattern.predicate == "consults", isCallForSomething(noun, in: sentence) { return [] }
        // "Iran's military support to Russia": support in arms.
        // "its growing military cooperation with Russia": cooperation in arms.
        if pattern.predicate == "cooperates_with", let military = lexiconPattern(for: "cooperates_militarily_with", frame: .noun),
           sentence.children(of: noun, ["amod", "compound"]).contains(where: { Self.militaryWords.contains(sentence.lower($0)) })
        {
            pattern = military
        }
        // ("security assistance for Ukraine": the same.)
        // ("the U.S. commitment to the defense of Japan": a commitment to defend is protection.)
        if pattern.predicate == "supports", sentence.lemma(noun) == "commitment",
           let protecting = lexiconPattern(for: "protects", frame: .noun),
           sentence.children(of: noun, ["prep"]).filter({ sentence.lower($0) == "to" }).flatMap({ sentence.children(of: $0, ["pobj"]) })
               .contains(where: { ["defense", "defence"].contains(sentence.lower($0)) })
        {
            pattern = protecting
        }
        if ["supports", "aids"].contains(pattern.predicate), let armingPattern,
           sentence.children(of: noun, ["amod", "compound"]).flatMap({ [$0] + sentence.children(of: $0, ["conj"]) })
               .contains(where: { ["military", "security"].contains(sentence.lower($0)) })
        {
            pattern = armingPattern
        }
        // An event noun states the event when a light verb carries it ("held talks", "launched an
        // attack"); under another verb it is only talked about ("could hurt cooperation").
        let head = sentence[noun].head
        // A verb that stops the event negates it instead ("preventing clashes between"); one that
        // judges it takes it as done ("condemned the transfer of missiles to Russia").
        // ("highlighted the long-standing cooperation between the U.S. and Saudi Arabia": a tie
        // one stresses is one that holds.)
        // ("the peace deal that ended the war between the government and the TPLF": a war ended
        // was fought.)
        let ended = pattern.frame == .between && sentence[noun].dep == "dobj" && Self.endingVerbs.contains(sentence.lemma(head))
            && Self.conflictPredicates.contains(pattern.predicate)
        let judged = sentence[noun].dep == "dobj" && (Self.judgingVerbs.contains(sentence.lemma(head))
            || pattern.frame == .between && Self.stressingVerbs.contains(sentence.lemma(head))) || ended
        // ("encourage continued collaboration between …": an event said to go on is going on.)
        // (Not "discussed the ongoing war in Gaza": those who talk of a war are not its side.)
        let ongoing = pattern.frame == .between
            && sentence.children(of: noun, ["amod"]).contains { ["continued", "ongoing", "existing"].contains(sentence.lower($0)) }
        // ("noted the United States' concern over China's actions": an attitude its holder is
        // named with holds whatever verb speaks of it.)
        // ("The leaders discussed their shared support for Ukraine": a standing attitude of their
        // own is held even as they discuss it.)
        let standing = sentence.children(of: noun, ["poss"]).contains { sentence[$0].tag == "PRP$" }
            && sentence.children(of: noun, ["amod"]).contains { Self.standingWords.contains(sentence.lower($0)) }
        let heldAttitude = Self.attitudePredicates.contains(pattern.predicate) && !sentence.children(of: noun, ["poss"]).isEmpty
            && (!Self.weighingVerbs.contains(sentence.lemma(head)) || standing)
        // ("supports Somalia's fight against al-Shabaab": a hostility its owner is named with is
        // being waged, whatever verb speaks of it; not one that is deterred or averted.)
        // ("to legitimise its illegal control of Kherson": so is an occupation.)
        let wagedHostility = (Self.conflictPredicates.contains(pattern.predicate) || pattern.predicate == "occupies")
            && !sentence.children(of: noun, ["poss"]).isEmpty
            && !Self.forestallingVerbs.contains(sentence.lemma(head)) && !Self.weighingVerbs.contains(sentence.lemma(head))
        if sentence[noun].dep == "dobj", sentence[head].pos == "VERB", !judged, !ongoing, !heldAttitude, !wagedHostility,
           !Self.lightVerbs.contains(sentence.lemma(head)), !Self.negativeVerbs.contains(sentence.lemma(head)),
           !Self.eventTakingVerbs.contains(sentence.lemma(head)), !Self.undoingVerbs.contains(sentence.lemma(head))
        {
            return []
        }
        // "reneged on his commitment to": the verb that goes back on the relation codes the event.
        if sentence.ancestors(of: noun).prefix(3).contains(where: { sentence[$0].pos == "VERB" && Self.retreatVerbs.contains(sentence.lemma($0)) }) {
            return []
        }
        if pattern.frame == .between, Self.thirdPartyPredicates.contains(pattern.predicate) {
            return codeMediation(noun, pattern, in: sentence)
        }
        if pattern.frame == .between {
            // ("meetings between Secretary Blinken, Secretary Yellen … and their counterparts": the
            // named are one side, and the other is unnamed.)
            for prep in sentence.children(of: noun, ["prep"]) where sentence.lower(prep) == "between"
                && !sentence.range.contains(where: { sentence.ancestors(of: $0).contains(prep) && sentence.lemma($0) == "counterpart" })
            {
                let parties = phraseParties(prep, in: sentence)
                // ("collaboration between Armenia, Azerbaijan and the OSCE": each pair.)
                let pairs = parties.count > 2 ? Self.pairs(of: parties) : parties.count == 2 ? [(parties[0], parties[1])] : []
                var candidates = pairs.compactMap { make($0, $1, pattern, noun, in: sentence, base: 0.7) }
                if ended {
                    candidates = candidates.map(\.outright)
                }
                if !candidates.isEmpty {
                    return candidates + hostings(of: noun, between: Array(parties.prefix(2)), in: sentence)
                }
            }
            return []
        }
        var objects: [Mention] = []
        var objectPreposition: String?
        let wanted = preposition.map { [$0] } ?? Self.objectPrepositions
        // "a suspension of air links with Serbia": the phrase may hang from the noun's "of" object;
        // "reiterate our support to the UN": from the light verb that carries the noun.
        let raised = raisedHolders(of: noun, in: sentence)
        // ("announced £120 million in humanitarian aid for Sudan": or from the amount given.)
        let amount = amountGiver(of: noun, in: sentence).map { _ in sentence[sentence[noun].head].head }
        // ("the visit by Xi Jinping to Serbia": the parser may hang the phrase on the noun's doer.)
        let doers = doerWords(of: noun, in: sentence)
        let holders = [noun] + ofObjects(of: noun, in: sentence) + (carrier(of: noun, in: sentence).map { [$0] } ?? []) + raised
            + (amount.map { [$0] } ?? []) + doers
        let later = { (prep: Int) in prep > noun || !raised.contains(sentence[prep].head) }
        search: for word in wanted {
            // ("accepted demands from Shona rebels": a message's "from" names who sends it.)
            if word == "from", Self.messageNouns.contains(sentence.lemma(noun)) { continue }
            for prep in holders.flatMap({ sentence.children(of: $0, ["prep"]) }) where sentence.lower(prep) == word && later(prep) {
                // ("the fight against Russian aggression": the aggression's owner wages it on the
                // fighter, `resistedAggression`.)
                if Self.conflictPredicates.contains(pattern.predicate),
                   sentence.children(of: prep, ["pobj"]).contains(where: { Self.aggressionNouns.contains(sentence.lemma($0)) })
                {
                    continue
                }
                // "concern about provocative activity by China's army": a judgement of an act is
                // of the one the act is by ("outrage at the execution of Israelis at the hands of
                // Hamas": not of those it befell).
                if ["criticises", "praises"].contains(pattern.predicate) {
                    objects = sentence.children(of: prep, ["pobj"]).filter { sentence.mention(at: $0) == nil }
                        .flatMap { actDoers($0, in: sentence) }.filter { $0.entity.kind != .place }
                }
                // ("coordination with the EU mission and with NATO": each coordinated phrase.)
                if objects.isEmpty {
                    objects = coordinatedPhrases(prep, in: sentence).flatMap { phraseParties($0, in: sentence) }
                }
                // "support to Russia's war against Ukraine": to the party that wages it.
                if objects.isEmpty {
                    objects = sentence.children(of: prep, ["pobj"]).filter { Self.hostilityNouns.contains(sentence.lemma($0)) }
                        .flatMap { sentence.children(of: $0, ["poss"]) }.flatMap { parties(at: $0, in: sentence) }
                }
                objectPreposition = word
                if !objects.isEmpty { break search }
            }
        }
        // "its demand that Israel ease restrictions": the one the demand is made of.
        if objects.isEmpty {
            let clauses = sentence.children(of: noun, ["ccomp", "acl"])
                + (carrier(of: noun, in: sentence).map { verb in sentence.children(of: verb, ["ccomp"]).filter { $0 > noun } } ?? [])
            for clause in clauses where sentence.children(of: clause, ["mark"]).contains(where: { sentence.lower($0) == "that" }) {
                objects = sentence.children(of: clause, ["nsubj"]).flatMap { parties(at: $0, in: sentence) }
                if !objects.isEmpty { break }
            }
        }
        // "our calls for Russia to reverse": the parser may make "for Russia to …" a clause of the
        // verb that carries the message.
        if objects.isEmpty, Self.messageNouns.contains(sentence.lemma(noun)) {
            let own = sentence.children(of: noun, ["acl", "advcl", "relcl"]).filter { forMark(of: $0, in: sentence) != nil }
            for clause in own + carriedForClauses(ofMessage: noun, in: sentence) {
                objects = sentence.children(of: clause, ["nsubj"]).flatMap { parties(at: $0, in: sentence) }
                if !objects.isEmpty { break }
            }
        }
        // "the Philippines, Washington's treaty ally", "Russia is Turkey's only ally": a relation noun
        // in apposition or as the predicate relates its referent to its possessor.
        if objects.isEmpty, ["appos", "attr"].contains(sentence[noun].dep) {
            let owners = sentence.children(of: noun, ["poss"]).flatMap { parties(at: $0, in: sentence) }
            let referents = sentence[noun].dep == "appos"
                ? parties(at: sentence[noun].head, in: sentence)
                : sentence.children(of: sentence[noun].head, Self.subjectLabels).flatMap { parties(at: $0, in: sentence) }
            var result: [Candidate] = []
            for referent in referents {
                for owner in owners {
                    if let candidate = make(referent, owner, pattern, noun, in: sentence, base: 0.7) { result.append(candidate) }
                }
            }
            return result
        }
        guard !objects.isEmpty else { return [] }
        // The owner of the event is its possessor ("Russia's support for") or the state that
        // describes it ("Palestinian riots against", "Israeli strikes on"), else the subject of the
        // light verb that governs it ("held talks with", "imposed sanctions on").
        var subjects = sentence.children(of: noun, ["poss"]).flatMap { parties(at: $0, in: sentence) }
        if subjects.isEmpty {
            subjects = sentence.children(of: noun, ["amod", "compound", "nmod"]).compactMap { sentence.mention(at: $0) }.map { owner in
                var owner = owner
                owner.isModifier = false
                return owner
            }
        }
        if subjects.isEmpty { subjects = preModifierParties(of: noun, in: sentence).filter { party in !objects.contains { $0.entity == party.entity } } }
        // "the Somali-led operation against Al-Shabab": the one who leads it.
        if subjects.isEmpty {
            subjects = sentence.children(of: noun, ["amod"]).filter { sentence.lower($0) == "led" }
                .flatMap { sentence.children(of: $0, ["npadvmod", "compound", "nmod", "amod"]) }
                .compactMap { sentence.mention(at: $0) ?? namedParty(sentence[$0].text, confidence: 0.9) }
                .filter { party in !objects.contains { $0.entity == party.entity } }
        }
        // "the close coordination of the Kosovo Police with EULEX": the "of" phrase names who acts
        // when another phrase names the other party.
        if subjects.isEmpty, objectPreposition != "of" {
            subjects = sentence.children(of: noun, ["prep"]).filter { sentence.lower($0) == "of" }
                .flatMap { phraseParties($0, in: sentence) }
                .filter { party in !objects.contains { $0.entity == party.entity } }
        }
        // "the sanctions imposed by Washington on Caracas": the passive's agent.
        if subjects.isEmpty {
            subjects = passiveSides.filter { party in !objects.contains { $0.entity == party.entity } }
        }
        // "arms exports from North Korea to Russia": who sends them.
        // ("arms exports": the pattern may open on the compound.)
        let transfer = RelationExtractor.transferNouns.contains(sentence.lower(noun)) ? noun
            : sentence[noun].dep == "compound" && RelationExtractor.transferNouns.contains(sentence.lower(head)) ? head : nil
        if subjects.isEmpty, objectPreposition == "to", let transfer {
            subjects = ([transfer] + holders).flatMap { sentence.children(of: $0, ["prep"]) }.filter { sentence.lower($0) == "from" }
                .flatMap { phraseParties($0, in: sentence) }
                .filter { party in !objects.contains { $0.entity == party.entity } }
        }
        // "the transfer of missiles to Russia by Iran": the agent the noun names.
        if subjects.isEmpty {
            subjects = holders.flatMap { sentence.children(of: $0, ["prep"]) }.filter { sentence.lower($0) == "by" && $0 > noun }
                .flatMap { phraseParties($0, in: sentence) }
                .filter { party in !objects.contains { $0.entity == party.entity } }
        }
        // "China's provocative actions, particularly the military drills around Taiwan": the
        // owner of the noun the event is in apposition to.
        // (Not an item of a list the parser hung there: "Russia's destabilizing actions, support for
        // Ukraine, and the need for …".)
        if subjects.isEmpty, sentence[noun].dep == "appos", sentence.range.contains(head),
           sentence.children(of: head, ["conj", "cc"]).isEmpty, sentence.children(of: noun, ["conj", "cc"]).isEmpty
        {
            subjects = sentence.children(of: head, ["poss"]).flatMap { parties(at: $0, in: sentence) }
        }
        // "its destabilizing activities, including support for the Houthis": the owner of the noun
        // the example is one of.
        if subjects.isEmpty, sentence[noun].dep == "pobj", sentence.range.contains(head), ["including", "like"].contains(sentence.lower(head)),
           sentence.range.contains(sentence[head].head), ["NOUN", "PROPN"].contains(sentence[sentence[head].head].pos)
        {
            subjects = sentence.children(of: sentence[head].head, ["poss"]).flatMap { parties(at: $0, in: sentence) }
        }
        // (The parser may hang "…, notably the drills around Taiwan" from the verb instead.)
        if subjects.isEmpty, sentence[noun].dep == "dep", sentence.range.contains(head),
           sentence.children(of: noun, ["advmod"]).contains(where: { Self.elaboratingAdverbs.contains(sentence.lower($0)) }),
           let named = sentence.children(of: head, ["dobj"]).last(where: { $0 < noun })
        {
            subjects = sentence.children(of: named, ["poss"]).flatMap { parties(at: $0, in: sentence) }
        }
        // "the strikes that the United States launched against the Houthis": who carries it out in
        // the clause that describes it.
        if subjects.isEmpty, let verb = relativeCarrier(of: noun, in: sentence) {
            subjects = self.subjects(of: verb, in: sentence).filter { party in !objects.contains { $0.entity == party.entity } }
        }
        // (Not the one who judges it: "the United States condemns the attacks on the police".)
        if subjects.isEmpty, ["dobj", "attr"].contains(sentence[noun].dep), !judged {
            subjects = self.subjects(of: sentence[noun].head, in: sentence)
        }
        var denied = false
        if subjects.isEmpty {
            subjects = involvedParties(in: noun, in: sentence)
            denied = !subjects.isEmpty && involvementDenied(in: noun, in: sentence)
        }
        // "continues to support the SDF in an offensive on Raqqa": the offensive is the helped party's.
        if subjects.isEmpty, sentence[noun].dep == "pobj", sentence.lower(head) == "in", sentence.range.contains(sentence[head].head),
           Self.helpingVerbs.contains(sentence.lemma(sentence[head].head))
        {
            subjects = sentence.children(of: sentence[head].head, ["dobj"]).flatMap { parties(at: $0, in: sentence) }
        }
        // "conducting attacks in solidarity with Palestinians": the manner of the subject's act;
        // "arrived in Riyadh for talks with Saudi officials": the purpose of the subject's journey.
        // "has been at war with the army": the state of the subject.
        if subjects.isEmpty, sentence[noun].dep == "pobj",
           sentence.lower(head) == "in" || sentence.lower(head) == "for" && Self.journeyVerbs.contains(sentence.lemma(sentence[head].head))
               || sentence.lower(head) == "at" && sentence.lemma(noun) == "war",
           sentence.range.contains(sentence[head].head), ["VERB", "AUX"].contains(sentence[sentence[head].head].pos)
        {
            // ("A BBC study found the junta in full control of 21% of Myanmar": the state found
            // is the object's, not the finder's.)
            let found = sentence.lower(head) == "in" && Self.placingVerbs.contains(sentence.lemma(sentence[head].head))
                ? sentence.children(of: sentence[head].head, ["dobj"]).filter { $0 < head } : []
            subjects = found.isEmpty ? self.subjects(of: sentence[head].head, in: sentence) : found.flatMap { parties(at: $0, in: sentence) }
        }
        // "Following a meeting with Blinken, Netanyahu said …", "Speaking after a call with
        // Erdogan, Putin said …": the one who met is the subject of what came after.
        if subjects.isEmpty, sentence[noun].dep == "pobj", Self.encounterPredicates.contains(pattern.predicate),
           Self.sequencePrepositions.contains(sentence.lower(head)), sentence.range.contains(sentence[head].head)
        {
            var verb = sentence[head].head
            if self.subjects(of: verb, in: sentence).isEmpty, sentence[verb].dep == "advcl", sentence.range.contains(sentence[verb].head) {
                verb = sentence[verb].head
            }
            // (Only a verb of saying: "briefed the families during a meeting with Harris" is a
            // meeting of others.)
            if Self.speechVerbs.contains(sentence.lemma(verb)) || sentence.lemma(verb) == "speak" {
                subjects = self.subjects(of: verb, in: sentence)
            }
        }
        // "pledged $20 million in humanitarian assistance for Sudan": the amount's giver.
        var trigger = noun
        if subjects.isEmpty, let giver = amountGiver(of: noun, in: sentence) {
            subjects = self.subjects(of: giver, in: sentence)
            // ("will provide $500 million in": the giving verb says how sure the act is.)
            trigger = giver
        }
        // "Hamas claimed responsibility for the attack on Israeli soldiers": who claims the act did it.
        if subjects.isEmpty, let claimer = responsibilityClaim(for: noun, in: sentence) {
            subjects = self.subjects(of: claimer, in: sentence)
        }
        var result: [Candidate] = []
        for subject in subjects {
            for object in objects {
                if var candidate = make(subject, object, pattern, trigger, in: sentence, base: 0.7) {
                    if denied { candidate.relation.negated = true }
                    // (A standing attitude discussed is held, not weighed.)
                    if standing, Self.weighingVerbs.contains(sentence.lemma(head)) { candidate = candidate.outright }
                    result.append(candidate)
                }
            }
        }
        return result
    }

    static let protestVerbs: Set<String> = ["riot", "demonstrate", "march", "rally", "strike", "block", "blockade", "boycott", "protest", "picket"]
    static let protestNouns: Set<String> = [
        "strike", "demonstration", "protest", "rally", "march", "sit-in", "boycott", "blockade", "vigil", "riot", "walkout",
    ]

    /// True for a purpose clause ("to demand …") of a protest: a protest verb, or a verb whose object
    /// is a protest ("staged demonstrations", "continued their hunger strike").
    private func isProtestPurpose(_ verb: Int, in sentence: ParsedSentence) -> Bool {
        guard ["advcl", "xcomp", "acl"].contains(sentence[verb].dep),
              sentence.children(of: verb, ["aux"]).contains(where: { sentence.lower($0) == "to" })
        else { return false }
        let head = sentence[verb].head
        guard head != verb, sentence.range.contains(head) else { return false }
        // "staged demonstrations to demand": the clause may describe the protest itself.
        if sentence[verb].dep == "acl" { return Self.protestNouns.contains(sentence.lemma(head)) }
        return Self.protestVerbs.contains(sentence.lemma(head))
            || sentence.children(of: head, ["dobj"]).contains { Self.protestNouns.contains(sentence.lemma($0)) }
    }

    /// The symmetric event a clause's object names ("agreed to a ceasefire", "held talks"), with its noun.
    private func symmetricEvent(objectOf verb: Int, in sentence: ParsedSentence) -> (Int, RelationLexicon.Pattern)? {
        // ("agreed to remain in close coordination": through the complement's verb.)
        let verbs = [verb] + sentence.children(of: verb, ["xcomp"]).filter { Self.eventCarriers.contains(sentence.lemma($0)) }
        // ("agree the ceasefire deal on the table", parsed as a clause whose verb is "deal" and whose
        // subject is "ceasefire": the noun the parser took for a verb.)
        let misreadNouns = verbs.flatMap { verb in
            sentence.children(of: verb, ["ccomp"]).filter { Self.misreadDealNouns.contains(sentence.lower($0)) }
        }
        let nouns = verbs.flatMap { verb in
            sentence.children(of: verb, ["dobj"]) + sentence.children(of: verb, ["prep"]).flatMap { sentence.children(of: $0, ["pobj"]) }
        } + misreadNouns.flatMap { sentence.children(of: $0, ["nsubj"]) + [$0] }
        // ("the ceasefire deal": the event is the compound that says what the deal is; "an agreement
        // for a cease-fire": or the noun it is for.)
        let purposes = nouns.filter { ["agreement", "deal", "accord"].contains(sentence.lemma($0)) }
            .flatMap { sentence.children(of: $0, ["prep"]) }.filter { ["for", "on"].contains(sentence.lower($0)) }
            .flatMap { sentence.children(of: $0, ["pobj"]) }
        let named = purposes + nouns.flatMap { noun in [noun] + sentence.children(of: noun, ["compound"]) }
        for noun in named where sentence.mention(at: noun) == nil && !isCallForSomething(noun, in: sentence) {
            for pattern in lexiconPatterns(at: noun, in: sentence)
            where [.noun, .between].contains(pattern.frame) && vocabulary[pattern.predicate]?.isSymmetric == true {
                return (noun, pattern)
            }
        }
        return nil
    }

    static let misreadDealNouns: Set<String> = ["deal", "plan", "proposal"]
    /// Verbs of having or being given: "must have", "should receive".
    static let entitlementVerbs: Set<String> = ["have", "receive", "get", "enjoy", "retain", "keep", "obtain"]
    static let bodyMemberNouns: Set<String> = ["state", "country", "member", "nation", "government", "ally"]
    static let partialQuantifiers: Set<String> = ["some", "several", "few", "many", "most", "certain"]
    /// What is released by being made public: "released the text", "a report released by".
    static let releasedTextNouns: Set<String> = [
        "text", "statement", "report", "readout", "document", "video", "footage", "figure", "data", "detail", "list", "transcript",
        "photo", "image", "result", "plan", "communiqué", "communique", "declaration", "information", "record", "tape", "letter",
    ]

    /// "the call by President Biden and President el-Sisi for the resumption of negotiations": a
    /// call for something is an appeal, not a conversation among its callers.
    func isCallForSomething(_ noun: Int, in sentence: ParsedSentence) -> Bool {
        Self.callNouns.contains(sentence.lemma(noun)) && sentence.children(of: noun, ["prep"]).contains { sentence.lower($0) == "for" }
    }

    static let operationNouns: Set<String> = ["mission", "operation", "offensive", "campaign", "incursion"]
    static let attackNouns: Set<String> = [
        "attack", "strike", "airstrike", "bombing", "shelling", "assault", "raid", "massacre", "killing", "ambush",
    ]

    /// The party that carries out an attack the sentence asserts on no named party ("it carried
    /// out deadly airstrikes on a village", "the army shelled the town").
    func attackerWithoutTarget(in sentence: ParsedSentence) -> Mention? {
        for index in sentence.range {
            // "condemns the attacks in the Red Sea by Houthi militants": the agent the noun names.
            if Self.attackNouns.contains(sentence.lemma(index)), sentence[index].pos == "NOUN", sentence.mention(at: index) == nil,
               let agent = sentence.children(of: index, ["prep"]).filter({ sentence.lower($0) == "by" })
                   .flatMap({ phraseParties($0, in: sentence) }).first(where: { $0.entity.kind != .place })
            {
                return agent
            }
            let verb: Int
            // (The whole pattern, not its first word: "joined 11 countries in a statement" is no
            // "join * sanctions against".)
            if sentence[index].pos == "VERB",
               let (pattern, _) = match(index, in: sentence, frames: [.verb]),
               vocabulary[pattern.predicate]?.relationClass == .materialConflict
            {
                verb = index
            } else if Self.attackNouns.contains(sentence.lemma(index)), sentence[index].dep == "dobj",
                      Self.lightVerbs.contains(sentence.lemma(sentence[index].head))
            {
                verb = sentence[index].head
            } else {
                continue
            }
            let stance = stance(of: verb, in: sentence)
            guard !stance.negated, [.asserted, .reported].contains(stance.modality),
                  let attacker = subjects(of: verb, in: sentence).first, attacker.entity.kind != .place
            else { continue }
            return attacker
        }
        return nil
    }

    /// "the attack", "Tuesday's attack", "these strikes", "this act of aggression": an attack
    /// named as one already told of, with no party of its own.
    private func isReportedAttack(_ noun: Int, in sentence: ParsedSentence) -> Bool {
        let isAct = sentence.lemma(noun) == "act"
            && ofObjects(of: noun, in: sentence).contains { ["aggression", "violence", "terror", "terrorism", "war"].contains(sentence.lemma($0)) }
        guard Self.attackNouns.contains(sentence.lemma(noun)) || isAct, sentence.mention(at: noun) == nil else { return false }
        let definite = sentence.children(of: noun, ["det"]).contains { ["the", "this", "that", "these", "those"].contains(sentence.lower($0)) }
            || sentence.children(of: noun, ["poss"]).contains { EntityRecognizer.calendarWords.contains(sentence.lower($0)) || ["tuesday", "yesterday", "today", "tonight", "weekend"].contains(sentence.lower($0)) }
        let ownParty = sentence.range.contains { token in
            sentence.mention(at: token) != nil && sentence.ancestors(of: token).contains(noun)
        }
        return definite && !ownParty
    }

    /// Relations a third party has to each side: "mediation between A and B" is the mediator's
    /// with A and with B.
    static let thirdPartyPredicates: Set<String> = ["mediates"]

    /// "Turkey's mediation between Russia and Ukraine", "a truce ... following mediation by Egypt
    /// and Qatar": the mediator is the possessor, the "by" phrase or the light verb's subject; the
    /// sides are the noun's "between" phrase, else the sentence's.
    private func codeMediation(_ noun: Int, _ pattern: RelationLexicon.Pattern, in sentence: ParsedSentence) -> [Candidate] {
        var mediators = sentence.children(of: noun, ["poss"]).flatMap { parties(at: $0, in: sentence) }
        for prep in sentence.children(of: noun, ["prep"]) where mediators.isEmpty && sentence.lower(prep) == "by" {
            mediators = phraseParties(prep, in: sentence)
        }
        if mediators.isEmpty, ["dobj", "attr"].contains(sentence[noun].dep) {
            mediators = subjects(of: sentence[noun].head, in: sentence)
        }
        // ("Qatar, a key mediator in the war between Israel and Hamas": the one it describes.)
        if mediators.isEmpty, sentence[noun].dep == "appos", sentence.range.contains(sentence[noun].head) {
            mediators = parties(at: sentence[noun].head, in: sentence)
        }
        // "thanked Erdogan for mediating between": the one thanked.
        if mediators.isEmpty, sentence[noun].dep == "pobj", let object = objectOfGoverningVerb(noun, in: sentence) {
            mediators = parties(at: object, in: sentence)
        }
        let betweens = sentence.children(of: noun, ["prep"]).filter { sentence.lower($0) == "between" }
        let anywhere = sentence.range.filter { sentence.lower($0) == "between" && sentence[$0].dep == "prep" }
        var sides: [Mention] = []
        for prep in betweens.isEmpty ? anywhere : betweens where sides.count < 2 {
            sides = phraseParties(prep, in: sentence)
        }
        guard sides.count >= 2 else { return [] }
        var result: [Candidate] = []
        for mediator in mediators {
            for side in sides where side.entity != mediator.entity {
                if let candidate = make(mediator, side, pattern, noun, in: sentence, base: 0.7) { result.append(candidate) }
            }
        }
        return result
    }

    // MARK: - Parties

    /// The parties a prepositional phrase names: those of its objects.
    func phraseParties(_ prep: Int, in sentence: ParsedSentence) -> [Mention] {
        // ("would not meet the junta without China": the one left out takes no part.)
        if Self.excludingPrepositions.contains(sentence.lower(prep)) { return [] }
        // ("negotiating on behalf of the group": the one spoken for is no party to the act.)
        var found = sentence.children(of: prep, ["pobj"]).filter { sentence.lower($0) != "behalf" }.flatMap { parties(at: $0, in: sentence) }
        // ("spoke with Defense Ministers from Canada and France to discuss": the parser may make the
        // phrase's object the subject of the purpose that follows it.)
        if found.isEmpty, sentence.lower(prep) == "with", sentence.children(of: prep, ["pobj"]).isEmpty {
            found = sentence.children(of: prep, ["pcomp"]).flatMap { sentence.children(of: $0, ["nsubj"]) }.flatMap { parties(at: $0, in: sentence) }
        }
        if sentence.lower(prep) == "between", found.isEmpty { return namedAfterDescription(prep, in: sentence) }
        guard sentence.lower(prep) == "between", found.count == 1 else { return found }
        // "between Turkish and Russian troops": the recogniser makes "Russian troops" one mention;
        // the adjective coordinated before it is the other side.
        var sides = found
        for object in sentence.children(of: prep, ["pobj"]) {
            for modifier in sentence.children(of: object, ["amod", "compound"]) {
                for side in ([modifier] + sentence.children(of: modifier, ["conj"])).compactMap({ sentence.mention(at: $0) })
                where !sides.contains(where: { $0.entity == side.entity }) && side.entity.kind != .place {
                    var side = side
                    side.isModifier = false
                    sides.append(side)
                }
            }
        }
        return sides
    }

    /// For the complement of a "for", "of" or "in" phrase ("thanked Erdogan for mediating", "accused
    /// Moscow of blocking", "support the Multinational Joint Task Force in combatting"), the object of
    /// the verb the phrase hangs from: the one who does it.
    private func objectOfGoverningVerb(_ index: Int, in sentence: ParsedSentence) -> Int? {
        let preposition = sentence[index].head
        guard preposition != index, sentence.range.contains(preposition), ["for", "of", "in"].contains(sentence.lower(preposition))
        else { return nil }
        if sentence.lower(preposition) == "in" {
            // ("I join others in thanking": those joined act with the subject, who does it too.)
            guard let verb = verbOfPhrase(preposition, in: sentence), sentence.lemma(verb) != "join" else { return nil }
            return sentence.child(of: verb, "dobj")
        }
        // ("a network that spans the Horn of Africa, the UAE and Cyprus, for facilitating financing":
        // what a verb of extent covers does not act.)
        guard let verb = verbOfPhrase(preposition, in: sentence), !Self.extentVerbs.contains(sentence.lemma(verb)) else { return nil }
        // ("Shame on Putin for waging a war": the one shamed.)
        if sentence.lemma(verb) == "shame", let shamed = shamedParty(of: verb, in: sentence) { return shamed }
        // ("has been accused by U.N. experts of supplying weapons": the passive's subject.)
        return sentence.child(of: verb, "dobj") ?? sentence.child(of: verb, "nsubjpass")
    }

    /// The verb a prepositional phrase completes: its head, or past the agent the parser hung it on
    /// ("accused by U.N. experts | of supplying": the "of" belongs to "accused").
    func verbOfPhrase(_ preposition: Int, in sentence: ParsedSentence) -> Int? {
        let head = sentence[preposition].head
        guard head != preposition, sentence.range.contains(head) else { return nil }
        if sentence[head].pos != "VERB", sentence[head].dep == "pobj", sentence.range.contains(sentence[head].head),
           sentence[sentence[head].head].dep == "agent", sentence.range.contains(sentence[sentence[head].head].head)
        {
            return sentence[sentence[head].head].head
        }
        return head
    }

    /// "Polish Deputy Prime Minister and Minister of National Defense Władysław Kosiniak-Kamysz":
    /// the parser may hang a long title's holder under its last "of"; the person is the title's.
    func titledPerson(under title: Int, in sentence: ParsedSentence) -> Mention? {
        for (index, person) in sentence.mentionHeads() where index > title && person.entity.type == "person" {
            // Up from the name to the title only through the title's own words.
            var step = index
            var reached = false
            for _ in 0..<6 {
                let head = sentence[step].head
                guard head != step, sentence.range.contains(head) else { break }
                let word = sentence.lower(head)
                guard head == title || word == "of" || TreeCoder.titleNouns.contains(sentence.lemma(head))
                        || sentence[head].tag == "NNP" && EntityRecognizer.portfolioWords.contains(word)
                else { break }
                if head == title { reached = true; break }
                step = head
            }
            if reached { return person }
        }
        return nil
    }

    /// "Meeting with Egypt's Minister of Foreign Affairs, H.E. Sameh Shoukry, Lord Ahmad": the name
    /// set off by commas right after a title's own words is its holder, wherever the parser hung it.
    func commaApposedPerson(after title: Int, in sentence: ParsedSentence) -> Mention? {
        let own = [title] + sentence.children(of: title).filter { !["conj", "cc", "punct", "appos", "relcl", "acl"].contains(sentence[$0].dep) }
            .flatMap { sentence.subtree(of: $0) }
        guard let last = own.max(), sentence.range.contains(last + 2), sentence.lower(last + 1) == "," else { return nil }
        let start = sentence.lower(last + 2) == EntityRecognizer.excellencyWrittenShort ? last + 3 : last + 2
        guard sentence.range.contains(start), let person = sentence.mention(at: start), person.entity.type == "person",
              person.range.lowerBound >= start
        else { return nil }
        let after = person.range.upperBound
        guard !sentence.range.contains(after) || [",", ".", ";"].contains(sentence.lower(after)) else { return nil }
        return person
    }

    /// How deep `parties(at:)` may recurse. Each conjunct of a list is a level down ("the Foreign
    /// Ministers of Australia, Austria, … Norway and the United Kingdom" is ten), so the bound only
    /// stops a runaway parse; a caller passes one below it to read a word's own parties only.
    static let partyDepthLimit = 48

    /// The entities a subtree names: the mention at its head (or the party a pronoun stands for), a
    /// mention modifying a common noun ("Russian troops", "Turkey's army", "its forces"), the party
    /// of an "of" phrase ("positions of the Palestinian forces"), where an agent noun is based
    /// ("rebels in Ivory Coast"), an apposition, and the same for each coordinated conjunct.
    func parties(at index: Int, in sentence: ParsedSentence, depth: Int = 0) -> [Mention] {
        guard depth < Self.partyDepthLimit else { return [] }
        // "ASMARA — Eritrea and Ethiopia signed": the parser makes the dateline the subject and
        // the real subject its apposition.
        if sentence.isDateline(index) {
            return sentence.children(of: index, ["appos"]).flatMap { parties(at: $0, in: sentence, depth: depth + 1) }
        }
        // "the Kurds whom he considers terrorists": a relative pronoun is the noun its clause describes.
        if ["WP", "WDT"].contains(sentence[index].tag), ["dobj", "pobj", "dative"].contains(sentence[index].dep) {
            let clause = sentence[index].head
            if sentence.range.contains(clause), sentence[clause].dep == "relcl" {
                return parties(at: sentence[clause].head, in: sentence, depth: depth + 1)
            }
        }
        if let authors = ownVoice(at: index, in: sentence) { return authors }
        // "Austin and Teodoro spoke by phone. … They called on the PRC": "they" as the main clause's
        // subject continues the parties the sentence before was about, all of them.
        if sentence.lower(index) == "they", sentence[index].dep == "nsubj", sentence[sentence[index].head].dep == "ROOT" {
            // ("Blinken met Foreign Minister Shoukry. They reaffirmed": or the two who met in the
            // sentence before, when it was about one of them.)
            let met = sentence.sentencesSinceEncounter == 0
                && sentence.previousSubjects.allSatisfy { subject in sentence.encounter.contains { $0.entity == subject.entity } }
                ? sentence.encounter : []
            let sides = sentence.previousSubjects.count >= 2 ? sentence.previousSubjects : met
            if sides.count >= 2 {
                return sides.map { party in
                    var party = party
                    party.confidence *= 0.75
                    return party
                }
            }
        }
        if let members = convenedMembers(at: index, in: sentence) ?? convenedThey(at: index, in: sentence) { return members }
        // "Austin met Dong Jun … The two met today in Singapore": the number alone, as a subject,
        // is the sides of the meeting just reported.
        if sentence[index].pos == "NUM", Self.subjectLabels.contains(sentence[index].dep),
           sentence.children(of: index, ["det"]).contains(where: { sentence.lower($0) == "the" }),
           let number = ["two": 2, "three": 3, "four": 4][sentence.lower(index)],
           sentence.encounter.count == number, sentence.continuesEncounter(among: sentence.encounter)
        {
            return sentence.encounter.map { standingFor($0) }
        }
        var found: [Mention] = []
        // "the IS emir, Abu Hafs al-Qurashi, traveled": the person the title names acts.
        if sentence.mention(at: index) == nil, TreeCoder.titleNouns.contains(sentence.lemma(index)),
           // ("The head of the IAEA, Rafael Grossi": the parser may hang the name on the body.)
           let person = (sentence.children(of: index, ["appos"]) + ofObjects(of: index, in: sentence).flatMap { sentence.children(of: $0, ["appos"]) })
               .lazy.compactMap({ sentence.mention(at: $0) })
               .first(where: { $0.entity.type == "person" }) ?? titledPerson(under: index, in: sentence)
               ?? commaApposedPerson(after: index, in: sentence)
        {
            return [person]
        }
        // ("Polish Minister of National Defense Władysław Kosiniak-Kamysz": the title the recogniser
        // read as the state in a role still names its holder.)
        if sentence.mention(at: index)?.entity.type == "state", TreeCoder.titleNouns.contains(sentence.lemma(index)),
           let person = titledPerson(under: index, in: sentence)
        {
            return [person]
        }
        // ("with Republic of Korea (ROK) Acting Minister of National Defense Kim Seon-ho": the parser
        // may hang the title on the state as an apposition; the person it names is the party.)
        if sentence.mention(at: index)?.entity.type == "state",
           let person = sentence.children(of: index, ["appos"]).lazy
               .filter({ TreeCoder.titleNouns.contains(sentence.lemma($0)) && sentence.mention(at: $0) == nil })
               .compactMap({ self.titledPerson(under: $0, in: sentence) }).first
        {
            return [person]
        }
        if let holder = controllerOfArea(at: index, in: sentence) { return [holder] }
        if let person = titledPersonOfState(at: index, in: sentence) { return [person] }
        if let holder = holderNamedAfterBody(at: index, in: sentence) { return [holder] }
        if let mention = sentence.mention(at: index) ?? antecedent(of: index, in: sentence) {
            if let state = stateOfInstitution(mention, at: index, in: sentence) {
                found.append(state)
            } else if !mention.isModifier || sentence[index].pos == "PROPN" {
                found.append(mention)
                found += coordinatedOwners(of: index, besides: mention, in: sentence)
            }
        } else if ["release", "return", "freeing"].contains(sentence.lemma(index)),
                  case let holders = ofObjects(of: index, in: sentence).flatMap({ sentence.children(of: $0, ["acl"]) })
                      .filter({ sentence[$0].tag == "VBN" }).flatMap({ sentence.children(of: $0, ["agent"]) })
                      .flatMap({ phraseParties($0, in: sentence) }),
                  !holders.isEmpty
        {
            // "calls for the release of all UN staff detained by the Houthis": a release is asked
            // of those who hold them.
            found += holders
        } else if sentence[index].tag == "NNP", EntityRecognizer.documentWords.contains(sentence.lower(index)) {
            // "signed the Barbados Agreement": a text named for where it was made names no party.
        } else if ["NOUN", "PROPN"].contains(sentence[index].pos) || isNominalAdjective(index, in: sentence) {
            // "security forces": the agent may be the noun with its compound.
            let compounds = sentence.children(of: index, ["compound"]).filter { sentence.mention(at: $0) == nil }
            // "opposition groups": the compound may be the agent.
            let agentRole = (compounds.isEmpty ? nil : Self.role(
                ofAgent: (compounds.map { sentence.lower($0) } + [sentence.lemma(index)]).joined(separator: " "), agents: agents))
                ?? Self.role(ofAgent: sentence.lemma(index), agents: agents)
                ?? compounds.lazy.compactMap { Self.role(ofAgent: sentence.lemma($0), agents: self.agents) }.first
            // "his Chinese counterpart Wang Yi": the person named.
            if ["counterpart", "counterparts"].contains(sentence.lower(index)) {
                let named = sentence.children(of: index, ["appos"]).compactMap { sentence.mention(at: $0) }.filter { $0.entity.type == "person" }
                if !named.isEmpty { return named }
            }
            // ("his Turkish counterpart": the counterpart is the state's, not the owner's.)
            // ("a U.S.-brokered ceasefire": a name hyphened to a participle describes the noun; its
            // relation is the participle's, read on its own.)
            // ("Washington's ally Israel": a state's ally is not the state; "all 32 NATO allies" are
            // the alliance.)
            // "aid for the Caribbean nation": a region describing "the nation" places it, and the
            // nation is the state the story is set in.
            if Self.countryNouns.contains(sentence.lemma(index)),
               case let regions = sentence.children(of: index, ["amod", "compound", "nmod"]).compactMap({ sentence.mention(at: $0) }),
               !regions.isEmpty, regions.allSatisfy({ $0.entity.kind == .place && $0.entity.type != "state" }),
               let state = nominalAntecedent(of: index, role: nil, in: sentence)
            {
                return [state]
            }
            // ("We regret that not all OSCE participating States have …", "some EU members": a part
            // of a body's members is not the body.)
            if Self.bodyMemberNouns.contains(sentence.lemma(index)), ["NNS", "NNPS"].contains(sentence[index].tag),
               case let quantifiers = sentence.children(of: index, ["det", "predet", "amod"]).map({ sentence.lower($0) }),
               quantifiers.contains(where: Self.partialQuantifiers.contains)
                   || quantifiers.contains("all") && !sentence.children(of: index, ["neg"]).isEmpty
            {
                return []
            }
            let relational = Self.relationalNouns.contains(sentence.lemma(index))
            // "its Japanese and Korean allies": with an owner named, the states describing the
            // relational noun are who it stands for.
            let describingStates = relational ? Self.describingStates(of: index, in: sentence) : []
            if !describingStates.isEmpty { return describingStates }
            let modifiers = sentence.children(of: index, ["counterpart", "counterparts"].contains(sentence.lower(index))
                ? ["amod", "compound", "nmod"] : ["amod", "compound", "poss", "nmod"])
                .filter { !relational || sentence[$0].tag == "PRP$" || sentence.mention(at: $0)?.entity.kind == .organisation }
                .filter { !Self.isHyphenedParticiple(sentence[$0].text) && !Self.describingParticiples.contains(sentence.lower($0)) }
                // ("the U.S.-Japan Security Consultative Committee": a body of two states is neither's.)
                .filter { !isStatePair(sentence[$0].text) }
                // ("blocked a U.N. Security Council resolution": the council named on a draft is where
                // it is voted on, not a party acted on.)
                .filter { !(Self.draftNouns.contains(sentence.lemma(index)) && sentence[$0].dep == "compound"
                    && sentence.mention(at: $0)?.entity.kind == .organisation) }
            // ("the country's regular army": the state the story is set in.)
            let modifier = modifiers.lazy.compactMap { token in
                (sentence.mention(at: token) ?? self.antecedent(of: token, in: sentence)
                    ?? (Self.stateStandingNouns.contains(sentence.lemma(token)) && sentence[token].dep == "poss"
                        ? self.nominalAntecedent(of: token, role: nil, in: sentence) : nil)).map { (token, $0) }
                    ?? self.ownerInCompound(token, in: sentence)
            }.first
            // "its Indo-Pacific partners: Australia, Japan": the names listed, not the region
            // that describes them.
            // ("its partners: Australia, Japan": the owner is not who the partners are.)
            let listedInApposition = modifier == nil || modifier?.1.entity.kind == .place || modifier.map { sentence[$0.0].dep == "poss" } == true
                ? sentence.children(of: index, ["appos"]).filter { sentence.mention(at: $0) != nil }
                    .flatMap { parties(at: $0, in: sentence, depth: depth + 1) }
                : []
            // "NATO allies such as Poland and Lithuania", "countries including France": the names listed.
            let exemplified = sentence.children(of: index, ["prep"]).filter { prep in
                ["including", "like"].contains(sentence.lower(prep))
                    || sentence.lower(prep) == "as" && sentence.children(of: prep, ["amod"]).contains { sentence.lower($0) == "such" }
            }.flatMap { phraseParties($0, in: sentence) }
            // "Our governments welcomed": the article's authors.
            if !exemplified.isEmpty {
                found += exemplified
            } else if !listedInApposition.isEmpty {
                found += listedInApposition
            } else if modifier == nil, let authors = modifiers.lazy.compactMap({ self.ownVoice(at: $0, in: sentence) }).first {
                found += authors
            } else if let (_, first) = modifier, first.entity.kind == .organisation,
                      ([index] + compounds).contains(where: { Self.memberWords.contains(sentence.lower($0)) })
            {
                // "a NATO member has downed": one of the body's members acts, not the body.
            } else if let (token, first) = modifier {
                // "Russian soldiers": Russia, acting as its military; "Hungarian and Romanian
                // officials": each of them.
                let coordinated = sentence.children(of: token, ["conj"]).compactMap { sentence.mention(at: $0) }
                for var party in [first] + coordinated {
                    if party.role == nil { party.role = agentRole }
                    found.append(party)
                }
            } else {
                // "Militants linked to Islamic State": whom the agents serve.
                for clause in sentence.children(of: index, ["acl"])
                where ["link", "affiliate", "ally", "tie", "loyal", "connect", "back"].contains(sentence.lemma(clause)) {
                    for prep in sentence.children(of: clause, ["prep"]) where ["to", "with", "by"].contains(sentence.lower(prep)) {
                        for object in sentence.children(of: prep, ["pobj"]) {
                            found += parties(at: object, in: sentence, depth: depth + 1).map { party in
                                var party = party
                                party.confidence *= 0.8
                                return party
                            }
                        }
                    }
                }
                // "inspectors from the IAEA", "rebels in Ivory Coast".
                for prep in sentence.children(of: index, ["prep"]) where found.isEmpty {
                    let word = sentence.lower(prep)
                    guard word == "of" || word == "from" || (agentRole != nil && ["in", "throughout", "across"].contains(word))
                            || (word == "for" && namesOfficeHolders(index, in: sentence)),
                          let object = sentence.children(of: prep, ["pobj"]).first
                    else { continue }
                    var based = parties(at: object, in: sentence, depth: depth + 1)
                    if word == "for" { based = based.filter { $0.entity.type == "state" } }
                    if word != "of" {
                        // ("jihadist groups in the Lake Chad Basin": a region is where they are, no one
                        // they act for.)
                        based = based.filter { $0.entity.type != "person" && !(word != "from" && $0.entity.kind == .place && $0.entity.type == "place") }.map { party in
                            var party = party
                            party.role = party.role ?? agentRole
                            return party
                        }
                    }
                    found += based
                    if !found.isEmpty { break }
                }
            }
            if found.isEmpty {
                for apposition in sentence.children(of: index, ["appos"]) {
                    if let mention = sentence.mention(at: apposition) { found.append(mention) }
                }
            }
            // "a mission they conducted in Gaza killed", "the raid that Israel carried out": an
            // operation is by whoever its clause says conducted it.
            if found.isEmpty, Self.attackNouns.union(Self.operationNouns).contains(sentence.lemma(index)) {
                for clause in sentence.children(of: index, ["relcl", "acl"]) where Self.conductingVerbs.contains(sentence.lemma(clause)) {
                    let doers = sentence.children(of: clause, ["nsubj"]).filter { !["WDT", "WP"].contains(sentence[$0].tag) }
                        .flatMap { parties(at: $0, in: sentence, depth: depth + 1) }
                        + sentence.children(of: clause, ["agent"]).flatMap { phraseParties($0, in: sentence) }
                    found += doers.filter { $0.entity.kind != .place }
                }
            }
            // ("the two ministers" are both, before "the ministers" are the last government named.)
            if found.isEmpty { found = bothSides(at: index, in: sentence) }
            if found.isEmpty, let antecedent = nominalAntecedent(of: index, role: agentRole, in: sentence) {
                found.append(antecedent)
            }
            // "government troops", "junta forces": the agents of the government the story is about.
            if found.isEmpty, agentRole != nil,
               let state = compounds.lazy.filter({ Self.stateNouns.contains(sentence.lemma($0)) })
                   .compactMap({ self.nominalAntecedent(of: $0, role: agentRole, in: sentence, requiresThe: false) }).first
            {
                found.append(state)
            }
        }
        // "from El Dheer, Masagaway, Gal’ad and Budbud": the parser may take the second name of a
        // list for an apposition of the first; a name of the same kind continues the list.
        var listed = sentence.children(of: index, ["conj"])
        if let head = found.first, sentence.mention(at: index) != nil {
            // ("Sydney — Australia, Japan, and the United States are": after a dateline the parser
            // may take the second name for an adverbial one.)
            listed += sentence.children(of: index, ["appos", "npadvmod"]).filter { sentence.mention(at: $0)?.entity.kind == head.entity.kind }
        }
        for conjunct in listed {
            // "backs Assad and Ankara supports the opposition": a conjunct followed by a finite verb
            // starts a new clause; the parser's coordination is wrong there.
            // "Armenia and Azerbaijan met", "a truce between Israel and Hamas took effect": unless the
            // verb is one the coordination depends on.
            let next = conjunct + 1
            if sentence.range.contains(next), ["VBZ", "VBD", "VBP", "MD"].contains(sentence[next].tag),
               !sentence.ancestors(of: index).contains(["aux", "auxpass"].contains(sentence[next].dep) ? sentence[next].head : next)
            {
                continue
            }
            found += parties(at: conjunct, in: sentence, depth: depth + 1)
        }
        var seen: Set<Entity> = []
        return found.filter { seen.insert($0.entity).inserted }
    }

    /// The publisher's own voice: "we call on", "our governments", and in a statement read for a
    /// government, "I am announcing", "my Foreign Secretary".
    static let firstPerson: Set<String> = ["we", "us", "our", "ours", "i", "me", "my"]

    /// "We call on Iran", "our governments", "my Foreign Secretary": in the article's own voice, the parties it speaks
    /// for; in a quoted speaker's, no one this coder can name. Nil for any other word.
    func ownVoice(at index: Int, in sentence: ParsedSentence) -> [Mention]? {
        guard Self.firstPerson.contains(sentence.lower(index)), ["PRP", "PRP$"].contains(sentence[index].tag) else { return nil }
        // "We, the Foreign Ministers of Canada, France and Japan, …": the apposition says who.
        for apposition in sentence.children(of: index, ["appos"]) {
            let named = ofObjects(of: apposition, in: sentence).flatMap { parties(at: $0, in: sentence) }
            if !named.isEmpty { return named }
            let described = parties(at: apposition, in: sentence)
            if !described.isEmpty { return described }
        }
        guard let speaker = speaker(of: index, in: sentence) else { return sentence.authors }
        return quotedVoice(of: speaker, pronoun: index, in: sentence)
    }

    /// Institutions any state has, named without saying whose: "the Ministry of Foreign Affairs of
    /// Ukraine" is Ukraine, acting as its government. The role is the recogniser's for the same head
    /// word ("army" → military); the offices it has none for are the government's.
    static let institutionHeads: Set<String> = [
        "ministry", "department", "office", "government", "cabinet", "presidency", "embassy", "parliament", "army", "navy", "police",
    ]

    /// The state an unknown institution belongs to, by an "of" phrase in its name's subtree.
    private func stateOfInstitution(_ mention: Mention, at index: Int, in sentence: ParsedSentence) -> Mention? {
        guard mention.entity.kind == .organisation, mention.entity.cameo == nil,
              let first = mention.entity.name.split(separator: " ").first?.lowercased(),
              Self.institutionHeads.contains(first)
        else { return nil }
        let role = EntityRecognizer.roleHeads[first] ?? "government"
        var frontier = [index]
        var seen = 0
        while let node = frontier.popLast(), seen < 12 {
            seen += 1
            for child in sentence.children(of: node, ["prep", "pobj", "compound"]) {
                if sentence[child].dep == "pobj", let state = sentence.mention(at: child), state.entity.type == "state",
                   sentence.lower(sentence[child].head) == "of"
                {
                    var owner = state
                    owner.role = owner.role ?? role
                    owner.isModifier = false
                    return owner
                }
                frontier.append(child)
            }
        }
        return nil
    }

    // MARK: - Pronouns and nominals

    static let stateNouns: Set<String> = ["junta", "regime", "government", "administration", "authority", "cabinet"]
    static let countryNouns: Set<String> = ["country", "nation", "kingdom"]
    /// Places a story names again by their kind: "the base", "the city".
    static let settlementNouns: Set<String> = ["base", "city", "town", "village", "port", "camp", "capital"]
    /// Nouns whose possessive stands for the state the story is about: "the country's army", "the government's efforts".
    static let stateStandingNouns = countryNouns.union(stateNouns)
    /// Words for a share of a land: "much of Yemen", "parts of Sudan".
    static let shareWords: Set<String> = ["much", "most", "part", "half", "swath", "area", "all"]
    /// Nouns for unnamed bodies of actors, which do what a clause on them says.
    static let actingBodyNouns: Set<String> = [
        "coalition", "alliance", "group", "force", "country", "state", "nation", "partner", "ally", "member", "militia",
        "government", "community", "bloc", "organisation", "organization",
    ]
    static let armyNouns: Set<String> = ["army", "military"]
    static let groupNouns: Set<String> = [
        "group", "militia", "movement", "faction", "militant", "rebel", "insurgent", "organisation", "organization", "fighter", "gang",
    ]
    /// A title as its words say it: "deputy secretary" for "the Deputy Secretary" and for "Deputy
    /// Secretary of State Kurt Campbell" alike.
    func titleKey(of noun: Int, in sentence: ParsedSentence) -> String {
        let openers = sentence.children(of: noun, ["compound", "amod", "nmod"]).filter { $0 < noun }
            .map { sentence.lower($0) }.filter { EntityRecognizer.bodyTitleOpeners.contains($0) }
        return (openers + [sentence.lemma(noun)]).joined(separator: " ")
    }

    /// A title as held for one state: "president of Iran".
    static func stateTitleKey(_ title: String, of state: Entity) -> String { "\(title) of \(state.name)" }

    /// "the Iranian president", "the Kenyan foreign minister": the person the story named with the
    /// title for that state.
    func titledPersonOfState(at noun: Int, in sentence: ParsedSentence) -> Mention? {
        guard Self.personNouns.contains(sentence.lemma(noun)), sentence[noun].tag == "NN",
              sentence.children(of: noun, ["det"]).contains(where: { sentence.lower($0) == "the" }),
              // (The recogniser may read "Iranian president" as the state in a role.)
              let state = ([noun] + sentence.children(of: noun, ["amod", "compound", "nmod"])).lazy.compactMap({ sentence.mention(at: $0) })
                  .first(where: { $0.entity.type == "state" }),
              let person = sentence.titledPeople[Self.stateTitleKey(titleKey(of: noun, in: sentence), of: state.entity)]
        else { return nil }
        return standingFor(person)
    }

    /// "met with Haitian Transitional Presidential Council (TPC) President Fritz Alphonse Jean":
    /// the parser may make the body the party and strand the name; the office's holder is the party.
    func holderNamedAfterBody(at index: Int, in sentence: ParsedSentence) -> Mention? {
        guard let body = sentence.mention(at: index), body.entity.kind == .organisation else { return nil }
        let end = sentence.range.upperBound
        var next = index + 1
        if next < end, sentence[next].text == "(" {
            while next < end, sentence[next].text != ")" { next += 1 }
            next += 1
        }
        var titled = false
        while next < end, EntityRecognizer.isPersonTitle(sentence.lower(next)), sentence[next].text.first?.isUppercase == true {
            titled = true
            next += 1
        }
        guard titled, next < end, let person = sentence.mention(at: next), person.entity.type == "person" else { return nil }
        return person
    }

    /// The people this sentence names with a title compounded before the name.
    func titledPeople(in sentence: ParsedSentence) -> [String: Mention] {
        var found: [String: Mention] = [:]
        for (index, person) in sentence.mentionHeads() where person.entity.type == "person" {
            // ("Acting Minister of National Defense Kim Seon-ho": a title written before the name,
            // whatever the parse hangs on what; the title's words are capitalised or join them.)
            // (The name's first word by the parser's own tokens: a mention's range counts the reader's.)
            var word = index
            while sentence.range.contains(word - 1), sentence.mention(at: word - 1)?.entity == person.entity { word -= 1 }
            word -= 1
            var steps = 0
            while sentence.range.contains(word), steps < 7, sentence.mention(at: word) == nil || sentence.mention(at: word)?.entity.type != "person",
                  sentence[word].text.first?.isUppercase == true || ["of", "for", "the", "(", ")", "and"].contains(sentence.lower(word))
            {
                if Self.personNouns.contains(sentence.lemma(word)), sentence[word].text.first?.isUppercase == true {
                    let key = titleKey(of: word, in: sentence)
                    if found[key] == nil { found[key] = person }
                    break
                }
                word -= 1
                steps += 1
            }
            for title in sentence.children(of: index, ["compound", "nmod"]) where Self.personNouns.contains(sentence.lemma(title)) {
                let key = titleKey(of: title, in: sentence)
                found[key] = person
                // ("Iranian President Ebrahim Raisi", for a later "the Iranian president".)
                let state = (sentence.children(of: title, ["amod", "compound"]) + sentence.children(of: index, ["amod", "compound"]))
                    .lazy.compactMap { sentence.mention(at: $0) }.first { $0.entity.type == "state" }?.entity ?? stateByCode(of: person.entity)
                if let state { found[Self.stateTitleKey(key, of: state)] = person }
            }
        }
        return found
    }

    static let rulingNouns: Set<String> = ["junta", "regime"]

    /// "Myanmar's junta", "the Assad regime": the state each ruling body the sentence names belongs to.
    func rulingStates(in sentence: ParsedSentence) -> [String: Mention] {
        var found: [String: Mention] = [:]
        for index in sentence.range where Self.rulingNouns.contains(sentence.lemma(index)) {
            if let state = sentence.children(of: index, ["compound", "amod", "poss", "nmod"]).lazy
                .compactMap({ sentence.mention(at: $0) }).first(where: { $0.entity.type == "state" })
            {
                found[sentence.lemma(index)] = state
            }
        }
        return found
    }

    static let personNouns: Set<String> = [
        "minister", "president", "premier", "chancellor", "leader", "envoy", "spokesman", "spokeswoman", "king", "emir", "secretary",
        "ambassador", "general", "commander",
    ]

    /// The party a definite nominal stands for: "the junta" or "the government" is the state named
    /// last, "the group" or "the militants" the armed group named last, "the minister" the person
    /// named last, looking back no further than the sentence before.
    func nominalAntecedent(of index: Int, role: String?, in sentence: ParsedSentence, requiresThe: Bool = true) -> Mention? {
        guard !requiresThe || sentence.children(of: index, ["det"]).contains(where: { sentence.lower($0) == "the" }) else { return nil }
        let noun = sentence.lemma(index)
        let wanted: (Mention) -> Bool
        // (One the story gave this title, though not named since: the authors are not meant.)
        var titledAlike = false
        var role = role
        if Self.stateNouns.contains(noun) {
            // ("talks in China between the Myanmar junta and …. The junta said": the state the story
            // named the junta for.)
            if let state = sentence.rulers[noun] {
                return standingFor(state, role: role)
            }
            // (A statement's authors say "we", never "the government".)
            let authors = Set(sentence.authors.map(\.entity))
            wanted = { $0.entity.type == "state" && !authors.contains($0.entity) }
        } else if Self.armyNouns.contains(noun), sentence[index].tag == "NN" {
            // "The RSF, at war with the army since April": the state whose army the story named.
            wanted = { $0.entity.type == "state" }
            role = role ?? "military"
        } else if Self.groupNouns.contains(noun) {
            wanted = { $0.entity.kind == .organisation && $0.entity.type == "armed-group" }
        } else if Self.personNouns.contains(noun), sentence[index].tag != "NNS" {
            // ("the generals" are not the general named last.)
            // ("The Prime Minister spoke to President Macron. … The Prime Minister said": nor one
            // the story gave only other titles.)
            // (By the title's head word: "the Acting Minister" may be the "Minister of National Defense".)
            let head = sentence.lemma(index)
            var titles: [Entity: Set<String>] = [:]
            for (title, person) in sentence.titledPeople {
                let words = title.split(separator: " ").prefix { $0 != "of" }
                if let last = words.last { titles[person.entity, default: []].insert(String(last)) }
            }
            wanted = { mention in
                mention.entity.type == "person" && titles[mention.entity].map { $0.contains(head) } ?? true
            }
            titledAlike = titles.values.contains { $0.contains(head) }
            // "the Deputy Secretary", paragraphs after "Deputy Secretary of State Kurt Campbell":
            // the person the story gave the title, when the sentence before was about no person.
            if sentence.previousSubject.map({ !wanted($0) }) ?? true, let person = sentence.titledPeople[titleKey(of: index, in: sentence)] {
                return standingFor(person)
            }
            // ("Let me start by thanking the Secretary General", after the statement's "Statement by
            // Ambassador …" line: a title of two title words is an office of its own, its holder only
            // one the story gave it.)
            if sentence.children(of: index, ["compound"]).contains(where: { Self.titleNouns.contains(sentence.lemma($0)) }) {
                return nil
            }
        } else if Self.settlementNouns.contains(noun), sentence[index].tag == "NN", sentence.children(of: index, ["amod", "compound", "poss", "prep"]).isEmpty {
            // "Migrants arrived at Guantanamo Bay. Hegseth will visit the base": the one place of
            // the kind named since the sentence before, by itself.
            wanted = { $0.entity.kind == .place && $0.entity.type != "state" && !$0.isModifier }
        } else if Self.countryNouns.contains(noun), sentence[index].tag == "NN", ["nsubj", "nsubjpass"].contains(sentence[index].dep) {
            // "Somalia rejected the deal. The country accused Ethiopia": only as the subject that
            // continues the sentence before's. (Elsewhere "the country" is as often the place a
            // story is set in as its subject.)
            guard let subject = sentence.previousSubject, subject.entity.type == "state" else { return nil }
            return standingFor(subject)
        } else if Self.countryNouns.contains(noun), sentence[index].tag == "NN" {
            // "announced aid for the Caribbean nation", "forces withdrew from the country": the state
            // the story is set in, when it is the only one named since the sentence before (and
            // not the one acting on it).
            // (The subject's own names, read without resolving them: resolving may ask this again.)
            let acting = Set(sentence.ancestors(of: index).first { sentence[$0].pos == "VERB" }
                .map { verb in
                    sentence.children(of: verb, Self.subjectLabels).filter { !sentence.ancestors(of: index).contains($0) }
                        .flatMap { [$0] + sentence.children(of: $0, ["poss", "amod", "compound", "conj"]) }
                        .compactMap { sentence.mention(at: $0)?.entity }
                } ?? [])
            // (This sentence's states first, then the sentence before's.)
            for scope in [sentence.range.prefix { $0 < index }.compactMap { sentence.mention(at: $0) }, sentence.previousSubjects + sentence.previousMentions] {
                let states = scope.filter { $0.entity.type == "state" && !acting.contains($0.entity) }
                if Set(states.map(\.entity)).count == 1, let only = states.last { return standingFor(only) }
                if !states.isEmpty { return nil }
            }
            return nil
        } else {
            return nil
        }
        // The party the text was about (the sentence before's subject), else the only one of the kind
        // named since; with two candidates and neither the subject, the text does not make it clear.
        let earlier = sentence.previousMentions + sentence.range.prefix { $0 < index }.compactMap { sentence.mention(at: $0) }
        let candidates = Set(earlier.filter(wanted).map(\.entity))
        if let subject = sentence.previousSubject, wanted(subject) {
            return standingFor(subject, role: role)
        } else if candidates.count == 1, let only = earlier.last(where: wanted) {
            return standingFor(only, role: role)
        }
        // ("The Foreign Secretary said: …" in the Foreign Office's own statement, no person named:
        // the minister speaks for the one state the statement is by.)
        if Self.personNouns.contains(noun), candidates.isEmpty, !titledAlike, sentence.authors.count == 1, let author = sentence.authors.first,
           author.entity.type == "state"
        {
            return standingFor(author, role: "government")
        }
        return nil
    }

    /// A mention taken for the nominal that stands for it: in the role the nominal names, no
    /// longer a modifier, and less sure.
    private func standingFor(_ mention: Mention, role: String? = nil) -> Mention {
        var antecedent = mention
        antecedent.role = antecedent.role ?? role
        antecedent.isModifier = false
        antecedent.confidence *= 0.75
        return antecedent
    }

    /// "The two sides", "both sides", "the two countries": the last two parties named, in this
    /// sentence or the one before, when exactly two actors were named there.
    /// "The three NSAs", "the two men": the people a readout's meeting just brought together, as
    /// many as the noun counts.
    private func everyoneWhoMet(at index: Int, in sentence: ParsedSentence) -> [Mention]? {
        let counts = ["two": 2, "three": 3, "four": 4]
        let counted = sentence.children(of: index, ["nummod"]).lazy.compactMap { counts[sentence.lower($0)] }.first
        // ("… held a trilateral meeting. The ministers condemned": the definite plural, when the
        // meeting had more than two, is all of them.)
        let definite = sentence.children(of: index, ["det"]).contains { sentence.lower($0) == "the" }
            && sentence.children(of: index, ["amod", "compound", "poss"]).isEmpty
        let number = counted ?? (definite && sentence.encounter.count >= 3 ? sentence.encounter.count : nil)
        guard let number, number == sentence.encounter.count, sentence[index].tag == "NNS" || sentence[index].tag == "NNPS",
              Self.pairOfPeopleNouns.union(Self.meetingPeopleNouns).contains(sentence.lemma(index)) || sentence[index].text.hasPrefix("NSA"),
              sentence.encounter.allSatisfy({ $0.entity.type == "person" }), sentence.continuesEncounter(among: sentence.encounter)
        else { return nil }
        return sentence.encounter.map { standingFor($0) }
    }

    static let meetingPeopleNouns: Set<String> = [
        "man", "woman", "advisor", "adviser", "diplomat", "envoy", "chief", "commander", "general", "premier", "principal", "nsa",
    ]

    func bothSides(at index: Int, in sentence: ParsedSentence) -> [Mention] {
        let noun = sentence.lemma(index)
        if let everyone = everyoneWhoMet(at: index, in: sentence) { return everyone }
        guard ["side", "country", "nation", "state", "government", "party", "neighbour", "neighbor", "leader", "official", "minister", "secretary", "counterpart", "delegation", "president", "head"].contains(noun),
              sentence[index].tag == "NNS" || sentence[index].tag == "NNPS"
        else { return [] }
        // "The two leaders", "both ministers", and in a readout "the leaders": the two people the
        // story was about.
        let isPeople = Self.pairOfPeopleNouns.contains(noun)
        let counted = sentence.children(of: index, ["nummod"]).contains(where: { sentence.lower($0) == "two" })
            || sentence.children(of: index, ["det", "predet"]).contains(where: { sentence.lower($0) == "both" })
        // ("The UK urges the parties to show restraint", "the warring parties": the sides of the
        // conflict the story set out.)
        let isSides = ["party", "side"].contains(noun)
        let definite = (isPeople || isSides) && sentence.children(of: index, ["det"]).contains(where: { sentence.lower($0) == "the" })
            && sentence.children(of: index, ["amod", "compound", "nummod", "poss"]).allSatisfy { isSides && Self.warringWords.contains(sentence.lower($0)) }
        // ("Iran and Pakistan share a border. The countries accuse each other": the two states the
        // sentence before was about.)
        if !counted, !definite, ["country", "nation"].contains(noun), sentence[index].tag == "NNS",
           sentence.children(of: index, ["det"]).contains(where: { sentence.lower($0) == "the" }),
           sentence.children(of: index, ["amod", "compound", "nummod", "poss"]).isEmpty
        {
            let states = sentence.previousSubjects.filter { $0.entity.type == "state" && !$0.isModifier }
            guard states.count == 2, sentence.previousSubjects.count == 2, states[0].entity != states[1].entity else { return [] }
            return states
        }
        guard counted || definite else { return [] }
        // ("Saudi Arabia and the United States urged both sides to agree": those who urge are not
        // the sides urged.)
        let acting: Set<Entity> = sentence[index].dep == "nsubj" || sentence[index].dep == "nsubjpass" ? [] : Set(
            sentence.ancestors(of: index).first { sentence[$0].pos == "VERB" }.map { subjects(of: $0, in: sentence).map(\.entity) } ?? [])
        let named = sentence.range.prefix { $0 < index }.compactMap { sentence.mention(at: $0) }
        let earlier = named.contains { acting.contains($0.entity) } ? [] : named
        // The pair the sentence before was about ("Armenia and Azerbaijan met in Brussels"), else
        // the only two actors named, else the last pair the story set side by side.
        // ("The group has traded fire with Israel": the subject a nominal named, and the one named.)
        let previousParties = sentence.previousSubjects + sentence.previousMentions
        // ("We urge the Sudanese Armed Forces … Both parties must agree": a statement's one author
        // is never both sides; two authors of a joint statement may be.)
        let soleAuthor = sentence.authors.count == 1 ? sentence.authors[0].entity : nil
        // ("Austin met Marles in Canberra. … The two ministers discussed": the sides of the meeting
        // the story just reported, before whoever the sentence between them named.)
        let met = sentence.encounter.filter { side in
            isPeople ? side.entity.type == "person" : isSides || noun == "delegation" || side.entity.type != "person"
        }
        // (Not "… the meeting between Aliyev and Pashinyan. … The UK commends Armenia and Azerbaijan.
        // The UK encourages both sides": only when the sentence before was the meeting's, or named
        // one of its sides.)
        let pairMet = met.count == 2 && sentence.continuesEncounter(among: met) ? met : []
        // ("We urge the parties to …": the sides of the dispute the story told of.)
        let disputants = isSides ? sentence.disputants : []
        for scope in [earlier, sentence.previousSubjects.count == 2 ? sentence.previousSubjects : [], pairMet,
                      sentence.previousMentions, disputants, previousParties, sentence.previousPair] {
            var actors = scope.filter { ($0.entity.kind != .place && !$0.isModifier || $0.entity.type == "state") && $0.entity != soleAuthor }
            // (Leaders and ministers are people: the states they lead are no third and fourth side.)
            if isPeople, actors.filter({ $0.entity.type == "person" }).count >= 2 { actors = actors.filter { $0.entity.type == "person" } }
            // ("Ruto and President Joe Biden will discuss … the two countries' cooperation": countries
            // are states, a person's by the dictionary's code.)
            if ["country", "nation", "state"].contains(noun) {
                actors = actors.compactMap { actor in
                    if actor.entity.type == "state" { return actor }
                    guard actor.entity.type == "person", let state = stateByCode(of: actor.entity) else { return nil }
                    var side = actor
                    side.entity = state
                    side.role = nil
                    return side
                }
            }
            // ("the leaders" only where the story just named two.)
            if !counted, Set(actors.map(\.entity)).count != 2 { continue }
            var seen: Set<Entity> = []
            let distinct = actors.filter { seen.insert($0.entity).inserted }
            guard distinct.count == 2 else { continue }
            return distinct.map { side in
                var side = side
                side.isModifier = false
                side.confidence *= 0.75
                return side
            }
        }
        return []
    }

    static let talkNouns: Set<String> = ["talk", "negotiation", "dialogue", "consultation", "discussion", "understanding", "consensus"]
    static let agreementOrTalkNouns: Set<String> = agreementNouns.union(talkNouns)
    static let topicPrepositions: Set<String> = ["on", "about", "over", "regarding", "concerning"]
    static let conversingVerbs: Set<String> = ["speak", "meet", "call", "talk", "phone", "convene", "host", "hold", "travel", "visit"]
    static let topicVerbs: Set<String> = ["discuss", "debate", "review", "examine", "address", "raise"]
    static let talkingVerbs = topicVerbs.union(conversingVerbs)
    /// Verbs whose passive says an act is planned: "is scheduled to meet", "is set to sign".
    static let schedulingVerbs: Set<String> = ["schedule", "expect", "set", "slate", "plan", "due"]
    /// Verbs whose passive lends its subject to the complement: believing or saying, and planning.
    static let subjectLendingVerbs = raisingVerbs.union(schedulingVerbs)
    static let raisingVerbs: Set<String> = ["believe", "say", "report", "think", "allege", "suspect", "know", "understand", "rumour", "rumor", "claim"]
    static let causativeVerbs: Set<String> = ["help", "allow", "let", "enable", "make", "force", "assist"]
    static let militaryWords: Set<String> = ["military", "defence", "defense", "security"]
    static let messageNouns: Set<String> = [
        "demand", "call", "appeal", "request", "proposal", "offer", "warning", "threat", "invitation", "plea", "ultimatum",
    ]
    static let warringWords: Set<String> = ["warring", "conflicting", "belligerent", "opposing", "rival"]
    static let pairOfPeopleNouns: Set<String> = ["leader", "minister", "secretary", "counterpart", "president", "official", "head"]

    /// The parties the sentence is about: the subjects of its root clause.
    func mainSubjects(of sentence: ParsedSentence) -> [Mention] {
        guard let root = sentence.range.first(where: { sentence[$0].dep == "ROOT" }) else { return [] }
        return subjects(of: root, in: sentence)
    }

    static let personPronouns: Set<String> = ["he", "she", "him", "his", "her"]
    static let groupPronouns: Set<String> = ["it", "its", "they", "them", "their"]

    /// The party a personal pronoun stands for, where the sentence makes it clear: the subject of
    /// the clause that reports or governs the pronoun's clause ("Syria says it is willing", "the
    /// rebels said they would"), else the subject of the sentence before. A person for he and she,
    /// a state, group or organisation for it and they.
    /// "British and French warships": the recogniser makes "French warships" one mention; the
    /// state coordinated before it owns the noun too.
    private func coordinatedOwners(of noun: Int, besides mention: Mention, in sentence: ParsedSentence) -> [Mention] {
        guard sentence[noun].pos == "NOUN" else { return [] }
        var owners: [Mention] = []
        for modifier in sentence.children(of: noun, ["amod", "compound", "nmod"]) where !sentence.children(of: modifier, ["conj"]).isEmpty {
            for token in [modifier] + sentence.children(of: modifier, ["conj"]) {
                guard var owner = sentence.mention(at: token), owner.entity != mention.entity, owner.entity.type == "state",
                      !owners.contains(where: { $0.entity == owner.entity })
                else { continue }
                owner.role = owner.role ?? mention.role
                owner.isModifier = false
                owners.append(owner)
            }
        }
        return owners
    }

    /// "the detention of at least one U.S. national": the tagger may take a noun with a compound
    /// before it for an adjective.
    func isNominalAdjective(_ index: Int, in sentence: ParsedSentence) -> Bool {
        sentence[index].pos == "ADJ" && ["pobj", "dobj", "nsubj", "nsubjpass"].contains(sentence[index].dep)
            && !sentence.children(of: index, ["compound"]).isEmpty
    }

    /// "heads of state from all 32 NATO allies will meet its partners": whom the subject comes from.
    private func origin(of noun: Int, in sentence: ParsedSentence, fitting fits: (Mention) -> Bool) -> Mention? {
        let prepositions = sentence.children(of: noun, ["prep"]).filter { ["from", "of"].contains(sentence.lower($0)) }
        for object in prepositions.flatMap({ sentence.children(of: $0, ["pobj"]) }) {
            let modifiers = sentence.children(of: object, ["compound", "amod", "nmod"]).compactMap { sentence.mention(at: $0) }
            if let found = ([sentence.mention(at: object)].compactMap { $0 } + modifiers).first(where: fits) { return found }
        }
        return nil
    }

    func antecedent(of index: Int, in sentence: ParsedSentence) -> Mention? {
        let word = sentence.lower(index)
        let wantsPerson = Self.personPronouns.contains(word)
        guard sentence[index].tag == "PRP" || sentence[index].tag == "PRP$",
              wantsPerson || Self.groupPronouns.contains(word)
        else { return nil }
        func fits(_ mention: Mention) -> Bool {
            (mention.entity.type == "person") == wantsPerson && mention.entity.kind != .place
        }
        // "their": the nearest plural party before it ("the French soldiers … their departure").
        if word == "their" {
            // ("They expressed their support": or the "they" that names them.)
            for earlier in stride(from: index - 1, through: sentence.range.lowerBound, by: -1)
            where ["NNS", "NNPS"].contains(sentence[earlier].tag) || sentence.lower(earlier) == "they" {
                if let party = parties(at: earlier, in: sentence, depth: Self.partyDepthLimit - 1).first(where: fits) { return party }
            }
            return nil
        }
        // Else the subject of the pronoun's own clause for a possessive ("Syria will withdraw its
        // troops"), of the clause that governs its own for a subject ("Syria says it is willing").
        let isPossessive = sentence[index].tag == "PRP$"
        // "sent troops to Russia to help it fight Ukraine": an object pronoun is not its own
        // clause's subject (that would be "itself"), but the party named last before it.
        // ("help it fight": the parser makes the helped one the subject of a complement clause.)
        let clause = sentence[index].head
        let helped = sentence[index].dep == "nsubj" && sentence.range.contains(clause) && sentence[clause].dep == "ccomp"
            && sentence.range.contains(sentence[clause].head) && Self.causativeVerbs.contains(sentence.lemma(sentence[clause].head))
        // ("the territory that Russia has seized from it": nor is the object of a preposition.)
        // (Only where the phrase names a party acted on: "about it", "agree to it" are things.)
        let prepositionObject = sentence[index].dep == "pobj" && word != "them" && sentence.range.contains(sentence[index].head)
            && ["from", "at", "against"].contains(sentence.lower(sentence[index].head))
        if !isPossessive, ["dobj", "dative"].contains(sentence[index].dep) || helped || prepositionObject, sentence.range.contains(sentence[index].head) {
            // (For a preposition's object, only its own clause's subject: "Israel said Hamas fired
            // rockets at it" is Israel.)
            let clauses = prepositionObject ? Array(sentence.ancestors(of: index).filter { sentence[$0].pos == "VERB" }.prefix(1))
                : Array(sentence.ancestors(of: index).prefix(5))
            let own = Set(clauses.flatMap { sentence.children(of: $0, Self.subjectLabels.union(["nsubjpass"])) }
                .filter { $0 != index }.compactMap { sentence.mention(at: $0)?.entity })
            if !own.isEmpty,
               let earlier = stride(from: index - 1, through: sentence.range.lowerBound, by: -1).lazy.compactMap({ sentence.mention(at: $0) })
                   .first(where: { fits($0) && !$0.isModifier && !own.contains($0.entity) })
            {
                var resolved = earlier
                resolved.isPossessive = false
                resolved.confidence *= 0.8
                return resolved
            }
        }
        // "The DPRK's missile launch is a violation … The United Kingdom condemns it": what a judge
        // condemns or welcomes is the act the sentence before was about, and so its owner.
        if word == "it", sentence[index].dep == "dobj", sentence.range.contains(sentence[index].head),
           Self.judgingVerbs.contains(sentence.lemma(sentence[index].head)),
           let previous = sentence.previousSubjects.first(where: fits)
        {
            var resolved = previous
            resolved.isPossessive = false
            resolved.confidence *= 0.7
            return resolved
        }
        // "North Korea's missile launches and its military cooperation with Russia": the owner of the
        // noun coordinated before.
        let owned = sentence[index].head
        if isPossessive, sentence[index].dep == "poss", sentence.range.contains(owned), sentence[owned].dep == "conj",
           sentence.range.contains(sentence[owned].head),
           let owner = sentence.children(of: sentence[owned].head, ["poss"]).lazy.compactMap({ sentence.mention(at: $0) }).first,
           fits(owner)
        {
            var resolved = owner
            resolved.isPossessive = true
            resolved.confidence *= 0.9
            return resolved
        }
        var inside: Set<Int> = [index]
        var below = index
        for ancestor in sentence.ancestors(of: index) {
            inside.insert(ancestor)
            defer { below = ancestor }
            // ("Russia's attempts to use sham elections to legitimise its illegal control": the owner
            // of the effort the clause describes.)
            if isPossessive, sentence[ancestor].pos == "NOUN", sentence[below].dep == "acl", sentence[below].head == ancestor,
               let owner = sentence.children(of: ancestor, ["poss"]).lazy.compactMap({ sentence.mention(at: $0) }).first, fits(owner)
            {
                var resolved = owner
                resolved.confidence *= 0.85
                return resolved
            }
            guard sentence[ancestor].pos == "VERB" || sentence[ancestor].pos == "AUX" else { continue }
            let allSubjects = sentence.children(of: ancestor, Self.subjectLabels.union(["nsubjpass"]))
            // ("NAIROBI, KENYA — Sudan's army said it had": the dateline the parser took for a subject
            // names no one.)
            let subjects = allSubjects.filter { !inside.contains($0) && !sentence.isDateline($0) }
            // ("Israel said Hezbollah had fired rockets at its territory": no party fires at its own
            // land; the owner is the subject of the clause above.)
            if isPossessive, subjects.first != nil, Self.ownGroundNouns.contains(sentence.lemma(sentence[index].head)),
               Self.firingVerbs.contains(sentence.lemma(ancestor))
            {
                continue
            }
            if let subject = subjects.first {
                // ("Myanmar's ruling junta has confirmed it carried out": the party the noun stands for.)
                let mention = sentence.mention(at: subject)
                    ?? (sentence[subject].tag == "PRP" && subject != index ? antecedent(of: subject, in: sentence) : nil)
                    // (Not through `parties(at:)`, which asks this for the noun's modifiers in turn.)
                    // ("The Prime Minister …": a capitalised title is the tagger's proper noun.)
                    ?? (sentence[subject].pos == "NOUN" || sentence[subject].pos == "PROPN" && Self.personNouns.contains(sentence.lemma(subject))
                        ? sentence.children(of: subject, ["poss", "amod", "compound", "nmod"]).lazy.compactMap { sentence.mention(at: $0) }.first
                            ?? nominalAntecedent(of: subject, role: nil, in: sentence)
                            ?? origin(of: subject, in: sentence, fitting: fits)
                        : nil)
                // ("The Prime Minister will be focused on …, when he meets President Trump", in the
                // Prime Minister's own statement: "he" is the title the authors' state acts through.)
                let titledAuthor = wantsPerson && ["NOUN", "PROPN"].contains(sentence[subject].pos) && Self.personNouns.contains(sentence.lemma(subject))
                    && mention.map { candidate in sentence.authors.contains { $0.entity == candidate.entity } } == true
                guard var resolved = mention, fits(resolved) || titledAuthor else { return nil }
                resolved.confidence *= 0.9
                return resolved
            }
            // "the territory its forces captured": the clause's subject is the possessive's own noun
            // phrase, so the owner is the subject of the clause above.
            // ("… the role of Iran in fuelling this escalation. Its support to the Houthis …": the
            // main clause's subject owned by "its" is the party the sentence before named last.)
            if isPossessive, sentence[ancestor].dep == "ROOT", sentence.children(of: ancestor, ["nsubj"]).contains(sentence[index].head),
               let previous = sentence.previousMentions.last(where: { fits($0) && !$0.isModifier })
            {
                var resolved = previous
                resolved.confidence *= 0.7
                return resolved
            }
            // ("Russia is using them to create weapons for its war": the clause without a subject
            // of its own takes the subject of the clause that governs it.)
            // ("asked Turkey to halt its attacks": an infinitive's owner is the object that governs it.)
            if isPossessive, allSubjects.isEmpty, sentence[ancestor].dep == "xcomp",
               let controller = sentence.child(of: sentence[ancestor].head, "dobj"), let mention = sentence.mention(at: controller), fits(mention)
            {
                var resolved = mention
                resolved.confidence *= 0.9
                return resolved
            }
            // ("emphasized the importance of maintaining communication during his meeting": or a
            // gerund after a preposition.)
            if isPossessive, allSubjects.isEmpty, ["xcomp", "advcl", "pcomp", "acl"].contains(sentence[ancestor].dep) { continue }
            if isPossessive, !(sentence[ancestor].dep == "relcl" && !allSubjects.isEmpty) { return nil }
        }
        // "If Russia wishes to contribute, it must respect": the subject of a condition or a time
        // clause before the pronoun.
        if ["nsubj", "nsubjpass"].contains(sentence[index].dep) {
            // ("the General Assembly was clear in its condemnation: it deplored": or of the clause
            // a colon leads on from.)
            let clauses = sentence.children(of: sentence[index].head, ["advcl", "ccomp", "parataxis"]).filter { $0 < index }
            if let earlier = clauses.flatMap({ sentence.children(of: $0, ["nsubj"]) }).compactMap({ sentence.mention(at: $0) }).first(where: fits) {
                var resolved = earlier
                resolved.confidence *= 0.85
                return resolved
            }
        }
        // A subject pronoun of the main clause continues the sentence before: "Iran … It said".
        guard ["nsubj", "nsubjpass"].contains(sentence[index].dep), sentence[sentence[index].head].dep == "ROOT",
              let previous = sentence.previousSubject, fits(previous)
        else { return nil }
        var resolved = previous
        resolved.confidence *= 0.75
        return resolved
    }

    /// A party's own ground, which it does not fire at: "at its territory".
    static let ownGroundNouns: Set<String> = ["territory", "soil", "land", "airspace", "waters", "border", "city", "town", "village"]
    /// Verbs of firing at or striking a target.
    static let firingVerbs: Set<String> = ["fire", "launch", "strike", "shell", "bomb", "attack", "target", "hit", "invade", "raid"]

    /// The capacity PETRARCH2's agent dictionary gives a noun ("soldiers" → `~MIL` → military).
    static func role(ofAgent noun: String, agents: AgentDictionary = .standard) -> String? {
        guard let code = agents.agent(for: noun)?.code else { return nil }
        return ActorRole.named(code)
    }

    // MARK: - Patterns

    /// The longest lexicon pattern whose first word is the token and whose other words are its
    /// particle, direct object or prepositions (on it or on its object); and the preposition whose
    /// object is the target, when the pattern ends in one.
    /// The lexicon patterns whose first word is the token, by its lemma or as written.
    func lexiconPatterns(at index: Int, in sentence: ParsedSentence) -> [RelationLexicon.Pattern] {
        // "cease-fire", which the tokenizer splits, is the ceasefire.
        if sentence.lower(index) == "fire" || sentence.lower(index) == "fires", index >= sentence.range.lowerBound + 2,
           sentence.lower(index - 1) == "-", sentence.lower(index - 2) == "cease"
        {
            return patternsByWord["ceasefire"] ?? []
        }
        var found = (patternsByWord[sentence.lemma(index)] ?? []) + (patternsByWord[sentence.lower(index)] ?? [])
        // ("heavily armed and supported by": the adjective's verb.)
        if found.isEmpty, sentence[index].pos == "ADJ", isParticipleWithAgent(index, in: sentence) {
            let word = sentence.lower(index)
            let stems = [String(word.dropLast(2)), String(word.dropLast(1)), String(word.dropLast(3))]
            if let stem = stems.first(where: { patternsByWord[$0] != nil }) { found = patternsByWord[stem] ?? [] }
        }
        return found
    }

    /// The light verb whose object the noun is, where the verb states nothing of its own ("reiterate
    /// our support to the UN"; not "provide military support to", which the lexicon codes as a whole).
    /// The verb that gives an amount of the noun: "announced $400 million in security assistance",
    /// where the amount is the verb's object and the noun names what it is in.
    func amountGiver(of noun: Int, in sentence: ParsedSentence) -> Int? {
        let preposition = sentence[noun].head
        guard sentence[noun].dep == "pobj", sentence.range.contains(preposition), sentence.lower(preposition) == "in" else { return nil }
        let amount = sentence[preposition].head
        // ("announced 50 million euros in humanitarian aid": or a currency counted.)
        let counted = Self.currencyNouns.contains(sentence.lower(amount)) && !sentence.children(of: amount, ["nummod"]).isEmpty
        guard sentence.range.contains(amount), sentence[amount].dep == "dobj", sentence[amount].tag == "CD" || sentence[amount].pos == "NUM" || counted
        else { return nil }
        let verb = sentence[amount].head
        guard sentence.range.contains(verb), sentence[verb].pos == "VERB", !Self.judgingVerbs.contains(sentence.lemma(verb)),
              !Self.negativeVerbs.contains(sentence.lemma(verb))
        else { return nil }
        return verb
    }

    /// "our calls for Russia to reverse": the clauses opened by "for" that the parser hangs on the
    /// verb carrying a message noun, after the noun.
    func carriedForClauses(ofMessage noun: Int, in sentence: ParsedSentence) -> [Int] {
        guard Self.messageNouns.contains(sentence.lemma(noun)), sentence[noun].dep == "dobj", sentence.range.contains(sentence[noun].head)
        else { return [] }
        return sentence.children(of: sentence[noun].head, ["advcl"]).filter { $0 > noun && forMark(of: $0, in: sentence) != nil }
    }

    private func forMark(of clause: Int, in sentence: ParsedSentence) -> Int? {
        sentence.children(of: clause, ["mark"]).first { sentence.lower($0) == "for" }
    }

    func carrier(of noun: Int, in sentence: ParsedSentence) -> Int? {
        if let passive = passiveCarrier(of: noun, in: sentence) { return passive }
        if let relative = relativeCarrier(of: noun, in: sentence) { return relative }
        let head = sentence[noun].head
        guard sentence[noun].pos == "NOUN", sentence[noun].dep == "dobj", head != noun, sentence.range.contains(head),
              Self.lightVerbs.contains(sentence.lemma(head)),
              !lexiconPatterns(at: head, in: sentence).contains(where: { $0.steps.count > 1 })
        else { return nil }
        return head
    }

    func match(
        _ index: Int, in sentence: ParsedSentence, frames: Set<RelationLexicon.Frame>
    ) -> (RelationLexicon.Pattern, String?)? {
        let candidates = lexiconPatterns(at: index, in: sentence)
        guard !candidates.isEmpty else { return nil }
        var words: Set<String> = []
        // Where each word stands, so that of two accepted prepositions the first in the text is
        // taken ("launched an operation against Hamas on Monday"), whatever the set's order.
        var positions: [String: Int] = [:]
        var prepositions: Set<String> = []
        // A particle that makes a phrasal verb must follow the verb ("took over Goma"), not end a
        // phrase of its object ("take action over threats").
        var attachedParticles: Set<String> = []
        // "reiterate our support to the UN": the parser may hang the noun's phrase from the light
        // verb that carries it.
        var carried = carrier(of: index, in: sentence).map { verb in sentence.children(of: verb, ["prep", "ccomp"]).filter { $0 > index } } ?? []
        if sentence[index].pos == "NOUN" {
            // ("arms exports to Russia": what is sent may be compounded before the noun.)
            for compound in sentence.children(of: index, ["compound"]) where ["arms", "weapons"].contains(sentence.lower(compound)) {
                words.insert(sentence.lower(compound))
            }
            carried += raisedHolders(of: index, in: sentence).flatMap { sentence.children(of: $0, ["prep"]) }.filter { $0 > index }
            // ("the visit by Xi Jinping to Serbia": or on the noun's doer.)
            carried += doerWords(of: index, in: sentence).flatMap { sentence.children(of: $0, ["prep"]) }.filter { sentence.lower($0) != "of" }
            // ("£120 million in humanitarian aid for Sudan": the parser may hang the phrase on the amount.)
            if amountGiver(of: index, in: sentence) != nil {
                carried += sentence.children(of: sentence[sentence[index].head].head, ["prep"]).filter { $0 > index }
            }
        }
        // ("the agreement signed by Ethiopia and Somaliland": a passive participle's object is the
        // noun it describes.)
        if sentence[index].dep == "acl", sentence[index].tag == "VBN", sentence.range.contains(sentence[index].head) {
            words.insert(sentence.lemma(sentence[index].head))
            words.insert(sentence.lower(sentence[index].head))
        }
        for child in sentence.children(of: index) + carried {
            switch sentence[child].dep {
            case "xcomp":
                // "force Turkey to make": an object-control complement's "to" completes "force * to"
                // ("agreed to share" is no "agree to X").
                if sentence.child(of: index, "dobj") != nil,
                   sentence.children(of: child, ["aux"]).contains(where: { sentence.lower($0) == "to" })
                {
                    words.insert("to")
                    // "ordered the newspaper to suspend publication": what it is made to do.
                    words.insert(sentence.lemma(child))
                }
            case "acl", "ccomp":
                // "its demand that Israel ease": the clause's "that".
                for mark in sentence.children(of: child, ["mark"]) { words.insert(sentence.lower(mark)) }
            case "prt", "prep", "dobj", "neg", "dative", "agent":
                // ("called Putin on Tuesday": a phrase of time completes no pattern.)
                if sentence[child].dep == "prep", sentence.children(of: child, ["pobj"]).contains(where: { isTimeWord($0, in: sentence) }) { continue }
                if sentence[child].dep == "prt" || child == index + 1 { attachedParticles.insert(sentence.lower(child)) }
                positions[sentence.lower(child)] = min(positions[sentence.lower(child)] ?? child, child)
                words.insert(sentence.lower(child))
                words.insert(sentence.lemma(child))
                if sentence[child].dep == "prep" {
                    prepositions.insert(sentence.lower(child))
                    // "acting as a mediator": the phrase's noun completes the pattern.
                    for object in sentence.children(of: child, ["pobj"]) {
                        words.insert(sentence.lemma(object))
                        // "a suspension of air links with Serbia": the relation the noun acts on.
                        if sentence.lower(child) == "of" {
                            for prep in sentence.children(of: object, ["prep"]) { words.insert(sentence.lower(prep)) }
                        }
                    }
                }
                if sentence[child].dep == "dobj" {
                    // ("sent thousands of troops to": a count of the object is the object too.)
                    let counted = Self.partitives.contains(sentence.lower(child)) || Self.countNouns.contains(sentence.lower(child))
                    for object in [child] + (counted ? ofObjects(of: child, in: sentence) : []) {
                        words.insert(sentence.lemma(object))
                        if object != child { words.insert(sentence.lower(object)) }
                        for grandchild in sentence.children(of: object, ["prep", "amod", "compound"]) {
                            positions[sentence.lower(grandchild)] = min(positions[sentence.lower(grandchild)] ?? grandchild, grandchild)
                            words.insert(sentence.lower(grandchild))
                        }
                    }
                }
            default: continue
            }
        }
        // ("our calls for Russia to reverse": a message's "for" may open a clause of the verb that
        // carries it.)
        if sentence[index].pos == "NOUN", let clause = carriedForClauses(ofMessage: index, in: sentence).first,
           let mark = forMark(of: clause, in: sentence)
        {
            words.insert("for")
            positions["for"] = min(positions["for"] ?? mark, mark)
        }
        for pattern in candidates where frames.contains(pattern.frame) {
            var preposition: String?
            var matches = true
            for (position, step) in pattern.steps.enumerated().dropFirst() {
                guard case .words(let accepted) = step else { continue }
                guard let word = accepted.filter({ words.contains($0) }).min(by: { (positions[$0] ?? .max, $0) < (positions[$1] ?? .max, $1) }),
                      !(position == 1 && pattern.frame == .verb && Self.particles.contains(word) && !attachedParticles.contains(word))
                else {
                    matches = false
                    break
                }
                let isPreposition = SentenceContext.prepositions.contains(word) || Self.objectPrepositions.contains(word)
                    || word == "between" || ["around", "near", "off"].contains(word) && prepositions.contains(word)
                // An infinitive's "to" is not a phrase whose object is the target.
                preposition = isPreposition && (word != "to" || prepositions.contains("to")) ? word : nil
            }
            if matches { return (pattern, preposition) }
        }
        return nil
    }

    /// "the sanctions coordinators for the United Kingdom, …": a plural title, whose "for" names the
    /// states its holders serve and act for. (Capitalised, the tagger calls the plural a proper noun
    /// and leaves it unlemmatised.)
    func namesOfficeHolders(_ noun: Int, in sentence: ParsedSentence) -> Bool {
        ["NNS", "NNPS"].contains(sentence[noun].tag)
            && (Self.titleNouns.contains(sentence.lemma(noun)) || Self.titleNouns.contains(String(sentence.lower(noun).dropLast())))
    }

    /// Verbs whose CAMEO block code, given with no pattern of the verb's, relates no one (below).
    static let verbsWithoutBareCode: Set<String> = ["lead", "conduct", "go"]
    /// Bare verbs whose block code holds only for a direct object: one engages an enemy, but
    /// "will engage further on Mr Lai's case" fights no one.
    static let verbsCodedOnlyWithDirectObject: Set<String> = ["engage"]
    /// Verbs whose dictionary codes read a figure of speech that news uses literally: forces "dug
    /// into occupied areas" investigate nothing; "evidence linking operatives to the killings"
    /// is no cooperation.
    static let literalVerbs: Set<String> = ["dig", "link"]

    /// The CAMEO verb dictionary's code for the clause, as a pattern of the verb frame: the clause's
    /// particle, objects and prepositional phrases select the pattern, its active code the predicate.
    private func cameoCoding(_ verb: Int, in sentence: ParsedSentence) -> (pattern: RelationLexicon.Pattern, code: String)? {
        func phrase(_ index: Int) -> VerbDictionary.Phrase {
            let modifiers = sentence.children(of: index, ["amod", "compound", "nmod"]).map { sentence.lemma($0) }
            return VerbDictionary.Phrase(sentence.lemma(index), form: sentence.lower(index), modifiers: modifiers)
        }
        let prepositions = sentence.children(of: verb, ["prep", "agent"]).filter { prep in
            !sentence.children(of: prep, ["pobj"]).contains { isTimeWord($0, in: sentence) }
        }.map { prep in
            VerbDictionary.PrepositionalPhrase(
                sentence.lower(prep), sentence.children(of: prep, ["pobj"]).first.map(phrase))
        }
        let clause = VerbDictionary.Clause(
            verb: sentence.lemma(verb), particle: sentence.child(of: verb, "prt").map { sentence.lower($0) },
            subject: sentence.children(of: verb, Self.subjectLabels).first.map(phrase),
            objects: sentence.children(of: verb, ["dobj", "dative"]).map(phrase),
            prepositions: prepositions,
            isPassive: !sentence.children(of: verb, ["nsubjpass", "auxpass"]).isEmpty)
        // ("how far both countries will go": going nowhere is no meeting.)
        if ["go", "come"].contains(sentence.lemma(verb)), clause.objects.isEmpty, clause.prepositions.isEmpty { return nil }
        // (CAMEO's bare "yield", 080, is what the dictionary gives "enable", "approve" and "settle"
        // with no pattern: measured on the development sets, never a concession between parties.)
        guard let match = verbs.match(clause), let code = match.code.active, code != "080",
              // (Nor the bare verbs whose block code was never right on the development sets: one
              // who leads a body heads it, one who conducts something or goes somewhere acts on no one.)
              match.pattern != nil || !Self.verbsWithoutBareCode.contains(match.verb.lemma),
              match.pattern != nil || !clause.objects.isEmpty || !Self.verbsCodedOnlyWithDirectObject.contains(match.verb.lemma),
              !Self.literalVerbs.contains(match.verb.lemma),
              let predicate = PredicateVocabulary.predicate(forCode: code, in: predicatesByCode),
              vocabulary[predicate]?.relationClass != .neutral
        else { return nil }
        let text = "CAMEO \(code) \(match.verb.lemma)" + (match.pattern.map { " \($0)" } ?? "")
        return (RelationLexicon.Pattern(steps: [], text: text, predicate: predicate, frame: .verb), code)
    }

    // MARK: - Negation, modality

    func make(
        _ subject: Mention, _ object: Mention, _ pattern: RelationLexicon.Pattern, _ trigger: Int,
        in sentence: ParsedSentence, base: Double, cameoCode: String? = nil
    ) -> Candidate? {
        // "fired rockets into northern Israel": as CAMEO codes it, the party is the state the
        // region lies in, so that the act is found among the state's.
        var (subject, object) = (within(subject), within(object))
        // "would send missiles to Kyiv": a capital given, asked or answered is its government.
        if !Self.placePredicates.contains(pattern.predicate) {
            (subject, object) = (governing(subject), governing(object))
        }
        // "struck Sanaa", "demonstrated in Kirkuk", "a bombing near Samarra killed": as CAMEO codes
        // it, a city is no party but the state it lies in. (One visits, occupies or leaves the city.)
        if !Self.placePredicates.contains(pattern.predicate) || Self.strikePredicates.contains(pattern.predicate) {
            // ("organised the evacuation of civilians from eastern Aleppo": a place people are
            // taken from stands for no one.)
            if !Self.placePredicates.contains(pattern.predicate), isPlaceLeft(object, in: sentence) { return nil }
            (subject, object) = (stateOfCity(subject), stateOfCity(object))
        }
        guard subject.entity != object.entity, Self.canRelate(subject.entity, pattern.predicate, object.entity) else { return nil }
        // ("convened on the sidelines of the UN General Assembly": a body met beside is not a place
        // visited; only "visited" itself visits a body's offices.)
        if pattern.predicate == "visits", object.entity.kind == .organisation, sentence.lemma(trigger) != "visit" { return nil }
        let stance = stance(of: trigger, in: sentence)
        let (negated, modality) = (stance.negated, stance.modality)
        // CAMEO codes events that happen; a verb the lexicon does not know is not coded as a
        // conditional or an attempt (a threat is coded as the threat).
        if pattern.steps.isEmpty, modality == .hypothetical, stance.commitment != .threat { return nil }
        let confidence = base * min(subject.confidence, object.confidence) * (modality == .asserted ? 1 : 0.9)
        let code = cameoCode ?? vocabulary[pattern.predicate]?.cameo
        // The predicate's own code needs no repeating on the fact; a dictionary's or a commitment's does.
        let statement = code.map { StatementCode.code(of: $0, negated: negated, modality: modality, commitment: stance.commitment) }
        var relation = RelationCandidate(
            subject: subject, predicate: pattern.predicate, object: object, negated: negated, modality: modality,
            confidence: confidence, eventCode: cameoCode != nil || statement != code ? statement : nil)
        relation.overridesRules = stance.claim != nil || stance.notYet
        return Candidate(
            relation: relation, trigger: trigger, pattern: pattern.text,
            path: sentence.path(between: subject.entity, and: object.entity, trigger: trigger),
            commitment: stance.commitment, committingVerb: stance.committingVerb,
            speaker: speaker(of: trigger, in: sentence))
    }

    /// True when the clause is the complement of a verb of saying ("Iran said it would").
    func isReported(_ clause: Int, in sentence: ParsedSentence) -> Bool {
        let head = sentence[clause].head
        return sentence[clause].dep == "ccomp" && head != clause && sentence.range.contains(head)
            && (Self.speechVerbs.contains(sentence.lemma(head)) || Self.agreementVerbs.contains(sentence.lemma(head)))
    }

    /// Who reports the trigger's clause: the subject of the speech verb whose complement holds it
    /// ("Turkey attacked Syria, the ministry said"; "he told reporters that"), or the party of an
    /// "according to" on the way up.
    func speaker(of trigger: Int, in sentence: ParsedSentence) -> Mention? {
        var current = trigger
        for _ in 0..<12 {
            for according in sentence.children(of: current, ["prep"]) where sentence.lower(according) == "according" {
                for to in sentence.children(of: according, ["prep"]) where sentence.lower(to) == "to" {
                    if let party = phraseParties(to, in: sentence).first {
                        return governing(party)
                    }
                }
            }
            let head = sentence[current].head
            guard head != current, sentence.range.contains(head) else { return nil }
            if ["ccomp", "parataxis"].contains(sentence[current].dep), Self.speechVerbs.contains(sentence.lemma(head)) {
                return sentence.children(of: head, Self.subjectLabels).lazy.flatMap { self.parties(at: $0, in: sentence) }.first.map(governing)
            }
            // "Moscow dismissed claims that Russia had attacked": the one who denies the claim.
            if claimStatus(of: current, in: sentence) == .denied, sentence[head].dep == "dobj",
               sentence.range.contains(sentence[head].head)
            {
                return sentence.children(of: sentence[head].head, Self.subjectLabels).lazy.flatMap { self.parties(at: $0, in: sentence) }.first
                    .map(governing)
            }
            // "accused Russia of shelling the plant": the shelling is the accuser's claim.
            if isAccusedOf(current, in: sentence), let accusing = verbOfPhrase(head, in: sentence) {
                // ("was accused by U.N. experts of": the agent accuses.)
                let accusers = sentence.children(of: accusing, Self.subjectLabels).flatMap { self.parties(at: $0, in: sentence) }
                    + sentence.children(of: accusing, ["agent"]).flatMap { self.phraseParties($0, in: sentence) }
                return accusers.first.map(governing)
            }
            current = head
        }
        return nil
    }

    /// Verbs whose "of" or "for" clause is what the subject says another did.
    static let claimingVerbs: Set<String> = ["accuse", "blame", "charge", "indict", "suspect"]

    /// "accused Russia of shelling", "blamed India for bombing": the clause is the act alleged.
    func isAccusedOf(_ clause: Int, in sentence: ParsedSentence) -> Bool {
        let prep = sentence[clause].head
        return sentence[clause].dep == "pcomp" && sentence.range.contains(prep) && ["of", "for"].contains(sentence.lower(prep))
            && sentence[prep].dep == "prep" && verbOfPhrase(prep, in: sentence).map { Self.claimingVerbs.contains(sentence.lemma($0)) } == true
    }

    /// Predicates whose party may be a place rather than who governs it: one visits, occupies,
    /// leaves or strikes a city.
    /// Whether a place may stand as a party of the predicate: where one goes, is, strikes or
    /// sends aid ("aid into Gaza"); no place talks, helps or cooperates ("cooperation with Africa").
    static func takesPlaces(_ predicate: String) -> Bool { placePredicates.contains(predicate) || predicate == "aids" }

    /// What kinds of party a relation admits, for the phrase rules and the parse alike: a place
    /// only where one goes, is, strikes or sends aid ("cooperation with Africa" is none); a member
    /// only of a body ("joined the sanctions against Russia"); no armed group imposes sanctions.
    static func canRelate(_ subject: Entity, _ predicate: String, _ object: Entity) -> Bool {
        // ("operations in Africa", "a trip to Europe": a continent or a sea is where things are, never
        // a party acted on or visited.)
        (!isContinentOrSea(subject) && !isContinentOrSea(object) || ["located_in", "part_of", "borders"].contains(predicate))
            && (takesPlaces(predicate) || subject.kind != .place && object.kind != .place)
            && (predicate != "member_of" || object.kind == .organisation)
            && (predicate != "sanctions" || subject.type != "armed-group")
    }

    /// Continents, world regions and seas: where things happen, of no one state ("Africa", "the
    /// Middle East", "the Red Sea"). The Gaza Strip or Donbas, a part of a state, is none of them.
    /// (The continents the reader names from adjectives, its compound regions, and the seas and
    /// regions besides.)
    static let continentsAndSeas: Set<String> = Set(Extractor.continents.values.map { $0.lowercased() })
        .union(Extractor.compoundRegions)
        .union([
            "far east", "pacific", "atlantic", "arctic", "sahel", "horn of africa", "eastern europe", "western balkans",
            "black sea", "red sea", "mediterranean", "south china sea", "persian gulf", "gulf of aden", "baltic sea",
            "south pacific",
        ])

    static func isContinentOrSea(_ entity: Entity) -> Bool {
        entity.kind == .place && continentsAndSeas.contains(entity.name.lowercased())
    }

    static let placePredicates: Set<String> = [
        "visits", "located_in", "occupies", "withdraws_from", "attacks", "shells", "bombs", "strikes_from_air", "blockades",
        "kills", "assaults", "uses_mass_violence_against", "seizes", "part_of", "borders",
        // ("recognised the independence of Abkhazia": a breakaway region, not the state it broke from.)
        "recognises",
    ]

    /// Predicates whose target, a city, is coded as the state it lies in.
    static let strikePredicates: Set<String> = [
        "attacks", "shells", "bombs", "strikes_from_air", "assaults", "uses_mass_violence_against", "blockades",
    ]

    /// A place of the gazetteer or the actor dictionary as the state it lies in.
    func isPlaceLeft(_ party: Mention, in sentence: ParsedSentence) -> Bool {
        guard party.entity.kind == .place, let last = party.range.last, sentence.range.contains(last) else { return false }
        let head = sentence[last].head
        return sentence[last].dep == "pobj" && sentence.range.contains(head) && sentence.lower(head) == "from"
    }

    func stateOfCity(_ party: Mention) -> Mention {
        guard party.entity.kind == .place, let state = state(containing: party.entity) else { return party }
        var located = party
        located.entity = state
        located.role = nil
        return located
    }

    /// A capital as a party, or as a speaker ("according to Kyiv"), is the state that governs from it.
    func governing(_ party: Mention) -> Mention {
        guard party.entity.kind == .place, party.entity.type == "city", let state = statesByCapital[party.entity.key] else { return party }
        var government = party
        government.entity = state
        return government
    }

    /// How the clause commits its source to the event: `threatened to strike`, `refused to meet`,
    /// `agreed to withdraw`, `will provide`. CAMEO codes such statements by the commitment (a threat,
    /// a rejection, an intent), not by the event they name.

    struct Stance {
        var negated = false
        var modality = Modality.asserted
        var commitment: Commitment?
        /// The verb that states the commitment ("threatened"), when it is not the trigger itself.
        var committingVerb: Int?
        /// What a noun of claiming or evidence above the clause makes of it.
        var claim: ClaimStatus?
        /// "has yet to": not done so far.
        var notYet = false
    }

    /// Words that make an attitude a standing one: "their shared support", "its steadfast commitment".
    static let standingWords: Set<String> = ["shared", "continued", "ongoing", "steadfast", "unwavering", "strong", "enduring", "firm"]
    static let weighingVerbs: Set<String> = ["consider", "weigh", "mull", "contemplate", "debate", "study", "explore", "discuss"]
    static let proposingVerbs: Set<String> = ["propose", "suggest", "recommend"]
    static let threatVerbs: Set<String> = ["threaten", "warn", "vow", "swear"]
    static let refusalVerbs: Set<String> = ["refuse", "reject", "decline", "fail"]
    static let intentVerbs: Set<String> = ["agree", "offer", "promise", "pledge", "vow", "swear", "willing", "ready", "prepared", "apply", "aspire"]

    enum ClaimStatus { case made, denied, unsupported }

    static let claimNouns: Set<String> = [
        "claim", "allegation", "report", "accusation", "assertion", "suggestion", "rumour", "rumor", "evidence", "proof",
        "sign", "indication",
    ]
    static let dismissingVerbs: Set<String> = ["dismiss", "deny", "reject", "refute", "rebuff", "disprove", "debunk"]
    static let falsehoodWords: Set<String> = ["false", "untrue", "baseless", "unfounded", "groundless", "fabricated", "wrong", "lies"]

    /// What a "that" clause under a noun of claiming or evidence makes of its act: a claim made, a
    /// claim denied ("dismissed claims that", "claims that … were false"), or no support for it
    /// ("there is no evidence that").
    func claimStatus(of clause: Int, in sentence: ParsedSentence) -> ClaimStatus? {
        let noun = sentence[clause].head
        guard ["acl", "ccomp"].contains(sentence[clause].dep), sentence.range.contains(noun), sentence[noun].pos == "NOUN",
              Self.claimNouns.contains(sentence.lemma(noun)),
              sentence.children(of: clause, ["mark"]).contains(where: { sentence.lower($0) == "that" })
        else { return nil }
        if sentence.children(of: noun, ["det"]).contains(where: { ["no"].contains(sentence.lower($0)) })
            || sentence.children(of: noun, ["neg"]).isEmpty == false
        {
            return .unsupported
        }
        let verb = sentence[noun].head
        if sentence.range.contains(verb), verb != noun {
            if sentence[noun].dep == "dobj", Self.dismissingVerbs.contains(sentence.lemma(verb)) { return .denied }
            if ["nsubj", "nsubjpass"].contains(sentence[noun].dep),
               sentence.children(of: verb, ["acomp", "attr"]).contains(where: { Self.falsehoodWords.contains(sentence.lower($0)) })
            {
                return .denied
            }
            // "found no evidence that", "there is little evidence that".
            if ["evidence", "proof", "sign", "indication"].contains(sentence.lemma(noun)),
               !sentence.children(of: verb, ["neg"]).isEmpty
                || sentence.children(of: noun, ["amod"]).contains(where: { ["little", "scant", "insufficient"].contains(sentence.lower($0)) })
            {
                return .unsupported
            }
        }
        // Evidence that something happened, with nothing against it, asserts it.
        if ["evidence", "proof", "sign", "indication"].contains(sentence.lemma(noun)) { return nil }
        return .made
    }

    static let stepNouns: Set<String> = ["step", "measure", "action", "effort", "move", "attempt", "bid", "decision"]
    static let intentionNouns: Set<String> = ["plan", "intention", "intent", "application", "candidacy", "aspiration", "ambition", "bid"]

    /// The verb that takes the step an infinitive completes: "taking steps to cancel", "the
    /// decision to withdraw" made by someone.
    func stepTaken(toward clause: Int, in sentence: ParsedSentence) -> Int? {
        let noun = sentence[clause].head
        guard ["acl", "relcl"].contains(sentence[clause].dep), sentence.range.contains(noun),
              sentence.children(of: clause, ["aux"]).contains(where: { sentence.lower($0) == "to" }),
              Self.stepNouns.contains(sentence.lemma(noun)), ["dobj", "attr"].contains(sentence[noun].dep)
        else { return nil }
        let verb = sentence[noun].head
        return sentence.range.contains(verb) && verb != noun ? verb : nil
    }

    /// "wants Israel to free", "wishes Kyiv to accept": the parser makes an infinitive with a
    /// subject of its own the complement clause of a verb of wanting or asking.
    func isWishedOfAnother(_ clause: Int, in sentence: ParsedSentence) -> Bool {
        sentence[clause].dep == "ccomp"
            && (Self.advocatingVerbs.contains(sentence.lemma(sentence[clause].head)) || ["want", "wish"].contains(sentence.lemma(sentence[clause].head)))
            && sentence.children(of: clause, ["aux"]).contains { sentence.lower($0) == "to" }
            && sentence.child(of: clause, "nsubj") != nil
    }

    /// Negation and modality from the trigger's own `neg` and auxiliaries, and from the verbs whose
    /// complement it is: "did not agree to lift", "refused to recognise", "would strike", "plans to".
    func stance(of trigger: Int, in sentence: ParsedSentence) -> Stance {
        var stance = Stance()
        var chain = [trigger]
        var current = trigger
        // A noun's stance is its light verb's: "imposed no sanctions", "will hold talks", also where
        // the verb is in the clause that describes the noun ("not related to the strikes that the
        // United States launched" were launched all the same).
        if let relative = relativeCarrier(of: trigger, in: sentence) {
            current = relative
            chain.append(current)
        } else if ["dobj", "attr", "pobj"].contains(sentence[trigger].dep) {
            current = sentence[trigger].head
            if sentence[current].dep == "prep" { current = sentence[current].head }
            chain.append(current)
        }
        var wishedOfAnother = false
        var attempted = false
        var claimed: ClaimStatus?
        // Verbs the trigger is coordinated with, not governed by: "called the deal a beacon and
        // thanked Erdogan" is no call to thank, "threatened and attacked" no threat to attack.
        var coordinates: Set<Int> = []
        while sentence.range.contains(sentence[current].head), sentence[current].head != current {
            // "claims that Russia had attacked", "no evidence that Iran supplied": the act is only
            // what the noun says of it.
            if let status = claimStatus(of: current, in: sentence) {
                claimed = status
                break
            }
            // "accused Iran of supplying drones": what one is accused of is the accuser's claim.
            if isAccusedOf(current, in: sentence) {
                claimed = .made
                break
            }
            if isWishedOfAnother(current, in: sentence) {
                wishedOfAnother = true
            } else if let verb = stepTaken(toward: current, in: sentence) {
                // "will be taking steps to cancel", "made an attempt to seize": the verb that takes the
                // step states how far the act has come.
                attempted = attempted || ["attempt", "bid"].contains(sentence.lemma(sentence[current].head))
                current = verb
                chain.append(current)
                continue
            } else if ["advcl", "acl"].contains(sentence[current].dep), sentence.range.contains(sentence[current].head),
                      sentence[sentence[current].head].pos == "NOUN",
                      ["need", "necessity", "importance", "urgency", "call", "demand"].contains(sentence.lemma(sentence[current].head))
            {
                // "discussed the need for Russia to withdraw": what is needed or called for is
                // advocated, not done.
                if [.asserted, .future].contains(stance.modality) { stance.modality = .advocated }
                break
            } else if sentence[current].dep == "acl", sentence.range.contains(sentence[current].head),
                      sentence[sentence[current].head].pos == "NOUN", Self.intentionNouns.contains(sentence.lemma(sentence[current].head)),
                      sentence.children(of: current, ["aux"]).contains(where: { sentence.lower($0) == "to" })
            {
                // "announced its intention to introduce a ban", "has no plans to strike": what one
                // means to do is yet to come (or, with "no", not meant).
                if stance.modality == .asserted { stance.modality = .future }
                chain.append(sentence[current].head)
                break
            } else if sentence[current].dep == "advcl", sentence.range.contains(sentence[current].head),
                      Self.advocatingVerbs.contains(sentence.lemma(sentence[current].head)),
                      sentence.children(of: current, ["aux"]).contains(where: { sentence.lower($0) == "to" })
            {
                // "called on President Aliyev to provide assurances": the parser may hang the act
                // called for on the call as an adverbial clause; it is advocated all the same.
                if [.asserted, .future].contains(stance.modality) { stance.modality = .advocated }
                break
            } else if sentence[current].dep == "advcl", sentence.range.contains(sentence[current].head),
                      sentence.children(of: sentence[current].head, ["dobj"]).contains(where: { carriedForClauses(ofMessage: $0, in: sentence).contains(current) })
            {
                // ("reiterate our call for Russia to withdraw": the parser may hang the act called for
                // on the verb that carries the call.)
                if [.asserted, .future].contains(stance.modality) { stance.modality = .advocated }
                break
            } else if sentence[current].dep == "pcomp", sentence.range.contains(sentence[current].head),
                      sentence[sentence[current].head].dep == "prep", sentence.range.contains(sentence[sentence[current].head].head),
                      sentence[sentence[sentence[current].head].head].pos == "VERB"
            {
                // "look forward to working with", "objected to negotiating with": the verb the
                // gerund's phrase hangs on says how it is meant.
                current = sentence[sentence[current].head].head
                chain.append(current)
                continue
            } else if !["xcomp", "conj"].contains(sentence[current].dep) {
                break
            }
            if sentence[current].dep == "conj" { coordinates.insert(sentence[current].head) }
            current = sentence[current].head
            chain.append(current)
        }
        // "would meet Cordovez if he gave them a veto": what depends on a condition is hypothetical.
        // (An act made to depend on "unless" is an ultimatum, below.)
        if chain.contains(where: { node in
            sentence.children(of: node, ["advcl"]).contains { clause in
                sentence.children(of: clause, ["mark"]).contains { sentence.lower($0) == "if" }
            }
        }) {
            stance.modality = .hypothetical
        }
        for (position, node) in chain.enumerated() {
            if !sentence.children(of: node, ["neg"]).isEmpty { stance.negated.toggle() }
            if sentence.children(of: node, ["det"]).contains(where: { ["no"].contains(sentence.lower($0)) }) { stance.negated = true }
            if position > 0, !coordinates.contains(node), Self.negativeVerbs.contains(sentence.lemma(node)) { stance.negated.toggle() }
            // "has yet to recognize", "is yet to sign": not done so far.
            if position > 0, ["have", "be"].contains(sentence.lemma(node)),
               sentence.children(of: node, ["advmod"]).contains(where: { sentence.lower($0) == "yet" })
            {
                stance.negated.toggle()
                stance.notYet = true
            }
            for auxiliary in sentence.children(of: node, ["aux"]) {
                switch sentence.lower(auxiliary) {
                case "will", "'ll", "shall": stance.modality = stance.modality == .asserted ? .future : stance.modality
                // "said they would boycott": reported speech's "would" is the speaker's "will".
                case "would" where isReported(node, in: sentence): stance.modality = stance.modality == .asserted ? .future : stance.modality
                case "would", "could", "might", "may": stance.modality = .hypothetical
                case "should", "must": stance.modality = .advocated
                default: break
                }
            }
            if position > 0, !coordinates.contains(node) {
                let lemma = sentence.lemma(node)
                if Self.futureVerbs.contains(lemma), stance.modality == .asserted { stance.modality = .future }
                // ("We look forward to working with Kenya.")
                if lemma == "look", sentence.children(of: node, ["advmod"]).contains(where: { sentence.lower($0) == "forward" }),
                   stance.modality == .asserted
                {
                    stance.modality = .future
                }
                // "is believed to have sent", "is said to have supplied": what others say, not the story.
                // "are set to sign", "is due to visit": planned, not done.
                if Self.schedulingVerbs.contains(lemma), sentence[node].tag == "VBN", !sentence.children(of: node, ["auxpass"]).isEmpty,
                   stance.modality == .asserted
                {
                    stance.modality = .future
                }
                if Self.raisingVerbs.contains(lemma), sentence[node].tag == "VBN", !sentence.children(of: node, ["auxpass"]).isEmpty {
                    claimed = claimed ?? .made
                }
                if Self.advocatingVerbs.contains(lemma) { stance.modality = .advocated }
                // "Israel and Hamas need to reach an agreement": what the parties need to do is urged.
                if lemma == "need", sentence[node].pos == "VERB", stance.modality == .asserted { stance.modality = .advocated }
                // An attempt or a threat is not yet the event: "trying to force", "threatened to strike".
                if ["threaten", "try", "attempt"].contains(lemma) { stance.modality = .hypothetical }
                // "is considering sanctions on", "proposed talks with": weighed or put forward, not done.
                if Self.weighingVerbs.contains(lemma), stance.modality != .advocated { stance.modality = .hypothetical }
                if Self.proposingVerbs.contains(lemma) { stance.modality = .advocated }
                if stance.commitment == nil {
                    if Self.threatVerbs.contains(lemma) && lemma != "vow" && lemma != "swear" {
                        stance.commitment = .threat
                    } else if Self.refusalVerbs.contains(lemma) {
                        stance.commitment = .refusal
                    } else if Self.intentVerbs.contains(lemma) {
                        stance.commitment = .intent
                    }
                    if stance.commitment != nil { stance.committingVerb = node }
                }
            }
        }
        // "is willing to withdraw", "ready to talk": the adjective states the intent.
        if stance.commitment == nil, sentence[current].dep == "xcomp", sentence.range.contains(sentence[current].head),
           ["willing", "ready", "prepared"].contains(sentence.lower(sentence[current].head))
        {
            stance.commitment = .intent
            if stance.modality == .asserted { stance.modality = .future }
        }
        // What one intends has not happened yet.
        if stance.commitment == .intent, stance.modality == .asserted { stance.modality = .future }
        if attempted, stance.modality != .advocated { stance.modality = .hypothetical }
        stance.claim = claimed
        switch claimed {
        case .unsupported: stance.modality = .hypothetical
        case .denied:
            stance.negated = true
            stance.modality = .reported
        case .made: if stance.modality == .asserted || stance.modality == .future { stance.modality = .reported }
        case nil: break
        }
        // "The U.S. wants Israel to free them": what one wants another to do is advocated.
        if wishedOfAnother, stance.modality != .hypothetical {
            stance.modality = .advocated
            if stance.commitment == .intent { stance.commitment = nil }
        }
        // A condition makes the clause hypothetical: "if Iran attacked Israel".
        for node in chain where sentence.children(of: node, ["mark"]).contains(where: { ["if", "unless"].contains(sentence.lower($0)) }) {
            stance.modality = .hypothetical
        }
        // "will withdraw its force unless the president holds elections": an announced act made
        // to depend on what the other side does is an ultimatum, which CAMEO codes as a threat.
        if stance.commitment == nil, stance.modality == .future || stance.commitment == .intent,
           let node = chain.first(where: { node in
               sentence.children(of: node, ["advcl"]).contains { clause in
                   sentence.children(of: clause, ["mark"]).contains { sentence.lower($0) == "unless" }
               }
           })
        {
            stance.commitment = .threat
            stance.committingVerb = node
        }
        return stance
    }
}
