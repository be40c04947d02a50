import EntenteModel

/// Finds entity mentions in a sentence: gazetteer names first, then
/// capitalised names with cues that tell a person, an organisation or a
/// place, then later references to names seen earlier in the article.
///
/// One recogniser reads one article, in order: it remembers the names it
/// has seen so `Klintsevich` and `the parliamentarian` find Franz Klintsevich.
public struct EntityRecognizer: Sendable {
    let gazetteer: Gazetteer
    let matcher: GazetteerMatcher
    /// Names seen earlier in the article (folded), with the entity they named.
    private var memory: [String: Entity] = [:]
    private(set) var lastPerson: Entity?
    /// The person a sentence opened with, likely its subject: "Blinken met Wang Yi. He urged …"
    /// continues with Blinken, not with the person named last.
    private var leadPerson: Entity?
    private(set) var lastMedia: Entity?
    /// The person last named with each title ("president", "minister", "secretary").
    private var titledPeople: [String: Entity] = [:]
    /// The state an official release speaks for. Its own holder of a title, or the first named,
    /// keeps the title against a foreign one named after: in a White House readout "President
    /// Biden spoke with President Sisi. The President thanked …" is Biden.
    var homeState: Entity?
    /// Titles a story names its holder by after first naming them: "The President", "the Secretary".
    static let heldTitles: Set<String> = ["president", "minister", "secretary", "chancellor", "premier", "king", "emir"]

    /// Whether the person holding a title keeps it against one named with it after. In an official
    /// release the first holder is its own official ("President Biden spoke with President Sisi"),
    /// unless the later one is known to be.
    private func keepsTitle(_ holder: Entity, against later: Entity) -> Bool {
        guard homeState != nil, holder != later else { return false }
        return isHome(holder) || !isHome(later)
    }

    /// True for a person whose actor code is the home state's government ("USAGOV" for the United States).
    private func isHome(_ person: Entity) -> Bool {
        guard let home = homeState?.cameo, let code = person.cameo, code.count > home.count else { return false }
        return code.hasPrefix(home)
    }

    init(gazetteer: Gazetteer, matcher: GazetteerMatcher) {
        self.gazetteer = gazetteer
        self.matcher = matcher
    }

    static let organisationHeads: Set<String> = [
        "party", "army", "council", "ministry", "university", "association", "committee", "agency", "front",
        "brigade", "brigades", "movement", "organization", "organisation", "institute", "union", "bank", "court",
        "department", "office", "service", "corporation", "company", "group", "alliance", "parliament", "assembly",
        "commission", "coalition", "federation", "foundation", "center", "centre", "fund", "forces", "guard",
        "militia", "network", "authority", "bureau", "academy", "college", "school", "police", "navy", "command",
        "secretariat", "senate", "congress", "battalion", "regiment", "division", "directorate", "news", "times",
        "post", "journal", "herald", "daily", "tribune", "mission", "board", "force", "programme", "program", "initiative", "mechanism",
    ]
    /// Heads of a body that works in a place and is named for it: "the EU Rule of Law Mission in Kosovo".
    static let deployedHeads: Set<String> = ["mission", "force", "office", "operation"]

    /// Last words of a state agency's name: "Russia's Federal Security Service".
    static let agencyHeads: Set<String> = [
        "service", "services", "ministry", "agency", "corps", "forces", "force", "guard", "police", "department", "directorate",
        "organization", "organisation", "command", "army", "navy", "bureau", "office", "committee",
    ]
    /// Feasts and faiths the recogniser takes for places or groups: no party of a relation.
    static let feastsAndFaiths: Set<String> = [
        "easter", "christmas", "ramadan", "eid", "passover", "hanukkah", "diwali", "nowruz", "lent", "catholic", "catholics",
        "orthodox", "muslim", "muslims", "christian", "christians", "jewish", "sunni", "shia", "shiite", "hindu", "buddhist",
        "protestant", "evangelical",
    ]
    /// Abbreviations written in capitals that name things, not parties.
    static let commonAbbreviations: Set<String> = [
        "UAV", "UAVs", "ICBM", "ICBMs", "IRBM", "SAM", "SAMs", "USV", "USVs", "IED", "IEDs", "RPG", "RPGs", "GDP", "CEO", "MP",
        "MPs", "PM", "AI", "LNG", "GMT", "UTC", "EDT", "EST", "TV", "COVID", "HIV", "AIDS", "MoU", "MOU",
        "NGO", "NGOs", "SRSG", "DSRSG", "USG", "HIMARS", "SEAL", "SEALs", "LGBTQ", "LGBTQI", "CPA", "IHL", "IDP", "IDPs",
        "DNI", "NSA", "NSAs", "UAS", "ATACMS", "GPS", "SUV", "PhD", "OK", "FAQ", "PDF", "ID", "EEZ", "DMZ", "CSIS",
    ]
    /// Titles before a lone surname: "Special Representative Ziadeh", "Dr Théroux-Bénoni".
    static let surnameTitles: Set<String> = Set([
        "dr", "representative", "ambassador", "envoy", "minister", "president", "secretary", "senator", "governor", "mr", "mrs", "ms",
        "chancellor", "premier", "king", "queen", "emir", "sultan", "undersecretary", "under-secretary",
    ]).union(unTitlesWrittenShort)
    /// The UN's titles written short: "SRSG Keita", "ASG Pobee".
    static let unTitlesWrittenShort: Set<String> = ["srsg", "dsrsg", "asg", "usg"]
    /// Words of a title's portfolio: "Secretary of State", "Minister of Foreign Affairs".
    static let portfolioWords: Set<String> = [
        "state", "defense", "defence", "foreign", "affairs", "home", "interior", "finance", "economy", "health", "justice",
        "treasury", "commerce", "energy", "homeland", "security", "national", "agriculture", "labour", "labor", "education",
        "trade", "war", "the", "and", "internal", "external", "information", "industry", "transport", "culture",
    ]
    /// Words that open a title and name nothing alone: "Supreme Leader", "Acting Minister".
    static let titleOpeners: Set<String> = ["supreme", "acting", "deputy", "senior", "chief", "grand", "interim", "foreign", "defence", "defense"]
    /// Words that open a title after a body's name: "… on Development Executive Secretary".
    static let bodyTitleOpeners: Set<String> = titleOpeners.union(["executive", "special", "vice", "assistant", "permanent"])
    static let personTitles: Set<String> = Set([
        "president", "minister", "prime", "general", "gen", "gen.", "colonel", "col", "lt", "major", "maj", "captain",
        "mr", "mrs", "ms", "dr", "chargé", "d'affaires", "d’affaires", "affaires", "spokesman", "spokeswoman", "spokesperson", "chairman", "chairwoman", "expert",
        "professor", "prof", "leader", "chief", "commander", "ambassador", "envoy", "secretary", "chancellor", "king",
        "queen", "prince", "sheikh", "emir", "senator", "sen", "deputy", "lawmaker", "analyst", "official", "director",
        "head", "governor", "mayor", "foreign", "defence", "defense", "admiral", "adm", "sergeant", "sgt", "vice",
        "ayatollah", "journalist", "correspondent", "researcher", "council", "premier", "secretary-general", "commander-in-chief",
        "emir", "sultan", "speaker", "judge", "bishop", "pope", "cardinal", "rev", "gov", "brig", "marshal", "adviser", "advisor",
        "representative", "undersecretary", "under-secretary", "rapporteur",
    ]).union(unTitlesWrittenShort)

    /// Prepositions of a title's place: "Ambassador to Oman", "spokesperson in Geneva".
    static let titlePlacePrepositions: Set<String> = ["in", "to", "at"]

    /// Ranks written short: "Gen. Pat Ryder", "Brig. Gen.".
    static let rankAbbreviations: Set<String> = ["gen", "col", "lt", "maj", "brig", "adm", "sgt", "capt", "cpt", "cmdr"]

    static let speechVerbs: Set<String> = [
        "said", "says", "say", "told", "tells", "added", "stated", "noted", "suggested", "underscored", "stressed",
        "claimed", "explained", "insisted", "argued", "warned", "announced", "wrote", "declared", "asserted",
        "emphasised", "emphasized", "believes", "believed", "thinks", "thought", "reported", "confirmed", "denied",
    ]

