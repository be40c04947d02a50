public import EntenteModel

/// Names of actors and their CAMEO actor codes, with roles bounded by dates: PETRARCH2's Phoenix
/// actor dictionaries.
///
/// A phrase can hold different codes over time (Erdoğan is `TURELI` until November 2002 and
/// `TURGOV` after), so a code is always asked for on a date:
///
///     ActorDictionary.standard.code(for: "Recep Tayyip Erdogan", on: CalendarDay(year: 2017, month: 3, day: 1)!)
///     // "TURGOV"
///
/// The standard dictionary is `Data/actors-{countries,international,nonstate}.tsv`, converted by
/// `scripts/convert-petrarch2.py`. Users add entries in PETRARCH2's own format
/// (``add(petrarch:file:)``); theirs take precedence over the standard ones.
public struct ActorDictionary: Sendable {
    /// One code an actor holds, from a day (included) until a day (excluded).
    public struct Role: Sendable, Hashable, CustomStringConvertible {
        /// A CAMEO actor code, or `---`: the phrase names no actor, which keeps a shorter name
        /// inside it ("Indian Ocean", not "Indian") from matching.
        public var code: String
        public var from: CalendarDay?
        public var until: CalendarDay?

        public init(code: String, from: CalendarDay? = nil, until: CalendarDay? = nil) {
            self.code = code
            self.from = from
            self.until = until
        }

        public var isUndated: Bool { from == nil && until == nil }

        /// Without a date only undated roles hold: a dated role is a claim about a period.
        public func holds(on date: CalendarDay?) -> Bool {
            guard let date else { return isUndated }
            if let from, date < from { return false }
            if let until, date >= until { return false }
            return true
        }

        /// `TURGOV 20030314-`, as the data files write it.
        public var description: String {
            guard !isUndated else { return code }
            return code + " " + (from.map(Self.compact) ?? "") + "-" + (until.map(Self.compact) ?? "")
        }

        static func compact(_ day: CalendarDay) -> String {
            func pad(_ value: Int, _ width: Int) -> String {
                let digits = String(value)
                return String(repeating: "0", count: max(0, width - digits.count)) + digits
            }
            return pad(day.year, 4) + pad(day.month, 2) + pad(day.day, 2)
        }
    }

    /// An actor: its names and roles, as one block of a dictionary file gives them.
    public struct Entry: Sendable, Hashable {
        /// Dictionary keys (``DictionaryTokens/key(_:)``), the primary name first.
        public var names: [String]
        public var roles: [Role]
        /// person, state, igo, ngo, company, armed-group or organisation; a hint from the source.
        public var type: String?
        /// Where it was read: the data file and line.
        public var location: DataFileError.Location

        public init(names: [String], roles: [Role], type: String? = nil, location: DataFileError.Location) {
            self.names = names
            self.roles = roles
            self.type = type
            self.location = location
        }
    }

    /// A name found in a sentence.
    public struct Match: Sendable, Hashable {
        /// Token indices.
        public var range: Range<Int>
        public var phrase: String
        /// The roles of every entry with this name, the overriding ones first.
        public var roles: [Role]

        /// The code of the first role that holds on `date`; nil for `---` or when none holds.
        public func code(on date: CalendarDay?) -> String? {
            ActorDictionary.code(in: roles, on: date)
        }
    }

    public private(set) var entries: [Entry] = []
    private var index = PhraseIndex()
    /// Where a name belongs to several entries, their indices in precedence order; the index's
    /// payload is then `-1 - position` here, otherwise the one entry's index.
    private var shared: [[Int]] = []

    public init(_ entries: [Entry] = []) {
        for entry in entries { add(entry) }
    }

    /// Adds an entry. An entry added with `overriding` comes before the entries already sharing a
    /// name, so its roles are tried first; otherwise after them, as PETRARCH2 appends duplicates.
    public mutating func add(_ entry: Entry, overriding: Bool = false) {
        let position = entries.count
        entries.append(entry)
        for name in entry.names {
            guard let existing = index.value(forKey: name) else {
                index.insert(key: name, value: position, replacing: true)
                continue
            }
            var list = existing >= 0 ? [existing] : shared[-1 - existing]
            guard !list.contains(position) else { continue }
            if overriding { list.insert(position, at: 0) } else { list.append(position) }
            if existing >= 0 {
                shared.append(list)
                index.insert(key: name, value: -shared.count, replacing: true)
            } else {
                shared[-1 - existing] = list
            }
        }
    }

