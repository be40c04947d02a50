public import EntenteModel

/// Words for the kind of actor a noun phrase names (soldiers, ministers, rebels) and the CAMEO role
/// they add to the actor's code: PETRARCH2's agents dictionary.
///
/// "Russian soldiers": `Russian` is the actor `RUS` (``ActorDictionary``), `soldiers` the agent
/// `~MIL`, and together they code `RUSMIL` (``Agent/applied(to:)``). The standard dictionary is
/// `Data/agents.tsv`, converted by `scripts/convert-petrarch2.py`; users add agents in PETRARCH2's
/// format (``add(petrarch:file:)``), which take precedence.
public struct AgentDictionary: Sendable {
    public struct Agent: Sendable, Hashable {
        /// The singular as a dictionary key (``DictionaryTokens/key(_:)``).
        public var phrase: String
        public var plural: String?
        /// `~MIL` (appended to the actor's code) or `IGO~` (put before it).
        public var code: String
        /// Where it was read: the data file and line.
        public var location: DataFileError.Location

        public init(phrase: String, plural: String?, code: String, location: DataFileError.Location) {
            self.phrase = phrase
            self.plural = plural
            self.code = code
            self.location = location
        }

        /// The role letters without the `~`.
        public var role: String { code.filter { $0 != "~" } }
        /// True for `IGO~`: the role goes before the actor's code.
        public var isPrefix: Bool { code.hasSuffix("~") }

        /// The actor code with this agent's role, as PETRARCH2 mixes them: `RUS` + `~MIL` is
        /// `RUSMIL`; a code that already holds the role keeps it once (`RUSMIL` + `~MIL`); with no
        /// actor, `---MIL` (an agent of unknown country). A prefix role: `IND` + `IGO~` is `IGOIND`.
        public func applied(to actor: String?) -> String {
            let role = self.role
            guard let actor, !actor.isEmpty, actor != "---" else { return isPrefix ? role : "---" + role }
            if isPrefix { return actor.hasPrefix(role) ? actor : role + actor }
            return actor.contains(role) ? actor : actor + role
        }
    }

    /// The code of a noun phrase with an actor (or none) and the agents found in it, combined as
    /// PETRARCH2 does: each agent's role in turn, the generic `~PPL` (people) only when alone.
    public static func code(actor: String?, agents: [Agent]) -> String? {
        guard !agents.isEmpty else { return actor }
        var code = actor
        for agent in agents where agent.code != "~PPL" || agents.count == 1 {
            code = agent.applied(to: code)
        }
        return code
    }

    /// An agent found in a sentence.
    public struct Match: Sendable, Hashable {
        /// Token indices.
        public var range: Range<Int>
        public var agent: Agent
        public var isPlural: Bool
    }

    public private(set) var agents: [Agent] = []
    private var index = PhraseIndex()

    public init(_ agents: [Agent] = []) {
        for agent in agents { add(agent) }
    }

    /// Adds an agent. Its singular replaces an earlier agent's singular or plural; its plural
    /// replaces only an earlier plural, unless `overriding`, so "armed forces" keeps its own code
    /// rather than becoming the plural of "armed force".
    public mutating func add(_ agent: Agent, overriding: Bool = false) {
        let position = agents.count
        agents.append(agent)
        index.insert(key: agent.phrase, value: position, replacing: true)
        if let plural = agent.plural {
            let existing = index.value(forKey: plural)
            let existingIsSingular = existing.map { agents[$0].phrase == plural } ?? false
            if overriding || !existingIsSingular {
                index.insert(key: plural, value: position, replacing: true)
            }
        }
    }

    /// Adds every agent of `other`, ahead of this dictionary's own.
    public mutating func merge(_ other: AgentDictionary) {
        for agent in other.agents { add(agent, overriding: true) }
    }

    /// The number of phrases, singulars and plurals.
    public var phraseCount: Int { index.count }

    /// The agent a phrase names, singular or plural.
    public func agent(for phrase: String) -> Agent? {
        index.value(forKey: DictionaryTokens.key(phrase)).map { agents[$0] }
    }

    /// The longest agent phrase starting at token `token`.
    public func longestMatch(in tokens: DictionaryTokens, at token: Int) -> Match? {
        guard token < tokens.firstWordOfToken.count,
            let (words, value) = index.longestMatch(in: tokens, at: tokens.firstWordOfToken[token])
        else { return nil }
        let agent = agents[value]
        let key = tokens.words[words].joined(separator: " ")
        return Match(range: tokens.tokenRange(ofWords: words), agent: agent, isPlural: key != agent.phrase)
    }

    /// The agents shipped with Entente.
    public static let standard: AgentDictionary = {
        do {
            var dictionary = AgentDictionary()
            try dictionary.add(tsv: EmbeddedData.agents, file: "agents.tsv")
            return dictionary
        } catch {
            preconditionFailure("the embedded agent dictionary is broken: \(error)")
        }
    }()
}