    static let placeHeadsKeptInName: Set<String> = ["province", "region", "governorate", "district", "oblast", "county"]
    static let placeHeadsDropped: Set<String> = ["town", "village", "city", "area", "settlement", "port", "base", "camp"]
    static let placeCues: Set<String> = ["town", "village", "city", "province", "region", "near", "outskirts", "district"]
    static let directions: Set<String> = [
        "northern", "southern", "eastern", "western", "northeastern", "northwestern", "southeastern", "southwestern",
        "north-eastern", "north-western", "south-eastern", "south-western", "central", "northeast", "northwest", "southeast",
        "southwest",
    ]
    static let roleHeads: [String: String] = [
        "army": "military", "troops": "military", "forces": "military", "military": "military", "soldiers": "military",
        "navy": "military", "warplanes": "military", "jets": "military", "artillery": "military",
        "government": "government", "authorities": "government", "officials": "government", "leadership": "government",
        "diplomats": "government", "ministry": "government", "police": "police", "intelligence": "intelligence",
        "president": "government", "leader": "government", "leaders": "government", "minister": "government",
        "ministers": "government", "prime": "government", "foreign": "government", "spokesman": "government",
        "spokeswoman": "government", "officials'": "government", "official": "government", "delegation": "government",
        "envoy": "government", "ambassador": "government", "defence": "military", "defense": "military",
        "air": "military", "warplane": "military", "warplanes'": "military", "jet": "military", "bomber": "military",
        "drone": "military", "drones": "military", "tanks": "military", "special": "military", "navy's": "military",
        "rebels": "rebels", "rebel": "rebels", "insurgents": "rebels", "guerrillas": "rebels", "militants": "rebels",
        "fighters": "rebels", "separatists": "rebels", "opposition": "opposition", "dissidents": "opposition",
        "parliament": "legislature", "lawmakers": "legislature", "legislators": "legislature", "senators": "legislature",
        "judge": "judiciary", "court": "judiciary", "courts": "judiciary", "prosecutors": "judiciary",
        "farmers": "civilians", "students": "civilians", "workers": "civilians", "protesters": "civilians",
        "demonstrators": "civilians", "refugees": "civilians", "civilians": "civilians", "villagers": "civilians",
        "businessman": "business", "businessmen": "business", "negotiators": "government", "delegates": "government",
        "peacekeepers": "military", "peacekeeping": "military", "warships": "military",
        "authorities'": "government", "regime": "government", "cabinet": "government", "junta": "military",
    ]
    /// Words of an office named without its holder ("the High Representative"): no party.
    static let officeWords: Set<String> = ["high", "representative", "commissioner", "special", "coordinator", "rapporteur", "envoy"]
    /// Words that end the name of a text ("the Comprehensive Peace Agreement"): no party.
    /// Last words of a gathering's name: "the Xiangshan Forum", "the 2023 Camp David Summit".
    static let gatheringWords: Set<String> = ["summit", "forum", "conference", "talks", "meeting"]
    /// First words of a storm's or a military operation's name, and words of a licence's:
    /// "Cyclone Mocha", "Operation Prosperity Guardian", "General License 44" name no party.
    static let eventNameOpeners: Set<String> = ["operation", "cyclone", "hurricane", "typhoon", "storm", "tropical"]
    static func namesAnEventOrLicence(_ words: [String]) -> Bool {
        words.first.map(eventNameOpeners.contains) == true || words.contains("license") || words.contains("licence")
            || words.count > 1 && words.last.map(documentHeads.contains) == true
    }
    /// Last words of the names of documents and ties, which are no party: "the Vision Statement",
    /// "a Comprehensive Strategic Partnership", "the Defense Cooperation Agreement".
    static let documentHeads: Set<String> = [
        "statement", "partnership", "agreement", "strategy", "vision", "framework", "declaration", "communique", "communiqué",
        "accord", "treaty", "dialogue", "charter", "memorandum", "roadmap",
    ]
    /// "seven Latin American countries", "South American leaders": a continent's part, not the
    /// United States.
    static func namesAContinentsPart(at index: Int, in tokens: ArraySlice<Token>) -> Bool {
        index > tokens.startIndex && ["american", "americans"].contains(tokens[index].lower)
            && ["latin", "south", "central", "north", "african", "pan"].contains(tokens[index - 1].lower)
    }

    /// Lower-case particles inside a person's name: "al-Bashir", "bin Salman", "de Mistura".
    static func isNameParticle(_ word: String) -> Bool {
        ["al", "el", "bin", "ibn", "de", "van", "von", "-"].contains(word) || word.hasPrefix("al-") || word.hasPrefix("el-")
    }

    /// A title, also one elected or designated and not yet in office: "President-elect".
    static func isPersonTitle(_ word: String) -> Bool {
        if personTitles.contains(word) { return true }
        for suffix in ["-elect", "-designate"] where word.hasSuffix(suffix) {
            return personTitles.contains(String(word.dropLast(suffix.count)))
        }
        return false
    }

    /// True when a lower-case noun for a region follows the name: "the lower Juba region".
    static func namesARegion(after range: Range<Int>, in slice: [Token]) -> Bool {
        range.upperBound < slice.count && !slice[range.upperBound].isCapitalised
            && ["region", "province", "valley", "river", "state", "district", "governorate", "basin"].contains(slice[range.upperBound].lower)
    }
    static func namesADesignation(_ words: [String]) -> Bool {
        words.suffix(2) == ["terrorist", "organization"] || words.suffix(2) == ["terrorist", "organisation"] || words.contains("designated")
    }
    /// "H.E. Sameh Shoukry": "His Excellency" written short, no part of a name.
    static let excellencyWrittenShort = "h.e."
    /// Honorifics before a parliamentarian's name: "the Rt Hon David Lammy MP".
    static let honorifics: Set<String> = [
        "rt", "rt.", "hon", "hon.", "right", "honourable", "honorable", "majesty", "highness", "excellency", "royal", excellencyWrittenShort,
    ]
    static let documentWords: Set<String> = [
        "agreement", "accord", "accords", "treaty", "memorandum", "mou", "declaration", "convention", "protocol",
        "resolution", "dialogue", "charter", "communique", "communiqué", "statement", "framework", "understanding", "report",
        "decision",
    ]

    /// The head words of a sea, a strait or another natural feature's name.
    static let featureHeads: Set<String> = [
        "sea", "strait", "straits", "gulf", "ocean", "shoal", "bay", "channel", "peninsula", "river", "lake", "canal",
        "archipelago", "desert", "valley", "reef", "isthmus", "basin",
    ]
    /// Words that open a feature's name before the name it takes: "Lake Chad", "Mount Sinjar".
    static let leadingFeatureHeads: Set<String> = ["lake", "mount"]
    /// "for European and Eurasian Affairs" after a title: the office's portfolio, which names no
    /// party ("the Ministry of Foreign Affairs" does: it has a body's head word).
    static func namesAPortfolio(_ range: Range<Int>, in slice: [Token]) -> Bool {
        guard !range.isEmpty else { return false }
        let joins: Set<String> = ["and", "&", ","]
        // The portfolio may run on past the span ("European | and Eurasian Affairs") or begin before it.
        var end = range.upperBound - 1
        while end + 1 < slice.count, slice[end].lower != "affairs", slice[end + 1].isCapitalised || joins.contains(slice[end + 1].lower) {
            end += 1
        }
        var start = range.lowerBound
        while start > 0, slice[start - 1].isCapitalised || joins.contains(slice[start - 1].lower) { start -= 1 }
        guard slice[end].lower == "affairs", start > 0, ["for", "of"].contains(slice[start - 1].lower) else { return false }
        return !slice[start...end].contains { agencyHeads.contains($0.lower) }
    }

    /// Heads of a feature's name only when a name follows with "of": "the Horn of Africa".
    static let featureHeadsBeforeOf: Set<String> = ["horn", "cape"]
    /// Words that open a feature's name before its "of": "Gulf of Aden", "Horn of Africa".
    static let featureHeadsOpeningOf = featureHeads.union(featureHeadsBeforeOf)

    /// Head words of the names of universities and schools, which may end in a place's name.
    static let schoolHeads: Set<String> = ["university", "college", "academy", "school"]

    /// Words that say what kind of body a name is: "the NATO Alliance" is NATO.
    static let bodyKindWords: Set<String> = ["alliance", "organization", "organisation"]

    /// Buildings whose names stand for a government, which are places where one meets in them.
    static let seatNames: Set<NameKey> = Set(
        ["Pentagon", "the Pentagon", "White House", "the White House", "Kremlin", "the Kremlin", "Downing Street"].map(NameKey.init))

    /// True when the name follows a preposition of place: "at the Pentagon", "to the White House".
    static func followsLocative(_ range: Range<Int>, in slice: [Token]) -> Bool {
        // (The match may take "the" with it, or leave it before.)
        var before = range.lowerBound - 1
        if before >= 0, slice[before].lower == "the" { before -= 1 }
        return before >= 0 && ["at", "in", "inside", "outside", "near", "to"].contains(slice[before].lower)
    }

    /// The last words of the names of fields a school or a centre studies.
    static let fieldWords: Set<String> = [
        "studies", "diplomacy", "development", "research", "technology", "sciences", "policy", "security", "justice",
        "reconciliation", "cooperation", "trade", "affairs", "economics", "law", "peace",
    ]

    /// True when the words from `start` to the run's end name fields that a body's "of" or "for"
    /// phrase began before the "and": "Center for Strategic | and | International Studies".
    static func continuesFields(after start: Int, headPosition: Int, run: Range<Int>, in slice: [Token]) -> Bool {
        guard start < run.upperBound, (headPosition + 1..<start).contains(where: { ["of", "for"].contains(slice[$0].lower) }) else { return false }
        let rest = slice[start..<run.upperBound].prefix { $0.isCapitalised }
        guard let last = rest.last, fieldWords.contains(last.lower) else { return false }
        return !rest.contains { isPersonTitle($0.lower) || organisationHeads.contains($0.lower) }
    }