    /// Room for `count` more entries, of a phrase or two each.
    mutating func reserveCapacity(_ count: Int) {
        entries.reserveCapacity(entries.count + count)
        index.reserveCapacity(index.count + count * 3 / 2)
    }

    /// Adds every entry of `other`, ahead of this dictionary's own.
    public mutating func merge(_ other: ActorDictionary) {
        for entry in other.entries { add(entry, overriding: true) }
    }

    public var phraseCount: Int { index.count }

    /// The entries with this name, in precedence order.
    public func entries(for phrase: String) -> [Entry] {
        entryIndices(forKey: DictionaryTokens.key(phrase)).map { entries[$0] }
    }

    /// The roles of every entry with this name, in the order they are tried.
    public func roles(for phrase: String) -> [Role] {
        roles(forKey: DictionaryTokens.key(phrase))
    }

    /// The actor code of `phrase` on `date`: the first role that holds, as PETRARCH2 resolves them.
    /// Nil when the name is unknown, names no actor (`---`), or holds no role then.
    public func code(for phrase: String, on date: CalendarDay?) -> String? {
        Self.code(in: roles(for: phrase), on: date)
    }

    /// The code of a role that the dictionary dates to cover `date`: nil when only an undated role
    /// (what the entry holds "otherwise") applies.
    public func datedCode(for phrase: String, on date: CalendarDay) -> String? {
        guard let role = roles(for: phrase).first(where: { $0.holds(on: date) }), !role.isUndated, role.code != "---"
        else { return nil }
        return role.code
    }

    /// The longest name starting at token `token`.
    public func longestMatch(in tokens: DictionaryTokens, at token: Int) -> Match? {
        guard token < tokens.firstWordOfToken.count else { return nil }
        return longestMatch(in: tokens, atWord: tokens.firstWordOfToken[token])
    }

    /// Every name in the tokens, left to right, each the longest at its start, none overlapping.
    public func matches(in tokens: DictionaryTokens) -> [Match] {
        var found: [Match] = []
        var word = 0
        while word < tokens.words.count {
            if let match = longestMatch(in: tokens, atWord: word) {
                found.append(match)
                word = tokens.firstWordOfToken.indices.contains(match.range.upperBound)
                    ? tokens.firstWordOfToken[match.range.upperBound] : tokens.words.count
            } else {
                word += 1
            }
        }
        return found
    }

    func longestMatch(in tokens: DictionaryTokens, atWord start: Int) -> Match? {
        guard let (words, value) = index.longestMatch(in: tokens, at: start) else { return nil }
        let key = tokens.words[words].joined(separator: " ")
        return Match(range: tokens.tokenRange(ofWords: words), phrase: key, roles: roles(forValue: value))
    }

    private func entryIndices(forKey key: String) -> [Int] {
        guard let value = index.value(forKey: key) else { return [] }
        return value >= 0 ? [value] : shared[-1 - value]
    }

    private func roles(forKey key: String) -> [Role] {
        guard let value = index.value(forKey: key) else { return [] }
        return roles(forValue: value)
    }

    private func roles(forValue value: Int) -> [Role] {
        value >= 0 ? entries[value].roles : shared[-1 - value].flatMap { entries[$0].roles }
    }

    static func code(in roles: [Role], on date: CalendarDay?) -> String? {
        guard let role = roles.first(where: { $0.holds(on: date) }), role.code != "---" else { return nil }
        return role.code
    }

    /// The actors shipped with Entente: countries (with their leaders and officials since 1945),
    /// international organisations and companies, and non-state armed groups.
    public static let standard: ActorDictionary = {
        do {
            var dictionary = ActorDictionary()
            // PETRARCH2's configuration order, which decides between entries sharing a name.
            for (text, file) in [
                (EmbeddedData.actors_countries, "actors-countries.tsv"),
                (EmbeddedData.actors_international, "actors-international.tsv"),
                (EmbeddedData.actors_nonstate, "actors-nonstate.tsv"),
            ] {
                try dictionary.add(tsv: text, file: file)
            }
            return dictionary
        } catch {
            preconditionFailure("the embedded actor dictionary is broken: \(error)")
        }
    }()
}