// MARK: - Reading

extension AgentDictionary {
    /// Reads Entente's format (`phrase plural code`, see `Data/agents.tsv`).
    public mutating func add(tsv text: String, file: String, overriding: Bool = false) throws(DataFileError) {
        for (line, fields) in DataRows(text).dropFirst() {
            let location = DataFileError.Location(file: file, line: line)
            guard fields.count == 3 else {
                throw DataFileError(location, "expected 3 tab-separated fields (phrase plural code), found \(fields.count)")
            }
            guard !fields[0].isEmpty else { throw DataFileError(location, "empty phrase") }
            guard Self.isAgentCode(fields[2]) else {
                throw DataFileError(location, "'\(fields[2])' is not an agent code (~ABC or ABC~)")
            }
            add(Agent(phrase: fields[0], plural: fields[1].isEmpty ? nil : fields[1], code: fields[2], location: location),
                overriding: overriding)
        }
    }

    /// Reads agents in PETRARCH2's format and puts them ahead of this dictionary's own:
    ///
    ///     SOLDIER [~MIL]                        # regular plural (soldiers) generated
    ///     POLICE {} [~COP]                      # {} no plural
    ///     ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~JUD]
    ///     !PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON
    ///     BUSINESS!PERSON! [~BUS]               # one phrase per item, no plurals
    ///     PEACEKEEPING_TROOPS {} [IGO~]         # ABC~ goes before the actor's code
    public mutating func add(petrarch text: String, file: String) throws(DataFileError) {
        var substitutions: [String: [String]] = [:]
        var found: [Agent] = []
        for (content, location) in PetrarchLines(text: text, file: file) {
            if content.hasPrefix("!"), let equals = content.firstIndex(of: "=") {
                let name = String(content[..<equals]).trimmed
                guard name.count > 2, name.hasSuffix("!"), !name.dropFirst().dropLast().contains("!") else {
                    throw DataFileError(location, "a substitution set is written !NAME! = item, item, …")
                }
                substitutions[name] = content[content.index(after: equals)...].split(separator: ",")
                    .map { String($0).trimmed }.filter { !$0.isEmpty }
                continue
            }
            guard let open = content.firstIndex(of: "["), let close = content.lastIndex(of: "]"), open < close,
                String(content[content.index(after: close)...]).trimmed.isEmpty
            else {
                throw DataFileError(location, "an agent is written PHRASE {PLURAL} [~CODE]; no [~CODE] found")
            }
            let code = String(content[content.index(after: open)..<close]).trimmed
            guard Self.isAgentCode(code) else {
                throw DataFileError(location, "'\(code)' is not an agent code (~ABC appended to the actor, ABC~ before it)")
            }
            var phraseText = Substring(content[..<open])
            var plural: String?? = .none
            if let brace = phraseText.firstIndex(of: "{") {
                guard let end = phraseText.firstIndex(of: "}"), brace < end else {
                    throw DataFileError(location, "'{' without '}'")
                }
                let written = DictionaryTokens.key(phraseText[phraseText.index(after: brace)..<end])
                plural = .some(written.isEmpty ? nil : written)
                phraseText = phraseText[..<brace]
            }
            if let first = phraseText.firstIndex(of: "!") {
                guard let last = phraseText[phraseText.index(after: first)...].firstIndex(of: "!") else {
                    throw DataFileError(location, "a substitution marker is written !NAME!")
                }
                let marker = String(phraseText[first...last])
                guard let items = substitutions[marker] else {
                    throw DataFileError(location, "the substitution set \(marker) is not defined above")
                }
                for item in items {
                    let phrase = DictionaryTokens.key(phraseText.replacing(marker, with: item, maxReplacements: 1))
                    found.append(Agent(phrase: phrase, plural: nil, code: code, location: location))
                }
                continue
            }
            let phrase = DictionaryTokens.key(phraseText)
            guard !phrase.isEmpty else { throw DataFileError(location, "an agent code without a phrase") }
            let resolvedPlural: String? =
                switch plural {
                case .none: PetrarchInflection.plural(ofPhrase: phrase)
                case .some(let written): written
                }
            found.append(Agent(phrase: phrase, plural: resolvedPlural, code: code, location: location))
        }
        for agent in found { add(agent, overriding: true) }
    }

    /// A dictionary of PETRARCH2-format text alone.
    public static func parsePetrarch(_ text: String, file: String) throws(DataFileError) -> AgentDictionary {
        var dictionary = AgentDictionary()
        try dictionary.add(petrarch: text, file: file)
        return dictionary
    }

    static func isAgentCode(_ code: String) -> Bool {
        let letters = code.filter { $0 != "~" }
        guard letters.count >= 3, letters.count % 3 == 0,
            letters.allSatisfy({ ("A"..."Z").contains($0) || ("0"..."9").contains($0) })
        else { return false }
        return code == "~" + letters || code == letters + "~"
    }
}