    /// The parts of a capitalised run either side of its "and"s.
    static func split(_ run: Range<Int>, atAndIn slice: [Token]) -> [Range<Int>] {
        var parts: [Range<Int>] = []
        var start = run.lowerBound
        for i in run where slice[i].lower == "and" {
            if start < i { parts.append(start..<i) }
            start = i + 1
        }
        if start < run.upperBound { parts.append(start..<run.upperBound) }
        return parts
    }

    /// Capitalised at a sentence's start without being part of the name after them: "Both the Rapid Support Forces".
    static let leadingNonNames: Set<String> = ["the", "both", "all", "a", "an", "this", "that", "these", "those", "however", "but", "and",
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "many", "some"]
    /// Words of a ministry's name: "the Chinese Foreign Ministry", "Taiwan's Defense Ministry" are the
    /// state acting.
    static let ministryWords: Set<String> = portfolioWords.union(["ministry", "department"]).subtracting(["the", "and"])
    /// Words that name a state's own forces or services after its name: "Armed Forces", "Coast Guard".
    static let stateBodyWords: Set<String> = [
        "armed", "forces", "army", "navy", "air", "force", "coast", "guard", "police", "national", "border", "military",
        "defence", "defense", "special", "security", "service", "services", "council",
    ]
    /// Nouns a name can describe without being the one who acts: "a NATO member".
    static let modifiedNouns: Set<String> = [
        "member", "members", "states", "countries", "experts", "expert", "analysts", "media", "press", "newspaper",
        "journalists", "reporters", "voters", "students", "language", "culture", "history", "peace", "process",
        "policy", "question", "issue", "crisis", "conflict", "war", "entity", "autonomous", "side", "sides",
        "ally", "partner",
    ]
    static let connectors: Set<String> = joiningNameWords.union(["of", "and", "for", "the", "al", "el", "bin", "ibn", "on", "&"])
    /// Lower-case words inside Portuguese and Spanish names: "Correia e Silva", "Lula da Silva".
    static let joiningNameWords: Set<String> = ["e", "da", "das", "dos", "de"]
    /// Capitalised words that open sentences or headlines without naming anything.
    static let notNames: Set<String> = [
        "the", "a", "an", "this", "that", "these", "those", "he", "she", "it", "they", "we", "i", "you", "his", "her",
        "its", "their", "our", "in", "on", "at", "for", "but", "and", "or", "if", "as", "after", "before", "while",
        "when", "besides", "moreover", "however", "meanwhile", "earlier", "later", "last", "there", "both", "all",
        "such", "some", "many", "most", "other", "according", "commenting", "speaking", "asked", "since", "during",
        "despite", "although", "though", "so", "yet", "also", "with", "without", "from", "by", "to", "into", "about",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
        "april", "may", "june", "july", "august", "september", "october", "november", "december", "not", "no",
        "president", "minister", "prime", "general", "gen", "mr", "mrs", "ms", "dr", "colonel", "lt", "col",
        "what", "why", "how", "who", "where", "which", "then", "now", "today", "yesterday", "here", "one", "two",
        "first", "former", "new", "gmt", "utc", "read", "more", "photo", "update", "updated", "breaking", "opinion",
        "analysis", "editorial", "we're", "it's", "that's", "chair", "under", "over", "against", "between", "through",
        "jr", "jr.", "sr", "sr.",
    ]

    /// The mentions in `tokens[sentence]`, left to right, without overlaps.
    mutating func mentions(in tokens: [Token], sentence: Range<Int>, knownNamesOnly: Bool = false) -> [Mention] {
        let slice = Array(tokens[sentence])
        let lastPersonBeforeSentence = lastPerson
        var mentions: [Mention] = []
        var covered = [Bool](repeating: false, count: slice.count)

        // Capitalised runs that end in an organisation head word are organisations even
        // when a gazetteer name sits inside them ("Plekhanov Russian University").
        let runs = capitalisedRuns(slice)
        let gazetteerMatches = matcher.matches(in: slice)
        for (range, state) in vessels(in: slice) {
            if let state { mentions.append(mention(state, range, in: slice, role: "military", confidence: 0.9)) }
            for i in range { covered[i] = true }
        }
        for (range, name, shortName) in Self.peerages(in: slice) where !range.contains(where: { covered[$0] }) {
            let entity = remembered(name) ?? remembered(shortName) ?? Entity(name: name, kind: .actor, type: "person")
            mentions.append(mention(entity, range, in: slice, confidence: 0.9))
            for i in range { covered[i] = true }
            remember(name, entity)
            remember(shortName, entity)
            lastPerson = entity
        }
        // Seas, straits and shoals are places even when a state's name is inside them ("South China
        // Sea", "Taiwan Strait", "Gulf of Aden").
        // ("the Red Sea and Gulf of Aden": two features in one run.)
        for run in runs.flatMap({ Self.split($0, atAndIn: slice) }) {
            var start = run.lowerBound
            while start < run.upperBound, Self.leadingNonNames.contains(slice[start].lower) { start += 1 }
            let range = start..<run.upperBound
            guard range.count >= 2,
                  Self.featureHeads.contains(slice[range.upperBound - 1].lower)
                    || (Self.featureHeadsOpeningOf.contains(slice[start].lower) && slice[start + 1].lower == "of")
                    || Self.leadingFeatureHeads.contains(slice[start].lower),
                  !range.contains(where: { covered[$0] })
            else { continue }
            let entity = Entity(name: Self.text(slice[range]), kind: .place, type: "place")
            mentions.append(mention(entity, range, in: slice, confidence: 0.8))
            for i in range { covered[i] = true }
            remember(entity.name, entity)
        }

        for run in runs where !knownNamesOnly {
            let words = slice[run].map(\.lower)
            guard let headIndex = words.lastIndex(where: { Self.organisationHeads.contains($0) }),
                run.lowerBound + headIndex + 1 < run.upperBound || headIndex > 0
            else { continue }
            let headPosition = run.lowerBound + headIndex
            // ("the Permanent Council Decision": a text a body made, no body.)
            if let last = words.last, Self.documentWords.contains(last) { continue }
            // "Army Commander General Abdel Fattah al-Burhan": a title before a name, no body.
            if headPosition + 1 < run.upperBound, Self.personTitles.contains(slice[headPosition + 1].lower) { continue }
            // ("Sudan Army Chief Abdel Fattah al-Burhan and Rapid Support Forces": a title and a
            // name before the head word make two names, not one body.)
            if (run.lowerBound..<headPosition).contains(where: { position in
                Self.personTitles.contains(slice[position].lower) && position + 1 < headPosition && slice[position + 1].isCapitalised
                    && !Self.personTitles.contains(slice[position + 1].lower) && !Self.organisationHeads.contains(slice[position + 1].lower)
            }), slice[run.lowerBound..<headPosition].contains(where: { $0.lower == "and" }) {
                continue
            }
            let headMatch = gazetteerMatches.first {
                $0.range.lowerBound <= run.lowerBound && $0.range.upperBound >= run.upperBound
                    || $0.range.contains(headPosition)
            }
            if let headMatch {
                switch nationalBody(run, around: headMatch, headPosition: headPosition, in: slice, matches: gazetteerMatches) {
                case nil: continue
                case .state(let state, let range):
                    mentions.append(mention(state, range, in: slice, role: "government", confidence: 0.8))
                    for i in range { covered[i] = true }
                    continue
                case .unnamed(let range):
                    let entity = remembered(Self.text(slice[range])) ?? Entity(name: Self.text(slice[range]), kind: .organisation, type: "organisation")
                    mentions.append(mention(entity, range, in: slice, confidence: 0.7))
                    for i in range { covered[i] = true }
                    remember(entity.name, entity)
                    continue
                }
            }
            // "Sudanese Armed Forces", "Philippine Coast Guard", "Kosovo Police": the state in a
            // role, which the gazetteer reading below gives, not an organisation of that name.
            if let state = gazetteerMatches.first(where: { match in
                match.range.lowerBound >= run.lowerBound && match.range.upperBound <= headPosition
                    && slice[run.lowerBound..<match.range.lowerBound].allSatisfy { $0.lower == "the" }
                    && gazetteer.entries[match.entry].entity.type == "state"
            }), slice[state.range.upperBound...headPosition].allSatisfy({ Self.stateBodyWords.contains($0.lower) || Self.ministryWords.contains($0.lower) }) {
                continue
            }
            // A person's name may trail the organisation ("the Federation Council Franz Klintsevich").
            var end = run.lowerBound + headIndex + 1
            // ("the Council on Foreign Relations": "on" joins the name too.)
            // ("the Center for Strategic and International Studies", "the Fletcher School of Law and
            // Diplomacy": after the head's "of" or "for", fields of study go on with "and".)
            while end < run.upperBound, ["of", "for", "on"].contains(slice[end].lower) || slice[end].isCapitalised
                || slice[end].lower == "and" && Self.continuesFields(after: end + 1, headPosition: headPosition, run: run, in: slice)
            {
                // "… Scientists and Associate Professor": a second name starts after "and".
                if end > run.lowerBound, slice[end - 1].lower == "and",
                   !Self.continuesFields(after: end, headPosition: headPosition, run: run, in: slice)
                {
                    break
                }
                // ("the Inter-Governmental Authority on Development Executive Secretary Workneh
                // Gebeyehu": a title ends the body's name.)
                if Self.isPersonTitle(slice[end].lower) && !Self.portfolioWords.contains(slice[end].lower) && slice[end].lower != "council"
                    || (Self.bodyTitleOpeners.contains(slice[end].lower) && end + 1 < run.upperBound && Self.isPersonTitle(slice[end + 1].lower))
                {
                    break
                }
                // ("the University of Nairobi": a place after a school's "of" is the school's name, not
                // the state acting.)
                if gazetteerMatches.contains(where: { $0.range.lowerBound == end }),
                   !(slice[end - 1].lower == "of" && Self.schoolHeads.contains(slice[headPosition].lower))
                {
                    break
                }
                end += 1
            }
            while end > run.lowerBound, Self.connectors.contains(slice[end - 1].lower) { end -= 1 }
            // "the EU Rule of Law Mission in Kosovo": the place is part of the body's name.
            if end == run.upperBound, end + 1 < slice.count, Self.deployedHeads.contains(slice[end - 1].lower), slice[end].lower == "in",
               let place = gazetteerMatches.first(where: { $0.range.lowerBound == end + 1 }),
               gazetteer.entries[place.entry].entity.type == "state" || gazetteer.entries[place.entry].entity.kind == .place
            {
                end = place.range.upperBound
            }
            // "the U.S.-Japan Alliance": the bond between two states, no body of its own.
            if run.lowerBound >= 2, ["-", "–"].contains(slice[run.lowerBound - 1].text), !slice[run.lowerBound].followsSpace,
               let second = gazetteerMatches.first(where: { $0.range.lowerBound == run.lowerBound }),
               gazetteer.entries[second.entry].entity.type == "state",
               let first = gazetteerMatches.first(where: { $0.range.upperBound == run.lowerBound - 1 }),
               gazetteer.entries[first.entry].entity.type == "state"
            {
                continue
            }
            // "secretary of state for European and Eurasian Affairs": a portfolio, no body.
            if Self.namesAPortfolio(run.lowerBound..<end, in: slice) { continue }
            // "designated as a Foreign Terrorist Organization": a list one is put on, no body.
            if Self.namesADesignation(slice[run.lowerBound..<end].map(\.lower)) { continue }
            if Self.namesAnEventOrLicence(slice[run.lowerBound..<end].map(\.lower)) { continue }
            var start = run.lowerBound
            while start < end, Self.leadingNonNames.contains(slice[start].lower) || Self.isDescriptor(slice[start]) { start += 1 }
            let range = start..<end
            guard range.count >= 2, !gazetteerMatches.contains(where: { $0.range == range }) else { continue }
            // ("the NATO Alliance": a known body named with its kind is that body, read below.)
            if Self.bodyKindWords.contains(slice[end - 1].lower),
               gazetteerMatches.contains(where: { $0.range == start..<(end - 1) && gazetteer.entries[$0.entry].entity.kind == .organisation })
            {
                continue
            }
            // "its Coast Guard", "the Armed Forces of the Philippines": a state's body, not a party of its own.
            if slice[range].allSatisfy({ Self.stateBodyWords.contains($0.lower) }) { continue }
            // "Belarus’s Border Protection Directorate": a state's agency named with the state as its
            // owner is the state acting through it.
            if range.lowerBound >= 2, ["'s", "’s"].contains(slice[range.lowerBound - 1].lower),
               Self.agencyHeads.contains(slice[range.upperBound - 1].lower),
               let owner = gazetteerMatches.first(where: { $0.range.upperBound == range.lowerBound - 1 }),
               gazetteer.entries[owner.entry].entity.type == "state"
            {
                mentions.append(mention(gazetteer.entries[owner.entry].entity, range, in: slice, role: "government", confidence: 0.8))
                for i in range { covered[i] = true }
                continue
            }
            let name = Self.text(slice[range])
            let entity = remembered(name) ?? Entity(name: name, kind: .organisation, type: "organisation")
            mentions.append(mention(entity, range, in: slice, confidence: 0.7))
            for i in range { covered[i] = true }
            remember(name, entity)
        }

        for match in gazetteerMatches where !match.range.contains(where: { covered[$0] }) {
            if Self.namesAContinentsPart(at: match.range.lowerBound, in: slice[...]) { continue }
            let entry = gazetteer.entries[match.entry]
            var range = match.range
            var role = match.role
            var entity = entry.entity
            // "northern Syria" is a place, not the state.
            if entry.entity.type == "state", range.lowerBound > 0, Self.directions.contains(slice[range.lowerBound - 1].lower),
                range.upperBound >= slice.count || slice[range.upperBound].lower != "'s"
            {
                range = (range.lowerBound - 1)..<range.upperBound
                entity = Entity(name: Self.text(slice[range]), kind: .place, type: "region")
            } else if entry.entity.type == "state",
                      let city = entry.capitalNames.first(where: { NameKey($0) == NameKey(Self.text(slice[range])) }),
                      Self.namesAPlace(range, in: slice) || Self.namesARegion(after: range, in: slice)
                          // ("before leaving Doha, Qatar": a capital with its own state after the comma.)
                          // (Not a dateline: "SEOUL, South Korea —" is read as one.)
                          || range.lowerBound > 0 && range.upperBound + 1 < slice.count && slice[range.upperBound].text == ","
                          && gazetteerMatches.contains(where: { $0.range.lowerBound == range.upperBound + 1 && $0.entry == match.entry })
            {
                // "talks in Beijing", "visited Kyiv", "WASHINGTON —": the city, not its government;
                // "the lower Juba region": a region named like a capital.
                entity = Entity(name: city, kind: .place, type: Self.namesARegion(after: range, in: slice) ? "region" : "city")
            } else if entry.entity.type == "state", match.role != nil, Self.seatNames.contains(NameKey(Self.text(slice[range]))),
                      Self.followsLocative(range, in: slice)
            {
                // "met Gallant at the Pentagon", "welcomed Ruto to the White House": the building, a place.
                var start = range.lowerBound
                while start < range.upperBound - 1, slice[start].lower == "the" { start += 1 }
                range = start..<range.upperBound
                entity = Entity(name: Self.text(slice[range]), kind: .place, type: "place")
                role = nil
            } else if entry.entity.type == "state" || entry.entity.kind == .actor {
                // "Syrian government troops", "Turkish armed forces": the state, in a role.
                var end = range.upperBound
                if end < slice.count, slice[end].lower == "government", end + 1 < slice.count,
                    Self.roleHeads[slice[end + 1].lower] != nil
                {
                    end += 1
                }
                if end < slice.count, slice[end].lower == "armed", end + 1 < slice.count, slice[end + 1].lower == "forces" {
                    end += 1
                }
                if end < slice.count, let headRole = Self.roleHeads[slice[end].lower], !covered[end] {
                    role = headRole
                    range = range.lowerBound..<(end + 1)
                    // ("the Venezuelan opposition": those who oppose the state's government are a
                    // party of their own, not the state.)
                    if slice[end].lower == "opposition", entry.entity.type == "state" {
                        entity = Entity(name: Self.text(slice[range]), kind: .actor, type: "group")
                        role = nil
                    }
                }
            }
            // "Volodymyr Zelenskyy", where only the surname's spelling is an alias: the first name
            // written before it belongs to the mention.
            if entity.type == "person", range.lowerBound > 0, !covered[range.lowerBound - 1],
               let firstName = entity.name.split(separator: " ").first, firstName.count > 1,
               !slice[range].contains(where: { $0.text == firstName })
            {
                // ("Antony J. Blinken": with a middle initial between.)
                var start = range.lowerBound
                if start >= 3, slice[start - 1].text == ".", Self.isInitial(slice[start - 2]), !covered[start - 2] { start -= 2 }
                else if start >= 2, Self.isInitial(slice[start - 1]), slice[start - 1].text.hasSuffix(".") { start -= 1 }
                if start > 0, !covered[start - 1], slice[start - 1].text == firstName {
                    range = (start - 1)..<range.upperBound
                } else if start < range.lowerBound, start > 0, !covered[start - 1], slice[start - 1].isCapitalised,
                          slice[start - 1].text.count > 1, !Self.personTitles.contains(slice[start - 1].lower)
                {
                    // ("Joseph R. Biden": the formal first name, where the middle initial shows it
                    // is the same name.)
                    range = (start - 1)..<range.upperBound
                }
            }
            // ("Joseph R. Biden, Jr.": the generational suffix after a comma is the name's.)
            if entity.type == "person", range.upperBound + 1 < slice.count, slice[range.upperBound].text == ",",
               ["Jr.", "Sr.", "Jr", "Sr"].contains(slice[range.upperBound + 1].text)
            {
                var end = range.upperBound + 2
                if end < slice.count, slice[end].text == ".", !slice[range.upperBound + 1].text.hasSuffix(".") { end += 1 }
                if !(range.upperBound..<end).contains(where: { covered[$0] }) { range = range.lowerBound..<end }
            }
            if range.contains(where: { covered[$0] }) { continue }
            // ("the NATO Alliance": the known body, named with its kind.)
            if entity.kind == .organisation, range.upperBound < slice.count, !covered[range.upperBound],
               slice[range.upperBound].isCapitalised, Self.bodyKindWords.contains(slice[range.upperBound].lower),
               !(range.upperBound + 1 < slice.count && slice[range.upperBound + 1].isCapitalised && slice[range.upperBound + 1].kind == .word)
            {
                let whole = range.lowerBound..<(range.upperBound + 1)
                mentions.append(mention(entity, whole, in: slice, role: role, confidence: 1))
                for i in whole { covered[i] = true }
                continue
            }
            if var body = Self.acronymedBody(after: range, of: entity, in: slice, matches: gazetteerMatches, covered: covered) {
                while Self.leadingNonNames.contains(slice[body.lowerBound].lower) { body = (body.lowerBound + 1)..<body.upperBound }
                let name = Self.text(slice[body])
                let named = remembered(name) ?? Entity(name: name, kind: .organisation, type: "organisation")
                mentions.append(mention(named, body, in: slice, confidence: 0.8))
                for i in body { covered[i] = true }
                remember(name, named)
                continue
            }
            mentions.append(mention(entity, range, in: slice, role: role, confidence: 1))
            for i in range { covered[i] = true }
            if entity.type == "person" { lastPerson = entity }
            if entity.type == "media" { lastMedia = entity }
        }

        let uncovered = runs.flatMap { run -> [Range<Int>] in
            var pieces: [Range<Int>] = []
            var start: Int?
            for i in run {
                if covered[i] {
                    if let s = start { pieces.append(s..<i) }
                    start = nil
                } else if start == nil, slice[i].isCapitalised || Self.startsName(slice[i]) || i == run.lowerBound {
                    start = i
                }
            }
            if let s = start { pieces.append(s..<run.upperBound) }
            return pieces
        }
        for run in uncovered where !knownNamesOnly {
            guard let (entity, range, confidence) = classify(run, in: slice) else { continue }
            mentions.append(mention(entity, range, in: slice, confidence: confidence))
            for i in range { covered[i] = true }
        }

        // Pronouns: "he" and "she" are the person named last, in this sentence or before it.
        let personBefore = lastPersonBeforeSentence
        for i in slice.indices where !covered[i] && (slice[i].lower == "he" || slice[i].lower == "she") {
            let inSentence = mentions.filter { $0.range.upperBound <= i && $0.entity.type == "person" }
                .max { $0.range.lowerBound < $1.range.lowerBound }
            // (A pronoun opening the sentence continues the subject of the one before.)
            let opens = slice[..<i].allSatisfy { $0.kind == .punctuation || ["and", "but", "later", "then", "also"].contains($0.lower) }
            // ("The Prime Minister will be focused on …, when he meets President Trump": a titled
            // "the …" named since is whom the pronoun continues; the parse resolves it.)
            let since = inSentence?.range.upperBound ?? slice.startIndex
            let titledSince = (since..<max(since, i - 1)).contains { j in
                slice[j].lower == "the" && Self.isPersonTitle(slice[j + 1].lower) && slice[j + 1].isCapitalised
            }
            guard !titledSince else { continue }
            guard let person = inSentence?.entity ?? (opens ? leadPerson ?? personBefore : personBefore) else { continue }
            mentions.append(mention(person, i..<(i + 1), in: slice, confidence: 0.5))
            covered[i] = true
        }
        // "President Biden spoke with Prime Minister Netanyahu": each title names its holder.
        for found in mentions where found.entity.type == "person" && found.range.lowerBound > 0 {
            let title = slice[found.range.lowerBound - 1].lower
            var keys = Self.heldTitles.contains(title) ? [title] : []
            if title == "minister", found.range.lowerBound > 1, slice[found.range.lowerBound - 2].lower == "prime" {
                keys.append("prime minister")
            }
            for key in keys where titledPeople[key].map({ keepsTitle($0, against: found.entity) == false }) ?? true {
                titledPeople[key] = found.entity
            }
        }
        // Nominal references: "the parliamentarian", "the newspaper".
        for i in slice.indices where !covered[i] && slice[i].lower == "the" && i + 1 < slice.count {
            var noun = slice[i + 1].lower
            // "the Prime Minister": the title's last word.
            let twoWordTitle = noun == "prime" && i + 2 < slice.count && slice[i + 2].lower == "minister"
            if twoWordTitle { noun = "minister" }
            let target: Entity?
            switch noun {
            // ("the Prime Minister": only the one named with that title, never whoever was named last.)
            case _ where twoWordTitle:
                target = titledPeople["prime minister"]
            // "The President reaffirmed": the one last named with the title, not whoever was named last.
            case _ where Self.heldTitles.contains(noun) && titledPeople[noun] != nil:
                target = titledPeople[noun]
            case "parliamentarian", "lawmaker", "senator", "expert", "analyst", "minister", "diplomat", "official",
                "president", "general", "commander", "spokesman", "spokeswoman", "professor":
                target = lastPerson
            case "newspaper", "outlet", "agency", "broadcaster", "daily", "paper", "channel":
                target = lastMedia
            default:
                target = nil
            }
            // "the president of Armenia" says whose president; it is not the one named last.
            let end = twoWordTitle ? i + 3 : i + 2
            let qualified = end < slice.count && slice[end].lower == "of"
            // ("The President thanked President Al-Sisi": not the one the sentence names with the
            // title after it.)
            let namedAfter = target.map { target in mentions.contains { $0.entity == target && $0.range.lowerBound > i } } ?? false
            if let target, !covered[i + 1], !qualified, !namedAfter {
                mentions.append(mention(target, i..<end, in: slice, confidence: 0.6))
                for j in i..<end { covered[j] = true }
            }
        }
        // "the Switzerland-hosted summit", "the Rwanda-backed M23": a state named inside a word that
        // describes another is named, though it acts in no clause of its own.
        // ("the Islamic State-affiliated ADF", "al-Qaida-linked al-Shabab": so is a body, with the
        // words of its name before the hyphened one.)
        for i in slice.indices where !covered[i] && slice[i].kind == .word {
            let text = slice[i].text
            guard let hyphen = text.lastIndex(of: "-"), hyphen != text.startIndex,
                  TreeCoder.describingParticiples.contains(String(text[text.index(after: hyphen)...]).lowercased())
            else { continue }
            let last = String(text[..<hyphen])
            let longer = i > 0 && !covered[i - 1] && slice[i - 1].isCapitalised ? slice[i - 1].text + " " + last : nil
            // ("al-Qaida-linked": the name's own hyphen may split it.)
            let hyphened = i > 1 && !covered[i - 2] && slice[i - 1].text == "-" && !slice[i - 1].followsSpace && !slice[i].followsSpace
                ? slice[i - 2].text + "-" + last : nil
            let found = longer.flatMap { name in knownEntry(name).map { ($0, (i - 1)..<(i + 1)) } }
                ?? hyphened.flatMap { name in knownEntry(name).map { ($0, (i - 2)..<(i + 1)) } }
                ?? knownEntry(last).map { ($0, i..<(i + 1)) }
            guard let (entry, range) = found,
                  entry.entity.type == "state" || entry.entity.kind == .organisation && entry.entity.type != "media"
            else { continue }
            var named = mention(entry.entity, range, in: slice, confidence: 0.6)
            named.isModifier = true
            mentions.append(named)
            for j in range { covered[j] = true }
        }
        mentions.sort { $0.range.lowerBound < $1.range.lowerBound }
        // ("Washington, D.C.": the district written after the city is part of its name.)
        for index in mentions.indices where mentions[index].entity.type == "city" {
            var end = mentions[index].range.upperBound
            if end < slice.count, slice[end].text == ",", end + 1 < slice.count, Self.districtSuffixes.contains(slice[end + 1].text) {
                end += 2
            } else if end < slice.count, Self.districtSuffixes.contains(slice[end].text) {
                end += 1
            } else {
                continue
            }
            guard !covered[end - 1] else { continue }
            mentions[index].range = mentions[index].range.lowerBound..<end
            for i in mentions[index].range { covered[i] = true }
        }
        // "a U.S.-brokered ceasefire": a name joined to a participle describes the noun after it.
        for index in mentions.indices where Self.describesByParticiple(after: mentions[index].range.upperBound, in: slice) {
            mentions[index].isModifier = true
        }
        // "Egyptian President Abdel Fattah el-Sisi": the person acts; the state only says whose president.
        for index in mentions.indices.dropLast() where ["state", "igo"].contains(mentions[index].entity.type)
            && mentions[index + 1].entity.type == "person"
        {
            let gap = slice[mentions[index].range.upperBound..<mentions[index + 1].range.lowerBound]
            let titled = mentions[index].role != nil || gap.contains { Self.personTitles.contains($0.lower) }
            // ("UK Chargé d'Affaires, Deputy Ambassador James Ford": a second title in apposition
            // to the first.)
            let commas = gap.indices.filter { slice[$0].text == "," }
            let appositeTitles = commas.count == 1 && commas[0] + 1 < gap.endIndex && Self.isPersonTitle(slice[commas[0] + 1].lower)
                && Self.isPersonTitle(slice[commas[0] - 1].lower)
            if titled, gap.allSatisfy({ $0.isCapitalised || $0.text == "-" || ["d'", "d’", "d'affaires", "d’affaires"].contains($0.lower) || appositeTitles && $0.text == "," }) {
                mentions[index].isModifier = true
                mentions[index].titleOf = mentions[index + 1].entity
            }
        }
        let people = mentions.filter { $0.entity.type == "person" }.sorted { $0.range.lowerBound < $1.range.lowerBound }
        if let first = people.first {
            leadPerson = first.range.lowerBound <= 5 ? first.entity : nil
        }
        return mentions.map { mention in
            var shifted = mention
            shifted.range = (mention.range.lowerBound + sentence.lowerBound)..<(mention.range.upperBound + sentence.lowerBound)
            return shifted
        }
    }

    static let districtSuffixes: Set<String> = ["D.C.", "DC", "D.C"]
    /// What "state" describes when it is no federation's state: "state media", "a state visit".
    static let stateAsAdjectiveNouns: Set<String> = [
        "media", "news", "tv", "broadcaster", "agency", "department", "secretary", "visit", "funeral", "dinner", "of",
    ]

    /// Nouns for a piece of a place, before "of": "parts of Darfur and Khartoum".
    static let regionOfWords: Set<String> = [
        "parts", "part", "outskirts", "heart", "streets", "suburbs", "centre", "center", "areas", "city", "town", "village", "province",
    ]
    static let locativeWords: Set<String> = [
        "in", "at", "to", "from", "near", "outside", "into", "across", "toward", "towards", "around", "visit", "visited",
        "visiting", "visits", "leave", "left", "leaving", "leaves",
    ]

    /// Nouns a city's name may stand before as a place: "Sanaa airport", "Kyiv railway station".
    static let facilityNouns: Set<String> = [
        "airport", "port", "harbour", "harbor", "airbase", "palace", "hospital", "university", "stadium", "station",
        "railway", "refinery", "market", "prison", "suburb", "suburbs", "outskirts", "streets",
    ]
    /// Verbs and nouns of striking a place: "struck Kyiv", "strikes on Sanaa".
    static let struckWords: Set<String> = ["struck", "shelled", "bombed", "bombarded", "pounded", "hit", "targeted", "raided"]
    static let strikeNouns: Set<String> = [
        "attack", "attacks", "strike", "strikes", "airstrike", "airstrikes", "assault", "raid", "raids", "bombing", "shelling",
    ]

    /// A name used for a place: after a locative preposition or a verb of visiting, or as the
    /// dateline that opens a story ("WASHINGTON —").
    static func namesAPlace(_ range: Range<Int>, in slice: [Token]) -> Bool {
        // "the capital Sanaa", "the Haitian capital, Port-au-Prince".
        let before = slice[..<range.lowerBound].suffix(2).map(\.lower)
        if before.last == "capital" || before == ["capital", ","] {
            return true
        }
        // "Sanaa airport", "struck Kyiv", "the attack on Kharkiv": a place struck or built on is the
        // place, whatever the strike says of its state.
        if range.upperBound < slice.count, facilityNouns.contains(slice[range.upperBound].lower) { return true }
        // "the 2023 Jeddah Declaration", "the Minsk agreements": a text or a gathering named for
        // the city it was made in names the city.
        if range.upperBound < slice.count, slice[range.upperBound].isCapitalised || slice[range.upperBound].lower == "agreements",
           documentWords.contains(slice[range.upperBound].lower) || gatheringWords.contains(slice[range.upperBound].lower)
               || slice[range.upperBound].lower == "agreements" || slice[range.upperBound].lower == "accords"
        {
            return true
        }
        // "a Washington NGO", "a Beijing think tank": where the body is.
        if range.lowerBound > 0, ["a", "an"].contains(slice[range.lowerBound - 1].lower), range.upperBound < slice.count,
           Extractor.bodyNouns.contains(slice[range.upperBound].lower) || slice[range.upperBound].lower == "think"
        {
            return true
        }
        if let word = before.last, struckWords.contains(word) || word == "on" && before.count == 2 && strikeNouns.contains(before[0]) {
            return range.upperBound >= slice.count || !["'s", "’s"].contains(slice[range.upperBound].lower)
        }
        // "in Darfur and Khartoum", "strikes on Hodeida, Saada and Sanaa": a list after the locative word.
        var start = range.lowerBound
        while start >= 2, ["and", "or", ","].contains(slice[start - 1].lower), slice[start - 2].isCapitalised {
            start -= 2
            while start > 0, slice[start - 1].isCapitalised { start -= 1 }
        }
        if start > 0, locativeWords.contains(slice[start - 1].lower) || struckWords.contains(slice[start - 1].lower)
            || start > 1 && slice[start - 1].lower == "of" && regionOfWords.contains(slice[start - 2].lower)
        {
            // ("in Washington's view" is the government's view.)
            return range.upperBound >= slice.count || !["'s", "’s"].contains(slice[range.upperBound].lower)
        }
        // (A dateline opens the sentence; "Washington —" in a story's first line is one too.)
        // ("Seoul, South Korea —" and "Washington - " open a line as a dateline too.)
        let opensLine = range.lowerBound == 0
            || range.lowerBound == 2 && slice[1].text == "," && slice[0].isCapitalised
        guard opensLine, range.upperBound < slice.count else { return false }
        let dash = slice[range.upperBound]
        return ["—", "–"].contains(dash.text)
            || dash.text == "-" && slice[range].allSatisfy { $0.text == $0.text.uppercased() }
            || dash.text == "-" && dash.followsSpace && range.upperBound + 1 < slice.count && slice[range.upperBound + 1].followsSpace
    }

    /// Decides what an unknown capitalised run names, from the words around it.
    private mutating func classify(_ run: Range<Int>, in slice: [Token]) -> (Entity, Range<Int>, Double)? {
        var range = run
        // ("New" opens sentences, and names within them: "at the UN in New York".)
        // ("Minister of State and Head of the Military House": what is left of a title after its
        // first word is no name either.)
        while range.count > 1, Self.notNames.contains(slice[range.lowerBound].lower) && !(slice[range.lowerBound].lower == "new" && range.lowerBound > 0)
            || slice[range.lowerBound].lower == "al" && range.count == 1
            || ["of", "and", "for", "on", "&"].contains(slice[range.lowerBound].lower)
        {
            range = (range.lowerBound + 1)..<range.upperBound
        }
        while range.count > 1, Self.connectors.contains(slice[range.upperBound - 1].lower) {
            range = range.lowerBound..<(range.upperBound - 1)
        }
        // ("Japanese Minister of Defense Nakatani Gen": the portfolio after a title's "of" is no
        // part of the name after it.)
        if range.lowerBound >= 2, slice[range.lowerBound - 1].lower == "of", Self.isPersonTitle(slice[range.lowerBound - 2].lower) {
            while range.count > 2, Self.portfolioWords.contains(slice[range.lowerBound].lower) {
                range = (range.lowerBound + 1)..<range.upperBound
            }
        }
        guard !range.isEmpty, !Self.namesADesignation(slice[range].map(\.lower)), !Self.namesAnEventOrLicence(slice[range].map(\.lower)) else { return nil }
        // "assistant secretary for European and Eurasian Affairs": a portfolio, no party.
        if Self.namesAPortfolio(range, in: slice) { return nil }
        // "Planning and Investment Minister Tran Xuan Gia": the name follows the last title word.
        var titledInside = false
        var titleWord = ""
        // ("Nakatani Gen": a rank's short form that ends a name without its full stop is the name's.)
        let endsInName = { (index: Int) in
            index == range.upperBound - 1 && index > range.lowerBound && Self.rankAbbreviations.contains(slice[index].lower)
                && !(index + 1 < slice.count && slice[index + 1].text == ".")
        }
        if let title = slice[range].indices.last(where: { Self.isPersonTitle(slice[$0].lower) && slice[$0].isCapitalised && !endsInName($0) }) {
            titleWord = slice[title].lower
            // "Secretary of State Marco Rubio": the portfolio after "of" is part of the title.
            var nameStart = title + 1
            if nameStart < range.upperBound, slice[nameStart].lower == "of" { nameStart += 1 }
            while nameStart < range.upperBound - 1, Self.portfolioWords.contains(slice[nameStart].lower) { nameStart += 1 }
            if nameStart < range.upperBound, range.upperBound - nameStart <= 4 {
                range = nameStart..<range.upperBound
                titledInside = true
            } else if title == range.upperBound - 1, title > range.lowerBound, Self.connectors.contains(slice[title - 1].lower) {
                // ("Ruto and President [Joe Biden]": a title whose holder was named already ends the
                // list before it.)
                range = range.lowerBound..<(title - 1)
                while range.count > 1, Self.connectors.contains(slice[range.upperBound - 1].lower) {
                    range = range.lowerBound..<(range.upperBound - 1)
                }
            }
        }
        // ("U.N. spokesperson in Geneva Alessandra Vellucci", "Ambassador to Oman Ana Escrogima": a
        // title's place, named before the holder's name, is no part of the name.)
        var titledAcrossPlace = false
        if !titledInside, range.lowerBound >= 2, Self.titlePlacePrepositions.contains(slice[range.lowerBound - 1].lower),
           Self.isPersonTitle(slice[range.lowerBound - 2].lower), range.count == 3,
           slice[range].allSatisfy({ $0.isCapitalised && $0.kind == .word })
        {
            range = (range.lowerBound + 1)..<range.upperBound
            titledAcrossPlace = true
        } else if !titledInside, range.lowerBound >= 3, range.count == 2, slice[range.lowerBound - 1].isCapitalised,
                  Self.titlePlacePrepositions.contains(slice[range.lowerBound - 2].lower), Self.isPersonTitle(slice[range.lowerBound - 3].lower)
        {
            titledAcrossPlace = true
        }
        let name = Self.text(slice[range])
        let words = slice[range].map(\.lower)
        if words.count == 1 && Self.notNames.contains(words[0]) { return nil }
        // ("Madam Chair, the United Kingdom reaffirms": the chair addressed, no party.)
        if let first = words.first, ["madam", "madame"].contains(first) { return nil }
        // ("the Taiwanese Defense Ministry": a body's head word left alone names no one.)
        if words.count == 1 && (Self.ministryWords.contains(words[0]) || Self.organisationHeads.contains(words[0])) { return nil }
        let before = range.lowerBound > 0 ? slice[range.lowerBound - 1].lower : ""
        let twoBefore = range.lowerBound > 1 ? slice[range.lowerBound - 2].lower : ""
        let after = range.upperBound < slice.count ? slice[range.upperBound].lower : ""
        let twoAfter = range.upperBound + 1 < slice.count ? slice[range.upperBound + 1].lower : ""

        // Places: "the town of Bizaah", "Aleppo province", "al-Bab town", "near Manbij".
        // ("Myanmar's Shan state": a state of a federation, not "state media" or "state television".)
        let federalState = after == "state" && !slice[range.upperBound].isCapitalised && !Self.mediaNouns.contains(twoAfter)
            && !Self.stateAsAdjectiveNouns.contains(twoAfter)
        if Self.placeHeadsKeptInName.contains(after) || federalState {
            // The mention spans "Puntland region"; the place is Puntland, a region.
            let full = (range.lowerBound)..<(range.upperBound + 1)
            // (A federation's state is a region: the type "state" is a sovereign state's.)
            let entity = Entity(name: name, kind: .place, type: federalState ? "region" : after)
            remember(Self.text(slice[full]), entity)
            remember(name, entity)
            return (entity, full, 0.8)
        }
        if Self.placeHeadsDropped.contains(after) || (before == "of" && Self.placeCues.contains(twoBefore))
            || before == "near" || (before == "in" && Self.placeHeadsDropped.contains(twoBefore))
        {
            let type = Self.placeHeadsDropped.contains(after) ? after : (Self.placeCues.contains(twoBefore) ? twoBefore : "place")
            let entity = Entity(name: name, kind: .place, type: type)
            remember(name, entity)
            let full = Self.placeHeadsDropped.contains(after) ? range.lowerBound..<(range.upperBound + 1) : range
            return (entity, full, 0.75)
        }
        if let known = remembered(name) { return (known, range, 0.8) }
        if let body = workplace(run: run, name: range, in: slice) { return body }
        // "the group's Amaq news agency", "Al-Manar television": a name before a medium's noun.
        if words.count <= 3, Self.mediaNouns.contains(after) || after == "news" && ["agency", "service", "network", "channel"].contains(twoAfter),
           slice[range].allSatisfy({ $0.isCapitalised || $0.text == "-" })
        {
            let entity = Entity(name: name, kind: .organisation, type: "media")
            remember(name, entity)
            return (entity, range, 0.7)
        }
        // People: a title before, an apposition or a speech verb after.
        // ("Officials said", "Witnesses told": a plural noun that opens the sentence names a kind of people.)
        let pluralAtStart = range.lowerBound == 0 && words[0].hasSuffix("s") && Self.speakingGroups.contains(words[0])
        // ("UKMTO said": a name in capitals that speaks is a body.)
        if words.count == 1, Self.speechVerbs.contains(after), Self.isAcronym(slice[range.lowerBound]), name.count > 2 {
            let entity = Entity(name: name, kind: .organisation)
            remember(name, entity)
            return (entity, range, 0.6)
        }
        // ("The Secretary underscored": a title that speaks is no surname.)
        if words.count == 1, Self.speechVerbs.contains(after), slice[range].first?.kind == .word, name.count > 2, !pluralAtStart,
           !Self.personTitles.contains(words[0]), !Self.officeWords.contains(words[0])
        {
            // "Pekin told Sputnik": a lone surname that speaks is a person.
            let entity = Entity(name: name, kind: .actor, type: "person")
            remember(name, entity)
            lastPerson = entity
            return (entity, range, 0.6)
        }
        // ("We encourage UNOWAS to help", "the ELN's failure": a name in capitals the dictionary does
        // not know is a body.)
        if words.count == 1, Self.isAcronym(slice[range.lowerBound]), name.count >= 3, !name.contains("."),
           !Self.commonAbbreviations.contains(name), remembered(name) == nil
        {
            let entity = Entity(name: name, kind: .organisation)
            remember(name, entity)
            return (entity, range, 0.55)
        }
        // ("I thank Special Representative Ziadeh", "Dr Théroux-Bénoni": one name after a title is a person.)
        // (Not one the article named in full before: "Secretary Austin" is Lloyd J. Austin III.)
        // ("Secretary of State Rubio of the United States": the title's portfolio stands between.)
        if words.count == 1, Self.surnameTitles.contains(before) || titledInside && Self.surnameTitles.contains(titleWord) && before != "-",
           slice[range.lowerBound].isCapitalised, name.count > 2, !Self.personTitles.contains(String(words[0].dropLast())),
           !Self.documentWords.contains(words[0]), !words[0].hasPrefix("minister"),
           !Self.personTitles.contains(words[0]), !Self.officeWords.contains(words[0]), !Self.portfolioWords.contains(words[0]),
           remembered(name) == nil, !memory.values.contains(where: { $0.type == "person" && $0.name.hasSuffix(" " + name) })
        {
            let entity = Entity(name: name, kind: .actor, type: "person")
            remember(name, entity)
            lastPerson = entity
            return (entity, range, 0.55)
        }
        guard words.count >= 2 || remembered(name) != nil else { return nil }
        // ("An official says Ruto …": a title is the name's only when no verb stands between them.)
        let titled = titledInside || titledAcrossPlace || Self.personTitles.contains(before) || Self.personTitles.contains(twoBefore) && !Self.speechVerbs.contains(before)
        let apposition = after == "," && ["a", "an", "the", "who", "former", "deputy", "head", "chief"].contains(twoAfter)
        let speaks = Self.speechVerbs.contains(after) || (after == "," && Self.speechVerbs.contains(twoAfter))
        let endsApposition = before == "," && (after == "," || after == "who" || Self.speechVerbs.contains(after))
        if words.count <= 4, titled || apposition || speaks || endsApposition,
            slice[range].allSatisfy({ $0.isCapitalised || Self.connectors.contains($0.lower) || $0.text == "." }),
            // ("President Aliyev and Prime Minister Pashinyan": a second title after "and" starts a second name.)
            !words.contains("and") || !words.contains(where: Self.personTitles.contains),
            // "As the High Commissioner said": an office without its holder's name.
            // ("His Majesty King Charles III": the honorific and title before a name the dictionary knows.)
            !words.allSatisfy({ Self.officeWords.contains($0) || Self.personTitles.contains($0) || Self.portfolioWords.contains($0)
                || Self.honorifics.contains($0) })
        {
            // ("H.E. Sameh Shoukry": "His Excellency" written short is no part of the name.)
            var range = range
            while range.count > 2, slice[range.lowerBound].lower == Self.excellencyWrittenShort { range = (range.lowerBound + 1)..<range.upperBound }
            let name = Self.text(slice[range])
            let entity = Entity(name: name, kind: .actor, type: "person")
            remember(name, entity)
            // Later the person may be called by any one of the names: "Klintsevich", "Abiy".
            for part in slice[range] where part.text.count > 2 && part.isCapitalised && !Self.connectors.contains(part.lower) {
                if remembered(part.text) == nil { remember(part.text, entity) }
            }
            lastPerson = entity
            return (entity, range, 0.75)
        }
        return nil
    }

    static let mediaNouns: Set<String> = ["television", "tv", "radio", "newspaper", "daily", "broadcaster", "channel"]

    /// Plural nouns for people who speak without being named: "Officials said".
    static let speakingGroups: Set<String> = [
        "officials", "witnesses", "residents", "analysts", "diplomats", "sources", "experts", "authorities", "activists",
        "observers", "critics", "protesters", "lawmakers", "officers", "medics", "doctors", "rescuers", "villagers", "survivors",
        "organizers", "organisers", "prosecutors", "investigators", "militants", "rebels", "troops", "soldiers", "relatives",
        "locals", "monitors", "negotiators", "mediators", "leaders", "ministers", "officers", "spokesmen", "aides", "envoys",
    ]

    /// Nouns for those who work at a body and speak for it or about it.
    static let staffNouns: Set<String> = [
        "adviser", "advisor", "analyst", "fellow", "researcher", "director", "professor", "scholar", "economist", "expert",
        "lecturer", "head", "chief", "associate", "consultant",
    ]

    /// "Sasha Lezhnev, senior policy adviser at The Sentry", "a fellow at Chatham House": where
    /// an expert works is a body, though no dictionary knows it.
    private mutating func workplace(run: Range<Int>, name range: Range<Int>, in slice: [Token]) -> (Entity, Range<Int>, Double)? {
        // ("at The Sentry": the capitalised article is the name's own.)
        let ownArticle = range.lowerBound > run.lowerBound && slice[range.lowerBound - 1].text == "The"
        let full = ownArticle ? (range.lowerBound - 1)..<range.upperBound : range
        guard full.lowerBound >= 2, slice[full.lowerBound - 1].lower == "at",
              slice[max(0, full.lowerBound - 5)..<(full.lowerBound - 1)].contains(where: { Self.staffNouns.contains($0.lower) }),
              slice[full].allSatisfy({ $0.isCapitalised || Self.connectors.contains($0.lower) }),
              slice[range].contains(where: { !Self.notNames.contains($0.lower) })
        else { return nil }
        let entity = Entity(name: Self.text(slice[full]), kind: .organisation)
        remember(Self.text(slice[full]), entity)
        remember(Self.text(slice[range]), entity)
        return (entity, full, 0.7)
    }

    private func mention(_ entity: Entity, _ range: Range<Int>, in slice: [Token], role: String? = nil, confidence: Double)
        -> Mention
    {
        let possessive = range.upperBound < slice.count && slice[range.upperBound].lower == "'s"
            || range.upperBound < slice.count && slice[range.upperBound].text == "\u{2019}s"
        var isModifier = false
        if role == nil, range.upperBound < slice.count {
            // Event coding counts "Turkish jets" as Turkey, but not "a NATO member" as NATO.
            let next = slice[range.upperBound].lower
            // ("US allies" are not the US; "NATO allies" are the alliance.)
            isModifier = Self.modifiedNouns.contains(next) || ["allies", "partners"].contains(next) && entity.type == "state"
        }
        return Mention(
            entity: entity, range: range, role: role, isPossessive: possessive, confidence: confidence,
            isModifier: isModifier)
    }

    private func remembered(_ name: String) -> Entity? { memory[NameKey(name).rawValue] }

    /// The gazetteer's entry that the whole text names, by any of its names ("al-Qaida", "ISIS").
    /// (A state by its own name only: "Chinese-sponsored talks" are read by the parse.)
    private func knownEntry(_ text: String) -> GazetteerEntry? {
        if let entry = gazetteer.entry(named: text) { return entry }
        let scalars = Array(text.unicodeScalars)
        let tokens = Tokenizer.tokens(scalars, in: 0..<scalars.count)
        guard let match = matcher.matches(in: tokens).first(where: { $0.range == 0..<tokens.count }),
              gazetteer.entries[match.entry].entity.type != "state"
        else { return nil }
        return gazetteer.entries[match.entry]
    }

    private mutating func remember(_ name: String, _ entity: Entity) {
        memory[NameKey(name).rawValue] = entity
        if entity.type == "media" { lastMedia = entity }
    }

    /// Runs of capitalised words, joined by lower-case connectors ("Defense and Security Committee").
    private func capitalisedRuns(_ slice: [Token]) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        var i = 0
        while i < slice.count {
            guard Self.startsName(slice[i]) else {
                i += 1
                continue
            }
            var end = i + 1
            // ("at", "as" and "an" are English words too: "an adviser at Acme Group". Only inside a
            // name, after a capitalised word, are they the article: "Abu Bakr as Siddiq".)
            let article = i > 0 ? slice[i - 1].text : ""
            // ("the Fletcher School at Tufts University": not before a body's name.)
            let insideName = i > 1 && slice[i - 2].isCapitalised
                && !(i..<min(slice.count, i + 5)).contains { Self.organisationHeads.contains(slice[$0].lower) }
            let runStart = ["al", "el", "ad", "ar"].contains(article) || ["as", "an", "at"].contains(article) && insideName ? i - 1 : i
            while end < slice.count {
                if Self.startsName(slice[end]) {
                    end += 1
                } else if slice[end].text == ".", Self.isInitial(slice[end - 1]),
                          end + 1 == slice.count || Self.startsName(slice[end + 1]) || slice[end - 1].text.count == 2
                {
                    // "Lloyd J. Austin III", "Gilberto Teodoro Jr.": an initial's or a suffix's dot.
                    end += 1
                } else if slice[end].lower == "and", Self.isAcronym(slice[end - 1]), end + 1 < slice.count, Self.isAcronym(slice[end + 1]) {
                    // "the NUG and PDF": two bodies, not one name.
                    break
                } else if slice[end].lower == "and", end == i + 1, i >= 2, slice[i - 1].text == ",", slice[i - 2].isCapitalised {
                    // ("Donetsk, Luhansk and Crimea": the last two names of a list, not one name.)
                    break
                } else if Self.connectors.contains(slice[end].lower), end + 1 < slice.count, Self.startsName(slice[end + 1]),
                    slice[end].lower != "and" || !Self.startsName(slice[end + 1]) || slice[end + 1].lower != "the",
                    // ("Scarborough Shoal on March 23": a date, not the rest of the name.)
                    slice[end].lower != "on" || !Self.datesAfterOn.contains(slice[end + 1].lower)
                {
                    end += 2
                } else {
                    break
                }
            }
            runs.append(runStart..<end)
            i = end
        }
        return runs
    }

    /// A name written in capitals: "NUG", "PDF", "U.S.".
    static func isAcronym(_ token: Token) -> Bool {
        token.text.count >= 2 && token.text.unicodeScalars.allSatisfy { $0.properties.isUppercase || $0 == "." }
    }

    /// A middle initial ("J") or a generational suffix ("Jr"), written with a dot after it.
    static func isInitial(_ token: Token) -> Bool {
        (token.text.count == 1 && token.isCapitalised) || token.text == "Jr" || token.text == "Sr"
    }

    /// "U.S.-brokered", "U.N. - backed": a participle hyphened to the name before it.
    static func describesByParticiple(after end: Int, in slice: [Token]) -> Bool {
        guard end < slice.count, !slice[end].followsSpace else { return false }
        let next = slice[end].lower
        if next.count > 3, next.hasPrefix("-") || next.hasPrefix("–") { return TreeCoder.describingParticiples.contains(String(next.dropFirst())) }
        guard ["-", "–"].contains(next), end + 1 < slice.count, !slice[end + 1].followsSpace else { return false }
        return TreeCoder.describingParticiples.contains(slice[end + 1].lower)
    }

    /// "Moscow-based", "Turkish-backed": words that describe a name without being part of it.
    static func isDescriptor(_ token: Token) -> Bool {
        ["-based", "-backed", "-led", "-born", "-funded", "-made", "-run", "-linked", "-allied"].contains { token.lower.hasSuffix($0) }
    }

    /// Dates that follow a name without being part of it: "Yasser Arafat Wednesday", "Yeltsin on
    /// Saturday". (May, March and June also name people.)
    /// Words that begin a date after "on", the months that also name people included.
    static let datesAfterOn: Set<String> = calendarWords.union(["march", "may", "june"])
    static let calendarWords: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
        "april", "july", "august", "september", "october", "november", "december",
    ]

    private static func startsName(_ token: Token) -> Bool {
        guard token.kind == .word, !calendarWords.contains(token.lower) else { return false }
        if token.isCapitalised { return true }
        // "al-Bab", "el-Sisi": a lower-case article prefix before a capital.
        for prefix in ["al-", "el-", "ad-", "as-", "an-", "ar-", "at-"] where token.text.hasPrefix(prefix) {
            return token.text.unicodeScalars.dropFirst(3).first?.properties.isUppercase == true
        }
        return false
    }

    static func text(_ tokens: ArraySlice<Token>) -> String {
        var result = ""
        var previous: Token?
        for token in tokens {
            if previous != nil, token.followsSpace { result += " " }
            result += token.text
            previous = token
        }
        return result
    }
}
